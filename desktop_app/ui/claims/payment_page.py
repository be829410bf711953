"""Tab « Règlement » (domain.md §10.4): pick a signed order to pay (an order waits for its
signature on the « Ordonnancement » tab), give the payment date, the period (décade or
month), the mode and the reference, « Régler » — each décompte is paid to the payee the
signed order names; beside, every
payment (all paid décomptes), latest first. « Contre-passer le règlement » asks a reason and
reverses the payment by a counter-entry (never a deletion); « Imprimer le décompte »
previews the décompte statement of the file paid."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.kinds import PaymentMode
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.payment_order_workflow import PaymentOrderState
from desktop_app.domain.roles import Permission
from desktop_app.services.claims import documents as claim_documents
from desktop_app.services.claims import payment_orders
from desktop_app.services.claims import queries as claim_lookups
from desktop_app.services.claims.payment_orders import OrderRow, PaymentInput, PaymentRow
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import (
    ERROR_COLOUR,
    OK_STYLE,
    can,
    day,
    enum_data,
    error_label,
    fit_columns,
    list_view,
    n,
    selected_row,
    show_message,
)
from desktop_app.ui.claims.orders_list import OrdersList
from desktop_app.ui.claims.reason_prompt import ask_reason
from desktop_app.ui.forms.fields import DateField, read_field
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import Operation, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.lazy_table_model import RIGHT, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named

DECADE, MONTH = "decade", "month"


def _colour(row: PaymentRow) -> str | None:
    return ERROR_COLOUR if row.reversal_of_id is not None else "#888888" if row.reversed else None


PAYMENT_COLUMNS: list[Column[PaymentRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Réglé le"), lambda r: day(r.payment_date)),
    Column(QT_TRANSLATE_NOOP("Columns", "Ordre"), lambda r: r.order_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Dossier"), lambda r: r.claim_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Bénéficiaire"), lambda r: r.payee),
    Column(QT_TRANSLATE_NOOP("Columns", "Mode"), lambda r: r.mode.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Référence"), lambda r: r.reference),
    Column(QT_TRANSLATE_NOOP("Columns", "Période"), lambda r: r.period_label),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Montant"), lambda r: n(r.amount), RIGHT, foreground=_colour
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Observation"),
        lambda r: (
            QCoreApplication.translate("Claims", "Contre-passation : %1").replace("%1", r.reason)
            if r.reversal_of_id is not None
            else QCoreApplication.translate("Claims", "Contre-passé")
            if r.reversed
            else ""
        ),
        foreground=_colour,
    ),
]


class PaymentPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.preview: PdfPreviewDialog | None = None
        self._paying: OrderRow | None = None
        self.orders = OrdersList(bus, status=PaymentOrderState.SIGNED)
        self.payment_date = named(DateField(), "payment_date")
        self.period = named(QComboBox(), "period")
        self.mode = named(QComboBox(), "payment_mode")
        self.mode.addItem(self.tr("— choisir —"), None)
        for mode in PaymentMode:
            self.mode.addItem(mode.label, mode)
        self.reference = named(QLineEdit(), "payment_reference")
        self.reference.setPlaceholderText(self.tr("n° du chèque ou du virement"))
        self.payees_note = named(
            QLabel(self.tr("Chaque décompte est réglé au bénéficiaire que nomme l'ordre signé.")),
            "payees_note",
        )
        self.payees_note.setWordWrap(True)
        self.pay_button = named(QPushButton(self.tr("Régler")), "pay_order")
        self.refresh_button = named(QPushButton(self.tr("Actualiser (F5)")), "refresh_payments")
        self.refresh_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.result = named(QLabel(), "payment_result")
        self.result.setWordWrap(True)
        general = named(QLabel(), "payment_error")
        self.errors = FormErrors(general)
        form = QFormLayout()
        for label, widget, field in (
            (self.tr("Date de règlement"), self.payment_date, "payment_date"),
            (self.tr("Période"), self.period, "period_label"),
            (self.tr("Mode de règlement"), self.mode, "mode"),
            (self.tr("Référence"), self.reference, "reference"),
        ):
            form.addRow(label, widget)
            form.addRow("", self.errors.make_label(field, widget))
        form.addRow("", self.payees_note)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Ordres de paiement signés, à régler")), 1)
        heading.addWidget(self.refresh_button)
        left_layout.addLayout(heading)
        left_layout.addWidget(self.orders, 1)
        left_layout.addLayout(form)
        left_layout.addWidget(general)
        left_layout.addWidget(self.pay_button)
        left_layout.addWidget(self.result)
        self.payments: LazyTableModel[PaymentRow] = LazyTableModel(
            PAYMENT_COLUMNS,
            lambda: claim_lookups.count_payments(bus.ctx),
            lambda after, limit: payment_orders.list_payments(
                bus.ctx, None if after is None else after.page_key, limit
            ),
            parent=self,
        )
        self.payments_table = list_view(self.payments, "payments_table")
        self.reverse_button = named(
            QPushButton(self.tr("Contre-passer le règlement…")), "reverse_payment"
        )
        self.print_button = named(QPushButton(self.tr("Imprimer le décompte")), "print_statement")
        self.list_error = error_label("payments_error")
        self.count = named(QLabel(), "payments_count")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Décomptes réglés")))
        right_layout.addWidget(self.payments_table, 1)
        right_layout.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.reverse_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.list_error)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        may_pay = can(bus, Permission.PAY_CLAIMS)
        for control in (
            self.payment_date,
            self.period,
            self.mode,
            self.reference,
            self.pay_button,
            self.reverse_button,
        ):
            control.setEnabled(may_pay)
        self._may_pay = may_pay
        # « Régler » only with an order chosen: after a payment the list no longer holds it,
        # so a second click (or one queued while the first ran) does nothing.
        self.orders.order_selected.connect(self._on_order_selected)
        self._on_order_selected(-1)
        self.print_button.setEnabled(can(bus, Permission.VIEW_MEDICAL))
        self.payment_date.dateChanged.connect(self._update_periods)
        self.pay_button.clicked.connect(self.pay)
        self.refresh_button.clicked.connect(self.refresh)
        self.reverse_button.clicked.connect(self._on_reverse_clicked)
        self.print_button.clicked.connect(self.print_statement)
        bus.data_changed.connect(self._on_data_changed)
        self.payment_date.set_value(bus.ctx.today())
        self._update_periods()
        self.reload()

    def reload(self) -> None:
        self.payments.reload()
        fit_columns(self.payments_table)
        self.count.setText(
            self.tr("%1 règlement(s) et contre-passation(s)").replace(
                "%1", str(self.payments.total)
            )
        )

    def _update_periods(self) -> None:
        choice = self.period.currentData() or DECADE
        self.period.clear()
        when = self.payment_date.value()
        if when is None:
            self.period.addItem(self.tr("Décade de la date de règlement"), DECADE)
            return
        decade, month = claim_lookups.payment_periods(when)
        self.period.addItem(decade, DECADE)
        self.period.addItem(month, MONTH)
        self.period.setCurrentIndex(max(0, self.period.findData(choice)))

    def selected_payment(self) -> PaymentRow | None:
        return selected_row(self.payments_table)  # type: ignore[no-any-return]

    # -- paying ------------------------------------------------------------------------------
    def pay(self) -> Operation:
        show_message(self.result, "")
        return run_op(
            self.bus,
            lambda ctx, command: payment_orders.pay_order(ctx, command[0].id, command[1]),
            command=self._payment_command,
            errors=self.errors,
            trigger=self.pay_button,
            success=self._on_paid,
            parent=self,
        )

    def _payment_command(self) -> tuple[OrderRow, PaymentInput]:
        """The order chosen and the payment typed; what cannot be read is refused here."""
        order = self.orders.selected()
        typed: list[FieldError] = []
        when = read_field(typed, self.payment_date.date_value, "payment_date")
        if order is None:
            typed.append(FieldError("order", self.tr("Choisissez l'ordre de paiement à régler.")))
        if typed:
            raise ValidationFailed(typed)
        assert order is not None
        # The label of the period chosen; empty lets the service take the payment date's décade.
        period = self.period.currentText() if self.period.currentData() == MONTH else ""
        data = PaymentInput(
            when,
            enum_data(self.mode, PaymentMode),
            self.reference.text(),
            period,
        )
        self._paying = order
        return order, data

    def _on_paid(self, done: payment_orders.PaymentDone) -> None:
        show_message(
            self.result,
            self.tr("Ordre %1 réglé : %2 décompte(s), %3.")
            .replace("%1", self._paying.number if self._paying else "")
            .replace("%2", str(len(done.payment_ids)))
            .replace("%3", format_fcfa(done.total)),
            OK_STYLE,
        )
        self.reference.clear()

    # -- the payments ------------------------------------------------------------------------
    def print_statement(self) -> PdfPreviewDialog | None:
        show_message(self.list_error, "")
        row = self.selected_payment()
        if row is None:
            show_message(self.list_error, self.tr("Choisissez un règlement dans la liste."))
            return None
        self.preview = open_preview(
            self,
            self.tr("Décompte du dossier %1").replace("%1", row.claim_number),
            lambda: claim_documents.claim_statement_pdf(self.bus.ctx, row.claim_id),
            f"decompte-{row.claim_number}.pdf",
            lambda message: show_message(self.list_error, message),
        )
        return self.preview

    def _on_reverse_clicked(self) -> None:
        show_message(self.list_error, "")
        row = self.selected_payment()
        if row is None:
            show_message(
                self.list_error, self.tr("Choisissez le règlement à contre-passer dans la liste.")
            )
            return
        reason = ask_reason(
            self,
            self.tr("Contre-passer le règlement du dossier %1").replace("%1", row.claim_number),
            self.tr(
                "Motif de la contre-passation (le règlement n'est jamais supprimé ; le dossier "
                "quitte son ordre : un nouvel ordre, signé, le réglera) :"
            ),
        )
        if reason is None:
            return
        run_op(
            self.bus,
            lambda ctx: payment_orders.reverse_payment(ctx, row.id, reason),
            errors=self.list_error,
            trigger=self.reverse_button,
            parent=self,
        )

    def _on_order_selected(self, order_id: int) -> None:
        self.pay_button.setEnabled(self._may_pay and order_id >= 0)

    def refresh(self) -> None:
        """Read the lists again (what other workstations did does not reach this window)."""
        self.orders.reload()
        self.reload()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("claim_payments"):
            self.reload()
