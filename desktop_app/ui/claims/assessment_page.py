"""« Saisie décompte » (domain.md §10.2): pick a received file, type its lines (or, in
« mode simplifié », one line per category with totals); as the clerk types, the décompte
is recomputed (``preview_assessment``, 200 ms after the last key) and each line shows its
base, amount at rate, reimbursed, member pays and which cap bit, with blocking errors in
red and warnings in orange. « Enregistrer le décompte » validates it (``assess_claim``):
refused, nothing is saved and the messages stay on their lines.

Duplicates: the clerk cannot lift a duplicate alone. « Faire confirmer le doublon… » asks
for the code and password of a user whose roles grant « confirmer un doublon » (the
signatory or the medical adviser at the clerk's desk; the signed-in user needs no password
if they hold that right); the service checks the password when the décompte is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.assessment_checks import Check
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.exclusions import DEFAULT_EXCLUSION_REASONS
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.administration import reference
from desktop_app.services.claims import assessments
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims.assessments import (
    AssessmentOutcome,
    AssessmentResult,
    DuplicateSignOff,
)
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.production.person_history import guarantees_on
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.assessment_delegate import LinesDelegate
from desktop_app.ui.claims.assessment_lines_model import COLUMN, AssessmentLinesModel
from desktop_app.ui.claims.common import (
    ERROR_COLOUR,
    MEDICAL_NOTICE,
    OK_STYLE,
    WARNING_COLOUR,
    can,
    day,
    notice,
    show_message,
    tr_claims,
)
from desktop_app.ui.claims.duplicate_dialog import DuplicateDialog
from desktop_app.ui.claims.received_list import ReceivedList
from desktop_app.ui.operations import Operation, fetch, run_op
from desktop_app.ui.production.person_history_panel import guarantees_text
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.naming import named

PREVIEW_MS = 200


def _refusals(error: DomainError) -> list[FieldError]:
    """A refusal as the list of messages the lines model places (a line's on its cell)."""
    return error.errors if isinstance(error, ValidationFailed) else [FieldError("", error.message)]


class AssessmentPage(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.claim_id: int | None = None
        self.outcome: AssessmentOutcome | None = None
        self.signoffs: dict[int, DuplicateSignOff] = {}
        self.dialog: DuplicateDialog | None = None
        self.previews = 0  # how many times the service recomputed (for tests and the curious)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.allowed = can(bus, Permission.EDIT_CLAIMS) and can(bus, Permission.VIEW_MEDICAL)
        if not self.allowed:
            layout.addWidget(
                notice(
                    self.tr("La saisie des décomptes est réservée aux gestionnaires sinistres. ")
                    + tr_claims(MEDICAL_NOTICE)
                )
            )
            layout.addStretch(1)
            return
        self.files = ReceivedList(bus, ClaimState.RECEIVED, with_status_filter=False)
        self.heading = named(QLabel(self.tr("Choisissez un dossier reçu.")), "assessment_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        # The person's guarantees on each date of care (§8: rate, zone, ceiling, suspension).
        self.person_id: int | None = None
        self.guarantees = named(QLabel(), "guarantees_on_care")
        self.guarantees.setWordWrap(True)
        self.simplified = named(
            QCheckBox(self.tr("Mode simplifié (une ligne par catégorie, avec les totaux)")),
            "simplified",
        )
        self.model = AssessmentLinesModel(self)
        self.table = named(QTableView(), "lines_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(LinesDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.DoubleClicked
            | triggers.SelectedClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = named(QPushButton(self.tr("Ajouter une ligne")), "add_line")
        self.remove_button = named(QPushButton(self.tr("Supprimer la ligne")), "remove_line")
        self.duplicate_button = named(
            QPushButton(self.tr("Faire confirmer le doublon…")), "confirm_duplicate"
        )
        self.save_button = named(QPushButton(self.tr("Enregistrer le décompte")), "save_assessment")
        self.totals = named(QLabel(), "assessment_totals")
        self.findings = named(QListWidget(), "findings")
        self.findings.setMaximumHeight(120)
        self.status = named(QLabel(), "assessment_status")
        self.status.setWordWrap(True)
        self.errors = FormErrors(self.status)  # the lines' own messages are on their cells
        bar = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.duplicate_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        self.entry = entry = QWidget()
        right = QVBoxLayout(entry)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.heading)
        right.addWidget(self.guarantees)
        right.addWidget(self.simplified)
        right.addWidget(self.table, 3)
        right.addLayout(bar)
        right.addWidget(self.totals)
        right.addWidget(self.findings, 1)
        right.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.files)
        splitter.addWidget(entry)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 1250])
        layout.addWidget(splitter)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_MS)
        self._timer.timeout.connect(self.preview)
        self.model.lines_edited.connect(self._timer.start)
        self.simplified.toggled.connect(self._on_simplified_toggled)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.duplicate_button.clicked.connect(self._on_duplicate_clicked)
        self.save_button.clicked.connect(self.save)
        self.files.claim_selected.connect(lambda cid: self.open_claim(cid if cid >= 0 else None))
        bus.data_changed.connect(self._on_data_changed)
        self._load_choices()
        self._on_simplified_toggled(False)
        self.open_claim(None)

    # -- the file -------------------------------------------------------------------------
    def _load_choices(self) -> None:
        self.model.set_choices(
            "provider_id",
            [(p.name, p.id) for p in reference.list_providers(self.bus.ctx, active_only=True)],
        )
        reasons = [(r.code, r.label) for r in reference.list_exclusion_reasons(self.bus.ctx)]
        if reasons:
            reasons = [
                (r.code, r.label)
                for r in reference.list_exclusion_reasons(self.bus.ctx, active_only=True)
            ]
        else:  # the office has no list of its own yet: the defaults are in force (as for the service)
            reasons = [(r.code, r.label) for r in DEFAULT_EXCLUSION_REASONS]
        self.model.set_choices(
            "exclusion_reason", [(f"{code} — {label}", code) for code, label in reasons]
        )

    def open_claim(self, claim_id: int | None) -> None:
        self._timer.stop()
        self.claim_id, self.outcome, self.signoffs = claim_id, None, {}
        self.number = ""
        self.person_id = None
        self.guarantees.clear()
        self.model.set_lines([])
        self._timer.stop()
        self.findings.clear()
        self.totals.clear()
        enabled = claim_id is not None
        for widget in (
            self.table,
            self.add_button,
            self.remove_button,
            self.save_button,
            self.simplified,
        ):
            widget.setEnabled(enabled)
        self.duplicate_button.setEnabled(False)
        if claim_id is None:
            self.heading.setText(self.tr("Choisissez un dossier reçu dans la liste."))
            return
        self.errors.clear()
        found = fetch(
            self.bus,
            lambda ctx: (
                claim_queries.get_claim(ctx, claim_id),
                claim_queries.get_claim_medical(ctx, claim_id),
            ),
            lambda error: self.heading.setText(error.message),
        )
        if found is None:
            return
        view, medical = found
        self.number = view.number
        self.person_id = view.person_id
        self.heading.setText(
            self.tr("Dossier %1 reçu le %2 — %3 (%4) — %5 — réclamé %6")
            .replace("%1", view.number)
            .replace("%2", day(view.reception_date))
            .replace("%3", view.person_name)
            .replace("%4", view.matricule)
            .replace("%5", medical.condition.label)
            .replace("%6", format_fcfa(view.amount_claimed))
        )
        self.model.add_line()
        self._timer.stop()

    # -- recomputing as the clerk types ---------------------------------------------------------
    def preview(self) -> AssessmentOutcome | None:
        self._timer.stop()
        if self.claim_id is None:
            return None
        lines, problems = self.model.read()
        self._show_guarantees(sorted({line.care_date for line in lines}))
        self.outcome = None
        if not lines:
            self._show([], None)
            return None
        if problems:
            self._show(problems, None)
            return None
        claim_id, simplified, signoffs = (
            self.claim_id,
            self.simplified.isChecked(),
            self._signoffs(len(lines)),
        )
        self.outcome = fetch(
            self.bus,
            lambda ctx: assessments.preview_assessment(ctx, claim_id, lines, simplified, signoffs),
            lambda error: self._show(_refusals(error), None),
        )
        if self.outcome is None:
            return None
        self.previews += 1
        self._show(list(self.outcome.errors), self.outcome)
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.table.resizeColumnsToContents()
        return self.outcome

    def _show_guarantees(self, days: list[date]) -> None:
        """What covered the person on each date of care typed (at most five dates)."""
        person_id = self.person_id
        if person_id is None or not days:
            self.guarantees.clear()
            return

        def on(day: date) -> str:
            def read(ctx: ServiceContext) -> str:
                return guarantees_text(guarantees_on(ctx, person_id, day))

            text: str = fetch(self.bus, read, lambda _error: None, "")
            return text

        texts = [on(d) for d in days[:5]]
        self.guarantees.setText("\n".join(t for t in texts if t))

    def _signoffs(self, count: int) -> dict[int, DuplicateSignOff]:
        return {i: s for i, s in self.signoffs.items() if i < count}

    def _show(self, errors: list[FieldError], outcome: AssessmentOutcome | None) -> None:
        general = self.model.show_problems(errors, outcome)
        self.findings.clear()
        for error in errors:
            self._finding(error.message, ERROR_COLOUR)
        if outcome is not None:
            for warning in outcome.warnings:
                self._finding(warning, WARNING_COLOUR)
        for message in general:
            if not any(
                self.findings.item(i).text() == message for i in range(self.findings.count())
            ):
                self._finding(message, ERROR_COLOUR)
        duplicates = outcome is not None and any(
            f.check is Check.DUPLICATE for f in outcome.assessment.errors
        )
        self.duplicate_button.setEnabled(duplicates)
        if outcome is None:
            self.totals.setText(self.tr("Montants : corrigez d'abord les cases en rouge."))
            return
        a = outcome.assessment
        self.totals.setText(
            self.tr(
                "Réclamé %1 — part CMU %2 — exclu %3 — remboursé %4 — à la charge de l'assuré %5"
            )
            .replace("%1", format_fcfa(a.claimed))
            .replace("%2", format_fcfa(a.cmu_share))
            .replace("%3", format_fcfa(a.excluded))
            .replace("%4", format_fcfa(a.reimbursed))
            .replace("%5", format_fcfa(a.member_pays))
        )

    def _finding(self, text: str, colour: str) -> None:
        item = QListWidgetItem(text)
        item.setForeground(QBrush(QColor(colour)))
        self.findings.addItem(item)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> Operation | None:
        """Validate the décompte, in the background (every line is checked against the
        person's year of care); the page is held meanwhile. Refused, the messages stay on
        their lines and nothing is saved."""
        self._timer.stop()
        if self.claim_id is None:
            return None
        self.errors.clear()
        lines, problems = self.model.read()
        if problems or not lines:
            self._show(
                problems
                or [FieldError("lines", self.tr("Saisissez au moins une ligne de soins."))],
                None,
            )
            self.errors.show(DomainError(self._not_saved()))
            return None
        claim_id, simplified, signoffs = (
            self.claim_id,
            self.simplified.isChecked(),
            self._signoffs(len(lines)),
        )
        return run_op(
            self.bus,
            lambda ctx: assessments.assess_claim(ctx, claim_id, lines, simplified, signoffs),
            errors=self._on_save_refused,
            trigger=(self.save_button, self.entry, self.files),
            success=self._on_assessed,
            background=True,
            parent=self,
        )

    def _not_saved(self) -> str:
        return self.tr("Le décompte n'est pas enregistré : corrigez les lignes en rouge.")

    def _on_save_refused(self, error: DomainError) -> None:
        outcome = self.preview()
        seen = {e.message for e in (outcome.errors if outcome else ())}
        self._show(
            [
                *(outcome.errors if outcome else ()),
                *(e for e in _refusals(error) if e.message not in seen),
            ],
            outcome,
        )
        self.errors.show(DomainError(self._not_saved()))

    def _on_assessed(self, result: AssessmentResult) -> None:
        number = self.number
        self.open_claim(None)
        show_message(
            self.status,
            self.tr("Décompte du dossier %1 enregistré : remboursé %2.")
            .replace("%1", number)
            .replace("%2", format_fcfa(result.outcome.assessment.reimbursed)),
            OK_STYLE,
        )

    # -- slots -----------------------------------------------------------------------------
    def _on_simplified_toggled(self, simplified: bool) -> None:
        self.table.setColumnHidden(COLUMN["prestation_number"], simplified)
        self.table.setColumnHidden(COLUMN["acts"], not simplified)
        self.model.set_simplified(simplified)

    def _on_add_clicked(self) -> None:
        row = self.model.add_line()
        index = self.model.index(row, COLUMN["care_date"])
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _on_remove_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_line(index.row())

    def _on_duplicate_clicked(self) -> None:
        if self.outcome is None:
            return
        lines = sorted(
            {
                f.line
                for f in self.outcome.assessment.errors
                if f.check is Check.DUPLICATE and f.line is not None
            }
        )
        self.dialog = DuplicateDialog(self.bus, lines, self)
        self.dialog.accepted.connect(lambda: self._on_duplicate_confirmed(lines))
        self.dialog.setModal(True)
        self.dialog.show()

    def _on_duplicate_confirmed(self, lines: list[int]) -> None:
        assert self.dialog is not None
        for i in lines:
            self.signoffs[i] = self.dialog.signoff()
        self.preview()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("providers", "exclusion_reasons"):
            self._load_choices()
