"""Tab « Encaisser » (domain.md §11, issue 9): the payer (a subscriber or an intermediary),
the date, the mode and its details (cheque: bank, number, drawer; traite: due date; mobile
money: operator and transaction), the amount and the reference. The payer's open
quittances are listed oldest due first with the allocation the program proposes; the
clerk may change each amount; what is not allocated stays on the payer's account as a
credit. « Enregistrer » records the payment and its numbered receipt, which
« Imprimer le reçu » shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.collection import (
    Allocation,
    CollectionMode,
    MobileOperator,
    PayerKind,
)
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.money import format_fcfa, parse_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.finance import payments, statements
from desktop_app.services.finance.payments import OpenQuittance, PaymentInput, PaymentRecorded
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import OK_STYLE, can, day, error_label, show_message
from desktop_app.ui.forms.fields import DateField, EnumCombo, MoneyField, read_field
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.operations import Operation, fetch, run_op, run_query
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named

ALLOCATED_COLUMN = 6


class PaymentForm(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.preview: PdfPreviewDialog | None = None
        self.last: PaymentRecorded | None = None
        self._open: list[OpenQuittance] = []
        general = named(QLabel(), "payment_error")
        self.errors = FormErrors(general)
        self.payer_kind = named(EnumCombo(PayerKind), "payer_kind")
        self.payer_search = named(QLineEdit(), "payer_search")
        self.payer_search.setPlaceholderText(self.tr("nom à rechercher"))
        self.payer = named(QComboBox(), "payer")
        self.payer.setMinimumWidth(260)
        self.payment_date = named(DateField(), "payment_date")
        self.mode = named(QComboBox(), "collection_mode")
        self.mode.addItem(self.tr("— choisir —"), None)
        for mode in CollectionMode:
            self.mode.addItem(mode.label, mode.value)
        self.amount = named(MoneyField(), "amount")
        self.reference = named(QLineEdit(), "reference")
        self.bank = named(QLineEdit(), "bank")
        self.cheque_number = named(QLineEdit(), "cheque_number")
        self.drawer = named(QLineEdit(), "drawer")
        self.to_insurer = named(QCheckBox(self.tr("À l'ordre de l'assureur")), "cheque_to_insurer")
        self.to_insurer.setChecked(True)
        self.bill_due = named(DateField(optional=True), "bill_due_date")
        self.operator = named(QComboBox(), "operator")
        self.operator.addItem(self.tr("— choisir —"), None)
        for operator in MobileOperator:
            self.operator.addItem(operator.label, operator.value)
        self.transaction = named(QLineEdit(), "transaction_id")
        payer_row = QHBoxLayout()
        payer_row.addWidget(self.payer_kind)
        payer_row.addWidget(self.payer_search, 1)
        form = QFormLayout()
        self._rows: dict[str, QWidget] = {}
        for label, widget, field in (
            (self.tr("Payeur"), payer_row, ""),
            ("", self.payer, "payer"),
            (self.tr("Date"), self.payment_date, "payment_date"),
            (self.tr("Mode"), self.mode, "mode"),
            (self.tr("Montant (FCFA)"), self.amount, "amount"),
            (self.tr("Référence"), self.reference, "reference"),
            (self.tr("Banque"), self.bank, "bank"),
            (self.tr("N° du chèque"), self.cheque_number, "cheque_number"),
            (self.tr("Tireur"), self.drawer, "drawer"),
            ("", self.to_insurer, ""),
            (self.tr("Échéance de la traite"), self.bill_due, "bill_due_date"),
            (self.tr("Opérateur"), self.operator, "operator"),
            (self.tr("N° de transaction"), self.transaction, "transaction_id"),
        ):
            if isinstance(widget, QHBoxLayout):
                form.addRow(label, widget)
                continue
            form.addRow(label, widget)
            if field:
                form.addRow("", self.errors.make_label(field, widget))
                self._rows[field] = widget
        self._form = form
        self.save_button = named(QPushButton(self.tr("Enregistrer l'encaissement")), "save_payment")
        self.print_button = named(QPushButton(self.tr("Imprimer le reçu")), "print_receipt")
        self.print_button.setEnabled(False)
        self.result = named(QLabel(), "payment_result")
        self.result.setWordWrap(True)
        self.lookup_error = error_label("payment_lookup_error")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        left_layout.addWidget(general)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.result)

        self.table = named(QTableWidget(0, 7), "allocation_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Quittance"),
                self.tr("Police"),
                self.tr("Souscripteur"),
                self.tr("Échéance"),
                self.tr("Prime TTC"),
                self.tr("Reste dû"),
                self.tr("Imputé"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.propose_button = named(QPushButton(self.tr("Proposer l'imputation")), "propose")
        self.statement_button = named(QPushButton(self.tr("Relevé de compte")), "account_statement")
        self.statement_excel_button = named(
            QPushButton(self.tr("Relevé (Excel)…")), "account_statement_excel"
        )
        self.summary = named(QLabel(), "allocation_summary")
        self.summary.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            QLabel(self.tr("Quittances dues du payeur (la plus ancienne d'abord)"))
        )
        right_layout.addWidget(self.table, 1)
        table_error = self.errors.make_label("allocations", self.table)
        right_layout.addWidget(table_error)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.lookup_error)
        statement_row = QHBoxLayout()
        statement_row.addWidget(self.propose_button)
        statement_row.addWidget(self.statement_button)
        statement_row.addWidget(self.statement_excel_button)
        right_layout.addLayout(statement_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        may = can(bus, Permission.EDIT_FINANCE)
        self.save_button.setEnabled(may)
        self.payer_kind.currentIndexChanged.connect(self._search_payers)
        self.payer_search.textChanged.connect(self._search_payers)
        self.payer.currentIndexChanged.connect(self.propose)
        self.propose_button.clicked.connect(self.propose)
        self.amount.editingFinished.connect(self.propose)
        self.mode.currentIndexChanged.connect(self._show_mode_fields)
        self.table.itemChanged.connect(self._update_summary)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_receipt)
        self.statement_button.clicked.connect(self.print_statement)
        self.statement_excel_button.clicked.connect(self._ask_statement_file)
        self.payment_date.set_value(bus.ctx.today())
        self._search_payers()
        self._show_mode_fields()

    # -- the payer and the proposal ------------------------------------------------------
    def _search_payers(self) -> None:
        kind = self.payer_kind.value()
        found = fetch(
            self.bus,
            lambda ctx: payments.find_payers(ctx, kind, self.payer_search.text()),
            self.lookup_error,
            [],
        )
        self.payer.blockSignals(True)
        self.payer.clear()
        self.payer.addItem(self.tr("— choisir —"), None)
        for payer_id, name in found:
            self.payer.addItem(name, payer_id)
        if len(found) == 1:
            self.payer.setCurrentIndex(1)
        self.payer.blockSignals(False)
        self.propose()

    def _show_mode_fields(self) -> None:
        mode = self._mode()
        shown = {
            "bank": mode in (CollectionMode.CHEQUE, CollectionMode.BILL, CollectionMode.TRANSFER),
            "cheque_number": mode is CollectionMode.CHEQUE,
            "drawer": mode is CollectionMode.CHEQUE,
            "bill_due_date": mode is CollectionMode.BILL,
            "operator": mode is CollectionMode.MOBILE_MONEY,
            "transaction_id": mode is CollectionMode.MOBILE_MONEY,
        }
        for field, visible in shown.items():
            self._form.setRowVisible(self._rows[field], visible)
        self._form.setRowVisible(self.to_insurer, mode is CollectionMode.CHEQUE)

    def _mode(self) -> CollectionMode | None:
        data = self.mode.currentData()
        return None if data is None else CollectionMode(data)

    def _typed_amount(self) -> int:
        try:
            return max(parse_fcfa(self.amount.text(), "amount"), 0)
        except FieldError:
            return 0

    def propose(self) -> None:
        payer_id = self.payer.currentData()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._open = []
        if payer_id is not None:
            kind = self.payer_kind.value()
            amount = self._typed_amount()
            rows = fetch(
                self.bus,
                lambda ctx: payments.preview_allocation(ctx, kind, int(payer_id), amount),
                self.lookup_error,
                [],
            )
            self.table.setRowCount(len(rows))
            for r, (item, part) in enumerate(rows):
                self._open.append(item)
                cells = [
                    item.number,
                    item.policy_number,
                    item.subscriber_name,
                    day(item.due_date),
                    format_fcfa(item.total, with_currency=False),
                    format_fcfa(item.balance, with_currency=False),
                    format_fcfa(part, with_currency=False),
                ]
                for c, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    if c != ALLOCATED_COLUMN:
                        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if c >= 4:
                        cell.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    self.table.setItem(r, c, cell)
        self.table.blockSignals(False)
        self._update_summary()

    def _allocations(self, errors: list[FieldError] | None = None) -> tuple[Allocation, ...]:
        out: list[Allocation] = []
        for r, item in enumerate(self._open):
            cell = self.table.item(r, ALLOCATED_COLUMN)
            text = cell.text() if cell is not None else ""
            if not text.strip():
                continue
            try:
                value = parse_fcfa(text, "allocations")
            except FieldError as error:
                if errors is not None:
                    errors.append(
                        FieldError("allocations", f"Quittance {item.number} : {error.message}")
                    )
                continue
            if value > 0:
                out.append(Allocation(item.quittance_id, value))
        return tuple(out)

    def _update_summary(self) -> None:
        allocated = sum(a.amount for a in self._allocations())
        amount = self._typed_amount()
        credit = amount - allocated
        text = self.tr("Imputé : %1 — reste en crédit au compte du payeur : %2").replace(
            "%1", format_fcfa(allocated)
        )
        self.summary.setText(text.replace("%2", format_fcfa(max(credit, 0))))

    # -- saving --------------------------------------------------------------------------
    def command(self) -> PaymentInput:
        typed: list[FieldError] = []
        when = read_field(typed, self.payment_date.date_value, "payment_date")
        amount = read_field(typed, self.amount.amount, "amount")
        bill_due = read_field(typed, self.bill_due.date_value, "bill_due_date")
        allocations = self._allocations(typed)
        if typed:
            raise ValidationFailed(typed)
        operator = self.operator.currentData()
        payer = self.payer.currentData()
        return PaymentInput(
            when,
            self.payer_kind.value(),
            None if payer is None else int(payer),
            self._mode(),
            amount,
            reference=self.reference.text(),
            bank=self.bank.text(),
            cheque_number=self.cheque_number.text(),
            drawer=self.drawer.text(),
            cheque_to_insurer=self.to_insurer.isChecked(),
            bill_due_date=bill_due,
            operator=None if operator is None else MobileOperator(operator),
            transaction_id=self.transaction.text(),
            allocations=allocations,
        )

    def save(self) -> Operation:
        show_message(self.result, "")
        return run_op(
            self.bus,
            payments.record_payment,
            command=self.command,
            errors=self.errors,
            trigger=self.save_button,
            success=self._on_saved,
            parent=self,
        )

    def _on_saved(self, done: PaymentRecorded) -> None:
        self.last = done
        text = (
            self.tr("Reçu %1 enregistré : %2 imputé, %3 en crédit.")
            .replace("%1", done.number)
            .replace("%2", format_fcfa(done.allocated))
            .replace("%3", format_fcfa(done.credit))
        )
        if done.flag:
            text += "\n" + done.flag
        show_message(self.result, text, OK_STYLE)
        self.print_button.setEnabled(True)
        for field in (self.amount, self.reference, self.cheque_number, self.transaction):
            field.clear()
        self.propose()

    def print_receipt(self) -> PdfPreviewDialog | None:
        done = self.last
        if done is None:
            return None
        self.preview = open_preview(
            self,
            self.tr("Reçu d'encaissement %1").replace("%1", done.number),
            lambda: payments.receipt_pdf(self.bus.ctx, done.payment_id),
            f"recu-{done.number}.pdf",
            lambda message: show_message(self.result, message),
        )
        return self.preview

    # -- the payer's account statement ---------------------------------------------------
    def _payer(self) -> tuple[PayerKind, int] | None:
        payer = self.payer.currentData()
        if payer is None:
            show_message(self.lookup_error, self.tr("Choisissez d'abord le payeur."))
            return None
        return self.payer_kind.value(), int(payer)

    def print_statement(self) -> PdfPreviewDialog | None:
        chosen = self._payer()
        if chosen is None:
            return None
        kind, payer_id = chosen
        self.preview = open_preview(
            self,
            self.tr("Relevé de compte — %1").replace("%1", self.payer.currentText()),
            lambda: statements.account_statement_pdf(self.bus.ctx, kind, payer_id),
            "releve-de-compte.pdf",
            lambda message: show_message(self.lookup_error, message),
        )
        return self.preview

    def _ask_statement_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Relevé de compte"), "releve-de-compte.xlsx", "Excel (*.xlsx)"
        )
        if name:
            self.export_statement(Path(name))

    def export_statement(self, target: Path) -> None:
        chosen = self._payer()
        if chosen is None:
            return
        kind, payer_id = chosen
        run_query(
            self.bus,
            lambda ctx: statements.export_account_statement(ctx, kind, payer_id, target),
            errors=self.lookup_error,
            trigger=self.statement_excel_button,
            success=lambda _s: show_message(
                self.lookup_error,
                self.tr("Relevé enregistré dans %1").replace("%1", target.name),
                OK_STYLE,
            ),
            parent=self,
        )
