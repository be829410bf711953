"""One audit entry in detail: each field with its value before and after, side by side."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.administration.audit import AuditRow
from desktop_app.ui.admin.labels import (
    action_label,
    audit_value,
    field_label,
    format_datetime,
    table_label,
)

CHANGED = QColor("#fff4cc")


class AuditDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-weight: bold;")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Champ"), self.tr("Avant"), self.tr("Après")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table)
        self.show_entry(None)

    def show_entry(self, entry: AuditRow | None) -> None:
        self.table.setRowCount(0)
        if entry is None:
            self.title_label.setText(
                self.tr("Choisissez une ligne du journal pour voir le détail.")
            )
            return
        self.title_label.setText(
            self.tr("%1 — %2 n° %3, par %4 le %5")
            .replace("%1", action_label(entry.action))
            .replace("%2", table_label(entry.table_name))
            .replace("%3", entry.record_id)
            .replace("%4", entry.user_code)
            .replace("%5", format_datetime(entry.at, seconds=True))
        )
        before = entry.before or {}
        after = entry.after or {}
        fields = sorted(set(before) | set(after), key=lambda f: (field_label(f).casefold(), f))
        self.table.setRowCount(len(fields))
        for number, field in enumerate(fields):
            old = audit_value(field, before[field]) if field in before else ""
            new = audit_value(field, after[field]) if field in after else ""
            name = QTableWidgetItem(field_label(field))
            name.setToolTip(field)
            cells = [name, QTableWidgetItem(old), QTableWidgetItem(new)]
            # On an update every listed field changed; mark the values to catch the eye.
            if entry.action == "update":
                for cell in cells[1:]:
                    cell.setBackground(QBrush(CHANGED))
            for column, cell in enumerate(cells):
                self.table.setItem(number, column, cell)
        self.table.resizeRowsToContents()

    def rows(self) -> list[tuple[str, str, str]]:
        """(field, before, after) as shown: for tests and for copying."""

        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]
