"""An editable schedule of benefits (tableau des garanties, domain.md §2, §7): one row per
care category — covered, rate, ceilings, prior approval, waiting period — read back as
``BenefitLine``s, the cells the schedule's checks refuse marked with their message."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop_app.domain.benefits import LINES, BenefitLine, BenefitSchedule, benefit_cell
from desktop_app.domain.care import CareCategory
from desktop_app.domain.errors import CellError, FieldError, ValidationFailed
from desktop_app.domain.money import format_fcfa, parse_fcfa
from desktop_app.ui.forms.band_table import (
    RIGHT,
    cell_item,
    header_item,
    mark_cell,
    unmark_cell,
)
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP

HEADERS = (
    QT_TRANSLATE_NOOP("BenefitTable", "Acte médical"),
    QT_TRANSLATE_NOOP("BenefitTable", "Couvert"),
    QT_TRANSLATE_NOOP("BenefitTable", "Taux (%)"),
    QT_TRANSLATE_NOOP("BenefitTable", "Plafond par acte"),
    QT_TRANSLATE_NOOP("BenefitTable", "Plafond annuel"),
    QT_TRANSLATE_NOOP("BenefitTable", "Entente préalable"),
    QT_TRANSLATE_NOOP("BenefitTable", "Carence (jours)"),
)
NAME, COVERED, RATE, PER_ACT, ANNUAL, APPROVAL, WAITING = range(7)
FIELD_COLUMNS = {
    "rate_pct": RATE,
    "per_act_ceiling": PER_ACT,
    "annual_ceiling": ANNUAL,
    "waiting_days": WAITING,
    "category": NAME,
}
CATEGORIES = tuple(CareCategory)


class BenefitTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(CATEGORIES), len(HEADERS), parent)
        self.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(70)
        header_item(self, RATE).setToolTip(self.tr("Vide : le taux de couverture de l'assuré."))
        header_item(self, WAITING).setToolTip(
            self.tr("Vide : la règle générale des délais de carence ; 0 : aucun délai.")
        )
        for column in (PER_ACT, ANNUAL):
            header_item(self, column).setToolTip(self.tr("En FCFA ; vide : pas de plafond."))

    def load(self, schedule: BenefitSchedule, labels: Mapping[str, str]) -> None:
        """Show ``schedule``; a category absent from it shows as not covered."""
        for row, category in enumerate(CATEGORIES):
            line = next((x for x in schedule.lines if x.category == category), None)
            name = QTableWidgetItem(labels.get(category.value, category.label))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(Qt.ItemDataRole.UserRole, category.value)
            self.setItem(row, NAME, name)
            self._check(row, COVERED, line is not None and line.covered)
            self._text(
                row, RATE, "" if line is None or line.rate_pct is None else str(line.rate_pct)
            )
            self._text(row, PER_ACT, _money(line.per_act_ceiling if line else None))
            self._text(row, ANNUAL, _money(line.annual_ceiling if line else None))
            self._check(row, APPROVAL, line is not None and line.prior_approval)
            self._text(
                row,
                WAITING,
                "" if line is None or line.waiting_days is None else str(line.waiting_days),
            )

    def _check(self, row: int, column: int, checked: bool) -> None:
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.setItem(row, column, item)

    def _text(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(RIGHT)
        self.setItem(row, column, item)

    def cell(self, category: CareCategory, column: int) -> QTableWidgetItem:
        return cell_item(self, CATEGORIES.index(category), column)

    def lines(self) -> tuple[BenefitLine, ...]:
        """The lines as typed (covered categories only: one absent is not covered);
        unreadable cells raise ``ValidationFailed`` naming them (``OPTI.annual_ceiling``)."""
        typed: list[FieldError] = []
        lines = []
        for row, category in enumerate(CATEGORIES):
            if cell_item(self, row, COVERED).checkState() != Qt.CheckState.Checked:
                continue

            number = partial(self._number, typed, row, category)
            lines.append(
                BenefitLine(
                    category,
                    True,
                    number(RATE, "rate_pct", False),
                    number(PER_ACT, "per_act_ceiling", True),
                    number(ANNUAL, "annual_ceiling", True),
                    cell_item(self, row, APPROVAL).checkState() == Qt.CheckState.Checked,
                    number(WAITING, "waiting_days", False),
                )
            )
        if typed:
            raise ValidationFailed(typed)
        return tuple(lines)

    def _number(
        self,
        typed: list[FieldError],
        row: int,
        category: CareCategory,
        column: int,
        field: str,
        money: bool,
    ) -> int | None:
        """A whole number typed in a cell (FCFA when ``money``), None when blank; an
        unreadable one adds its French refusal to ``typed``."""
        text = cell_item(self, row, column).text().strip()
        if not text:
            return None
        try:
            return parse_fcfa(text, field) if money else int(text)
        except (FieldError, ValueError):
            typed.append(
                benefit_cell(
                    category,
                    field,
                    self.tr("%1 : « %2 » n'est pas un nombre entier positif.")
                    .replace("%1", category.label)
                    .replace("%2", text),
                )
            )
            return None

    def mark(self, errors: Sequence[FieldError]) -> list[FieldError]:
        """Mark the cells ``errors`` name; return the errors that name no cell."""
        rest = []
        for error in errors:
            # The rows are the categories in CareCategory order, as the cells say.
            if (
                isinstance(error, CellError)
                and error.field == LINES
                and error.column in FIELD_COLUMNS
            ):
                mark_cell(self.item(error.row, FIELD_COLUMNS[error.column]), error.message)
            else:
                rest.append(error)
        return rest

    def clear_marks(self) -> None:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                unmark_cell(self.item(row, column))


def _money(value: int | None) -> str:
    return "" if value is None else format_fcfa(value, with_currency=False)
