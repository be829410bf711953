"""The renewal of a policy, computed (domain.md §8, §9, §4): nothing here writes.

For ``year`` (1 January – 31 December), the persons covered on 31 December are carried
over, each premium moved as the tariff moves from the person's age of last year to their
age on 1 January and then changed by the loss-ratio clause (S/P of the year that ends); a
person who reached the age limit is not carried over (their cover ended on the 31
December of the year of their 65th birthday; a dependent leaves with their member) and is
listed; a policy left without any member does not renew. The reads serve one policy or a
whole chunk of policies at once (the batch), the same plan for both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.dates import Period, age_on, format_date
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.kinds import CoverState, PolicyStatus
from desktop_app.domain.premium import (
    PersonTariffFacts,
    PolicyTariffFacts,
    compute_annual_premium,
)
from desktop_app.domain.quittance import PremiumLine, QuittanceComputation, build_policy_quittance
from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.domain.renewal import (
    Adjustment,
    AdjustmentTable,
    LossRatio,
    adjustment,
    carried_over,
    override,
    renewed_premium,
)
from desktop_app.domain.tariff import FeeKind, TariffSettings
from desktop_app.persistence.models import (
    AssessmentLine,
    Claim,
    CoverSuspension,
    InsuredPerson,
    PaidClaimLine,
    Policy,
    PolicyYear,
    Quittance,
)
from desktop_app.services.context import Changes

OUTSTANDING = (ClaimState.ASSESSED, ClaimState.ORDERED)


@dataclass(frozen=True)
class PersonRow:
    """What a renewal reads of a person (one query for a whole chunk of policies)."""

    id: int
    policy_id: int
    kind: str  # "member" or "dependent"
    member_id: int | None
    matricule: str
    name: str
    birth_date: date
    entry_date: date
    exit_date: date | None
    coverage_rate: int
    zone: int
    annual_ceiling: int
    medical_surcharge_rate: Decimal
    annual_net_premium: int
    computed_annual_premium: int | None
    cover_state: CoverState


@dataclass(frozen=True)
class CarriedPerson:
    """A person in the new year, with the premium before and after."""

    person: PersonRow
    tariff_before: int  # the tariff's premium at their age of last year
    tariff_after: int  # … and at their age on 1 January
    annual_after: int  # annual_before × tariff_after / tariff_before × (1 + change)

    @property
    def person_id(self) -> int:
        return self.person.id

    @property
    def name(self) -> str:
        return self.person.name

    @property
    def matricule(self) -> str:
        return self.person.matricule

    @property
    def annual_before(self) -> int:
        return self.person.annual_net_premium


@dataclass(frozen=True)
class LeavingPerson:
    """A person not carried over: their cover ended on 31 December for age (§4)."""

    person_id: int
    matricule: str
    name: str
    birth_date: date
    last_day: date
    reason: str


@dataclass(frozen=True)
class RenewalPlan:
    """What renewing the policy for ``year`` would do; ``refusal`` says why it cannot."""

    policy_id: int
    policy_number: str
    subscriber_name: str
    year: int
    adjustment: Adjustment
    carried: tuple[CarriedPerson, ...]
    leaving: tuple[LeavingPerson, ...]
    quittance: QuittanceComputation | None
    refusal: str = ""
    member_count: int = 0

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def expiry(self) -> date:
        return date(self.year, 12, 31)

    @property
    def net_before(self) -> int:
        return sum(p.annual_before for p in self.carried)

    @property
    def net_after(self) -> int:
        return sum(p.annual_after for p in self.carried)


@dataclass(frozen=True)
class RenewalDone:
    policy_id: int
    year: int
    endorsement_id: int
    endorsement_number: int
    quittance_id: int
    quittance_number: str
    total: int
    changes: Changes


# --- the year's loss ratio (§9) -----------------------------------------------------------


def loss_ratios(
    session: Session, year_ending: int, policy_id: int | None = None
) -> dict[int, LossRatio]:
    """S and P of the year that ends, by policy (one policy, or every policy at once for
    the batch: three grouped queries, whatever the portfolio's size).

    S = claims paid for care in the year (the lines frozen at payment; a reversal's
    negated lines take their amount back) + outstanding: décomptes assessed or ordered and
    not yet paid (their lines of care in the year) and files received but not yet assessed
    (their amount claimed, received in the year). P = the net of the year's quittances
    (issue, endorsements, refunds), accessoires and taxes excluded, whatever their issue or
    collection dates; a cancelled quittance and its counter-quittance count for nothing."""
    year = Period(date(year_ending, 1, 1), date(year_ending + 1, 1, 1))

    def scoped(query: Select[Any], column: Any) -> Select[Any]:
        return query if policy_id is None else query.where(column == policy_id)

    day = func.coalesce(PaidClaimLine.care_date, PaidClaimLine.payment_date)
    paid = session.execute(
        scoped(
            select(PaidClaimLine.policy_id, func.sum(PaidClaimLine.reimbursed))
            .where(day >= year.start, day < year.stop)
            .group_by(PaidClaimLine.policy_id),
            PaidClaimLine.policy_id,
        )
    ).all()
    assessed = session.execute(
        scoped(
            select(Claim.policy_id, func.sum(AssessmentLine.reimbursed))
            .join(Claim, Claim.id == AssessmentLine.claim_id)
            .where(
                Claim.status.in_(OUTSTANDING),
                AssessmentLine.care_date >= year.start,
                AssessmentLine.care_date < year.stop,
            )
            .group_by(Claim.policy_id),
            Claim.policy_id,
        )
    ).all()
    received = session.execute(
        scoped(
            select(Claim.policy_id, func.sum(Claim.amount_claimed))
            .where(
                Claim.status == ClaimState.RECEIVED,
                Claim.reception_date >= year.start,
                Claim.reception_date < year.stop,
            )
            .group_by(Claim.policy_id),
            Claim.policy_id,
        )
    ).all()
    earned = session.execute(
        scoped(
            select(Quittance.policy_id, func.sum(Quittance.net))
            .where(
                Quittance.status != QuittanceState.CANCELLED,
                Quittance.kind != QuittanceKind.CANCELLATION,
                Quittance.period_start >= year.start,
                Quittance.period_start < year.stop,
            )
            .group_by(Quittance.policy_id),
            Quittance.policy_id,
        )
    ).all()
    paid_by = {pid: int(v or 0) for pid, v in paid}
    outstanding_by: dict[int, int] = {}
    for pid, v in (*assessed, *received):
        outstanding_by[pid] = outstanding_by.get(pid, 0) + int(v or 0)
    earned_by = {pid: int(v or 0) for pid, v in earned}
    ids = set(paid_by) | set(outstanding_by) | set(earned_by)
    if policy_id is not None:
        ids.add(policy_id)
    return {
        pid: LossRatio(paid_by.get(pid, 0), outstanding_by.get(pid, 0), earned_by.get(pid, 0))
        for pid in ids
    }


FIRST_YEAR, LAST_YEAR = 2000, 2100


def check_year(year: int | None) -> int:
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationFailed(
            [
                FieldError(
                    "year", f"L'année se saisit sur quatre chiffres, de {FIRST_YEAR} à {LAST_YEAR}."
                )
            ]
        )
    return year


# --- reading ------------------------------------------------------------------------------


def person_rows(
    session: Session, policy_ids: Iterable[int], start: date
) -> dict[int, list[PersonRow]]:
    """The persons covered on the eve of ``start`` (an exit dated ``start`` or before:
    gone), by policy, in the order they were entered."""
    ids = list(policy_ids)
    out: dict[int, list[PersonRow]] = {pid: [] for pid in ids}
    if not ids:
        return out
    p = InsuredPerson
    rows = session.execute(
        select(
            p.id,
            p.policy_id,
            p.kind,
            p.member_id,
            p.matricule,
            p.last_name,
            p.first_names,
            p.birth_date,
            p.entry_date,
            p.exit_date,
            p.coverage_rate,
            p.zone,
            p.annual_ceiling,
            p.medical_surcharge_rate,
            p.annual_net_premium,
            p.computed_annual_premium,
            p.cover_state,
        )
        .where(p.policy_id.in_(ids), or_(p.exit_date.is_(None), p.exit_date > start))
        .order_by(p.policy_id, p.id)
    )
    for r in rows:
        out[r.policy_id].append(
            PersonRow(
                r.id,
                r.policy_id,
                r.kind,
                r.member_id,
                r.matricule,
                f"{r.last_name} {r.first_names}".strip(),
                r.birth_date,
                r.entry_date,
                r.exit_date,
                r.coverage_rate,
                r.zone,
                r.annual_ceiling or 0,
                r.medical_surcharge_rate,
                r.annual_net_premium,
                r.computed_annual_premium,
                r.cover_state,
            )
        )
    return out


def renewed_policies(session: Session, policy_ids: Iterable[int], year: int) -> set[int]:
    """Those of the policies that already have their ``year``."""
    ids = list(policy_ids)
    if not ids:
        return set()
    return set(
        session.scalars(
            select(PolicyYear.policy_id).where(
                PolicyYear.policy_id.in_(ids), PolicyYear.year == year
            )
        )
    )


def year_refusal(policy: Policy, year: int, *, renewed: bool) -> str:
    """Why the policy cannot be renewed for ``year``, in French ("" when it can)."""
    number = policy.number or ""
    if policy.status is PolicyStatus.DRAFT:
        return "Une police en brouillon ne se renouvelle pas : émettez-la d'abord."
    if renewed:
        return f"La police {number} est déjà renouvelée pour {year}."
    if policy.status is not PolicyStatus.IN_FORCE or policy.end_date is not None:
        return (
            f"Seule une police en vigueur se renouvelle : la police {number} est "
            f"« {policy.status.label} »."
        )
    due = policy.expiry_date.year + 1
    if year != due:
        return (
            f"La police {number} court jusqu'au {format_date(policy.expiry_date)} : elle se "
            f"renouvelle pour {due}, pas pour {year}."
        )
    return ""


class Prices:
    """The tariff's annual premium of a person at a date, remembered by what it depends on
    (age, option, zone, surcharge, the policy's facts but its date): a batch of 200 000
    persons prices a few thousand distinct cases, not 400 000."""

    def __init__(self, tariff: TariffSettings) -> None:
        self.tariff = tariff
        self._seen: dict[tuple[Any, ...], int] = {}

    def __call__(self, person: PersonRow, on: date, facts: PolicyTariffFacts) -> int:
        key = (
            age_on(person.birth_date, on),
            person.coverage_rate,
            person.zone,
            person.medical_surcharge_rate,
            facts.care_network,
            facts.management_system,
            facts.member_count,
            facts.person_count,
        )
        found = self._seen.get(key)
        if found is None:
            found = compute_annual_premium(
                PersonTariffFacts(
                    person.birth_date,
                    person.coverage_rate,
                    person.zone,
                    person.medical_surcharge_rate,
                ),
                replace(facts, effective_date=on),
                self.tariff,
            ).annual_net_premium
            self._seen[key] = found
        return found


def plan_renewal(
    policy: Policy,
    persons: Sequence[PersonRow],
    year: int,
    *,
    prices: Prices,
    table: AdjustmentTable,
    loss_ratio: LossRatio,
    renewed: bool = False,
    rate: Decimal | None = None,
    reason: str = "",
) -> RenewalPlan:
    """The renewal of ``policy`` for ``year``, computed. ``persons``: those covered on
    31 December (``person_rows``); ``renewed``: the policy already has ``year``;
    ``rate``: another change than the table's, with its ``reason`` (the caller checks the
    right)."""
    found = adjustment(loss_ratio, table)
    if rate is not None and (rate != found.rate or reason.strip()):
        found = override(found, rate, reason)
    base = RenewalPlan(
        policy.id, policy.number or "", policy.subscriber.name, year, found, (), (), None
    )
    refusal = year_refusal(policy, year, renewed=renewed)
    if refusal:
        return replace(base, refusal=refusal)
    start = date(year, 1, 1)
    tariff = prices.tariff
    max_age = tariff.cover_max_age
    members = {p.id: p for p in persons if p.kind == "member"}
    staying: list[PersonRow] = []
    leaving: list[LeavingPerson] = []
    for p in persons:
        member = members.get(p.member_id) if p.member_id is not None else None
        member_stays = member is None or carried_over(
            member.birth_date, None, year, max_age=max_age
        )
        member_birth = member.birth_date if member is not None else None
        if member_stays and carried_over(p.birth_date, member_birth, year, max_age=max_age):
            staying.append(p)
            continue
        why = "Limite d'âge atteinte" if member_stays else "Sort avec son assuré principal"
        leaving.append(
            LeavingPerson(p.id, p.matricule, p.name, p.birth_date, date(year - 1, 12, 31), why)
        )
    member_count = sum(1 for p in staying if p.kind == "member")
    if member_count == 0:
        return replace(
            base,
            leaving=tuple(leaving),
            refusal=(
                f"Plus aucun assuré principal n'est couvert en {year} (limite d'âge) : la "
                f"police {policy.number} prend fin le 31/12/{year - 1}."
            ),
        )
    facts = PolicyTariffFacts(
        start, policy.care_network, policy.management_system, member_count, len(staying)
    )
    last_start = max(policy.effective_date, date(year - 1, 1, 1))
    carried = []
    for p in staying:
        before = prices(p, max(p.entry_date, last_start), facts)
        after = prices(p, start, facts)
        carried.append(
            CarriedPerson(
                p, before, after, renewed_premium(p.annual_net_premium, before, after, found.rate)
            )
        )
    quittance = build_policy_quittance(
        [PremiumLine(c.annual_after, start) for c in carried],
        member_count=member_count,
        kind=FeeKind.NEW_BUSINESS,
        settings=tariff,
        commission_rate=policy.commission_rate,
        management_fee_rate=policy.management_fee_rate,
    )
    return replace(
        base,
        carried=tuple(carried),
        leaving=tuple(leaving),
        quittance=quittance,
        member_count=member_count,
    )


def policies_due(session: Session, year: int) -> Sequence[int]:
    """The policies in force whose year ends on 31 December before ``year``, by number."""
    return session.scalars(
        select(Policy.id)
        .where(
            Policy.status == PolicyStatus.IN_FORCE,
            Policy.end_date.is_(None),
            Policy.expiry_date == date(year - 1, 12, 31),
        )
        .order_by(Policy.number)
    ).all()


def suspended_policies(session: Session, day: date) -> set[int]:
    """The policies whose whole cover is suspended on ``day`` (no end yet, or later)."""
    return set(
        session.scalars(
            select(CoverSuspension.policy_id).where(
                CoverSuspension.person_id.is_(None),
                CoverSuspension.start <= day,
                or_(CoverSuspension.stop.is_(None), CoverSuspension.stop > day),
            )
        )
    )
