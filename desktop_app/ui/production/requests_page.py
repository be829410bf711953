"""« Suivi des demandes »: the requests log (domain.md §14, table b), filtered by state and
by lateness, loaded page by page; a request is created, edited or rejected from here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.request_workflow import OPEN_STATES, RequestState
from desktop_app.domain.roles import Permission
from desktop_app.services.context import Changes
from desktop_app.services.production import requests_log as log
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.reason_prompt import ask_reason
from desktop_app.ui.forms.tables import tune_list
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import run_op
from desktop_app.ui.production.follow_up_delays_dialog import FollowUpDelaysDialog
from desktop_app.ui.production.request_dialog import RequestDialog
from desktop_app.ui.widgets.lazy_table_model import ROW_ROLE, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named

LATE = "#b00020"


def ask_number(parent: QWidget, title: str, question: str) -> int | None:
    """A whole number typed by the clerk, or None when they cancel."""
    value, ok = QInputDialog.getInt(parent, title, question, 1, 1, 9999)
    return value if ok else None


COLUMNS: list[Column[log.RequestRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Reçue le"), lambda r: format_date(r.received_on)),
    Column(QT_TRANSLATE_NOOP("Columns", "N° de police"), lambda r: r.policy_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Souscripteur"), lambda r: r.subscriber_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Avenant demandé"), lambda r: r.kind.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Statut"), lambda r: r.status.label),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Retard"),
        lambda r: r.overdue,
        foreground=lambda r: LATE if r.overdue else None,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Courrier du"), lambda r: format_date(r.letter_date)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Transmise le"),
        lambda r: format_date(r.sent_to_administrator_on),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Confirmée le"),
        lambda r: format_date(r.administrator_confirmed_on),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Nouveau matricule"), lambda r: r.new_matricule),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Avenant"),
        lambda r: f"n° {r.endorsement_number}" if r.endorsement_number else "",
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Observations"),
        lambda r: r.rejection_reason or r.notes,
    ),
]


class RequestsPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy: log.PolicyRef | None = None  # in a policy's tab: its requests only
        self.search = named(QLineEdit(), "request_search")
        self.search.setPlaceholderText(self.tr("N° de police ou souscripteur…"))
        self.status = named(QComboBox(), "request_status")
        self.status.addItem(self.tr("Tous les statuts"), None)
        for state in RequestState:
            self.status.addItem(state.label, state.value)
        self.overdue = named(QCheckBox(self.tr("En retard seulement")), "request_overdue")
        self.new_button = named(QPushButton(self.tr("Nouvelle demande…")), "new_request")
        self.edit_button = named(QPushButton(self.tr("Modifier…")), "edit_request")
        self.reject_button = named(QPushButton(self.tr("Rejeter…")), "reject_request")
        self.link_button = named(QPushButton(self.tr("Lier à l'avenant…")), "link_request")
        self.delays_button = named(QPushButton(self.tr("Délais…")), "follow_up_delays")
        self.delays_button.setEnabled(
            bus.ctx.actor is not None and bus.ctx.actor.can(Permission.MANAGE_SETTINGS)
        )
        self.delays_dialog: FollowUpDelaysDialog | None = None
        can_edit = bus.ctx.actor is not None and bus.ctx.actor.can(Permission.EDIT_PRODUCTION)
        for button in (self.new_button, self.edit_button, self.reject_button, self.link_button):
            button.setEnabled(can_edit)
        self.message = named(QLabel(), "requests_message")
        self.message.setWordWrap(True)
        self.message.hide()  # shown with a refusal
        self.dialog: RequestDialog | None = None
        self.model: LazyTableModel[log.RequestRow] = LazyTableModel(
            COLUMNS,
            lambda: log.count_requests(bus.ctx, self._filter()),
            lambda after, limit: log.fetch_requests(
                bus.ctx, self._filter(), None if after is None else after.page_key, limit
            ),
            parent=self,
        )
        self.table = named(QTableView(), "requests_table")
        self.table.setModel(self.model)
        tune_list(self.table, self.model)
        # Filters, then actions: two rows, so the page fits beside the renewal panel in
        # the policy's tab at 1366 pixels.
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.overdue)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.link_button,
            self.reject_button,
            self.delays_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        self.search.textChanged.connect(lambda _t: self.model.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.model.reload())
        self.overdue.toggled.connect(lambda _c: self.model.reload())
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.delays_button.clicked.connect(self.open_delays)
        self.table.doubleClicked.connect(lambda _i: self._on_edit_button_clicked())
        bus.data_changed.connect(self._on_data_changed)
        self.model.reload()

    def _filter(self) -> log.RequestFilter:
        state = self.status.currentData()
        return log.RequestFilter(
            RequestState(state) if state else None,
            self.overdue.isChecked(),
            self.policy.id if self.policy else None,
            self.search.text(),
        )

    def set_policy(self, policy: log.PolicyRef | None) -> None:
        """Show the requests of one policy only (the policy's follow-up tab)."""
        self.policy = policy
        self.search.setVisible(policy is None)
        self.delays_button.setVisible(policy is None)
        self.model.reload()

    def selected(self) -> log.RequestRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def open_dialog(self, request: log.RequestRow | None) -> RequestDialog:
        self.dialog = RequestDialog(self.bus, request, parent=self)
        self.dialog.setModal(True)
        self.dialog.show()
        return self.dialog

    def _on_new_button_clicked(self) -> None:
        self.dialog = RequestDialog(self.bus, None, self.policy, parent=self)
        self.dialog.setModal(True)
        self.dialog.show()

    def _on_edit_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_dialog(row)

    def _on_reject_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.status not in OPEN_STATES:
            self.message.setText(
                QCoreApplication.translate("RequestsPage", "Cette demande est déjà close.")
            )
            self.message.show()
            return
        reason = ask_reason(
            self, self.tr("Rejeter la demande"), self.tr("Motif du rejet de la demande :")
        )
        if reason is None:
            return
        run_op(
            self.bus,
            lambda ctx: log.reject_request(ctx, row.id, reason),
            errors=self.message,
            trigger=self.reject_button,
        )

    def open_delays(self) -> FollowUpDelaysDialog:
        """The deadlines that make a request late, and the holidays (settings right)."""
        self.delays_dialog = FollowUpDelaysDialog(self.bus, self)
        self.delays_dialog.setModal(True)
        self.delays_dialog.show()
        return self.delays_dialog

    def _on_link_button_clicked(self) -> None:
        """« Traitée »: the confirmed request answered by an endorsement made before."""
        row = self.selected()
        if row is None:
            return
        number = ask_number(
            self,
            self.tr("Lier à l'avenant"),
            self.tr("N° de l'avenant de la police {0} qui répond à la demande :").format(
                row.policy_number
            ),
        )
        if number is None:
            return
        run_op(
            self.bus,
            lambda ctx: log.link_request_to_number(ctx, row.id, number),
            errors=self.message,
            trigger=self.link_button,
        )

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("endorsement_requests", "policies", "settings_documents"):
            self.message.clear()
            self.message.hide()
            self.model.reload()
