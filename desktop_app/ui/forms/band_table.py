"""An editable table of bands « from – to – value » (group-size reductions, age surcharges,
accessoires scales, domain.md §4–§5): rows added and removed by the clerk, read exactly
(whole bounds, rates as Decimal fractions, fees as int FCFA), cells marked when refused."""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import CellError, FieldError
from desktop_app.domain.money import format_fcfa, format_rate, parse_fcfa, parse_rate

ERROR_BACKGROUND = "#f8d7da"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_WHOLE = re.compile(r"^-?\d+$")

Band = tuple[int, int | None, Decimal | int]


class BandValue(enum.Enum):
    RATE = "rate"  # a percentage typed « 12,5 », read as Decimal("0.125")
    FEE = "fee"  # an FCFA amount typed « 10 000 », read as 10000


def cell_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell the table filled when it was loaded (Qt answers None for a cell
    never given one: that would be a bug of the screen, said at once)."""
    item = table.item(row, column)
    if item is None:
        raise LookupError(
            f"{table.objectName() or type(table).__name__}: no item at {row}, {column}"
        )
    return item


def header_item(table: QTableWidget, column: int) -> QTableWidgetItem:
    """The horizontal header item of ``column``, made by ``setHorizontalHeaderLabels``."""
    item = table.horizontalHeaderItem(column)
    if item is None:
        raise LookupError(f"{table.objectName() or type(table).__name__}: no header {column}")
    return item


def mark_cell(item: QTableWidgetItem | None, message: str) -> None:
    """Show a refused cell: pale red, the French message as its tooltip."""
    if item is not None:
        item.setBackground(QBrush(QColor(ERROR_BACKGROUND)))
        item.setToolTip(message)


def unmark_cell(item: QTableWidgetItem | None) -> None:
    if item is not None:
        item.setBackground(QBrush())
        item.setToolTip("")


def fit_height(table: QTableWidget, rows: int) -> None:
    """Make ``table`` exactly tall enough for ``rows`` rows (no inner scroll bar)."""
    header = table.horizontalHeader()
    # Before the first show the header has no real height yet: ask it what it needs.
    height = max(header.sizeHint().height(), header.minimumHeight()) + 2 * table.frameWidth()
    height += rows * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height)


class BandTable(QWidget):
    def __init__(
        self,
        headers: Sequence[str],
        value: BandValue,
        *,
        money_bounds: bool = False,
        visible_rows: int = 5,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.value = value
        self.money_bounds = money_bounds
        self.source_rows: list[int] = []  # table row of each band read last, for marking
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_height(self.table, visible_rows)
        self.add_button = QPushButton(self.tr("Ajouter une tranche"))
        self.remove_button = QPushButton(self.tr("Supprimer la tranche"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    # -- showing -------------------------------------------------------------------------
    def _bound_text(self, value: int | None) -> str:
        if value is None:
            return ""
        return format_fcfa(value, with_currency=False) if self.money_bounds else str(value)

    def _value_text(self, value: Decimal | int) -> str:
        if self.value is BandValue.RATE:
            return format_rate(Decimal(value)).replace("\u00a0%", "")
        return format_fcfa(int(value), with_currency=False)

    def _set_row(self, row: int, texts: Sequence[str]) -> None:
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setTextAlignment(RIGHT)
            self.table.setItem(row, column, item)

    def set_bands(self, bands: Sequence[Band]) -> None:
        self.table.setRowCount(len(bands))
        for row, (low, high, value) in enumerate(bands):
            self._set_row(
                row, (self._bound_text(low), self._bound_text(high), self._value_text(value))
            )
        self.clear_marks()

    def add_band(self) -> int:
        """A new empty row, starting where the last band ends; returns its number."""
        row = self.table.rowCount()
        start = ""
        if row:
            previous = self.text(row - 1, 1)
            try:
                start = self._bound_text(self._whole(previous, "") + 1) if previous else ""
            except FieldError:
                start = ""
        self.table.insertRow(row)
        self._set_row(row, (start, "", ""))
        self.table.setCurrentCell(row, 0 if not start else 1)
        return row

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_text(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(RIGHT)
            self.table.setItem(row, column, item)
        item.setText(text)

    # -- reading -------------------------------------------------------------------------
    def _whole(self, text: str, field: str) -> int:
        if self.money_bounds:
            return parse_fcfa(text, field, allow_negative=True)
        cleaned = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        if not _WHOLE.match(cleaned):
            raise FieldError(field, f"« {text} » n'est pas un nombre entier.")
        return int(cleaned)

    def read(self, field: str, errors: list[FieldError]) -> list[Band]:
        """The bands typed, in table order; an empty row is ignored. A cell that cannot be
        read adds a ``CellError(field, …, row=i)`` (i: the band's position) to ``errors``."""
        bands: list[Band] = []
        self.source_rows = []
        for row in range(self.table.rowCount()):
            texts = [self.text(row, c) for c in range(3)]
            if not any(texts):
                continue
            self.source_rows.append(row)
            low_text, high_text, value_text = texts
            try:
                if not low_text:
                    raise FieldError(field, "Le début de la tranche est obligatoire.")
                low = self._whole(low_text, field)
                high = self._whole(high_text, field) if high_text else None
                value: Decimal | int
                if self.value is BandValue.RATE:
                    value = parse_rate(value_text, field)
                else:
                    value = parse_fcfa(value_text, field, allow_negative=True)
            except FieldError as error:
                errors.append(CellError(field, error.message, row=len(bands)))
                bands.append((0, None, 0))
                continue
            bands.append((low, high, value))
        return bands

    # -- errors --------------------------------------------------------------------------
    def mark_band(self, index: int, message: str) -> None:
        """Mark the row of band ``index`` (as last read) with ``message``."""
        row = self.source_rows[index] if index < len(self.source_rows) else index
        for column in range(3):
            mark_cell(self.table.item(row, column), message)

    def clear_marks(self) -> None:
        for row in range(self.table.rowCount()):
            for column in range(3):
                unmark_cell(self.table.item(row, column))

    def _on_add_button_clicked(self) -> None:
        self.add_band()

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
