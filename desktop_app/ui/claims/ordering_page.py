"""Tab « Ordonnancement » (domain.md §10.3): tick assessed décomptes, give the order date,
create the payment order « à signer »; beside, the orders with each décompte and whether it
is paid, « Signer l'ordre… » (a signatory who assessed none of its files, in their own
session or typing their code and password here: four eyes, architecture.md rule 11), the
payment order printed, an order nothing of which is paid cancelled."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
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
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.payment_order_workflow import PaymentOrderState
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
from desktop_app.ui.claims.sign_dialog import SignDialog
from desktop_app.ui.forms.fields import DateField
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import Operation, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.lazy_table_model import RIGHT, Column
from desktop_app.ui.widgets.naming import named

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
        self.check_all = named(QPushButton(self.tr("Tout cocher")), "check_all")
        self.selection = named(QLabel(), "ordering_selection")
        self.order_date = named(DateField(), "order_date")
        self.create_button = named(
            QPushButton(self.tr("Créer l'ordre de paiement")), "create_order"
        )
        self.result = named(QLabel(), "ordering_result")
        self.result.setWordWrap(True)
        general = named(QLabel(), "ordering_error")
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.addRow(self.tr("Date de l'ordre"), self.order_date)
        form.addRow("", self.errors.make_label("order_date", self.order_date))
        form.addRow(
            "",
            QLabel(
                self.tr(
                    "L'ordre est ensuite signé par un signataire qui n'a validé aucun de ses décomptes."
                )
            ),
        )
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
        # The signatory looks for what waits for them; anyone may see the others.
        self.state_filter = named(QComboBox(), "orders_state_filter")
        self.state_filter.addItem(self.tr("Tous les ordres"), None)
        for state in PaymentOrderState:
            self.state_filter.addItem(state.label, state)
        self.refresh_button = named(QPushButton(self.tr("Actualiser (F5)")), "refresh_orders")
        self.refresh_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_button.setToolTip(
            self.tr(
                "Relire les listes : les ordres créés ou signés sur un autre poste apparaissent."
            )
        )
        self.sign_button = named(QPushButton(self.tr("Signer l'ordre…")), "sign_order")
        self.print_button = named(
            QPushButton(self.tr("Imprimer l'ordre de paiement")), "print_order"
        )
        self.cancel_button = named(QPushButton(self.tr("Annuler l'ordre…")), "cancel_order")
        self.list_error = error_label("orders_error")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Afficher :")))
        filters.addWidget(self.state_filter)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.orders, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_button)
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
        for widget in (self.check_all, self.order_date, self.create_button):
            widget.setEnabled(can(bus, Permission.EDIT_CLAIMS))
        may_sign_or_cancel = can(bus, Permission.EDIT_CLAIMS) or can(
            bus, Permission.SIGN_PAYMENT_ORDERS
        )
        self.sign_button.setEnabled(may_sign_or_cancel)
        self.cancel_button.setEnabled(may_sign_or_cancel)
        self.files.checks_changed.connect(self._update_selection)
        self.check_all.clicked.connect(self._on_check_all_clicked)
        self.create_button.clicked.connect(self.create_order)
        self.sign_button.clicked.connect(self.sign_order)
        self.state_filter.currentIndexChanged.connect(self._on_state_filter_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_order)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        bus.data_changed.connect(self._on_data_changed)
        self.order_date.set_value(bus.ctx.today())
        self._update_selection()
        self.sign_dialog: SignDialog | None = None
        self.reload()

    def reload(self) -> None:
        self.files.reload()
        fit_columns(self.files_table)

    def _update_selection(self) -> None:
        rows = self.files.checked_rows()
        # « Créer » only with décomptes ticked: a second click after a creation does nothing.
        self.create_button.setEnabled(can(self.bus, Permission.EDIT_CLAIMS) and bool(rows))
        self.selection.setText(
            self.tr("%1 décompte(s) coché(s) — %2")
            .replace("%1", str(len(rows)))
            .replace("%2", format_fcfa(sum(r.reimbursed for r in rows)))
        )

    # -- creating the order -------------------------------------------------------------------
    def create_order(self) -> Operation:
        show_message(self.result, "")
        return run_op(
            self.bus,
            lambda ctx, command: payment_orders.create_payment_order(ctx, *command),
            command=self._order_command,
            errors=self.errors,
            trigger=self.create_button,
            success=self._on_order_created,
            parent=self,
        )

    def _order_command(self) -> tuple[list[int], date | None]:
        """The files ticked and the order date typed (a date typed wrong is refused here)."""
        return [row.id for row in self.files.checked_rows()], self.order_date.date_value(
            "order_date"
        )

    def _on_order_created(self, created: payment_orders.OrderCreated) -> None:
        self.orders.select_order(created.order_id)
        show_message(
            self.result,
            self.tr("Ordre de paiement %1 créé : %2.")
            .replace("%1", created.number)
            .replace("%2", format_fcfa(created.total)),
            OK_STYLE,
        )

    # -- the orders ----------------------------------------------------------------------------
    def sign_order(self) -> SignDialog | None:
        """Open the signature of the order chosen (the dialog calls the service)."""
        show_message(self.list_error, "")
        order = self.orders.selected()
        if order is None:
            show_message(self.list_error, self.tr("Choisissez un ordre de paiement dans la liste."))
            return None
        if order.status is not PaymentOrderState.TO_SIGN:
            show_message(
                self.list_error,
                self.tr("L'ordre %1 est à l'état « %2 » : seul un ordre à signer se signe.")
                .replace("%1", order.number)
                .replace("%2", order.status_label),
            )
            return None
        self.sign_dialog = SignDialog(self.bus, order, self)
        self.sign_dialog.signed.connect(self._on_signed)
        self.sign_dialog.open()
        return self.sign_dialog

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
        run_op(
            self.bus,
            lambda ctx: payment_orders.cancel_payment_order(ctx, order.id, reason),
            errors=self.list_error,
            trigger=self.cancel_button,
            parent=self,
        )

    def _on_check_all_clicked(self) -> None:
        self.files.fetch_all()
        for i in range(self.files.rowCount()):
            self.files.set_checked(i, True)

    def _on_signed(self, done: payment_orders.OrderSigned) -> None:
        show_message(
            self.list_error,
            self.tr("Ordre %1 signé par %2 : il peut être réglé.")
            .replace("%1", done.number)
            .replace("%2", done.signatory),
            OK_STYLE,
        )

    def _on_state_filter_changed(self) -> None:
        self.orders.status = self.state_filter.currentData()
        self.orders.reload()

    def refresh(self) -> None:
        """Read the lists again (what other workstations did does not reach this window)."""
        self.reload()
        self.orders.reload()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("claims"):
            self.reload()
