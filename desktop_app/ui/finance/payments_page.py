"""Tab « Encaissements reçus »: every payment, latest first, with what it allocated and the
credit it leaves; « Imprimer le reçu », « Imputer le crédit » (to the payer's open
quittances, oldest due first) and « Contre-passer (impayé)… » with its reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.collection import PaymentState
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.context import Changes
from desktop_app.services.finance import payments
from desktop_app.services.finance.payments import PaymentRecorded, PaymentRow
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import (
    ERROR_COLOUR,
    OK_STYLE,
    can,
    day,
    error_label,
    fit_columns,
    list_view,
    n,
    selected_row,
    show_message,
)
from desktop_app.ui.claims.reason_prompt import ask_reason
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import run_op
from desktop_app.ui.widgets.lazy_table_model import RIGHT, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named


def _colour(row: PaymentRow) -> str | None:
    if row.status is PaymentState.REVERSED:
        return ERROR_COLOUR
    return "#b35c00" if row.flag else None


def _observation(row: PaymentRow) -> str:
    if row.status is PaymentState.REVERSED:
        return QCoreApplication.translate("Finance", "Impayé : %1").replace(
            "%1", row.reversal_reason
        )
    return row.flag


COLUMNS: list[Column[PaymentRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Reçu"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: day(r.payment_date)),
    Column(QT_TRANSLATE_NOOP("Columns", "Payeur"), lambda r: r.payer_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Mode"), lambda r: r.mode.label),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Montant"), lambda r: n(r.amount), RIGHT, foreground=_colour
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Imputé"), lambda r: n(r.allocated), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Crédit"), lambda r: n(r.credit), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Référence"), lambda r: r.reference),
    Column(QT_TRANSLATE_NOOP("Columns", "Caissier"), lambda r: r.received_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Observation"), _observation, foreground=_colour),
]


class PaymentsPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.preview: PdfPreviewDialog | None = None
        self.model: LazyTableModel[PaymentRow] = LazyTableModel(
            COLUMNS,
            lambda: payments.count_payments(bus.ctx),
            lambda after, limit: payments.list_payments(
                bus.ctx, None if after is None else after.id, limit
            ),
            parent=self,
        )
        self.table = list_view(self.model, "payments_table")
        self.count = named(QLabel(), "payments_count")
        self.print_button = named(QPushButton(self.tr("Imprimer le reçu")), "print_receipt")
        self.credit_button = named(QPushButton(self.tr("Imputer le crédit")), "allocate_credit")
        self.reverse_button = named(
            QPushButton(self.tr("Contre-passer (impayé)…")), "reverse_payment"
        )
        self.refresh_button = named(QPushButton(self.tr("Actualiser (F5)")), "refresh_payments")
        self.refresh_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.message = error_label("payments_message")
        buttons = QHBoxLayout()
        for button in (self.print_button, self.credit_button, self.reverse_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        may = can(bus, Permission.EDIT_FINANCE)
        self.credit_button.setEnabled(may)
        self.reverse_button.setEnabled(may)
        self.print_button.clicked.connect(self.print_receipt)
        self.credit_button.clicked.connect(self.allocate_credit)
        self.reverse_button.clicked.connect(self.reverse)
        self.refresh_button.clicked.connect(self.reload)
        bus.data_changed.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        fit_columns(self.table)
        self.count.setText(self.tr("%1 encaissement(s)").replace("%1", str(self.model.total)))

    def selected(self) -> PaymentRow | None:
        return selected_row(self.table)  # type: ignore[no-any-return]

    def _chosen(self) -> PaymentRow | None:
        show_message(self.message, "")
        row = self.selected()
        if row is None:
            show_message(self.message, self.tr("Choisissez un encaissement dans la liste."))
        return row

    def print_receipt(self) -> PdfPreviewDialog | None:
        row = self._chosen()
        if row is None:
            return None
        self.preview = open_preview(
            self,
            self.tr("Reçu d'encaissement %1").replace("%1", row.number),
            lambda: payments.receipt_pdf(self.bus.ctx, row.id),
            f"recu-{row.number}.pdf",
            lambda message: show_message(self.message, message),
        )
        return self.preview

    def allocate_credit(self) -> None:
        row = self._chosen()
        if row is None:
            return
        run_op(
            self.bus,
            lambda ctx: payments.allocate_credit(ctx, row.id),
            errors=self.message,
            trigger=self.credit_button,
            success=self._on_allocated,
            parent=self,
        )

    def _on_allocated(self, done: PaymentRecorded) -> None:
        show_message(
            self.message,
            self.tr("Crédit du reçu %1 imputé : %2 ; reste %3.")
            .replace("%1", done.number)
            .replace("%2", format_fcfa(done.allocated))
            .replace("%3", format_fcfa(done.credit)),
            OK_STYLE,
        )

    def reverse(self) -> None:
        row = self._chosen()
        if row is None:
            return
        reason = ask_reason(
            self,
            self.tr("Contre-passer l'encaissement %1").replace("%1", row.number),
            self.tr(
                "Motif de l'impayé (chèque rejeté, virement retourné…). L'encaissement n'est "
                "jamais supprimé ; les quittances redeviennent dues :"
            ),
        )
        if reason is None:
            return
        run_op(
            self.bus,
            lambda ctx: payments.reverse_payment(ctx, row.id, reason),
            errors=self.message,
            trigger=self.reverse_button,
            parent=self,
        )

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("premium_payments", "premium_allocations"):
            self.reload()
