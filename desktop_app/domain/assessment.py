"""Claim assessment (décompte, domain.md §10.2): what each line reimburses, which cap bit,
and every check as a typed finding. A pure function of its facts; see docs/rules-claims.md.

Per line, in the order typed (a line sees what the lines before it took):

    base        = claimed − CMU share − excluded
    at rate     = base × rate, rounded half up to the franc
    reimbursed  = min(at rate, per-act ceiling × acts, category ceiling left, overall left)
    member pays = claimed − CMU share − reimbursed

A line with a blocking finding reimburses 0: the member pays all the CMU did not. Checks of
cover, waiting period, approval and duplicates concern what would be paid: a line whose
base is 0 (fully excluded with a reason, or paid by the CMU) passes them.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.assessment_checks import (
    Check,
    Finding,
    Severity,
    approval_amount_findings,
    cover_problem,
    entry_findings,
    payable_findings,
    whole,
)
from desktop_app.domain.assessment_facts import (
    BenefitTerms,
    ClaimFacts,
    Consumption,
    GuaranteeIncrease,
    LineInput,
    ScheduleFacts,
    care_key,
)
from desktop_app.domain.care import CareCategory
from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.money import apply_rate
from desktop_app.domain.waiting_periods import covered_from

__all__ = [
    "NSAA_LIMIT",
    "AssessedLine",
    "Assessment",
    "Cap",
    "Check",
    "Finding",
    "Severity",
    "assess",
    "cover_problem",
]

NSAA_LIMIT = 3
"""More category ceilings reached than this in a year: review for fraud (§10.2, §13)."""


class Cap(enum.StrEnum):
    """What set the reimbursed amount below the base."""

    NONE = "none"
    RATE = "rate"
    PER_ACT = "per_act"
    CATEGORY_ANNUAL = "category_annual"
    OVERALL_ANNUAL = "overall_annual"

    @property
    def label(self) -> str:
        return CAP_LABELS[self]


CAP_LABELS: dict[Cap, str] = {
    Cap.NONE: "Aucun",
    Cap.RATE: "Taux de couverture",
    Cap.PER_ACT: "Plafond par acte",
    Cap.CATEGORY_ANNUAL: "Plafond annuel de la catégorie",
    Cap.OVERALL_ANNUAL: "Plafond annuel de remboursement",
}


@dataclass(frozen=True)
class AssessedLine:
    """One line's figures. The three limits are those in force before the line (``None``:
    no such ceiling); ``cap`` says which one, or the rate, set ``reimbursed`` below the base."""

    index: int
    category: CareCategory
    claimed: int
    cmu_share: int
    excluded: int
    base: int
    rate: Decimal
    at_rate: int
    per_act_limit: int | None
    category_left: int | None  # before this line
    overall_left: int | None  # before this line
    reimbursed: int
    member_pays: int
    cap: Cap
    blocked: bool


@dataclass(frozen=True)
class Assessment:
    """The décompte: its lines, every finding, and the person's year before and after it."""

    lines: tuple[AssessedLine, ...]
    findings: tuple[Finding, ...]
    consumed_before: Consumption
    consumed_after: Consumption
    ceilings_reached: tuple[CareCategory, ...]  # annual ceiling reached, after this décompte

    @property
    def blocked(self) -> bool:
        return any(f.blocking for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocking)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.blocking)

    def findings_for(self, index: int) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.line == index)

    @property
    def claimed(self) -> int:
        return sum(line.claimed for line in self.lines)

    @property
    def cmu_share(self) -> int:
        return sum(line.cmu_share for line in self.lines)

    @property
    def excluded(self) -> int:
        return sum(line.excluded for line in self.lines)

    @property
    def reimbursed(self) -> int:
        return sum(line.reimbursed for line in self.lines)

    @property
    def member_pays(self) -> int:
        return sum(line.member_pays for line in self.lines)

    def raise_if_blocked(self) -> None:
        """Refuse to validate a décompte that still has a blocking finding."""
        if self.blocked:
            raise ValidationFailed(f.as_field_error() for f in self.errors)


def assess(
    claim: ClaimFacts,
    lines: Sequence[LineInput],
    consumed: Consumption,
    schedule: ScheduleFacts,
    today: date,
    reason_codes: Collection[str] | None = None,
) -> Assessment:
    """Assess the décompte's lines in order (§10.2). ``consumed``: what the person got
    back earlier in the policy year; ``reason_codes``: the exclusion codes in force (not
    checked when ``None``)."""
    waiting = schedule.waiting_days()
    findings: list[Finding] = []
    assessed: list[AssessedLine] = []
    running = consumed
    seen = set(claim.other_care)
    approval_bases: dict[str, int] = {}
    reached = _reached(running, schedule)
    if len(reached) > NSAA_LIMIT:
        findings.append(_nsaa(None, reached))
    for index, line in enumerate(lines):
        line_findings = entry_findings(claim, line, index, today, reason_codes)
        base = (
            (whole(line.claimed) or 0) - (whole(line.cmu_share) or 0) - (whole(line.excluded) or 0)
        )
        amounts_ok = not any(f.check is Check.AMOUNT for f in line_findings)
        if base > 0 or not amounts_ok:
            line_findings += payable_findings(claim, line, index, schedule, waiting, seen)
            line_findings += approval_amount_findings(claim, line, index, base, approval_bases)
        seen.add(care_key(claim.person.person_id, line))
        blocked = any(f.blocking for f in line_findings)
        result = _line(claim, line, index, schedule, waiting, running, blocked)
        assessed.append(result)
        running = running.plus(line.category, result.reimbursed)
        findings += line_findings
        now_reached = _reached(running, schedule)
        if len(now_reached) > NSAA_LIMIT >= len(reached):
            findings.append(_nsaa(index, now_reached))
        reached = now_reached
    return Assessment(tuple(assessed), tuple(findings), consumed, running, tuple(reached))


def _line(
    claim: ClaimFacts,
    line: LineInput,
    index: int,
    schedule: ScheduleFacts,
    waiting: Mapping[CareCategory, int | None],
    running: Consumption,
    blocked: bool,
) -> AssessedLine:
    """The amounts of one line given what the year has consumed before it."""
    claimed, cmu, excluded = (
        whole(line.claimed) or 0,
        whole(line.cmu_share) or 0,
        whole(line.excluded) or 0,
    )
    base = claimed - cmu - excluded
    terms = schedule.terms(line.category) or BenefitTerms(covered=False)
    # An increase of guarantees still in its waiting period: the guarantees before it (§6).
    pending = _pending_increases(claim, line, waiting)
    # The guarantees in force on the date of care (a change of guarantees dates them, §8).
    rate = terms.rate if terms.rate is not None else claim.person.rate_on(line.care_date)
    rate = min([rate, *(inc.previous_rate for inc in pending)])
    at_rate = apply_rate(max(base, 0), rate)
    per_act = None if terms.per_act_ceiling is None else terms.per_act_ceiling * max(line.acts, 1)
    category_left = (
        None
        if terms.annual_ceiling is None
        else max(0, terms.annual_ceiling - running.of(line.category))
    )
    overall = _lowest(
        [
            claim.person.ceiling_on(line.care_date),
            schedule.overall_annual_ceiling,
            *(inc.previous_annual_ceiling for inc in pending),
        ]
    )
    overall_left = None if overall is None else max(0, overall - running.overall)
    if blocked:
        reimbursed, cap = 0, Cap.NONE
    else:
        reimbursed, cap = _cap(base, at_rate, per_act, category_left, overall_left)
    return AssessedLine(
        index,
        line.category,
        claimed,
        cmu,
        excluded,
        base,
        rate,
        at_rate,
        per_act,
        category_left,
        overall_left,
        reimbursed,
        claimed - cmu - reimbursed,
        cap,
        blocked,
    )


def _cap(
    base: int,
    at_rate: int,
    per_act: int | None,
    category_left: int | None,
    overall_left: int | None,
) -> tuple[int, Cap]:
    """The smallest limit wins; on a tie the rate, then the most specific ceiling."""
    if base <= 0:
        return 0, Cap.NONE
    best, cap = at_rate, (Cap.RATE if at_rate < base else Cap.NONE)
    for limit, which in (
        (per_act, Cap.PER_ACT),
        (category_left, Cap.CATEGORY_ANNUAL),
        (overall_left, Cap.OVERALL_ANNUAL),
    ):
        if limit is not None and limit < best:
            best, cap = limit, which
    return best, cap


def _pending_increases(
    claim: ClaimFacts, line: LineInput, waiting: Mapping[CareCategory, int | None]
) -> list[GuaranteeIncrease]:
    """The increases of guarantees whose waiting period has not run on the care date."""
    return [
        inc
        for inc in claim.person.increases
        if line.care_date
        < covered_from(inc.start, claim.condition, line.category, claim.policy.category, waiting)
    ]


def _lowest(ceilings: Sequence[int | None]) -> int | None:
    known = [c for c in ceilings if c is not None]
    return min(known) if known else None


def _reached(consumed: Consumption, schedule: ScheduleFacts) -> list[CareCategory]:
    return [
        c
        for c, t in schedule.benefits.items()
        if t.annual_ceiling and consumed.of(c) >= t.annual_ceiling
    ]


def _nsaa(index: int | None, reached: Sequence[CareCategory]) -> Finding:
    names = ", ".join(c.label for c in reached)
    return Finding(
        Check.NSAA,
        Severity.WARNING,
        index,
        "category",
        f"La personne a atteint cette année le plafond de {len(reached)} catégories "
        f"de soins ({names}) : dossier à contrôler (indicateur NSAA).",
    )
