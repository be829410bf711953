"""The schedule of benefits of a policy (tableau des garanties, domain.md §2, §7): one
row per care category, copied from a template then edited cell by cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.benefits import LINES, BenefitLine, BenefitSchedule, benefit_cell
from desktop_app.domain.care import CareCategory
from desktop_app.domain.errors import CellError, DomainError, FieldError, ValidationFailed
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.money import format_fcfa, parse_fcfa
from desktop_app.domain.roles import Permission
from desktop_app.services.administration import reference
from desktop_app.services.production import benefits, policies
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import cell_item
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.operations import CallErrors, run_op
from desktop_app.ui.widgets.form_errors import ERROR_STYLE
from desktop_app.ui.widgets.naming import named

HEADERS = [
    QT_TRANSLATE_NOOP("BenefitsTab", "Catégorie de soins"),
    QT_TRANSLATE_NOOP("BenefitsTab", "Couvert"),
    QT_TRANSLATE_NOOP("BenefitsTab", "Taux (%)"),
    QT_TRANSLATE_NOOP("BenefitsTab", "Plafond par acte"),
    QT_TRANSLATE_NOOP("BenefitsTab", "Plafond annuel"),
    QT_TRANSLATE_NOOP("BenefitsTab", "Entente préalable"),
    QT_TRANSLATE_NOOP("BenefitsTab", "Carence (jours)"),
]
COVERED, RATE, PER_ACT, ANNUAL, APPROVAL, WAITING = range(1, 7)
FIELD_COLUMNS = {
    "rate_pct": RATE,
    "per_act_ceiling": PER_ACT,
    "annual_ceiling": ANNUAL,
    "waiting_days": WAITING,
}


class BenefitsTab(QWidget):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.policy_id: int | None = None
        self.overall_ceiling: int | None = None
        self.template = named(QComboBox(), "benefit_template")
        self.copy_button = named(QPushButton(self.tr("Copier le modèle")), "copy_template")
        self.save_button = named(QPushButton(self.tr("Enregistrer le tableau")), "save_benefits")
        self.table = named(QTableWidget(len(CareCategory), len(HEADERS)), "benefits_table")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 300)
        self.error = named(QLabel(), "benefits_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Modèle :")))
        bar.addWidget(self.template, 1)
        bar.addWidget(self.copy_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)

    def set_policy(self, policy_id: int | None, view: policies.PolicyView | None) -> None:
        self.policy_id = policy_id
        self.overall_ceiling = view.data.overall_annual_ceiling if view else None
        editable = (
            view is not None
            and view.status == PolicyStatus.DRAFT
            and self.bus.ctx.actor is not None
            and self.bus.ctx.actor.can(Permission.EDIT_PRODUCTION)
        )
        if policy_id is None:
            return
        if self.template.count() == 0 and editable:
            for row in benefits.list_templates(self.bus.ctx):
                if row.active:
                    self.template.addItem(row.name, row.id)
        for widget in (self.template, self.copy_button, self.save_button):
            widget.setEnabled(editable)
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.AllEditTriggers
            if editable
            else QTableWidget.EditTrigger.NoEditTriggers
        )
        self.load(benefits.get_policy_schedule(self.bus.ctx, policy_id))

    def load(self, schedule: BenefitSchedule) -> None:
        labels = {r.code: r.label for r in reference.care_category_labels(self.bus.ctx)}
        self.error.hide()
        for row, category in enumerate(CareCategory):
            line = next((x for x in schedule.lines if x.category == category), None)
            name = QTableWidgetItem(labels.get(category.value, category.label))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(Qt.ItemDataRole.UserRole, category.value)
            self.table.setItem(row, 0, name)
            self._check(row, COVERED, line is not None and line.covered)
            self._text(
                row, RATE, "" if line is None or line.rate_pct is None else str(line.rate_pct)
            )
            self._text(row, PER_ACT, self._money(line.per_act_ceiling if line else None))
            self._text(row, ANNUAL, self._money(line.annual_ceiling if line else None))
            self._check(row, APPROVAL, line is not None and line.prior_approval)
            self._text(
                row,
                WAITING,
                "" if line is None or line.waiting_days is None else str(line.waiting_days),
            )

    @staticmethod
    def _money(value: int | None) -> str:
        return "" if value is None else format_fcfa(value, with_currency=False)

    def _check(self, row: int, column: int, checked: bool) -> None:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(row, column, item)

    def _text(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)

    def schedule(self) -> BenefitSchedule:
        """The schedule as typed; unreadable cells raise ValidationFailed naming them."""
        typed: list[FieldError] = []
        lines = []
        for row, category in enumerate(CareCategory):
            if cell_item(self.table, row, COVERED).checkState() != Qt.CheckState.Checked:
                continue

            def number(
                column: int,
                field: str,
                money: bool,
                row: int = row,
                category: CareCategory = category,
            ) -> int | None:
                text = cell_item(self.table, row, column).text().strip()
                if not text:
                    return None
                try:
                    return parse_fcfa(text, field) if money else int(text)
                except (FieldError, ValueError):
                    typed.append(
                        benefit_cell(
                            category,
                            field,
                            f"{category.label} : « {text} » n'est pas un nombre entier.",
                        )
                    )
                    return None

            lines.append(
                BenefitLine(
                    category,
                    True,
                    number(RATE, "rate_pct", False),
                    number(PER_ACT, "per_act_ceiling", True),
                    number(ANNUAL, "annual_ceiling", True),
                    cell_item(self.table, row, APPROVAL).checkState() == Qt.CheckState.Checked,
                    number(WAITING, "waiting_days", False),
                )
            )
        if typed:
            raise ValidationFailed(typed)
        return BenefitSchedule(tuple(lines), self.overall_ceiling)

    def _show(self, error: DomainError) -> None:
        errors = error.errors if isinstance(error, ValidationFailed) else [error]
        self.error.setText("\n".join(e.message for e in errors))
        self.error.show()
        for e in errors:
            # The table shows one row per category in CareCategory order, as the cells say.
            if isinstance(e, CellError) and e.field == LINES and e.column in FIELD_COLUMNS:
                cell_item(self.table, e.row, FIELD_COLUMNS[e.column]).setBackground(
                    QBrush(QColor("#f8d7da"))
                )

    def _clear(self) -> None:
        self.error.hide()
        for row in range(self.table.rowCount()):
            for column in FIELD_COLUMNS.values():
                cell_item(self.table, row, column).setBackground(QBrush())

    def save(self) -> bool:
        policy_id = self.policy_id
        if policy_id is None:
            return False
        return run_op(
            self.bus,
            lambda ctx, schedule: benefits.save_policy_schedule(ctx, policy_id, schedule),
            command=self.schedule,
            errors=CallErrors(self._show, self._clear),
            trigger=self.save_button,
        ).succeeded

    def _on_save_clicked(self) -> None:
        self.save()

    def _on_copy_clicked(self) -> None:
        template_id = self.template.currentData()
        policy_id = self.policy_id
        if policy_id is None or template_id is None:
            return
        run_op(
            self.bus,
            lambda ctx: benefits.copy_template(ctx, policy_id, template_id),
            errors=CallErrors(self._show, self._clear),
            trigger=self.copy_button,
            success=lambda _changes: self.load(
                benefits.get_policy_schedule(self.bus.ctx, policy_id)
            ),
        )
