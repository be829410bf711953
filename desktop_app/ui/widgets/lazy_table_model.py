"""A generic lazy table model: counts the rows, then fetches them page by page as the view
scrolls (architecture.md, rule 8: a list of a million rows opens as fast as one of ten).

The model never sees a database: it is given two callables, ``count()`` and
``fetch(offset, limit)``, usually thin wrappers around a service, and a list of columns
saying how to show each row. Sorting and filtering belong to the service (SQL), never to
a proxy over a half-loaded list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
PAGE_SIZE = 200

# The model hands its row object to whoever asks for this role (pages, delegates).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, how to turn a row into the text shown, and its alignment.

    ``header`` is a French source text; mark it ``QT_TRANSLATE_NOOP("Columns", "...")``
    so it can be translated."""

    header: str
    value: Callable[[R], Any]
    alignment: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[R], str] | None = None
    # A colour name ("#b00020") for rows that need the eye (a locked account), or None.
    foreground: Callable[[R], str | None] | None = None


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Rows come from ``fetch`` in pages of ``page_size`` through ``canFetchMore`` /
    ``fetchMore``; ``reload()`` counts again and fetches the first page only."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        count: Callable[[], int],
        fetch: Callable[[int, int], Sequence[R]],
        *,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._count = count
        self._fetch = fetch
        self._page_size = page_size
        self._rows: list[R] = []
        self._total = 0
        # Views and testers may ask for more while a page is being inserted (from the
        # rowsInserted handlers): nested inserts would corrupt their bookkeeping.
        self._busy = False

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Forget the loaded rows, count again and load the first page."""
        self._busy = True
        try:
            self.beginResetModel()
            self._rows = []
            self._total = max(0, int(self._count()))
            self.endResetModel()
        finally:
            self._busy = False
        self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self._busy = True
        try:
            self.beginResetModel()
            self._rows = []
            self._total = 0
            self.endResetModel()
        finally:
            self._busy = False

    @property
    def total(self) -> int:
        """How many rows the source holds (loaded or not)."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not self._busy and not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._busy = True
        try:
            start = len(self._rows)
            page = list(self._fetch(start, min(self._page_size, self._total - start)))
            if not page:
                # The source shrank since it was counted: stop asking for more.
                self._total = start
                return
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._busy = False

    def fetch_all(self) -> None:
        """Load every row (for a small list, or before an export of what is shown)."""
        while self.canFetchMore():
            before = len(self._rows)
            self.fetchMore()
            if len(self._rows) == before:
                break

    # -- access ------------------------------------------------------------------------
    def row(self, index: Index | int) -> R | None:
        """The row object at ``index`` (a model index or a row number), if loaded."""
        number = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rows(self) -> list[R]:
        """The rows loaded so far."""
        return list(self._rows)

    # -- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        row = self.row(index)
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(row)
            return QBrush(QColor(colour)) if colour else None
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                # Headers are French source texts marked QT_TRANSLATE_NOOP("Columns", ...).
                return QCoreApplication.translate("Columns", self._columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self._columns[section].alignment.value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
