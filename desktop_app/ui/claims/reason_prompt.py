"""Asks the clerk the reason of a reversal or cancellation (architecture.md rule 5: nothing
financial is deleted; each undoing step is a counter-entry with a reason)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_reason(parent: QWidget, title: str, question: str) -> str | None:
    """The reason typed, or None when the clerk cancels (an empty reason is the service's to refuse)."""
    text, ok = QInputDialog.getText(parent, title, question, QLineEdit.EchoMode.Normal, "")
    return text if ok else None
