"""A lazy list whose first column is a check box (the files to put into a payment order):
the ticks are kept by row id, so they survive the pages loaded as the clerk scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.ui.widgets.lazy_table_model import AtLeast, Column, LazyTableModel

Index = QModelIndex | QPersistentModelIndex


class CheckableLazyModel(LazyTableModel):  # type: ignore[type-arg]
    checks_changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column[Any]],
        count: Callable[[], int | AtLeast],
        fetch: Callable[[Any | None, int], Sequence[Any]],
        *,
        parent: Any = None,
    ) -> None:
        super().__init__([Column("", lambda _r: ""), *columns], count, fetch, parent=parent)
        self.checked: set[int] = set()

    def reload(self) -> None:
        # What was ticked may have moved on (ordered by someone else): start afresh.
        self.checked = set()
        super().reload()
        self.checks_changed.emit()

    def checked_rows(self) -> list[Any]:
        return [row for row in self.rows() if row.id in self.checked]

    def set_checked(self, row_number: int, checked: bool) -> None:
        self.setData(
            self.index(row_number, 0),
            Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row(index)
            if row is None:
                return None
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return (
            flags | Qt.ItemFlag.ItemIsUserCheckable
            if index.isValid() and index.column() == 0
            else flags
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        row = self.row(index)
        if row is None:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            self.checked.add(row.id)
        else:
            self.checked.discard(row.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True
