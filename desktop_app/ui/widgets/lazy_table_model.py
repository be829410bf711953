"""A generic lazy table model: counts the rows, then fetches them page by page as the view
scrolls (architecture.md, rule 8: a list of a million rows opens as fast as one of ten).

The model never sees a database: it is given two callables, usually thin wrappers around a
service, and a list of columns saying how to show each row.

- ``count() -> int | AtLeast``: how many rows the list holds. A source for which an exact
  count costs too much (the audit journal: a million entries of one table) counts up to a
  cap and answers ``AtLeast(n)``; the model then keeps fetching until a page comes back short.
- ``fetch(after: R | None, limit: int) -> Sequence[R]``: keyset paging. The page of at most
  ``limit`` rows that come right after ``after`` in the list's order, ``after`` being the
  last row the model holds (``None`` for the first page). The source derives its key from
  that row (services give their rows a ``page_key``: ``lambda after, limit:
  list_claims(ctx, flt, None if after is None else after.page_key, limit)``; ``after and
  after.page_key`` would type as the row or its key), so a page far down costs what the
  first one costs, and rows added or removed above the last loaded row shift nothing.
  A page shorter than ``limit`` means the list ends there. A list already held in memory
  pages through its copy with ``rows_after``.

Sorting and filtering belong to the service (SQL), never to a proxy over a half-loaded list.
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
class AtLeast:
    """What ``count()`` answers when it stopped counting: the list holds at least ``rows``
    rows, maybe many more."""

    rows: int


def rows_after(rows: Sequence[R], after: R | None, limit: int) -> list[R]:
    """``fetch`` for a short list already in memory (a file's timeline, the users): the rows
    that follow ``after``, found by identity (the model holds the very objects of ``rows``).
    Nothing when ``after`` is not in ``rows`` any more (the list was read again: the model
    is reloaded next)."""
    start = 0
    if after is not None:
        for number in range(len(rows) - 1, -1, -1):
            if rows[number] is after:
                start = number + 1
                break
        else:
            return []
    return list(rows[start : start + limit])


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
    """Rows come from ``fetch`` in pages of ``page_size``, each after the last row loaded,
    through ``canFetchMore`` / ``fetchMore``; ``reload()`` counts again and fetches the
    first page only."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        count: Callable[[], int | AtLeast],
        fetch: Callable[[R | None, int], Sequence[R]],
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
        # ``_exact``: False while the count is a lower bound (``AtLeast``) and the last row
        # is not loaded. ``_ended``: the last row is loaded, nothing more to ask for.
        self._exact = True
        self._ended = True
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
            counted = self._count()
            self._exact = not isinstance(counted, AtLeast)
            self._total = max(0, counted.rows if isinstance(counted, AtLeast) else int(counted))
            self._ended = self._exact and self._total == 0
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
            self._exact = self._ended = True
            self.endResetModel()
        finally:
            self._busy = False

    @property
    def total(self) -> int:
        """How many rows the source holds (loaded or not); while ``total_exact`` is False,
        what the capped count found (more may be loaded already)."""
        return self._total

    @property
    def total_exact(self) -> bool:
        """False while the count was capped (``AtLeast``) and the last row is not loaded."""
        return self._exact

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not self._busy and not parent.isValid() and not self._ended

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._busy = True
        try:
            start = len(self._rows)
            # An exact count is what the list shows: rows that arrived since are not asked for.
            limit = min(self._page_size, self._total - start) if self._exact else self._page_size
            page = list(self._fetch(self._rows[-1] if self._rows else None, limit))[:limit]
            if len(page) < limit:
                # The list ends here (it may have shrunk since it was counted).
                self._total, self._exact, self._ended = start + len(page), True, True
            if page:
                self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
                self._rows.extend(page)
                self._ended = self._ended or (self._exact and len(self._rows) >= self._total)
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
