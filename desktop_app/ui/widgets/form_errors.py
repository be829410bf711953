"""Shows a service's French refusal next to the field it concerns (architecture.md, rule 3).

Every form registers its input widgets by field name; ``show(error)`` puts each message in
a red label right under its widget and marks the widget, and messages for fields with no
widget go to the form's general label. A table registers a cell marker too: each
``CellError`` of that table marks its cell (row, column) and every message of the table is
listed under it. ``clear()`` removes them all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.domain.errors import CellError, DomainError, FieldError, ValidationFailed

ERROR_STYLE = "color: #b00020;"
INVALID_PROPERTY = "invalid"


def stack_with_label(widget: QWidget, label: QLabel) -> QWidget:
    """A column holding ``widget`` and, right under it, its (hidden until needed) error label."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(label)
    return column


class FormErrors:
    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        # table field → (mark(row, column, message), clear_marks())
        self._cells: dict[str, tuple[Callable[[int, str, str], None], Callable[[], None]]] = {}
        self._general.setStyleSheet(ERROR_STYLE)
        self._general.setWordWrap(True)
        self._general.hide()

    def register(self, field: str, widget: QWidget, label: QLabel) -> None:
        """``label`` is the (initially hidden) error label laid out under ``widget``."""
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setObjectName(f"error_{field}")
        label.hide()
        self._fields[field] = (widget, label)

    def make_label(self, field: str, widget: QWidget) -> QLabel:
        """Create, register and return the error label for ``widget``."""
        label = QLabel()
        self.register(field, widget, label)
        return label

    def field_box(self, field: str, widget: QWidget) -> QWidget:
        """``widget`` with the error label for ``field`` under it: lay this out in its place."""
        return stack_with_label(widget, self.make_label(field, widget))

    def register_cells(
        self,
        field: str,
        mark: Callable[[int, str, str], None],
        clear: Callable[[], None],
    ) -> None:
        """Route the ``CellError``s of table ``field`` to ``mark(row, column, message)``;
        ``clear()`` removes the marks. Register the table's label as for any field."""
        self._cells[field] = (mark, clear)

    def clear(self) -> None:
        for _mark, clear_marks in self._cells.values():
            clear_marks()
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            widget.setProperty(INVALID_PROPERTY, False)
            widget.setStyleSheet("")
        self._general.clear()
        self._general.hide()

    def show(self, error: DomainError) -> None:
        self.clear()
        errors = error.errors if isinstance(error, ValidationFailed) else [error]
        general: list[str] = []
        first: QWidget | None = None
        for item in errors:
            field = item.field if isinstance(item, FieldError) else ""
            if isinstance(item, CellError) and field in self._cells:
                self._cells[field][0](item.row, item.column, item.message)
            if isinstance(item, CellError) and field in self._fields:
                # A table lists every refused cell's message, not only the first.
                widget, label = self._fields[field]
                label.setText(f"{label.text()}\n{item.message}" if label.text() else item.message)
                label.show()
                first = first or widget
            elif field in self._fields:
                widget, label = self._fields[field]
                if label.isHidden():
                    label.setText(item.message)
                    label.show()
                    widget.setProperty(INVALID_PROPERTY, True)
                    # Scoped by the property so a group box's children keep their look.
                    widget.setStyleSheet('*[invalid="true"] { border: 1px solid #b00020; }')
                    first = first or widget
            else:
                general.append(item.message)
        if general:
            # Styled again: a form may use its general label for its « saved » line too.
            self._general.setStyleSheet(ERROR_STYLE)
            self._general.setText("\n".join(general))
            self._general.show()
        if first is not None:
            first.setFocus()

    def message(self, field: str) -> str:
        """The message shown for ``field`` ('' if none): for tests and accessibility."""
        entry = self._fields.get(field)
        return entry[1].text() if entry and not entry[1].isHidden() else ""

    def general_message(self) -> str:
        return "" if self._general.isHidden() else self._general.text()
