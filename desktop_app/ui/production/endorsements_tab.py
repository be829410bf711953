"""The « Avenants » tab of a policy (domain.md §8, §15): its endorsements by number — nature,
effective date, issued when and by whom, quittance and amount — each reprinted from the
document stored when it was validated (a double click or « Réimprimer »)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date, format_datetime
from desktop_app.domain.money import format_fcfa
from desktop_app.services.production import endorsements, policies
from desktop_app.services.production.endorsement_document import endorsement_pdf
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import RIGHT
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.operations import fetch
from desktop_app.ui.widgets.form_errors import ERROR_STYLE
from desktop_app.ui.widgets.naming import named


class EndorsementsTab(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id: int | None = None
        self.rows: list[endorsements.EndorsementRow] = []
        self.preview: PdfPreviewDialog | None = None
        self.error = named(QLabel(), "endorsements_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.table = named(QTableWidget(0, 7), "endorsements_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("N°"),
                self.tr("Nature"),
                self.tr("Date d'effet"),
                self.tr("Émis le"),
                self.tr("Par"),
                self.tr("Quittance"),
                self.tr("Montant TTC"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reprint_button = named(QPushButton(self.tr("Réimprimer")), "reprint_endorsement")
        self.reprint_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(
            QLabel(self.tr("Avenants de la police (une réimpression reproduit l'original) :"))
        )
        bar.addStretch(1)
        bar.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.table.itemSelectionChanged.connect(
            lambda: self.reprint_button.setEnabled(self.table.currentRow() >= 0)
        )
        self.table.cellDoubleClicked.connect(lambda row, _col: self.reprint(row))
        self.reprint_button.clicked.connect(lambda: self.reprint(self.table.currentRow()))

    def set_policy(self, policy_id: int | None, view: policies.PolicyView | None) -> None:
        self.policy_id = policy_id
        self.error.hide()
        self.rows = (
            fetch(
                self.bus,
                lambda ctx: endorsements.list_endorsements(ctx, policy_id),
                self._show_error,
                [],
            )
            if policy_id is not None and view is not None and view.number
            else []
        )
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            values = (
                str(row.number),
                row.kind.label,
                format_date(row.effective_date),
                format_datetime(row.issued_at),
                row.issued_by,
                row.quittance_number,
                format_fcfa(row.total, False) if row.total is not None else "",
            )
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                if j in (0, 6):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.reprint_button.setEnabled(False)

    def _show_error(self, error: object) -> None:
        self.error.setText(getattr(error, "message", str(error)))
        self.error.show()

    def reprint(self, row: int) -> PdfPreviewDialog | None:
        """The stored endorsement document of ``row``, as it was printed."""
        if not 0 <= row < len(self.rows):
            return None
        endorsement = self.rows[row]
        ctx = self.bus.ctx
        self.preview = open_preview(
            self,
            self.tr("Avenant n° %1").replace("%1", str(endorsement.number)),
            lambda: endorsement_pdf(ctx, endorsement.id),
            f"avenant-{endorsement.number}.pdf",
            self._show_error,
        )
        return self.preview
