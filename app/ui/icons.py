"""The main actions' icons: line drawings in resources/icons/actions (drawn for this project,
CC0), painted in the theme's text colour, and again whenever the theme changes
(theme.apply_theme calls recolour)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication

from app.paths import resources_dir

NAME = "actionIcon"  # the button property that names its icon
SIZES = (16, 20, 24, 32, 48)


@cache
def _drawing(name: str) -> str:
    return (resources_dir() / "icons" / "actions" / f"{name}.svg").read_text(encoding="utf-8")


def action_icon(name: str, colour: str) -> QIcon:
    renderer = QSvgRenderer(QByteArray(_drawing(name).replace("currentColor", colour).encode()))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def give_icon(button: QAbstractButton, name: str, primary: bool = False) -> None:
    """`primary`: the page's main action, drawn in the accent colour (theme.py's QSS)."""
    button.setProperty(NAME, name)
    button.setProperty("primary", primary)
    _paint(button)


def _paint(button: QAbstractButton) -> None:
    palette = QApplication.palette()
    role = (QPalette.ColorRole.HighlightedText if button.property("primary")
            else QPalette.ColorRole.ButtonText)
    button.setIcon(action_icon(button.property(NAME), palette.color(role).name()))


def recolour() -> None:
    """The theme changed: every icon in its new colour."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QAbstractButton) and widget.property(NAME):
            _paint(widget)
