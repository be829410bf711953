"""The list of policies: searched and filtered by SQL, loaded page by page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.roles import Permission
from desktop_app.services.context import Changes
from desktop_app.services.production import policies
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.tables import tune_list
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.production.renewal_batch_dialog import RenewalBatchDialog
from desktop_app.ui.widgets.lazy_table_model import RIGHT, ROW_ROLE, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named

COLUMNS: list[Column[policies.PolicyRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "N° de police"),
        lambda r: r.number or QCoreApplication.translate("PoliciesPage", "Brouillon"),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Souscripteur"), lambda r: r.subscriber_name),
    Column(QT_TRANSLATE_NOOP("Columns", "N° gestionnaire"), lambda r: r.administrator_ref),
    Column(QT_TRANSLATE_NOOP("Columns", "Catégorie"), lambda r: r.category.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Statut"), lambda r: r.status.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Effet"), lambda r: format_date(r.effective_date)),
    Column(QT_TRANSLATE_NOOP("Columns", "Échéance"), lambda r: format_date(r.expiry_date)),
    Column(QT_TRANSLATE_NOOP("Columns", "Assurés principaux"), lambda r: r.members, RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Personnes"), lambda r: r.persons, RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Intermédiaire"), lambda r: r.intermediary_code),
]


class PoliciesPage(QWidget):
    open_requested = Signal(int)  # policy id
    new_requested = Signal()

    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.search = named(QLineEdit(), "policy_search")
        self.search.setPlaceholderText(self.tr("N° de police, n° gestionnaire ou souscripteur…"))
        self.status = named(QComboBox(), "policy_status")
        self.status.addItem(self.tr("Tous les statuts"), None)
        for status in PolicyStatus:
            self.status.addItem(status.label, status)
        self.new_button = named(QPushButton(self.tr("Nouvelle police")), "new_policy")
        self.new_button.setEnabled(
            bus.ctx.actor is not None and bus.ctx.actor.can(Permission.EDIT_PRODUCTION)
        )
        self.open_button = named(QPushButton(self.tr("Ouvrir")), "open_policy")
        self.renewal_button = named(
            QPushButton(self.tr("Renouvellement annuel…")), "renew_policies"
        )
        self.renewal_button.setEnabled(self.new_button.isEnabled())
        self.renewal_dialog: RenewalBatchDialog | None = None
        self.model: LazyTableModel[policies.PolicyRow] = LazyTableModel(
            COLUMNS,
            lambda: policies.count_policies(bus.ctx, self._filter()),
            lambda after, limit: policies.fetch_policies(
                bus.ctx, self._filter(), None if after is None else after.page_key, limit
            ),
            parent=self,
        )
        self.table = named(QTableView(), "policies_table")
        self.table.setModel(self.model)
        tune_list(self.table, self.model)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.renewal_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.search.returnPressed.connect(self.model.reload)
        self.search.textChanged.connect(lambda _t: self.model.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.model.reload())
        self.table.doubleClicked.connect(lambda _i: self._on_open_clicked())
        self.open_button.clicked.connect(self._on_open_clicked)
        self.new_button.clicked.connect(self.new_requested.emit)
        self.renewal_button.clicked.connect(self.open_renewal)
        bus.data_changed.connect(self._on_data_changed)
        self.model.reload()

    def open_renewal(self) -> RenewalBatchDialog:
        """The yearly renewal of every policy due."""
        self.renewal_dialog = RenewalBatchDialog(self.bus, self)
        self.renewal_dialog.show()
        return self.renewal_dialog

    def _filter(self) -> policies.PolicyFilter:
        return policies.PolicyFilter(self.search.text(), self.status.currentData())

    def selected(self) -> policies.PolicyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def _on_open_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.id)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("policies", "insured_persons", "subscribers"):
            self.model.reload()
