"""Lays out a form field with its error label right under it (architecture.md, rule 3)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.widgets.form_errors import FormErrors


def with_error(errors: FormErrors, field: str, widget: QWidget) -> QWidget:
    """A box holding ``widget`` and the hidden label where ``errors`` shows ``field``'s
    message; put the box in the form layout in place of the widget."""
    return errors.field_box(field, widget)
