"""« Cartes en attente »: the member cards of the whole production still to print or not
yet delivered, the oldest request first (domain.md §15, §13 DLC), loaded page by page;
« Ouvrir la police » goes to the policy's « Cartes » tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cards import CardRequestState
from desktop_app.domain.dates import format_date
from desktop_app.services.context import Changes
from desktop_app.services.production import cards
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.tables import tune_list
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.lazy_table_model import ROW_ROLE, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named

COLUMNS: list[Column[cards.PendingCard]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Demandée le"), lambda r: format_date(r.requested_on)),
    Column(QT_TRANSLATE_NOOP("Columns", "État"), lambda r: r.state.label),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Imprimée le"),
        lambda r: format_date(r.printed_on) if r.printed_on else "",
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "N° de police"), lambda r: r.policy_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Matricule"), lambda r: r.matricule),
    Column(QT_TRANSLATE_NOOP("Columns", "Nom et prénoms"), lambda r: r.person_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Motif"), lambda r: r.reason.label),
]


class PendingCardsPage(QWidget):
    open_requested = Signal(int)  # policy id

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.state = named(QComboBox(), "pending_cards_state")
        self.state.addItem(self.tr("À imprimer ou à remettre"), None)
        self.state.addItem(self.tr("À imprimer"), CardRequestState.TO_PRINT)
        self.state.addItem(self.tr("Imprimées, non remises"), CardRequestState.PRINTED)
        self.open_button = named(QPushButton(self.tr("Ouvrir la police")), "open_card_policy")
        self.count = named(QLabel(), "pending_cards_count")
        self.model: LazyTableModel[cards.PendingCard] = LazyTableModel(
            COLUMNS,
            self._count,
            lambda after, limit: cards.fetch_pending_cards(
                bus.ctx, self.state.currentData(), None if after is None else after.page_key, limit
            ),
            parent=self,
        )
        self.table = named(QTableView(), "pending_cards_table")
        self.table.setModel(self.model)
        tune_list(self.table, self.model)
        bar = QHBoxLayout()
        bar.addWidget(self.state)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.state.currentIndexChanged.connect(lambda _i: self.model.reload())
        self.table.doubleClicked.connect(lambda _i: self._on_open_clicked())
        self.open_button.clicked.connect(self._on_open_clicked)
        bus.data_changed.connect(self._on_data_changed)
        self.model.reload()

    def _count(self) -> int:
        total = cards.count_pending_cards(self.bus.ctx, self.state.currentData())
        self.count.setText(self.tr("{0} carte(s)").format(total))
        return total

    def selected(self) -> cards.PendingCard | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def _on_open_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.policy_id)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("card_requests"):
            self.model.reload()
