"""Tab « Impayés » (domain.md §11): the arrears on a date by age (non échu, 0–30, 31–60,
61–90, plus de 90 jours), per subscriber or per intermediary; each party's quittances
below (number, TTC, collected, balance, days late) so every amount is traceable; the list
to Excel; « Générer les relances » writes the recovery letters due that day (5, 15, 45
days), never twice, and shows them to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.collection import AgeBucket, PayerKind
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.context import Changes
from desktop_app.services.finance import arrears
from desktop_app.services.finance.arrears import ArrearsLine, ArrearsParty, LettersDone
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import OK_STYLE, can, day, error_label, show_message
from desktop_app.ui.finance.cash_desk_page import _fill, _table
from desktop_app.ui.finance.instalment_dialog import InstalmentDialog
from desktop_app.ui.forms.fields import DateField, EnumCombo
from desktop_app.ui.forms.pdf_preview import PdfPreviewDialog
from desktop_app.ui.operations import fetch, run_op, run_query
from desktop_app.ui.widgets.naming import named


def _n(value: int) -> str:
    return format_fcfa(value, with_currency=False)


class ArrearsPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.parties: list[ArrearsParty] = []
        self.lines: list[ArrearsLine] = []
        self.plan_dialog: InstalmentDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self.as_of = named(DateField(), "arrears_date")
        self.by = named(EnumCombo(PayerKind), "arrears_by")
        self.show_button = named(QPushButton(self.tr("Afficher")), "show_arrears")
        self.export_button = named(QPushButton(self.tr("Exporter (Excel)…")), "export_arrears")
        self.letters_button = named(QPushButton(self.tr("Générer les relances")), "reminders")
        self.plan_button = named(QPushButton(self.tr("Échéancier…")), "instalment_plan")
        self.parties_table = _table(
            [self.tr("Débiteur"), *(b.label for b in AgeBucket), self.tr("Total dû")],
            "arrears_table",
        )
        self.lines_table = _table(
            [
                self.tr("Quittance"),
                self.tr("Police"),
                self.tr("Souscripteur"),
                self.tr("Échéance"),
                self.tr("Prime TTC"),
                self.tr("Encaissé"),
                self.tr("Reste dû"),
                self.tr("Jours de retard"),
            ],
            "arrears_lines",
        )
        self.total = named(QLabel(), "arrears_total")
        self.message = error_label("arrears_message")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Au")))
        top.addWidget(self.as_of)
        top.addWidget(QLabel(self.tr("par")))
        top.addWidget(self.by)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        top.addWidget(self.letters_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.parties_table)
        splitter.addWidget(self.lines_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.plan_button)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        self.letters_button.setEnabled(can(bus, Permission.EDIT_FINANCE))
        self.plan_button.setEnabled(can(bus, Permission.EDIT_FINANCE))
        self.plan_button.clicked.connect(self.open_plan)
        self.show_button.clicked.connect(self.reload)
        self.by.currentIndexChanged.connect(self.reload)
        self.export_button.clicked.connect(self._ask_export)
        self.letters_button.clicked.connect(self.generate_letters)
        self.parties_table.itemSelectionChanged.connect(self._show_party)
        bus.data_changed.connect(self._on_data_changed)
        self.as_of.set_value(bus.ctx.today())
        self.reload()

    def _date(self) -> object:
        when = self.as_of.value()
        if when is None:
            raise ValidationFailed([FieldError("as_of", self.tr("Saisissez une date valide."))])
        return when

    def reload(self) -> None:
        show_message(self.message, "")
        when = self.as_of.value() or self.bus.ctx.today()
        by = self.by.value()
        self.parties = fetch(
            self.bus, lambda ctx: arrears.arrears_summary(ctx, when, by), self.message, []
        )
        _fill(
            self.parties_table,
            [[p.name, *(_n(p.buckets[b]) for b in AgeBucket), _n(p.total)] for p in self.parties],
            set(range(1, len(AgeBucket) + 2)),
        )
        total = sum(p.total for p in self.parties)
        overdue = sum(p.overdue for p in self.parties)
        self.total.setText(
            self.tr("%1 débiteur(s) — total dû %2, dont échu %3")
            .replace("%1", str(len(self.parties)))
            .replace("%2", format_fcfa(total))
            .replace("%3", format_fcfa(overdue))
        )
        self._show_party()

    def _show_party(self) -> None:
        rows = self.parties_table.selectionModel().selectedRows() if self.parties else []
        party = self.parties[rows[0].row()] if rows else None
        lines: tuple[ArrearsLine, ...] = ()
        if party is not None and party.party_id is not None:
            when = self.as_of.value() or self.bus.ctx.today()
            by, party_id = self.by.value(), party.party_id
            found = fetch(
                self.bus,
                lambda ctx: arrears.arrears(ctx, when, by, party_id=party_id),
                self.message,
                [],
            )
            lines = found[0].lines if found else ()
        self.lines = list(lines)
        _fill(
            self.lines_table,
            [
                [
                    ln.quittance_number,
                    ln.policy_number,
                    ln.subscriber_name,
                    day(ln.due_date),
                    _n(ln.total),
                    _n(ln.collected),
                    _n(ln.balance),
                    str(max(ln.days_late, 0)),
                ]
                for ln in lines
            ],
            {4, 5, 6, 7},
        )

    def open_plan(self) -> InstalmentDialog | None:
        show_message(self.message, "")
        rows = self.lines_table.selectionModel().selectedRows() if self.lines else []
        if not rows:
            show_message(self.message, self.tr("Choisissez une quittance dans le détail."))
            return None
        line = self.lines[rows[0].row()]
        number = line.quittance_number.split(" ")[0]
        self.plan_dialog = InstalmentDialog(
            self.bus, line.quittance_id, number, line.quittance_total, self
        )
        self.plan_dialog.show()
        return self.plan_dialog

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les impayés"), "impayes.xlsx", "Excel (*.xlsx)"
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        when = self.as_of.value() or self.bus.ctx.today()
        by = self.by.value()
        run_query(
            self.bus,
            lambda ctx: arrears.export_arrears(ctx, when, target, by),
            errors=self.message,
            trigger=self.export_button,
            success=lambda count: show_message(
                self.message,
                self.tr("%1 quittance(s) exportée(s) dans %2")
                .replace("%1", str(count))
                .replace("%2", target.name),
                OK_STYLE,
            ),
            parent=self,
        )

    def generate_letters(self) -> None:
        when = self.as_of.value() or self.bus.ctx.today()
        run_op(
            self.bus,
            lambda ctx: arrears.generate_reminders(ctx, when),
            errors=self.message,
            trigger=self.letters_button,
            success=self._on_letters,
            parent=self,
        )

    def _on_letters(self, done: LettersDone) -> None:
        if done.pdf is None:
            show_message(
                self.message, self.tr("Aucune lettre de relance n'est due ce jour."), OK_STYLE
            )
            return
        show_message(
            self.message,
            self.tr("%1 lettre(s) de relance générée(s).").replace("%1", str(done.letters)),
            OK_STYLE,
        )
        self.preview = PdfPreviewDialog(
            self.tr("Lettres de relance"), done.pdf, "relances.pdf", self
        )
        self.preview.show()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("premium_allocations", "quittances", "quittance_instalments"):
            self.reload()
