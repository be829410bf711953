"""A reference list beside its edit form (issue 3): pick a row to change it, « Nouveau » to
create one. Every form keeps the house contract (load, check, command, save) and shows the
service's French refusals next to the fields; the list refreshes from the application signal."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import CallErrors, fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.lazy_table_model import Column, LazyTableModel, rows_after
from desktop_app.ui.widgets.naming import named

INACTIVE = "#888888"


def grey_when_inactive(row: Any) -> str | None:
    """Column colour: an inactive record (``row.active`` false) is greyed in its list."""
    return None if getattr(row, "active", True) else INACTIVE


def error_column(errors: FormErrors, field: str, widget: QWidget) -> QWidget:
    """``widget`` with the (hidden until needed) label where ``errors`` shows ``field``'s message."""
    return errors.field_box(field, widget)


class RecordForm(QWidget):
    """Base of the reference forms. ``open(record)`` loads a record (None: a new one);
    subclasses lay out their fields with ``add_row`` and implement ``load``, ``command``
    (raising ``ValidationFailed`` for what cannot even be read, a letter in a rate) and
    ``submit`` (the service call, returning the record's key and the changes)."""

    saved = Signal(object)  # the key of the record just saved

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.record: Any = None
        self.heading = named(QLabel(), "form_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.general_label = named(QLabel(), "general_error")
        self.errors = FormErrors(self.general_label)
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.save_button = named(QPushButton(self.tr("Enregistrer")), "save_button")
        self.save_button.setDefault(True)
        self.revert_button = named(
            QPushButton(self.tr("Annuler les modifications")), "revert_button"
        )
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.revert_button)
        self.buttons.addStretch(1)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.heading)
        self.body.addLayout(self.fields)
        self.body.addWidget(self.general_label)
        self.body.addLayout(self.buttons)
        self.body.addStretch(1)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)

    def add_row(self, label: str, widget: QWidget, field: str | None = None) -> None:
        """A labelled row; with ``field`` the service's message for it shows right under it."""
        self.fields.addRow(label, error_column(self.errors, field, widget) if field else widget)

    # -- the form contract ---------------------------------------------------------------
    def open(self, record: Any) -> None:
        self.record = record
        self.errors.clear()
        self.heading.setText(self.heading_for(record))
        self.load(record)

    def heading_for(self, record: Any) -> str:
        raise NotImplementedError

    def load(self, record: Any) -> None:
        raise NotImplementedError

    def check(self) -> list[FieldError]:
        """What only the form can tell; the service checks every field anyway."""
        return []

    def command(self) -> Any:
        raise NotImplementedError

    def submit(self, command: Any) -> tuple[Hashable, Changes]:
        raise NotImplementedError

    def saved_message(self) -> str:
        return self.tr("Enregistré.")

    def show_errors(self, error: DomainError) -> None:
        self.errors.show(error)

    def save(self) -> bool:
        """Send the command to the service; on refusal show why next to the fields."""
        return run_op(
            self.bus,
            lambda _ctx, command: self.submit(command),
            command=self._checked_command,
            errors=CallErrors(self.show_errors, self.errors.clear),
            trigger=self.save_button,
            success=self._on_submitted,
        ).succeeded

    def _checked_command(self) -> Any:
        problems = self.check()
        if problems:
            raise ValidationFailed(problems)
        return self.command()

    def _on_submitted(self, result: tuple[Hashable, Changes]) -> None:
        self.bus.status_message.emit(self.saved_message())
        self.saved.emit(result[0])

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_revert_button_clicked(self) -> None:
        self.open(self.record)


class RecordPage(QWidget):
    """The list (read whole: reference lists are short) on the left, the form on the right."""

    def __init__(
        self,
        bus: AppBus,
        form: RecordForm,
        columns: Sequence[Column[Any]],
        rows: Callable[[], list[Any]],
        key: Callable[[Any], Hashable],
        tables: Sequence[str],
        *,
        new_label: str | None = None,
        stretch_column: int = 0,
        stretch: tuple[int, int] = (3, 2),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.form = form
        self._rows_source = rows
        self._key = key
        self._tables = tuple(tables)
        self._rows: list[Any] = []

        self.model = LazyTableModel(columns, self._count, self._fetch, parent=self)
        self.table = named(QTableView(), "record_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The name column takes the room left; code, rates and flags keep their width.
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

        self.message_label = QLabel()
        self.list_errors = FormErrors(self.message_label)
        self.new_button: QPushButton | None = None
        self.buttons = QHBoxLayout()
        if new_label:
            self.new_button = named(QPushButton(new_label), "new_button")
            self.buttons.addWidget(self.new_button)
            self.new_button.clicked.connect(self._on_new_button_clicked)
        self.buttons.addStretch(1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self.buttons)
        left_layout.addWidget(self.message_label)
        left_layout.addWidget(self.table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, stretch[0])
        splitter.setStretchFactor(1, stretch[1])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        form.saved.connect(self._on_form_saved)
        bus.data_changed.connect(self._on_bus_data_changed)
        self.refresh()
        if not self.select(self._first_key()):
            form.open(None)

    # -- the list ------------------------------------------------------------------------
    def _count(self) -> int:
        self._rows = fetch(self.bus, lambda _ctx: self._rows_source(), self.list_errors, [])
        return len(self._rows)

    def _fetch(self, after: Any | None, limit: int) -> list[Any]:
        return rows_after(self._rows, after, limit)

    def _first_key(self) -> Hashable | None:
        rows = self.model.rows()
        return self._key(rows[0]) if rows else None

    def refresh(self) -> None:
        """Read the list again, keeping the selected record selected (and reloaded)."""
        current = self.selected()
        self.model.reload()
        self.model.fetch_all()
        if current is not None:
            self.select(self._key(current))

    def rows(self) -> list[Any]:
        return self.model.rows()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0]) if rows else None

    def select(self, key: Hashable | None) -> bool:
        """Select the record with ``key`` and open it in the form."""
        for number, row in enumerate(self.model.rows()):
            if key is not None and self._key(row) == key:
                if self.table.selectionModel().isRowSelected(number):
                    self.form.open(row)
                else:
                    self.table.selectRow(number)
                return True
        return False

    def new(self) -> None:
        self.table.clearSelection()
        self.form.open(None)

    # -- slots ---------------------------------------------------------------------------
    def _on_table_selection_changed(self, *_args: object) -> None:
        row = self.selected()
        if row is not None:
            self.form.open(row)

    def _on_new_button_clicked(self) -> None:
        self.new()

    def _on_form_saved(self, key: Hashable) -> None:
        self.select(key)

    def _on_bus_data_changed(self, changes: Changes) -> None:
        if changes.touches(*self._tables):
            self.refresh()
