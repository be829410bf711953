"""« Liste décompte » (domain.md §10.2): every décompte line, by person (all persons until
one is chosen), latest care first, page by page. Care lines are medical details (§14):
a user without that right sees a notice instead."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.domain.assessment import Cap
from desktop_app.domain.roles import Permission
from desktop_app.services.claims import assessments
from desktop_app.services.claims.assessments import LineRow
from desktop_app.services.context import Changes
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.common import (
    MEDICAL_NOTICE,
    can,
    day,
    fit_columns,
    list_view,
    n,
    notice,
    tr_claims,
)
from desktop_app.ui.claims.person_picker import PersonPicker
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import fetch
from desktop_app.ui.widgets.form_errors import FormErrors
from desktop_app.ui.widgets.lazy_table_model import RIGHT, Column, LazyTableModel
from desktop_app.ui.widgets.naming import named

COLUMNS: list[Column[LineRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Dossier"), lambda r: r.claim_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Ligne"), lambda r: r.line_no, RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Date des soins"), lambda r: day(r.care_date)),
    Column(QT_TRANSLATE_NOOP("Columns", "N° prestation"), lambda r: r.prestation_number),
    Column(QT_TRANSLATE_NOOP("Columns", "Catégorie"), lambda r: r.category.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Prestataire"), lambda r: r.provider_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Réclamé"), lambda r: n(r.claimed), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Part CMU"), lambda r: n(r.cmu_share), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Exclu"), lambda r: n(r.excluded), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Motif"), lambda r: r.exclusion_reason),
    Column(QT_TRANSLATE_NOOP("Columns", "Base"), lambda r: n(r.base), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Taux"), lambda r: f"{r.rate_pct} %", RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "Remboursé"), lambda r: n(r.reimbursed), RIGHT),
    Column(QT_TRANSLATE_NOOP("Columns", "À charge"), lambda r: n(r.member_pays), RIGHT),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Plafond atteint"),
        lambda r: "" if r.cap is Cap.NONE else r.cap.label,
    ),
]


class AssessmentList(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.allowed = can(bus, Permission.VIEW_MEDICAL)
        if not self.allowed:
            layout.addWidget(notice(tr_claims(MEDICAL_NOTICE)))
            layout.addStretch(1)
            return
        self.person_id: int | None = None
        self.picker = PersonPicker(bus)
        self.error = named(QLabel(), "lines_error")
        self.errors = FormErrors(self.error)
        self.model: LazyTableModel[LineRow] = LazyTableModel(
            COLUMNS,
            lambda: fetch(
                bus,
                lambda ctx: assessments.count_assessment_lines(ctx, self.person_id),
                self.errors,
                fallback=0,
            ),
            lambda after, limit: fetch(
                bus,
                lambda ctx: assessments.list_assessment_lines(
                    ctx, self.person_id, None, None if after is None else after.page_key, limit
                ),
                self.errors,
                fallback=[],
            ),
            parent=self,
        )
        self.table = list_view(self.model, "assessment_lines_table")
        self.count = named(QLabel(), "lines_count")
        layout.addWidget(QLabel(self.tr("Personne (vide : toutes les personnes)")))
        layout.addWidget(self.picker)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.count)
        self.picker.person_chosen.connect(self._on_person_chosen)
        bus.data_changed.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        self.model.reload()  # a refusal is said under the list, and the list stays empty
        fit_columns(self.table)
        self.count.setText(self.tr("%1 ligne(s) de décompte").replace("%1", str(self.model.total)))

    def _on_person_chosen(self, person_id: int) -> None:
        self.person_id = person_id if person_id >= 0 else None
        self.reload()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("assessment_lines", "claims"):
            self.reload()
