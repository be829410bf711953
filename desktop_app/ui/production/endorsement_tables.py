"""The editable tables of the endorsement window (domain.md §8): persons entering, persons
leaving, changes of guarantees. Text cells are typed; choices (sex, relationship, rate,
zone, a person of the policy) are combos in their cells; a person is picked in a searchable
combo (type a few letters of the name or the matricule) sharing one list for every row,
never a 2 000-line list shown at once. A refused cell turns pale red with its message as
tooltip."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.forms.band_table import ERROR_BACKGROUND, RIGHT, mark_cell, unmark_cell

ID_ROLE = Qt.ItemDataRole.UserRole


class Cell(enum.Enum):
    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    CHOICE = "choice"  # a fixed list of (label, value)
    PICK = "pick"  # a searchable combo over a shared model (value: its ID_ROLE data)


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    cell: Cell
    choices: tuple[tuple[str, object], ...] = ()
    width: int = 0  # 0: stretch


def person_model(entries: Sequence[tuple[str, object]], parent: QWidget) -> QStandardItemModel:
    """A list for the pickers: a blank first row, then ``(label, id)`` entries."""
    model = QStandardItemModel(parent)
    blank = QStandardItem("")
    blank.setData(None, ID_ROLE)
    model.appendRow(blank)
    for label, value in entries:
        item = QStandardItem(label)
        item.setData(value, ID_ROLE)
        model.appendRow(item)
    return model


class PickCombo(QComboBox):
    """An editable combo over a shared model, searched by any part of the label."""

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setModel(model)
        self.setMaxVisibleItems(15)
        completer = QCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(0)

    def value(self) -> object:
        """The id of the entry whose label is typed; None when blank or not found."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index, ID_ROLE) if index >= 0 else None

    def typed(self) -> str:
        return self.currentText().strip()

    def set_value(self, value: object) -> None:
        for row in range(self.count()):
            if self.itemData(row, ID_ROLE) == value:
                self.setCurrentIndex(row)
                return


class MovementTable(QWidget):
    """A table whose rows the clerk adds and removes; ``changed`` on every edit."""

    changed = Signal()
    picked = Signal(int, str)  # row, field: a person chosen in a searchable combo

    def __init__(
        self,
        columns: Sequence[Column],
        add_label: str,
        *,
        models: dict[str, QStandardItemModel] | None = None,
        defaults: dict[str, object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.models = models or {}
        self.defaults = defaults or {}
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([c.title for c in self.columns])
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.columns):
            if column.width:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(index, column.width)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(add_label)
        self.remove_button = QPushButton(self.tr("Supprimer la ligne"))
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    # -- rows ------------------------------------------------------------------------------
    def index(self, field: str) -> int:
        for i, column in enumerate(self.columns):
            if column.field == field:
                return i
        return 0

    def add_row(self, values: dict[str, object] | None = None) -> int:
        values = {**self.defaults, **(values or {})}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, column in enumerate(self.columns):
            item = QTableWidgetItem()
            if column.cell is Cell.MONEY:
                item.setTextAlignment(RIGHT)
            self.table.setItem(row, col, item)
            if col == 0 and "_extra" in values:  # what the row carries but does not show
                item.setData(ID_ROLE, values["_extra"])
            value = values.get(column.field)
            if column.cell in (Cell.TEXT, Cell.DATE, Cell.MONEY):
                item.setText("" if value is None else str(value))
            elif column.cell is Cell.CHOICE:
                combo = QComboBox()
                for label, data in column.choices:
                    combo.addItem(label, data)
                if value is not None:
                    found = combo.findData(value)
                    combo.setCurrentIndex(max(found, 0))
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(row, col, combo)
            else:
                pick = PickCombo(self.models[column.field])
                if value is not None:
                    pick.set_value(value)
                pick.editTextChanged.connect(lambda _t: self.changed.emit())
                pick.currentIndexChanged.connect(
                    lambda _i, w=pick, f=column.field: self._on_picked(w, f)
                )
                self.table.setCellWidget(row, col, pick)
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def _on_picked(self, widget: QWidget, field: str) -> None:
        col = self.index(field)
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, col) is widget:
                self.picked.emit(row, field)
                return

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def row_count(self) -> int:
        return self.table.rowCount()

    def clear_rows(self) -> None:
        self.table.setRowCount(0)
        self.changed.emit()

    # -- cells -----------------------------------------------------------------------------
    def text(self, row: int, field: str) -> str:
        col = self.index(field)
        widget = self.table.cellWidget(row, col)
        if isinstance(widget, QComboBox):
            return widget.currentText().strip()
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def set_text(self, row: int, field: str, text: str) -> None:
        """Type ``text`` in a cell (a choice: the entry with that label)."""
        col = self.index(field)
        widget = self.table.cellWidget(row, col)
        if isinstance(widget, PickCombo):
            widget.setEditText(text)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findText(text), 0))
        else:
            item = self.table.item(row, col)
            if item is not None:
                item.setText(text)

    def extra(self, row: int) -> dict[str, str]:
        """What an imported row carries besides its columns (matricule, birth place…)."""
        item = self.table.item(row, 0)
        data = item.data(ID_ROLE) if item is not None else None
        return dict(data) if isinstance(data, dict) else {}

    def choice(self, row: int, field: str) -> object:
        widget = self.table.cellWidget(row, self.index(field))
        if isinstance(widget, PickCombo):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        return None

    def widget(self, row: int, field: str) -> QWidget | None:
        return self.table.cellWidget(row, self.index(field))

    def mark(self, row: int, field: str, message: str) -> None:
        if not 0 <= row < self.table.rowCount():
            return
        col = self.index(field) if field else 0
        self.table.blockSignals(True)  # a colour is no edit: no new preview
        mark_cell(self.table.item(row, col), message)
        self.table.blockSignals(False)
        widget = self.table.cellWidget(row, col)
        if widget is not None:
            widget.setStyleSheet(f"background: {ERROR_BACKGROUND};")
            widget.setToolTip(message)

    def is_marked(self, row: int, field: str) -> bool:
        item = self.table.item(row, self.index(field))
        return item is not None and bool(item.toolTip())

    def clear_marks(self) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                unmark_cell(self.table.item(row, col))
                widget = self.table.cellWidget(row, col)
                if widget is not None:
                    widget.setStyleSheet("")
                    widget.setToolTip("")
        self.table.blockSignals(False)
