"""The lines of a décompte as the clerk types them (domain.md §10.2), and beside each the
figures of the last preview: base, at rate, reimbursed, member pays, which cap bit.

A cell the service refuses turns red, a warning orange; the message is the cell's tooltip
and ``messages(row)`` lists them. Typed cells are kept as text until read: ``read()``
turns the rows into ``LineInput``s, or says in French which cell could not be read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.assessment import AssessedLine, Cap
from desktop_app.domain.assessment_facts import LINES, LineInput, line_cell
from desktop_app.domain.care import CareCategory
from desktop_app.domain.dates import parse_date
from desktop_app.domain.errors import CellError, FieldError
from desktop_app.domain.money import format_fcfa, parse_fcfa
from desktop_app.services.claims.assessments import AssessmentOutcome
from desktop_app.ui.claims.common import tr_claims
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

# (key, header): the typed columns, then the computed ones.
TYPED = (
    ("care_date", QT_TRANSLATE_NOOP("Claims", "Date des soins")),
    ("prestation_number", QT_TRANSLATE_NOOP("Claims", "N° prestation")),
    ("acts", QT_TRANSLATE_NOOP("Claims", "Actes")),
    ("category", QT_TRANSLATE_NOOP("Claims", "Catégorie")),
    ("provider_id", QT_TRANSLATE_NOOP("Claims", "Prestataire")),
    ("claimed", QT_TRANSLATE_NOOP("Claims", "Réclamé")),
    ("cmu_share", QT_TRANSLATE_NOOP("Claims", "Part CMU")),
    ("excluded", QT_TRANSLATE_NOOP("Claims", "Exclu")),
    ("exclusion_reason", QT_TRANSLATE_NOOP("Claims", "Motif")),
    ("approval_ref", QT_TRANSLATE_NOOP("Claims", "Entente")),
    ("stay_days", QT_TRANSLATE_NOOP("Claims", "Séjour")),
)
COMPUTED = (
    ("base", QT_TRANSLATE_NOOP("Claims", "Base")),
    ("at_rate", QT_TRANSLATE_NOOP("Claims", "Au taux")),
    ("reimbursed", QT_TRANSLATE_NOOP("Claims", "Remboursé")),
    ("member_pays", QT_TRANSLATE_NOOP("Claims", "À charge")),
    ("cap", QT_TRANSLATE_NOOP("Claims", "Plafond atteint")),
)
KEYS = [key for key, _ in TYPED + COMPUTED]
HEADERS = [header for _, header in TYPED + COMPUTED]
COLUMN = {key: i for i, key in enumerate(KEYS)}
CHOICE_KEYS = ("category", "provider_id", "exclusion_reason")
MONEY_KEYS = ("claimed", "cmu_share", "excluded", "base", "at_rate", "reimbursed", "member_pays")
ERROR_BACKGROUND, WARNING_BACKGROUND = "#f8d7da", "#ffe5b4"
ERROR_TEXT, WARNING_TEXT = "#b00020", "#b35c00"
COMPUTED_BACKGROUND = "#f3f6fa"


@dataclass
class TypedLine:
    """One row as typed: text for what the clerk types, codes for what they choose."""

    care_date: str = ""
    prestation_number: str = ""
    acts: str = "1"
    category: str = ""  # CareCategory value
    provider_id: int = 0  # 0: the file's provider
    claimed: str = ""
    cmu_share: str = ""
    excluded: str = ""
    exclusion_reason: str = ""
    approval_ref: str = ""
    stay_days: str = ""
    figures: AssessedLine | None = None
    errors: dict[str, str] = field(default_factory=dict)  # column key → message
    warnings: dict[str, str] = field(default_factory=dict)

    def blank(self) -> bool:
        return not any(
            (
                self.care_date.replace("/", "").replace("_", "").strip(),
                self.prestation_number.strip(),
                self.category,
                self.claimed.strip(),
                self.cmu_share.strip(),
                self.excluded.strip(),
            )
        )


class AssessmentLinesModel(QAbstractTableModel):
    lines_edited = Signal()  # only what the clerk changed, never a preview's figures

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[TypedLine] = []
        self.simplified = False
        self.choices: dict[str, list[tuple[str, Any]]] = {
            "category": [(QCoreApplication.translate("Claims", "— choisir —"), "")]
            + [(c.label, c.value) for c in CareCategory],
            "provider_id": [(QCoreApplication.translate("Claims", "du dossier"), 0)],
            "exclusion_reason": [("—", "")],
        }
        self._row_of_line: list[int] = []  # index of a read line → model row

    # -- choices shown by the combo delegate ---------------------------------------------
    def set_choices(self, key: str, items: Sequence[tuple[str, Any]]) -> None:
        self.choices[key] = [self.choices[key][0], *items]
        self._changed_all()

    def label_of(self, key: str, value: Any) -> str:
        for label, data in self.choices[key]:
            if data == value:
                return label if data not in ("", 0) or key != "exclusion_reason" else ""
        return str(value)

    # -- rows ---------------------------------------------------------------------------
    def set_lines(self, lines: Sequence[TypedLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()
        self.lines_edited.emit()

    def add_line(self) -> int:
        """A new row, dated and categorised like the one above it (care often comes in runs)."""
        previous = self.lines[-1] if self.lines else None
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(
            TypedLine(
                care_date=previous.care_date if previous else "",
                provider_id=previous.provider_id if previous else 0,
            )
        )
        self.endInsertRows()
        self.lines_edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            self.lines_edited.emit()

    def set_simplified(self, simplified: bool) -> None:
        self.simplified = simplified
        self._changed_all()
        self.lines_edited.emit()

    # -- reading what was typed ---------------------------------------------------------
    def read(self) -> tuple[list[LineInput], list[FieldError]]:
        """The typed rows as lines (blank rows skipped), or the cells that cannot be read."""
        out: list[LineInput] = []
        problems: list[FieldError] = []
        self._row_of_line = []
        for row, typed in enumerate(self.lines):
            if typed.blank():
                continue
            i = len(out)
            prefix = QCoreApplication.translate("Claims", "Ligne %1 : ").replace("%1", str(i + 1))

            def bad(key: str, message: str, i: int = i, prefix: str = prefix) -> None:
                problems.append(line_cell(i, key, prefix + message[0].lower() + message[1:]))

            def money(key: str, text: str, required: bool = False) -> int:
                if not text.strip() and not required:
                    return 0
                try:
                    return parse_fcfa(text, key)
                except FieldError as error:
                    bad(key, error.message)
                    return 0

            def number(key: str, text: str, what: str) -> int | None:
                if not text.strip():
                    return None
                if not text.strip().isdigit():
                    bad(key, f"{what} : saisissez un nombre entier.")
                    return None
                return int(text.strip())

            care = None
            try:
                care = parse_date(typed.care_date.replace("_", "").strip(" /"), "care_date")
            except FieldError as error:
                bad("care_date", error.message)
            if not typed.category:
                bad("category", "Choisissez la catégorie de soins.")
            claimed = money("claimed", typed.claimed, required=True)
            cmu, excluded = money("cmu_share", typed.cmu_share), money("excluded", typed.excluded)
            stay = number("stay_days", typed.stay_days, "La durée du séjour")
            acts = number("acts", typed.acts, "Le nombre d'actes") or 1
            self._row_of_line.append(row)
            if care is None or not typed.category:
                out.append(
                    LineInput(care or _NO_DATE, CareCategory.CONSULTATION, claimed)
                )  # placeholder
                continue
            out.append(
                LineInput(
                    care,
                    CareCategory(typed.category),
                    claimed,
                    cmu,
                    excluded,
                    typed.exclusion_reason or None,
                    None if self.simplified else typed.prestation_number.strip() or None,
                    typed.provider_id or None,
                    approval_ref=typed.approval_ref.strip() or None,
                    stay_days=stay,
                    acts=acts if self.simplified else 1,
                )
            )
        return out, problems

    def row_of(self, line_index: int) -> int | None:
        return self._row_of_line[line_index] if 0 <= line_index < len(self._row_of_line) else None

    # -- showing a preview ----------------------------------------------------------------
    def show_problems(
        self, errors: Sequence[FieldError], outcome: AssessmentOutcome | None
    ) -> list[str]:
        """Put each message on its cell and the figures on their rows; returns the messages
        that concern no line (for the page's list)."""
        for typed in self.lines:
            typed.errors, typed.warnings, typed.figures = {}, {}, None
        general: list[str] = []
        for error in errors:
            placed = (
                isinstance(error, CellError)
                and error.field == LINES
                and self._place(error.row, error.column, error.message, "errors")
            )
            if not placed:
                general.append(error.message)
        if outcome is not None:
            for figures in outcome.assessment.lines:
                row = self.row_of(figures.index)
                if row is not None:
                    self.lines[row].figures = figures
            for finding in outcome.assessment.warnings:
                if finding.line is None or not self._place(
                    finding.line, finding.field, finding.message, "warnings"
                ):
                    general.append(finding.message)
        self._changed_all()
        return general

    def _place(self, line: int, column: str, message: str, kind: str) -> bool:
        """Put ``message`` on the cell of line ``line`` (as read) and ``column``; a column
        the table does not show (the whole line) marks the line's date."""
        row = self.row_of(line)
        if row is None:
            return False
        key = column if column in COLUMN else "care_date"
        if key == "prestation_number" and self.simplified:
            key = "category"
        target: dict[str, str] = getattr(self.lines[row], kind)
        target[key] = f"{target[key]}\n{message}" if key in target else message
        return True

    def messages(self, row: int) -> list[tuple[str, str]]:
        """(« erreur » or « avertissement », message) of a row, for the clerk and for tests."""
        typed = self.lines[row]
        return [("erreur", m) for m in typed.errors.values()] + [
            ("avertissement", m) for m in typed.warnings.values()
        ]

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr_claims(HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return str(section + 1) if 0 <= section < len(self.lines) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        return base | Qt.ItemFlag.ItemIsEditable if index.column() < len(TYPED) else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.lines)
            or not 0 <= index.column() < len(KEYS)
        ):
            return None
        typed, key = self.lines[index.row()], KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(typed, key)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(typed, key) if index.column() < len(TYPED) else self._display(typed, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = key in MONEY_KEYS or key in ("acts", "stay_days")
            return int(
                (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in typed.errors:
                return QBrush(QColor(ERROR_BACKGROUND))
            if key in typed.warnings:
                return QBrush(QColor(WARNING_BACKGROUND))
            return QBrush(QColor(COMPUTED_BACKGROUND)) if index.column() >= len(TYPED) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in typed.errors:
                return QBrush(QColor(ERROR_TEXT))
            if (
                key == "cap"
                and typed.figures is not None
                and typed.figures.cap not in (Cap.NONE, Cap.RATE)
            ):
                return QBrush(QColor(WARNING_TEXT))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = "\n".join(m for m in (typed.errors.get(key), typed.warnings.get(key)) if m)
            if not text and key == "exclusion_reason" and typed.exclusion_reason:
                text = self.label_of(key, typed.exclusion_reason)
            return text or None
        return None

    def _display(self, typed: TypedLine, key: str) -> str:
        if key == "exclusion_reason":
            return typed.exclusion_reason  # the code: the label is in the list and the tooltip
        if key in CHOICE_KEYS:
            return self.label_of(key, getattr(typed, key))
        if key in (k for k, _ in COMPUTED):
            figures = typed.figures
            if figures is None:
                return ""
            if key == "cap":
                return "" if figures.cap is Cap.NONE else figures.cap.label
            return format_fcfa(getattr(figures, key), with_currency=False)
        value = getattr(typed, key)
        if key in ("claimed", "cmu_share", "excluded") and value.strip():
            try:
                return format_fcfa(parse_fcfa(value, key), with_currency=False)
            except FieldError:
                return str(value)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() >= len(TYPED)
            or not 0 <= index.row() < len(self.lines)
        ):
            return False
        key = KEYS[index.column()]
        value = int(value or 0) if key == "provider_id" else "" if value is None else str(value)
        if key == "category" and value and value not in {c.value for c in CareCategory}:
            return False
        setattr(self.lines[index.row()], key, value)
        self.dataChanged.emit(index, index)
        self.lines_edited.emit()
        return True

    def _changed_all(self) -> None:
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(KEYS) - 1))


_NO_DATE = date(2000, 1, 1)
"""Stands in for a date that could not be read: the line is not sent to the preview."""
