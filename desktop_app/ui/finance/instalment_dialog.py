"""« Échéancier… » (domain.md §2, §11): the instalments of one quittance, each a date and
an amount; they must add up to its TTC and end no later than expiry (the service says
so next to the table when they do not)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.collection import Instalment
from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.money import format_fcfa, parse_fcfa
from desktop_app.services.finance import instalments
from desktop_app.ui.bus import AppBus
from desktop_app.ui.operations import Operation, fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named


class InstalmentDialog(QDialog):
    def __init__(
        self, bus: AppBus, quittance_id: int, number: str, total: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.quittance_id = quittance_id
        self.setWindowTitle(self.tr("Échéancier de la quittance %1").replace("%1", number))
        self.table = named(QTableWidget(0, 2), "instalments_table")
        self.table.setHorizontalHeaderLabels([self.tr("Échéance (JJ/MM/AAAA)"), self.tr("Montant")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = named(QPushButton(self.tr("Ajouter une échéance")), "add_instalment")
        self.remove_button = named(QPushButton(self.tr("Retirer la dernière")), "remove_instalment")
        general = named(QLabel(), "instalments_error")
        self.errors = FormErrors(general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Prime TTC : %1").replace("%1", format_fcfa(total))))
        layout.addWidget(self.table)
        layout.addWidget(self.errors.make_label("instalments", self.table))
        layout.addLayout(row)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.add_row("", ""))
        self.remove_button.clicked.connect(
            lambda: self.table.setRowCount(max(0, self.table.rowCount() - 1))
        )
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        existing = fetch(
            bus, lambda ctx: instalments.instalment_plan(ctx, quittance_id), general, []
        )
        for item in existing:
            self.add_row(item.due_date.strftime("%d/%m/%Y"), format_fcfa(item.amount, False))
        self.resize(460, 360)

    def add_row(self, when: str, amount: str) -> None:
        r = self.table.rowCount()
        self.table.setRowCount(r + 1)
        self.table.setItem(r, 0, QTableWidgetItem(when))
        self.table.setItem(r, 1, QTableWidgetItem(amount))

    def command(self) -> list[Instalment]:
        out: list[Instalment] = []
        typed: list[FieldError] = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in (0, 1)]
            texts = [c.text() if c is not None else "" for c in cells]
            try:
                when = parse_date(texts[0], "instalments")
                assert when is not None  # required: a blank date raises
                out.append(Instalment(when, parse_fcfa(texts[1], "instalments")))
            except FieldError as error:
                typed.append(FieldError("instalments", f"Échéance {r + 1} : {error.message}"))
        if typed:
            raise ValidationFailed(typed)
        return out

    def save(self) -> Operation:
        return run_op(
            self.bus,
            lambda ctx, plan: instalments.set_instalment_plan(ctx, self.quittance_id, plan),
            command=self.command,
            errors=self.errors,
            trigger=self.save_button,
            success=lambda _c: self.accept(),
            parent=self,
        )
