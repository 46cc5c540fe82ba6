"""Light and dark look. "system" follows the operating system; an explicit choice sets the
colour scheme and, where the platform style cannot, a Fusion palette of our own. On top, one
style sheet for both: rounded controls with room around their text, the page's main action
in the accent colour (property "primary", icons.give_icon), tabs underlined, quiet edges."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.icons import recolour

SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark,
           "system": Qt.ColorScheme.Unknown}


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2d2d2d", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#232323", QPalette.ColorRole.AlternateBase: "#2d2d2d",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Link: "#7fb0ff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    app.setStyle("Fusion")  # the same look on every OS, and palettes are honoured
    if theme == "system":
        app.styleHints().unsetColorScheme()
    else:
        app.styleHints().setColorScheme(SCHEMES[theme])
    dark = theme == "dark" or (
        theme == "system" and app.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(style_sheet(dark))
    recolour()


# The style sheet's colours, per theme: edges, the accent and its hover, quiet text.
TOKENS = {
    False: {"edge": "#c9ced6", "button": "#ffffff", "pressed": "#e6e9ee", "accent": "#2f6fd6",
            "accent_hover": "#2560bd", "accent_off": "#a9c1ea", "quiet": "#5a606b",
            "selected": "#dbe6fa", "field": "#ffffff"},
    True: {"edge": "#4a4e55", "button": "#3a3d42", "pressed": "#2f3236", "accent": "#3d7bd9",
           "accent_hover": "#4a88e6", "accent_off": "#34507a", "quiet": "#a6abb3",
           "selected": "#2c4266", "field": "#232323"},
}

STYLE_SHEET = """
QPushButton {{ background: {button}; border: 1px solid {edge}; border-radius: 6px;
               padding: 4px 12px; }}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:pressed {{ background: {pressed}; }}
QPushButton:disabled {{ border-color: {pressed}; }}
QPushButton[primary="true"] {{ background: {accent}; border-color: {accent}; color: #ffffff; }}
QPushButton[primary="true"]:hover {{ background: {accent_hover}; }}
QPushButton[primary="true"]:disabled {{ background: {accent_off}; border-color: {accent_off}; }}
QLineEdit, QPlainTextEdit {{ background: {field}; border: 1px solid {edge}; border-radius: 6px;
                            padding: 3px 6px; }}
QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {accent}; }}
QListWidget, QTableView, QTextBrowser {{ border: 1px solid {edge}; border-radius: 6px; }}
QListWidget::item {{ padding: 5px 4px; }}
QListWidget::item:selected {{ background: {selected}; color: palette(text); }}
QTabWidget::pane {{ border: none; border-top: 1px solid {edge}; }}
QTabBar::tab {{ background: transparent; border: none; border-bottom: 2px solid transparent;
               padding: 6px 16px; color: {quiet}; }}
QTabBar::tab:selected {{ color: palette(window-text); border-bottom-color: {accent}; }}
QTabBar::tab:hover {{ color: palette(window-text); }}
QHeaderView::section {{ background: palette(window); border: none;
                       border-bottom: 1px solid {edge}; padding: 4px 6px; }}
QStatusBar {{ border-top: 1px solid {edge}; }}
"""


def style_sheet(dark: bool) -> str:
    return STYLE_SHEET.format(**TOKENS[dark])
