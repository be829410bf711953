"""Tab « Ordonnancement » (domain.md §10.3): tick assessed décomptes, give the order date
and its signatory (a user allowed to sign who assessed none of them: the service says so
otherwise), create the payment order; beside, the orders with each décompte and whether it
is paid, the payment order printed, an order nothing of which is paid cancelled."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.claims import documents as claim_documents
from desktop_app.services.claims import payment_orders
from desktop_app.services.claims import queries as claim_lookups
from desktop_app.services.claims.queries import ClaimFilter
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.checkable_model import CheckableLazyModel
from desktop_app.ui.claims.common import (
    OK_STYLE,
    can,
    day,
    error_label,
    fit_columns,
    list_view,
    n,
    show_message,
)
from desktop_app.ui.claims.orders_list import OrdersList
from desktop_app.ui.claims.reason_prompt import ask_reason
from desktop_app.ui.forms.fields import DateField, read_field
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.lazy_table_model import RIGHT, Column

ASSESSED = ClaimFilter(status=ClaimState.ASSESSED)
FILE_COLUMNS: list[Column[claim_lookups.ClaimRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "N° dossier"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Personne soignée"), lambda r: r.person_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Bénéficiaire"), lambda r: r.payee_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Reçu le"), lambda r: day(r.reception_date)),
    Column(QT_TRANSLATE_NOOP("Columns", "À payer"), lambda r: n(r.reimbursed), RIGHT),
]


class OrderingPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.preview: PdfPreviewDialog | None = None
        self.files = CheckableLazyModel(
            FILE_COLUMNS,
            lambda: claim_lookups.count_claims(bus.ctx, ASSESSED),
            lambda after, limit: claim_lookups.list_claims(
                bus.ctx, ASSESSED, after and after.page_key, limit
            ),
            parent=self,
        )
        self.files_table = list_view(self.files, "assessed_table")
        self.check_all = QPushButton(self.tr("Tout cocher"), objectName="check_all")
        self.selection = QLabel(objectName="ordering_selection")
        self.order_date = DateField(objectName="order_date")
        self.signatory = QComboBox(objectName="signatory")
        self.create_button = QPushButton(
            self.tr("Créer l'ordre de paiement"), objectName="create_order"
        )
        self.result = QLabel(objectName="ordering_result")
        self.result.setWordWrap(True)
        general = QLabel(objectName="ordering_error")
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.addRow(self.tr("Date de l'ordre"), self.order_date)
        form.addRow("", self.errors.make_label("order_date", self.order_date))
        form.addRow(self.tr("Signataire"), self.signatory)
        form.addRow("", self.errors.make_label("signatory_id", self.signatory))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Décomptes validés à ordonnancer")))
        left_layout.addWidget(self.files_table, 1)
        ticks = QHBoxLayout()
        ticks.addWidget(self.check_all)
        ticks.addWidget(self.selection, 1)
        left_layout.addLayout(ticks)
        left_layout.addWidget(self.errors.make_label("claim_ids", self.files_table))
        left_layout.addLayout(form)
        left_layout.addWidget(general)
        left_layout.addWidget(self.create_button)
        left_layout.addWidget(self.result)
        self.orders = OrdersList(bus)
        self.print_button = QPushButton(
            self.tr("Imprimer l'ordre de paiement"), objectName="print_order"
        )
        self.cancel_button = QPushButton(self.tr("Annuler l'ordre…"), objectName="cancel_order")
        self.list_error = error_label("orders_error")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.orders, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.list_error)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        editable = can(bus, Permission.EDIT_CLAIMS) or can(bus, Permission.SIGN_PAYMENT_ORDERS)
        for widget in (self.check_all, self.order_date, self.signatory, self.create_button):
            widget.setEnabled(editable)
        self.cancel_button.setEnabled(can(bus, Permission.SIGN_PAYMENT_ORDERS))
        self.files.checks_changed.connect(self._update_selection)
        self.check_all.clicked.connect(self._on_check_all_clicked)
        self.create_button.clicked.connect(self.create_order)
        self.print_button.clicked.connect(self.print_order)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        bus.data_changed.connect(self._on_data_changed)
        self.order_date.set_value(bus.ctx.today())
        self._load_signatories()
        self.reload()

    def _load_signatories(self) -> None:
        current = self.signatory.currentData()
        self.signatory.clear()
        self.signatory.addItem(self.tr("— choisir le signataire —"), None)
        for row in claim_lookups.list_signatories(self.bus.ctx):
            self.signatory.addItem(f"{row.full_name} ({row.code})", row.user_id)
        self.signatory.setCurrentIndex(max(0, self.signatory.findData(current)))

    def reload(self) -> None:
        self.files.reload()
        fit_columns(self.files_table)

    def _update_selection(self) -> None:
        rows = self.files.checked_rows()
        self.selection.setText(
            self.tr("%1 décompte(s) coché(s) — %2")
            .replace("%1", str(len(rows)))
            .replace("%2", format_fcfa(sum(r.reimbursed for r in rows)))
        )

    # -- creating the order -------------------------------------------------------------------
    def create_order(self) -> bool:
        self.errors.clear()
        show_message(self.result, "")
        typed: list[FieldError] = []
        order_date = read_field(typed, self.order_date.date_value, "order_date")
        if typed:
            self.errors.show(ValidationFailed(typed))
            return False
        ids = [row.id for row in self.files.checked_rows()]
        try:
            created = payment_orders.create_payment_order(
                self.bus.ctx, ids, order_date, self.signatory.currentData()
            )
        except DomainError as error:
            self.errors.show(error)
            return False
        self.bus.changed(created.changes)
        self.orders.select_order(created.order_id)
        show_message(
            self.result,
            self.tr("Ordre de paiement %1 créé : %2.")
            .replace("%1", created.number)
            .replace("%2", format_fcfa(created.total)),
            OK_STYLE,
        )
        return True

    # -- the orders ----------------------------------------------------------------------------
    def print_order(self) -> PdfPreviewDialog | None:
        show_message(self.list_error, "")
        order = self.orders.selected()
        if order is None:
            show_message(self.list_error, self.tr("Choisissez un ordre de paiement dans la liste."))
            return None
        self.preview = open_preview(
            self,
            self.tr("Ordre de paiement %1").replace("%1", order.number),
            lambda: claim_documents.payment_order_pdf(self.bus.ctx, order.id),
            f"ordre-{order.number}.pdf",
            lambda message: show_message(self.list_error, message),
        )
        return self.preview

    def _on_cancel_clicked(self) -> None:
        show_message(self.list_error, "")
        order = self.orders.selected()
        if order is None:
            show_message(self.list_error, self.tr("Choisissez un ordre de paiement dans la liste."))
            return
        reason = ask_reason(
            self,
            self.tr("Annuler l'ordre %1").replace("%1", order.number),
            self.tr("Motif de l'annulation :"),
        )
        if reason is None:
            return
        try:
            self.bus.changed(payment_orders.cancel_payment_order(self.bus.ctx, order.id, reason))
        except DomainError as error:
            show_message(self.list_error, error.message)

    def _on_check_all_clicked(self) -> None:
        self.files.fetch_all()
        for i in range(self.files.rowCount()):
            self.files.set_checked(i, True)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("claims"):
            self.reload()
        if changes.touches("users"):
            self._load_signatories()
