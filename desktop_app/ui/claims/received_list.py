"""« Dossiers reçus » (domain.md §10.1): the claim files, latest first, filtered by SQL on
the file number, the person's matricule or name, and the step; loaded page by page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims.queries import ClaimFilter, ClaimRow
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import (
    ERROR_COLOUR,
    day,
    enum_data,
    fit_columns,
    list_view,
    n,
    selected_row,
)
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.lazy_table_model import RIGHT, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named


def claim_columns(today: Callable[[], date]) -> list[Column[ClaimRow]]:
    """The columns; a next action date already due shows red (the clerk's reminder)."""

    def late(row: ClaimRow) -> str | None:
        due = row.next_action_date is not None and row.next_action_date <= today()
        return (
            ERROR_COLOUR if due and row.status not in (ClaimState.PAID, ClaimState.CLOSED) else None
        )

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "N° dossier"), lambda r: r.number),
        Column(QT_TRANSLATE_NOOP("Columns", "Reçu le"), lambda r: day(r.reception_date)),
        Column(QT_TRANSLATE_NOOP("Columns", "Personne soignée"), lambda r: r.person_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Matricule"), lambda r: r.matricule),
        Column(QT_TRANSLATE_NOOP("Columns", "Police"), lambda r: r.policy_number),
        Column(QT_TRANSLATE_NOOP("Columns", "Bénéficiaire"), lambda r: r.payee_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Réclamé"), lambda r: n(r.amount_claimed), RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "Remboursé"), lambda r: n(r.reimbursed), RIGHT),
        Column(QT_TRANSLATE_NOOP("Columns", "État"), lambda r: r.status.label),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Prochaine action"),
            lambda r: day(r.next_action_date),
            foreground=late,
        ),
    ]


class ReceivedList(QWidget):
    claim_selected = Signal(int)  # -1 when nothing is selected

    def __init__(
        self,
        bus: AppBus,
        status: ClaimState | None = None,
        *,
        with_status_filter: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.text = named(QLineEdit(), "claims_filter_text")
        self.text.setPlaceholderText(self.tr("Matricule ou nom…"))
        self.number = named(QLineEdit(), "claims_filter_number")
        self.number.setPlaceholderText(self.tr("N° de dossier…"))
        self.status = named(QComboBox(), "claims_filter_status")
        self.status.addItem(self.tr("Tous les états"), None)
        for state in ClaimState:
            self.status.addItem(state.label, state)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.status.setVisible(with_status_filter)
        self.model: LazyTableModel[ClaimRow] = LazyTableModel(
            claim_columns(bus.ctx.today),
            lambda: claim_queries.count_claims(bus.ctx, self.filter()),
            lambda after, limit: claim_queries.list_claims(
                bus.ctx, self.filter(), None if after is None else after.page_key, limit
            ),
            parent=self,
        )
        self.table = list_view(self.model, "claims_table")
        self.count = named(QLabel(), "claims_count")
        bar = QHBoxLayout()
        bar.addWidget(self.number)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.text.textChanged.connect(lambda _t: self.reload())
        self.number.textChanged.connect(lambda _t: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._on_selection_changed()
        )
        bus.data_changed.connect(self._on_data_changed)
        self.reload()

    def filter(self) -> ClaimFilter:
        return ClaimFilter(
            status=enum_data(self.status, ClaimState),
            number=self.number.text(),
            text=self.text.text(),
        )

    def reload(self) -> None:
        selected = self.selected()
        self.model.reload()
        fit_columns(self.table)
        self.count.setText(self.tr("%1 dossier(s)").replace("%1", str(self.model.total)))
        if selected is not None:
            self.select_claim(selected.id)

    def selected(self) -> ClaimRow | None:
        return selected_row(self.table)  # type: ignore[no-any-return]

    def select_claim(self, claim_id: int) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.id == claim_id:
                self.table.selectRow(i)
                return True
        return False

    def _on_selection_changed(self) -> None:
        row = self.selected()
        self.claim_selected.emit(row.id if row else -1)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("claims"):
            self.reload()
