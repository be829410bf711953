"""Tab « Caisse » (issue 9): the cashiers' days (brouillard de caisse) with their totals by
mode; the cashier closes their own day, a second user checks it (the service refuses the
cashier checking their own day); « Bordereau de remise » prints the day's cheques."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.collection import CollectionMode
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.context import Changes
from desktop_app.services.finance import cash_desk
from desktop_app.services.finance.cash_desk import DaySummary
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import can, day, error_label, show_message
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog, open_preview
from desktop_app.ui.operations import fetch, run_op
from desktop_app.ui.widgets.naming import named

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(headers: list[str], name: str) -> QTableWidget:
    table = named(QTableWidget(0, len(headers)), name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)


class CashDeskPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.preview: PdfPreviewDialog | None = None
        self.days: list[DaySummary] = []
        self.days_table = _table(
            [
                self.tr("Journée"),
                self.tr("Caissier"),
                self.tr("État"),
                self.tr("Total"),
                self.tr("Contrôlée par"),
            ],
            "cash_days_table",
        )
        self.lines_table = _table(
            [
                self.tr("Reçu"),
                self.tr("Payeur"),
                self.tr("Mode"),
                self.tr("Montant"),
                self.tr("Détail"),
            ],
            "cash_day_lines",
        )
        self.totals = named(QLabel(), "cash_day_totals")
        self.totals.setWordWrap(True)
        self.close_button = named(QPushButton(self.tr("Clôturer la journée")), "close_day")
        self.check_button = named(QPushButton(self.tr("Contrôler la journée")), "check_day")
        self.slip_button = named(
            QPushButton(self.tr("Bordereau de remise en banque")), "remittance"
        )
        self.refresh_button = named(QPushButton(self.tr("Actualiser")), "refresh_days")
        self.message = error_label("cash_desk_message")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Journées de caisse")))
        left_layout.addWidget(self.days_table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Brouillard de la journée")))
        right_layout.addWidget(self.lines_table, 1)
        right_layout.addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 760])
        buttons = QHBoxLayout()
        for button in (self.close_button, self.check_button, self.slip_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        may = can(bus, Permission.EDIT_FINANCE)
        self.close_button.setEnabled(may)
        self.check_button.setEnabled(may)
        self.days_table.itemSelectionChanged.connect(self._show_day)
        self.close_button.clicked.connect(self.close_day)
        self.check_button.clicked.connect(self.check_day)
        self.slip_button.clicked.connect(self.print_slip)
        self.refresh_button.clicked.connect(self.reload)
        bus.data_changed.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        chosen = self.selected()
        self.days = fetch(self.bus, cash_desk.list_days, self.message, [])
        _fill(
            self.days_table,
            [
                [
                    day(d.day),
                    d.cashier,
                    d.status.label,
                    format_fcfa(d.total, with_currency=False),
                    d.checked_by,
                ]
                for d in self.days
            ],
            {3},
        )
        for r, d in enumerate(self.days):
            if chosen is not None and d.id == chosen.id:
                self.days_table.selectRow(r)
        self._show_day()

    def selected(self) -> DaySummary | None:
        rows = self.days_table.selectionModel().selectedRows() if self.days else []
        return self.days[rows[0].row()] if rows else None

    def _show_day(self) -> None:
        d = self.selected()
        if d is None:
            _fill(self.lines_table, [], set())
            self.totals.setText(self.tr("Choisissez une journée."))
            return
        _fill(
            self.lines_table,
            [
                [
                    line.number,
                    line.payer_name,
                    line.mode.label + (self.tr(" (impayé)") if line.reversal else ""),
                    format_fcfa(line.amount, with_currency=False),
                    line.detail,
                ]
                for line in d.lines
            ],
            {3},
        )
        parts = [f"{mode.label} : {format_fcfa(d.totals[mode])}" for mode in CollectionMode]
        self.totals.setText(
            " — ".join(parts) + "\n" + self.tr("Total : %1").replace("%1", format_fcfa(d.total))
        )

    def _chosen(self) -> DaySummary | None:
        show_message(self.message, "")
        d = self.selected()
        if d is None:
            show_message(self.message, self.tr("Choisissez une journée dans la liste."))
        return d

    def close_day(self) -> None:
        d = self._chosen()
        if d is not None:
            run_op(
                self.bus,
                lambda ctx: cash_desk.close_day(ctx, d.id),
                errors=self.message,
                trigger=self.close_button,
                parent=self,
            )

    def check_day(self) -> None:
        d = self._chosen()
        if d is not None:
            run_op(
                self.bus,
                lambda ctx: cash_desk.check_day(ctx, d.id),
                errors=self.message,
                trigger=self.check_button,
                parent=self,
            )

    def print_slip(self) -> PdfPreviewDialog | None:
        d = self._chosen()
        if d is None:
            return None
        self.preview = open_preview(
            self,
            self.tr("Bordereau de remise du %1").replace("%1", day(d.day)),
            lambda: cash_desk.remittance_pdf(self.bus.ctx, d.id),
            f"remise-{d.day.isoformat()}-{d.cashier}.pdf",
            lambda message: show_message(self.message, message),
        )
        return self.preview

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("cash_days", "premium_payments"):
            self.reload()
