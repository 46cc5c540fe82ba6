"""Offline Assistant: a local language model for chat and document summaries, fully offline."""

__version__ = "0.1.0"
APP_NAME = "Offline Assistant"
DESKTOP_ID = "offline-assistant"  # the .desktop entry the Linux installers install
