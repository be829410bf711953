"""Schedule of benefits (tableau des garanties, domain.md §2 and §7): per care category,
covered or not, rate, ceilings, prior approval and waiting period; plus the overall
annual ceiling per person. A default template, "Formule standard", follows §7.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.care import CareCategory
from desktop_app.domain.errors import CellError, FieldError, ValidationFailed
from desktop_app.domain.kinds import COVERAGE_RATES
from desktop_app.domain.money import format_fcfa

MAX_WAITING_DAYS = 730
LINES = "lines"
"""The schedule as a table: one row per care category, in ``CareCategory`` order."""


def benefit_cell(category: CareCategory, column: str, message: str) -> CellError:
    """A refused value of the schedule: the category's row, the ``BenefitLine`` field."""
    return CellError(LINES, message, row=list(CareCategory).index(category), column=column)


@dataclass(frozen=True)
class BenefitLine:
    """One care category of a schedule. ``rate_pct=None``: the person's own coverage rate.
    A ceiling of ``None``: no ceiling of that kind. ``waiting_days=None``: the general rule
    of §6 (by category and condition, individual policies only); ``0``: no waiting period."""

    category: CareCategory
    covered: bool = True
    rate_pct: int | None = None
    per_act_ceiling: int | None = None
    annual_ceiling: int | None = None
    prior_approval: bool = False
    waiting_days: int | None = None

    def validate(self) -> list[FieldError]:
        label = self.category.label
        errors: list[FieldError] = []
        if self.rate_pct is not None and self.rate_pct not in COVERAGE_RATES:
            errors.append(
                benefit_cell(
                    self.category,
                    "rate_pct",
                    f"{label} : le taux est 100, 90, 80, 70 ou 60 %, "
                    "ou vide pour le taux de l'assuré.",
                )
            )
        for name, value, what in (
            ("per_act_ceiling", self.per_act_ceiling, "plafond par acte"),
            ("annual_ceiling", self.annual_ceiling, "plafond annuel"),
        ):
            if value is not None and (not _is_int(value) or value <= 0):
                errors.append(
                    benefit_cell(
                        self.category,
                        name,
                        f"{label} : le {what} est un montant entier "
                        "positif, ou vide s'il n'y en a pas.",
                    )
                )
        if (
            _is_int(self.per_act_ceiling)
            and _is_int(self.annual_ceiling)
            and self.per_act_ceiling is not None
            and self.annual_ceiling is not None
            and self.per_act_ceiling > self.annual_ceiling
        ):
            errors.append(
                benefit_cell(
                    self.category,
                    "per_act_ceiling",
                    f"{label} : le plafond par acte ({format_fcfa(self.per_act_ceiling)}) "
                    f"dépasse le plafond annuel ({format_fcfa(self.annual_ceiling)}).",
                )
            )
        if self.waiting_days is not None and (
            not _is_int(self.waiting_days) or not 0 <= self.waiting_days <= MAX_WAITING_DAYS
        ):
            errors.append(
                benefit_cell(
                    self.category,
                    "waiting_days",
                    f"{label} : le délai de carence est de 0 à "
                    f"{MAX_WAITING_DAYS} jours, ou vide pour la règle générale.",
                )
            )
        return errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category.value,
            "covered": self.covered,
            "rate_pct": self.rate_pct,
            "per_act_ceiling": self.per_act_ceiling,
            "annual_ceiling": self.annual_ceiling,
            "prior_approval": self.prior_approval,
            "waiting_days": self.waiting_days,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BenefitLine:
        return cls(
            CareCategory(data["category"]),
            bool(data.get("covered", True)),
            data.get("rate_pct"),
            data.get("per_act_ceiling"),
            data.get("annual_ceiling"),
            bool(data.get("prior_approval", False)),
            data.get("waiting_days"),
        )


@dataclass(frozen=True)
class BenefitSchedule:
    """A policy's schedule of benefits, or a template of one (§2). A category with no line
    is not covered."""

    lines: tuple[BenefitLine, ...]
    overall_annual_ceiling: int | None = None
    name: str = ""

    def line(self, category: CareCategory) -> BenefitLine:
        """The line for a category; a category absent from the schedule is not covered."""
        for line in self.lines:
            if line.category == category:
                return line
        return BenefitLine(category, covered=False)

    def is_covered(self, category: CareCategory) -> bool:
        return self.line(category).covered

    def rate_for(self, person_rate_pct: int, category: CareCategory) -> int | None:
        """The rate (percent) paid for a category: the line's own rate when it sets one,
        else the person's coverage rate; ``None`` when the category is not covered (§2)."""
        line = self.line(category)
        if not line.covered:
            return None
        return line.rate_pct if line.rate_pct is not None else person_rate_pct

    def requires_prior_approval(self, category: CareCategory) -> bool:
        line = self.line(category)
        return line.covered and line.prior_approval

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        seen: set[CareCategory] = set()
        for line in self.lines:
            if line.category in seen:
                errors.append(
                    benefit_cell(
                        line.category,
                        "category",
                        f"{line.category.label} figure deux fois au tableau des garanties.",
                    )
                )
            seen.add(line.category)
            errors.extend(line.validate())
        ceiling = self.overall_annual_ceiling
        if ceiling is not None and (not _is_int(ceiling) or ceiling <= 0):
            errors.append(
                FieldError(
                    "overall_annual_ceiling",
                    "Le plafond annuel de remboursement est un montant entier positif, ou vide.",
                )
            )
        return errors

    def check(self) -> None:
        errors = self.validate()
        if errors:
            raise ValidationFailed(errors)

    def with_line(self, new: BenefitLine) -> BenefitSchedule:
        """A copy where ``new`` replaces the line of its category (or is added)."""
        kept = [line for line in self.lines if line.category != new.category]
        return BenefitSchedule(_ordered([*kept, new]), self.overall_annual_ceiling, self.name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "overall_annual_ceiling": self.overall_annual_ceiling,
            "lines": [line.to_dict() for line in self.lines],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BenefitSchedule:
        return cls(
            tuple(BenefitLine.from_dict(d) for d in data.get("lines", [])),
            data.get("overall_annual_ceiling"),
            str(data.get("name", "")),
        )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _ordered(lines: Iterable[BenefitLine]) -> tuple[BenefitLine, ...]:
    order = {c: i for i, c in enumerate(CareCategory)}
    return tuple(sorted(lines, key=lambda line: order[line.category]))


def standard_schedule() -> BenefitSchedule:
    """The default template "Formule standard" (§7). Every category covered at the person's
    rate; prior approval for hospitalisation, physiotherapy, dental prostheses, care abroad,
    evacuation, radiology and laboratory; optical capped at 50 000 a year as in the study;
    overall annual ceiling 5 000 000 per person (the study's example)."""
    C = CareCategory
    return BenefitSchedule(
        _ordered(
            [
                BenefitLine(C.CONSULTATION, per_act_ceiling=25_000),
                BenefitLine(C.PHARMACY),
                BenefitLine(C.HOSPITALISATION, annual_ceiling=2_000_000, prior_approval=True),
                BenefitLine(C.SURGERY, annual_ceiling=1_500_000),
                BenefitLine(C.MOTHER_STAY, annual_ceiling=200_000),
                BenefitLine(C.LABORATORY, prior_approval=True),
                BenefitLine(C.IMAGING, prior_approval=True),
                BenefitLine(C.SPECIALIST, annual_ceiling=500_000),
                BenefitLine(C.PHYSIOTHERAPY, annual_ceiling=300_000, prior_approval=True),
                BenefitLine(C.CHECKUP, annual_ceiling=50_000),
                BenefitLine(C.OPTICAL, annual_ceiling=50_000),
                BenefitLine(C.DENTAL_CARE, annual_ceiling=150_000),
                BenefitLine(C.DENTAL_PROSTHESIS, annual_ceiling=200_000, prior_approval=True),
                BenefitLine(C.MATERNITY, annual_ceiling=300_000),
                BenefitLine(C.TRANSPORT, per_act_ceiling=50_000, annual_ceiling=150_000),
                BenefitLine(C.ABROAD, annual_ceiling=3_000_000, prior_approval=True),
                BenefitLine(C.EVACUATION, annual_ceiling=3_000_000, prior_approval=True),
            ]
        ),
        overall_annual_ceiling=5_000_000,
        name="Formule standard",
    )


STANDARD_SCHEDULE = standard_schedule()
