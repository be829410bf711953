"""« Actions à faire » (domain.md §14): the open files whose next action date has come,
most overdue first, page by page; choosing one shows its timeline."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.claims.timeline import DueRow
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import (
    ERROR_COLOUR,
    day,
    fit_columns,
    list_view,
    selected_row,
)
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.lazy_table_model import RIGHT, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named

COLUMNS: list[Column[DueRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "N° dossier"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Personne soignée"), lambda r: r.person_name),
    Column(QT_TRANSLATE_NOOP("Columns", "État"), lambda r: r.status.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Action prévue le"), lambda r: day(r.next_action_date)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Retard (jours)"),
        lambda r: r.days_late,
        RIGHT,
        foreground=lambda r: ERROR_COLOUR if r.days_late > 0 else None,
    ),
]


class DueActionsList(QWidget):
    claim_selected = Signal(int)

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.model: LazyTableModel[DueRow] = LazyTableModel(
            COLUMNS,
            lambda: claim_timeline.count_due_actions(bus.ctx, bus.ctx.today()),
            lambda after, limit: claim_timeline.due_actions(
                bus.ctx, bus.ctx.today(), None if after is None else after.page_key, limit
            ),
            parent=self,
        )
        self.table = list_view(self.model, "due_actions_table")
        self.count = named(QLabel(), "due_count")
        title = QLabel(self.tr("Actions à faire"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._on_selection_changed()
        )
        bus.data_changed.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        fit_columns(self.table)
        self.count.setText(
            self.tr("%1 dossier(s) à relancer ou à traiter").replace("%1", str(self.model.total))
        )

    def _on_selection_changed(self) -> None:
        row: DueRow | None = selected_row(self.table)
        if row is not None:
            self.claim_selected.emit(row.claim_id)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("claims"):
            self.reload()
