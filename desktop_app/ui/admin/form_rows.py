"""Lays out a form field with its error label right under it (architecture.md, rule 3)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.widgets.form_errors import FormErrors


def with_error(errors: FormErrors, field: str, widget: QWidget) -> QWidget:
    """A box holding ``widget`` and the hidden label where ``errors`` shows ``field``'s
    message; put the box in the form layout in place of the widget."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(errors.make_label(field, widget))
    return box
