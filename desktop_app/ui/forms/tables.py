"""How the program's lists look: one line per row, columns fitted to their content after
each load (of the loaded page only: the list stays lazy)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView

from desktop_app.ui.widgets.lazy_table_model import LazyTableModel

ROW_HEIGHT = 24
MAX_COLUMN_WIDTH = 320


def tune_list(table: QTableView, model: LazyTableModel) -> None:  # type: ignore[type-arg]
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    table.horizontalHeader().setStretchLastSection(True)

    def fit() -> None:
        table.resizeColumnsToContents()
        for column in range(model.columnCount()):
            if table.columnWidth(column) > MAX_COLUMN_WIDTH:
                table.setColumnWidth(column, MAX_COLUMN_WIDTH)

    model.rowsInserted.connect(lambda *_args: fit() if model.rowCount() <= 200 else None)
