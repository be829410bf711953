"""Printing a policy's documents: member cards (one per card or A4 sheets of 10), the
contract in four copies, the quittance — each previewed, then printed or saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_datetime
from desktop_app.domain.errors import DomainError
from desktop_app.domain.issued_documents import DocumentKind, DocumentState
from desktop_app.services.production import documents, policies
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.operations import fetch
from desktop_app.ui.production.print_guard import print_reason
from desktop_app.ui.widgets.form_errors import ERROR_STYLE
from desktop_app.ui.widgets.naming import named

BATCH_IN_BACKGROUND = 50  # more cards than this are rendered off the UI thread


class DocumentsTab(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id: int | None = None
        self.view: policies.PolicyView | None = None
        self.preview: PdfPreviewDialog | None = None
        self.rows: list[documents.DocumentRow] = []
        self.cards_button = named(
            QPushButton(self.tr("Cartes (imprimante à cartes)")), "print_cards"
        )
        self.sheets_button = named(
            QPushButton(self.tr("Cartes (planches A4 de 10)")), "print_card_sheets"
        )
        self.contract_button = named(
            QPushButton(self.tr("Contrat (4 exemplaires)")), "print_contract"
        )
        self.quittance_button = named(QPushButton(self.tr("Quittance")), "print_quittance")
        self.error = named(QLabel(), "documents_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.table = named(QTableWidget(0, 4), "documents_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Personne / quittance"),
                self.tr("Émis le"),
                self.tr("Par"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        bar = QHBoxLayout()
        for button in (
            self.cards_button,
            self.sheets_button,
            self.contract_button,
            self.quittance_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(
            QLabel(self.tr("Documents émis (une réimpression reproduit le document d'origine) :"))
        )
        layout.addWidget(self.table, 1)
        self.cards_button.clicked.connect(lambda: self.print_cards(sheet=False))
        self.sheets_button.clicked.connect(lambda: self.print_cards(sheet=True))
        self.contract_button.clicked.connect(self.print_contract)
        self.quittance_button.clicked.connect(self.print_quittance)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.reprint_attestation(row))

    def set_policy(self, policy_id: int | None, view: policies.PolicyView | None) -> None:
        self.policy_id, self.view = policy_id, view
        self.error.hide()
        rows: list[documents.DocumentRow] = (
            fetch(
                self.bus,
                lambda ctx: documents.list_documents(ctx, policy_id),
                lambda error: self._show_error(error.message),
                [],
            )
            if policy_id is not None
            else []
        )
        self.rows = rows
        for button in (
            self.cards_button,
            self.sheets_button,
            self.contract_button,
            self.quittance_button,
        ):
            button.setEnabled(bool(rows))
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(
                (
                    row.label
                    if row.status is DocumentState.ISSUED
                    else f"{row.label} ({row.status.label.lower()})",
                    row.person_name or row.quittance_number,
                    format_datetime(row.issued_at),
                    row.issued_by,
                )
            ):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def _number(self) -> str:
        return (self.view.number if self.view and self.view.number else "police").replace("/", "-")

    def _show(self, title: str, pdf: bytes, name: str) -> PdfPreviewDialog:
        self.preview = PdfPreviewDialog(title, pdf, name, self)
        self.preview.show()
        return self.preview

    def _preview(self, title: str, render, name: str) -> PdfPreviewDialog | None:  # type: ignore[no-untyped-def]
        self.preview = open_preview(self, title, render, name, self._show_error)
        return self.preview

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _fail(self, error: DomainError) -> None:
        self.error.setText(error.message)
        self.error.show()

    def print_contract(self) -> PdfPreviewDialog | None:
        if self.policy_id is None:
            return None
        policy_id = self.policy_id
        return self._preview(
            self.tr("Conditions particulières"),
            lambda: documents.contract_pdf(self.bus.ctx, policy_id),
            f"contrat-{self._number()}.pdf",
        )

    def print_quittance(self) -> PdfPreviewDialog | None:
        """The quittance of the document chosen in the list, else the latest one."""
        if self.policy_id is None:
            return None
        policy_id = self.policy_id
        chosen = self.table.currentRow()
        quittance_id = (
            self.rows[chosen].quittance_id
            if 0 <= chosen < len(self.rows) and self.rows[chosen].kind is DocumentKind.QUITTANCE
            else None
        )
        return self._preview(
            self.tr("Quittance"),
            lambda: documents.quittance_pdf(self.bus.ctx, policy_id, quittance_id),
            f"quittance-{self._number()}.pdf",
        )

    def reprint_attestation(self, row: int) -> PdfPreviewDialog | None:
        """A double click on an attestation d'assurance shows it again, as issued."""
        if not 0 <= row < len(self.rows) or self.rows[row].kind is not DocumentKind.ATTESTATION:
            return None
        from desktop_app.services.production import cards

        document_id = self.rows[row].id
        return self._preview(
            self.tr("Attestation d'assurance"),
            lambda: cards.attestation_pdf(self.bus.ctx, document_id),
            f"attestation-{self._number()}.pdf",
        )

    def print_cards(self, sheet: bool) -> PdfPreviewDialog | None:
        if self.policy_id is None:
            return None
        policy_id = self.policy_id
        self.error.hide()
        reason = print_reason(self, self.bus, policy_id, self.tr("les cartes"), self._show_error)
        if reason is None:
            return None
        title = self.tr("Cartes d'assuré")
        name = f"cartes-{self._number()}.pdf"
        count = self.view.person_count if self.view else 0
        if count > BATCH_IN_BACKGROUND:
            self._cards_in_background(policy_id, sheet, title, name, reason)
            return None
        return self._preview(
            title,
            lambda: documents.cards_pdf(self.bus.ctx, policy_id, sheet=sheet, reason=reason),
            name,
        )

    def _cards_in_background(
        self, policy_id: int, sheet: bool, title: str, name: str, reason: str = ""
    ) -> None:
        from desktop_app.ui.workers import BackgroundJob, JobCancelled, show_progress

        ctx = self.bus.ctx
        step = self.tr("Cartes")

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            try:
                return documents.cards_pdf(
                    ctx,
                    policy_id,
                    sheet=sheet,
                    cancelled=cancelled,
                    progress=lambda done, total: progress(done, total, step),
                    reason=reason,
                )
            except documents.RenderCancelled:
                raise JobCancelled() from None

        self.job = BackgroundJob(job, self)
        self.job.succeeded.connect(lambda pdf: self._show(title, pdf, name))
        self.job.failed.connect(
            lambda error: self._fail(
                error if isinstance(error, DomainError) else DomainError(str(error))
            )
        )
        show_progress(self.job, self, self.tr("Impression des cartes…"))
        self.job.start()
