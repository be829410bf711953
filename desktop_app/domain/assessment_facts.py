"""What a claim assessment (décompte, domain.md §10.2) reads: the claim, the person, the
policy, the schedule of benefits, what was already reimbursed, and the lines typed.

Plain frozen records the services fill from the database; nothing here computes money.
Rates are exact fractions (``Decimal("0.8")`` for 80 %), amounts whole FCFA.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import MappingProxyType

from desktop_app.domain.benefits import BenefitSchedule
from desktop_app.domain.care import CareCategory, Condition
from desktop_app.domain.dates import Period
from desktop_app.domain.errors import CellError
from desktop_app.domain.kinds import PolicyCategory, PolicyStatus
from desktop_app.domain.money import percent
from desktop_app.domain.prior_approval import ApprovalFacts
from desktop_app.domain.roles import Role

_EMPTY: Mapping[str, ApprovalFacts] = MappingProxyType({})

LINES = "lines"
"""The décompte's table of lines, as its refusals name it."""


def line_cell(i: int, column: str, message: str) -> CellError:
    """A refusal of line ``i`` (0-based, as sent) in its cell ``column``, a ``LineInput``
    field (``"claimed"``)."""
    return CellError(LINES, message, row=i, column=column)


def _check_rate(rate: Decimal | None, what: str) -> None:
    if rate is not None and not (Decimal(0) <= rate <= Decimal(1)):
        raise ValueError(f"{what} must be a fraction between 0 and 1, not {rate}.")


@dataclass(frozen=True)
class GuaranteeIncrease:
    """An increase of the person's guarantees on ``start`` (an endorsement, §6, §8).

    Until the waiting period counted from ``start`` has run, the increased part is not
    covered: the line gets at most ``previous_rate`` and the person's overall ceiling is at
    most ``previous_annual_ceiling``; a category in ``added_categories`` is not covered.
    """

    start: date
    previous_rate: Decimal
    previous_annual_ceiling: int | None = None
    added_categories: frozenset[CareCategory] = frozenset()

    def __post_init__(self) -> None:
        _check_rate(self.previous_rate, "previous_rate")


@dataclass(frozen=True)
class TermFacts:
    """The person's guarantees over a span of days (§3, §8): ``stop`` is the first day no
    longer under them (None: open). A change of guarantees by endorsement closes one term
    and opens the next: care is assessed with the term in force on its date."""

    start: date
    stop: date | None
    coverage_rate: Decimal
    annual_ceiling: int | None = None

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.stop is None or day < self.stop)


@dataclass(frozen=True)
class PersonFacts:
    """The person treated. ``exit_date`` is the first day no longer covered; each
    suspension is a half-open ``Period`` (its ``stop`` is the first day covered again).
    ``cover_since`` is the first day of continuous cover with the office when it is
    earlier than ``entry_date`` (a renewal does not restart waiting periods)."""

    person_id: int
    entry_date: date
    coverage_rate: Decimal
    annual_ceiling: int | None = None
    exit_date: date | None = None
    suspensions: tuple[Period, ...] = ()
    cover_since: date | None = None
    increases: tuple[GuaranteeIncrease, ...] = ()
    terms: tuple[TermFacts, ...] = ()

    def __post_init__(self) -> None:
        _check_rate(self.coverage_rate, "coverage_rate")

    def _term(self, day: date) -> TermFacts | None:
        return next((t for t in self.terms if t.contains(day)), None)

    def rate_on(self, day: date) -> Decimal:
        """The coverage rate in force on ``day`` (the current one when no term says)."""
        term = self._term(day)
        return term.coverage_rate if term is not None else self.coverage_rate

    def ceiling_on(self, day: date) -> int | None:
        """The person's overall annual ceiling in force on ``day``."""
        term = self._term(day)
        return term.annual_ceiling if term is not None else self.annual_ceiling

    @property
    def waiting_start(self) -> date:
        return min(self.entry_date, self.cover_since or self.entry_date)


@dataclass(frozen=True)
class PolicyFacts:
    """The policy for the policy year being assessed. ``end_date`` is the first day no
    longer covered after a cancellation (résiliation); ``expiry_date`` is 31 December."""

    category: PolicyCategory
    status: PolicyStatus
    effective_date: date
    expiry_date: date
    end_date: date | None = None
    suspensions: tuple[Period, ...] = ()


CareKey = tuple[int, date, str, int]
"""What makes two lines the same care: person, date, prestation number (or the category
for a simplified line without one), amount claimed (§10.2)."""


@dataclass(frozen=True)
class ClaimFacts:
    """The claim file. ``other_care`` are the care keys of the person's lines in their other
    décomptes (not cancelled); ``approvals`` the recorded requests the lines cite."""

    person: PersonFacts
    policy: PolicyFacts
    condition: Condition
    reception_date: date
    other_care: frozenset[CareKey] = frozenset()
    approvals: Mapping[str, ApprovalFacts] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True)
class BenefitTerms:
    """One line of the schedule of benefits (tableau des garanties, §2): ``rate`` replaces
    the person's rate when given; ``None`` ceilings mean no such ceiling; ``prior_approval``
    ``None`` means the default of §7; ``waiting_days`` replaces the waiting periods of §6."""

    covered: bool = True
    rate: Decimal | None = None
    per_act_ceiling: int | None = None
    annual_ceiling: int | None = None
    prior_approval: bool | None = None
    waiting_days: int | None = None

    def __post_init__(self) -> None:
        _check_rate(self.rate, "rate")


@dataclass(frozen=True)
class ScheduleFacts:
    """The policy's schedule of benefits. A category it does not list is not covered."""

    benefits: Mapping[CareCategory, BenefitTerms]
    overall_annual_ceiling: int | None = None

    @classmethod
    def from_schedule(cls, schedule: BenefitSchedule) -> ScheduleFacts:
        """The facts of a policy's ``BenefitSchedule`` (rates there are in percent)."""
        return cls(
            {
                line.category: BenefitTerms(
                    line.covered,
                    None if line.rate_pct is None else percent(line.rate_pct),
                    line.per_act_ceiling,
                    line.annual_ceiling,
                    line.prior_approval,
                    line.waiting_days,
                )
                for line in schedule.lines
            },
            schedule.overall_annual_ceiling,
        )

    def terms(self, category: CareCategory) -> BenefitTerms | None:
        return self.benefits.get(category)

    def waiting_days(self) -> dict[CareCategory, int | None]:
        return {category: t.waiting_days for category, t in self.benefits.items()}


@dataclass(frozen=True)
class Consumption:
    """What the person already got back in the policy year, across all their claims."""

    overall: int = 0
    by_category: Mapping[CareCategory, int] = field(default_factory=dict)

    def of(self, category: CareCategory) -> int:
        return self.by_category.get(category, 0)

    def plus(self, category: CareCategory, amount: int) -> Consumption:
        by_category = dict(self.by_category)
        by_category[category] = by_category.get(category, 0) + amount
        return Consumption(self.overall + amount, by_category)


@dataclass(frozen=True)
class DuplicateConfirmation:
    """Who confirmed that a line flagged as a duplicate is real care, and their roles."""

    user: str
    roles: frozenset[Role]


@dataclass(frozen=True)
class LineInput:
    """One line of a décompte: one care item, or in simplified mode one category's totals
    (no prestation number; ``acts`` says how many acts the total holds, for the per-act
    ceiling). ``stay_days``: days of hospital stay as certified, when there is a stay."""

    care_date: date
    category: CareCategory
    claimed: int
    cmu_share: int = 0
    excluded: int = 0
    exclusion_reason: str | None = None
    prestation_number: str | None = None
    provider_id: int | None = None
    public_facility: bool = False
    abroad: bool = False
    scanner: bool = False
    approval_ref: str | None = None
    stay_days: int | None = None
    acts: int = 1
    duplicate_confirmation: DuplicateConfirmation | None = None

    @property
    def is_simplified(self) -> bool:
        return not (self.prestation_number or "").strip()


def care_key(person_id: int, line: LineInput) -> CareKey:
    """The duplicate key of a line (§10.2). A simplified line has no prestation number: its
    category stands in, so the same totals for the same day and category match."""
    number = (line.prestation_number or "").strip().upper()
    return (person_id, line.care_date, number or f"#{line.category.value}", line.claimed)
