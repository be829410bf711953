"""A schedule-of-benefits template (modèle de tableau des garanties, domain.md §2, §7):
its name, whether clerks may pick it, the overall annual ceiling per person and the 17
lines; saved with ``benefits.save_template``."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop_app.domain.benefits import STANDARD_SCHEDULE, BenefitSchedule
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.services.administration import reference
from desktop_app.services.context import Changes
from desktop_app.services.production import benefits
from desktop_app.services.production.benefits import TemplateRow
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import fit_height
from desktop_app.ui.forms.benefit_table import BenefitTable
from desktop_app.ui.forms.fields import MoneyField, read_field
from desktop_app.ui.forms.record_page import RecordForm
from desktop_app.ui.operations import fetch
from desktop_app.ui.widgets.naming import named


class TemplateForm(RecordForm):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(bus, parent)
        self.name_edit = named(QLineEdit(placeholderText=self.tr("ex. : Formule cadres")), "name")
        self.active_box = named(
            QCheckBox(self.tr("Actif (proposé lors de la préparation d'une police)")), "active"
        )
        self.ceiling_edit = named(MoneyField(optional=True), "overall_annual_ceiling")
        self.ceiling_edit.setPlaceholderText(self.tr("vide : sans plafond"))
        self.ceiling_edit.setMaximumWidth(160)
        self.table = BenefitTable()
        self.table.setObjectName("lines")
        fit_height(self.table, self.table.rowCount())  # all 17 lines at once; the page scrolls
        self.add_row(self.tr("Nom du modèle :"), self.name_edit, "name")
        self.add_row("", self.active_box)
        self.add_row(
            self.tr("Plafond annuel par personne (FCFA) :"),
            self.ceiling_edit,
            "overall_annual_ceiling",
        )
        self.fields.addRow(self.errors.make_label("lines", self.table))
        self.fields.addRow(self.table)

    def heading_for(self, record: TemplateRow | None) -> str:
        if record is None:
            return self.tr("Nouveau modèle (à partir de la formule standard)")
        return self.tr("Modèle « %1 »").replace("%1", record.name)

    def load(self, record: TemplateRow | None) -> None:
        if record is None:
            schedule = BenefitSchedule(
                STANDARD_SCHEDULE.lines, STANDARD_SCHEDULE.overall_annual_ceiling, ""
            )
        else:
            schedule = fetch(
                self.bus, lambda ctx: benefits.get_template(ctx, record.id), self.errors
            )
            if schedule is None:
                return
        self.load_schedule(schedule, record.active if record else True)

    def load_schedule(self, schedule: BenefitSchedule, active: bool) -> None:
        labels = {row.code: row.label for row in reference.care_category_labels(self.bus.ctx)}
        self.name_edit.setText(schedule.name)
        self.active_box.setChecked(active)
        self.ceiling_edit.set_amount(schedule.overall_annual_ceiling)
        self.table.load(schedule, labels)
        self.table.clear_marks()

    def command(self) -> BenefitSchedule:
        typed: list[FieldError] = []
        ceiling = read_field(typed, self.ceiling_edit.amount, "overall_annual_ceiling")
        try:
            lines = self.table.lines()
        except ValidationFailed as error:
            typed.extend(error.errors)
            lines = ()
        if typed:
            raise ValidationFailed(typed)
        return BenefitSchedule(lines, ceiling, self.name_edit.text())

    def submit(self, command: BenefitSchedule) -> tuple[int, Changes]:
        return benefits.save_template(
            self.bus.ctx,
            self.record.id if self.record else None,
            command,
            self.active_box.isChecked(),
        )

    def saved_message(self) -> str:
        return self.tr("Modèle de garanties enregistré.")

    def show_errors(self, error: DomainError) -> None:
        """Cell problems marked in the table and listed under it; the others by their field."""
        self.table.clear_marks()
        self.table.clearSelection()  # a selected cell would hide its red background
        if not isinstance(error, ValidationFailed):
            self.errors.show(error)
            return
        rest = self.table.mark(error.errors)
        in_cells = [e.message for e in error.errors if e not in rest]
        shown = list(rest)
        if in_cells:
            shown.append(FieldError("lines", "\n".join(in_cells)))
        self.errors.show(ValidationFailed(shown))
