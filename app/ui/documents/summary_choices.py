"""What the next documents are summarised with, above the Documents page's queue: the style
and language, and on a line of their own the thorough check and Fast reading
(summarize/reading.py), which the organisation's policy or the library may fix or rule out,
then Ask… for the selected documents."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import SUMMARY_LANGUAGE, interface_language
from app.ui.icons import give_icon
from app.ui.job_table import style_names


class SummaryChoices(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.style_choice = QComboBox()
        self.style_choice.setAccessibleName(self.tr("Summary style"))
        for key, name in style_names().items():
            self.style_choice.addItem(name, key)
        self.language_choice = QComboBox()
        self.language_choice.setAccessibleName(self.tr("Summary language"))
        self.language_choice.addItem(self.tr("Same as the document"), "")
        for shown, language in self._languages():
            self.language_choice.addItem(shown, language)
        # until the user picks one (restore_layout): the language the interface speaks
        interface = SUMMARY_LANGUAGE.get(interface_language())
        if interface:
            self.language_choice.setCurrentIndex(self.language_choice.findData(interface))
        choices = QHBoxLayout()
        for text, widget in ((self.tr("Summary &style:"), self.style_choice),
                             (self.tr("&Language:"), self.language_choice)):
            # as wide as their longest entry when there is room (760 px holds both whole),
            # narrower (elided) rather than widening a smaller window
            widget.setMinimumWidth(widget.fontMetrics().horizontalAdvance("M" * 6))
            label = QLabel(text)
            label.setBuddy(widget)
            choices.addWidget(label)
            choices.addWidget(widget)
            choices.addSpacing(12)
        choices.addStretch(1)
        self.ask_button = QPushButton(self.tr("Ask…"), enabled=False)
        self.ask_button.setObjectName("askDocuments")
        give_icon(self.ask_button, "ask")
        self.ask_button.setToolTip(self.tr(
            "Ask questions about the selected documents (Ctrl+click to select several): the "
            "answers come from their pages, with page references"))
        self.thorough_choice = QCheckBox(self.tr("&Thorough check"))
        self.thorough_choice.setObjectName("thoroughCheck")
        self.thorough_choice.setToolTip(self.tr(
            "After summarising, ask the model whether the passage behind each doubtful "
            "sentence really supports it. Slower: one short question per such sentence, "
            "counted in the time left."))
        self.fast_choice = QCheckBox(self.tr("&Fast reading"), enabled=False)
        self.fast_choice.setObjectName("fastReading")
        # why the box is greyed, in its first words, beside it: a tooltip alone goes unseen
        self.fast_hint = QLabel(enabled=False, wordWrap=True)  # wraps in a narrow window
        self.offer_fast_reading(False, "")
        checks = QHBoxLayout()
        checks.addWidget(self.thorough_choice)
        checks.addSpacing(12)
        checks.addWidget(self.fast_choice)
        checks.addWidget(self.fast_hint, 1)  # the room up to Ask…, empty when the box is on
        checks.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addLayout(checks)

    def _languages(self) -> list[tuple[str, str]]:
        """Shown name and the name the prompt uses; the users' own languages first."""
        return [(self.tr("English"), "English"), (self.tr("Bahasa Indonesia"), "Bahasa Indonesia"),
                (self.tr("Bahasa Melayu"), "Bahasa Melayu"), (self.tr("Thai"), "Thai"),
                (self.tr("Vietnamese"), "Vietnamese"), (self.tr("Chinese"), "Chinese"),
                (self.tr("Filipino"), "Filipino"), (self.tr("French"), "French"),
                (self.tr("Spanish"), "Spanish")]

    def follow_policy(self, policy) -> None:
        """The summary styles the organisation's policy offers, and the thorough check when
        it sets it (shown, not changeable)."""
        if policy.summary_styles is not None:
            self.offer_styles(policy.summary_styles)
        if policy.thorough_check is not None:
            self.thorough_choice.setChecked(policy.thorough_check)
            self.thorough_choice.setEnabled(False)
            self.thorough_choice.setToolTip(self.tr("Set by your organisation's policy."))

    def offer_styles(self, styles: tuple[str, ...]) -> None:
        """Only the summary styles the organisation's policy offers."""
        for index in reversed(range(self.style_choice.count())):
            if self.style_choice.itemData(index) not in styles:
                self.style_choice.removeItem(index)

    def offer_fast_reading(self, available: bool, text: str) -> None:
        """Fast reading by the small model `text` names, or not, for the reason it gives
        (the lane looks after each model load: summarize/reading.py)."""
        self.fast_choice.setEnabled(available)
        if available:
            self.fast_choice.setToolTip(self.tr(
                "{reader}, a small model, reads the pages into notes and the main model writes "
                "the summary from them: several times faster on long documents, though the "
                "notes may miss details the main model would keep. Unchecked: Thorough "
                "reading, the main model reads every page.").format(reader=text))
        else:
            self.fast_choice.setToolTip(text or self.tr(
                "Fast reading needs a small model in the library, next to the main one."))
        why = self.fast_choice.toolTip()
        # its first clause, without the box's own name: "needs a small model in the library"
        first = re.split(r"[,;:]", why, maxsplit=1)[0].removeprefix(self.fast_choice.text()
                                                                     .replace("&", ""))
        self.fast_hint.setText("" if available else f"({first.strip()})")
        self.fast_hint.setToolTip(why)

    def chosen(self) -> tuple[str, str, bool, bool]:
        """Style, language ("": the document's), thorough check, Fast reading."""
        return (self.style_choice.currentData(), self.language_choice.currentData(),
                self.thorough_choice.isChecked(),
                self.fast_choice.isEnabled() and self.fast_choice.isChecked())
