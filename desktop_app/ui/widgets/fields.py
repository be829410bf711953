"""Small layout helpers for forms: an input with its error label right under it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop_app.ui.widgets.form_errors import FormErrors, stack_with_label


def with_error(widget: QWidget, error_label: QLabel) -> QWidget:
    """A column holding ``widget`` and, under it, its (hidden until needed) error label."""
    return stack_with_label(widget, error_label)


def checked_line_edit(
    errors: FormErrors, field: str, *, password: bool = False, text: str = ""
) -> tuple[QLineEdit, QWidget]:
    """A line edit registered with ``errors`` under ``field``, and the column to lay out."""
    edit = QLineEdit(text)
    edit.setObjectName(field)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit, with_error(edit, errors.make_label(field, edit))
