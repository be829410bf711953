"""Renewal of a policy (renouvellement, domain.md §8, §9, §4): the next policy year,
1 January – 31 December. The persons covered on 31 December are carried over, re-priced
at their new ages (the tariff's premium, or the one typed by hand kept as negotiated),
then changed by the loss-ratio clause; a person who reached the age limit is not carried
over (their cover ends on the 31 December of the year of their 65th birthday) and is
listed. The year's S/P, the row of the clause and the change applied are kept with the
year; another change than the table's needs a right and a reason.

One policy renews in one unit of work: its renewal (an endorsement of kind
« renouvellement », numbered with the others), the quittance of the year, each person's
new dated guarantees, the policy's new expiry and the year's row; a refusal leaves the
policy untouched. The batch (``renewal_batch``) calls the same steps policy by policy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop_app.documents.snapshots import AdjustmentSnapshot
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.dates import Period, format_date
from desktop_app.domain.endorsements import EndorsementKind, MovementKind
from desktop_app.domain.errors import Conflict, NotFound
from desktop_app.domain.issued_documents import DocumentKind
from desktop_app.domain.kinds import CoverState, PolicyStatus, policy_category
from desktop_app.domain.numbers import (
    endorsement_sequence,
    format_quittance_number,
    quittance_sequence,
)
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
from desktop_app.domain.roles import Permission
from desktop_app.domain.tariff import FeeKind, TariffSettings
from desktop_app.persistence.audit import record_updates
from desktop_app.persistence.models import (
    AssessmentLine,
    Claim,
    CoverSuspension,
    Dependent,
    Endorsement,
    EndorsementMovement,
    InsuredPerson,
    Member,
    PaidClaimLine,
    PersonTerm,
    Policy,
    PolicyYear,
    Quittance,
    QuittanceLine,
)
from desktop_app.persistence.numbering import next_number
from desktop_app.services.context import Actor, Changes, ServiceContext
from desktop_app.services.issued_documents import Owner, issue_document
from desktop_app.services.locking import get_locked
from desktop_app.services.production import pricing, snapshots
from desktop_app.services.production.endorsement_document import store_endorsement_document
from desktop_app.services.production.endorsement_input import MovementRow
from desktop_app.services.production.issue import DUE_DAYS, frozen_parties

OUTSTANDING = (ClaimState.ASSESSED, ClaimState.ORDERED)


@dataclass(frozen=True)
class CarriedPerson:
    """A person in the new year, with the premium before and after."""

    person_id: int
    matricule: str
    name: str
    birth_date: date
    annual_before: int
    tariff_before: int  # the tariff's premium at their age of last year
    tariff_after: int  # … and at their age on 1 January
    annual_after: int  # annual_before × tariff_after / tariff_before × (1 + change)


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


# --- the plan -----------------------------------------------------------------------------


def year_refusal(session: Session, policy: Policy, year: int) -> str:
    """Why the policy cannot be renewed for ``year``, in French ("" when it can)."""
    number = policy.number or ""
    if policy.status is PolicyStatus.DRAFT:
        return "Une police en brouillon ne se renouvelle pas : émettez-la d'abord."
    if session.scalar(
        select(PolicyYear.id).where(PolicyYear.policy_id == policy.id, PolicyYear.year == year)
    ):
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


def _persons(session: Session, policy: Policy, start: date) -> list[InsuredPerson]:
    """The persons covered on the eve of the new year (an exit dated 1 January or before:
    gone)."""
    return list(
        session.scalars(
            select(InsuredPerson)
            .where(
                InsuredPerson.policy_id == policy.id,
                or_(InsuredPerson.exit_date.is_(None), InsuredPerson.exit_date > start),
            )
            .order_by(InsuredPerson.id)
        )
    )


def plan_renewal(
    session: Session,
    policy: Policy,
    year: int,
    *,
    tariff: TariffSettings,
    table: AdjustmentTable,
    loss_ratio: LossRatio,
    rate: Decimal | None = None,
    reason: str = "",
) -> RenewalPlan:
    """The renewal of ``policy`` for ``year``, computed (nothing written). ``rate``: a
    change other than the table's, with its ``reason`` (the caller checks the right)."""
    found = adjustment(loss_ratio, table)
    if rate is not None and (rate != found.rate or reason.strip()):
        found = override(found, rate, reason)
    base = RenewalPlan(
        policy.id, policy.number or "", policy.subscriber.name, year, found, (), (), None
    )
    refusal = year_refusal(session, policy, year)
    if refusal:
        return replace(base, refusal=refusal)
    start = date(year, 1, 1)
    people = _persons(session, policy, start)
    members = {p.id: p for p in people if isinstance(p, Member)}
    staying: list[InsuredPerson] = []
    leaving: list[LeavingPerson] = []
    max_age = tariff.cover_max_age
    for p in people:
        member = (
            members.get(p.member_id)
            if isinstance(p, Dependent) and p.member_id is not None
            else None
        )
        member_stays = member is None or carried_over(
            member.birth_date, None, year, max_age=max_age
        )
        member_birth = member.birth_date if member is not None else None
        if member_stays and carried_over(p.birth_date, member_birth, year, max_age=max_age):
            staying.append(p)
            continue
        why = "Limite d'âge atteinte" if member_stays else "Sort avec son assuré principal"
        leaving.append(
            LeavingPerson(p.id, p.matricule, p.full_name, p.birth_date, date(year - 1, 12, 31), why)
        )
    member_count = sum(1 for p in staying if isinstance(p, Member))
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

        def priced(on: date, person: InsuredPerson = p) -> int:
            return compute_annual_premium(
                PersonTariffFacts(
                    person.birth_date,
                    person.coverage_rate,
                    person.zone,
                    person.medical_surcharge_rate,
                ),
                replace(facts, effective_date=on),
                tariff,
            ).annual_net_premium

        before, after = priced(max(p.entry_date, last_start)), priced(start)
        carried.append(
            CarriedPerson(
                p.id,
                p.matricule,
                p.full_name,
                p.birth_date,
                p.annual_net_premium,
                before,
                after,
                renewed_premium(p.annual_net_premium, before, after, found.rate),
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


def _load(session: Session, policy_id: int, *, lock: bool) -> Policy:
    policy = (
        get_locked(session, Policy, policy_id, "Police introuvable.")
        if lock
        else session.get(Policy, policy_id)
    )
    if policy is None:
        raise NotFound("Police introuvable.")
    return policy


def _check_rate(ctx: ServiceContext, rate: Decimal | None, reason: str) -> None:
    if rate is not None or reason.strip():
        ctx.require(Permission.ADJUST_RENEWAL)


def preview_renewal(
    ctx: ServiceContext,
    policy_id: int,
    year: int | None = None,
    rate: Decimal | None = None,
    reason: str = "",
) -> RenewalPlan:
    """What renewing the policy would do (``year``: the one after its expiry)."""
    ctx.require(Permission.EDIT_PRODUCTION)
    _check_rate(ctx, rate, reason)
    with ctx.read() as session:
        policy = _load(session, policy_id, lock=False)
        year = year or policy.expiry_date.year + 1
        return plan_renewal(
            session,
            policy,
            year,
            tariff=pricing.load_tariff(session),
            table=pricing.load_adjustment(session),
            loss_ratio=loss_ratios(session, year - 1, policy.id)[policy.id],
            rate=rate,
            reason=reason,
        )


def renew_policy(
    ctx: ServiceContext,
    policy_id: int,
    year: int,
    rate: Decimal | None = None,
    reason: str = "",
) -> RenewalDone:
    """Renew one policy for ``year`` (§8): all of it in one unit of work, or nothing."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    _check_rate(ctx, rate, reason)
    with ctx.write() as session:
        policy = _load(session, policy_id, lock=True)
        plan = plan_renewal(
            session,
            policy,
            year,
            tariff=pricing.load_tariff(session),
            table=pricing.load_adjustment(session),
            loss_ratio=loss_ratios(session, year - 1, policy.id)[policy.id],
            rate=rate,
            reason=reason,
        )
        if plan.refusal:
            raise Conflict(plan.refusal)
        return apply_renewal(session, actor, policy, plan, ctx.now())


# --- writing ------------------------------------------------------------------------------


def apply_renewal(
    session: Session, actor: Actor, policy: Policy, plan: RenewalPlan, now: datetime
) -> RenewalDone:
    """Write the renewal ``plan`` of the (locked) ``policy``."""
    assert plan.quittance is not None and not plan.refusal
    start, today = plan.start, now.date()
    endorsement = Endorsement(
        policy_id=policy.id,
        number=next_number(session, endorsement_sequence(policy.id)),
        kind=EndorsementKind.RENEWAL,
        effective_date=start,
        refund=False,
        notes=plan.adjustment.reason,
        issued_by=actor.code,
        issued_at=now,
    )
    session.add(endorsement)
    amounts = plan.quittance.amounts
    quittance = Quittance(
        number=format_quittance_number(
            today.year, next_number(session, quittance_sequence(today.year))
        ),
        policy_id=policy.id,
        kind=QuittanceKind.RENEWAL,
        act_label=f"Renouvellement {plan.year}",
        status=QuittanceState.ISSUED,
        issue_date=today,
        due_date=max(start, today + timedelta(days=DUE_DAYS)),
        period_start=start,
        period_end=plan.expiry,
        net=amounts.net,
        fees=amounts.fees,
        taxes=amounts.taxes,
        total=amounts.total,
        tax_rate=plan.quittance.tax_rate,
        commission_rate=plan.quittance.commission_rate,
        commission=plan.quittance.commission,
        management_fee_rate=plan.quittance.management_fee_rate,
        management_fee=plan.quittance.management_fee,
        cancel_reason="",
        issued_by=actor.code,
        **frozen_parties(policy),
    )
    session.add(quittance)
    session.flush()
    endorsement.quittance_id = quittance.id
    session.execute(
        insert(QuittanceLine),
        [
            {
                "quittance_id": quittance.id,
                "person_id": c.person_id,
                "annual_premium": line.annual_premium,
                "start": line.start,
                "stop": line.stop,
                "days": line.days,
                "prorated": line.display,
            }
            for c, line in zip(plan.carried, plan.quittance.lines, strict=True)
        ],
    )
    _write_persons(session, policy, plan, endorsement)
    if plan.leaving:
        session.execute(
            insert(EndorsementMovement),
            [
                {
                    "endorsement_id": endorsement.id,
                    "line_no": i + 1,
                    "kind": MovementKind.REMOVAL,
                    "person_id": p.person_id,
                    "day": start,
                    "annual_before": 0,
                    "annual_after": 0,
                    "days": 0,
                    "prorated": 0,
                    "description": f"{p.reason} : couvert jusqu'au {format_date(p.last_day)}",
                }
                for i, p in enumerate(plan.leaving)
            ],
        )
    policy.expiry_date = plan.expiry
    a = plan.adjustment
    session.add(
        PolicyYear(
            policy_id=policy.id,
            year=plan.year,
            start=start,
            expiry=plan.expiry,
            endorsement_id=endorsement.id,
            quittance_id=quittance.id,
            claims_paid=a.loss_ratio.paid,
            claims_outstanding=a.loss_ratio.outstanding,
            earned_premium=a.loss_ratio.earned,
            table_rate=a.table_rate,
            rate=a.rate,
            band_label=a.band_label,
            reason=a.reason,
            persons=len(plan.carried),
            persons_left=len(plan.leaving),
            created_by=actor.code,
            created_at=now,
        )
    )
    session.flush()
    _documents(session, actor, policy, endorsement, quittance, plan, now)
    return RenewalDone(
        policy.id,
        plan.year,
        endorsement.id,
        endorsement.number,
        quittance.id,
        quittance.number,
        quittance.total,
        Changes.of("policies", policy.id)
        | Changes.of("endorsements", endorsement.id)
        | Changes.of("quittances", quittance.id)
        | Changes.of("insured_persons")
        | Changes.of("issued_documents"),
    )


def _write_persons(
    session: Session, policy: Policy, plan: RenewalPlan, endorsement: Endorsement
) -> None:
    """Close every term at 1 January, open each carried person's new term, set their new
    premium, and the exit of those leaving; the audit trail gets each person's change."""
    start = plan.start
    session.execute(
        update(PersonTerm)
        .where(
            PersonTerm.policy_id == policy.id,
            PersonTerm.start < start,
            or_(PersonTerm.stop.is_(None), PersonTerm.stop > start),
        )
        .values(stop=start)
    )
    carried = {c.person_id: c for c in plan.carried}
    rows = session.execute(
        select(
            InsuredPerson.id,
            InsuredPerson.coverage_rate,
            InsuredPerson.zone,
            InsuredPerson.annual_ceiling,
            InsuredPerson.medical_surcharge_rate,
            InsuredPerson.exit_date,
            InsuredPerson.annual_net_premium,
            InsuredPerson.computed_annual_premium,
            InsuredPerson.cover_state,
        ).where(InsuredPerson.policy_id == policy.id)
    ).all()
    states = {row[0]: row[-1] for row in rows}
    terms: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    audit: list[tuple[object, dict[str, Any], dict[str, Any]]] = []
    for pid, rate, zone, ceiling, surcharge, exit_date, before, computed, _state in rows:
        c = carried.get(pid)
        if c is None:
            continue
        terms.append(
            {
                "person_id": pid,
                "policy_id": policy.id,
                "start": start,
                "stop": exit_date,
                "coverage_rate": rate,
                "zone": zone,
                "annual_ceiling": ceiling,
                "annual_net_premium": c.annual_after,
                "medical_surcharge_rate": surcharge,
                "endorsement_id": endorsement.id,
            }
        )
        updates.append(
            {
                "id": pid,
                "annual_net_premium": c.annual_after,
                "computed_annual_premium": c.tariff_after,
            }
        )
        audit.append(
            (
                pid,
                {"annual_net_premium": before, "computed_annual_premium": computed},
                {"annual_net_premium": c.annual_after, "computed_annual_premium": c.tariff_after},
            )
        )
    if terms:
        session.execute(insert(PersonTerm), terms)
    if updates:
        session.execute(update(InsuredPerson), updates)
    if plan.leaving:
        session.execute(
            update(InsuredPerson),
            [
                {"id": p.person_id, "exit_date": start, "cover_state": CoverState.REMOVED}
                for p in plan.leaving
            ],
        )
        audit += [
            (
                p.person_id,
                {"exit_date": None, "cover_state": states.get(p.person_id)},
                {"exit_date": start, "cover_state": CoverState.REMOVED},
            )
            for p in plan.leaving
        ]
    record_updates(session, "insured_persons", audit)
    session.expire_all()


def _documents(
    session: Session,
    actor: Actor,
    policy: Policy,
    endorsement: Endorsement,
    quittance: Quittance,
    plan: RenewalPlan,
    now: datetime,
) -> None:
    """The quittance of the year and the renewal document, stored as snapshots."""
    company = snapshots.company_snapshot(session)
    issue_document(
        session,
        DocumentKind.QUITTANCE,
        Owner(policy_id=policy.id, quittance_id=quittance.id),
        snapshots.quittance_snapshot(
            session, company, policy, quittance, policy_category(plan.member_count)
        ),
        user_id=actor.user_id,
        user_code=actor.code,
        at=now,
        supersede=False,
    )
    a = plan.adjustment
    rows = [
        MovementRow(
            MovementKind.REMOVAL,
            p.name,
            plan.start,
            f"{p.reason} : couvert jusqu'au {format_date(p.last_day)}",
            0,
            0,
            0,
            0,
            "leaving",
            i,
        )
        for i, p in enumerate(plan.leaving)
    ]
    store_endorsement_document(
        session,
        policy,
        endorsement,
        rows,
        [p.matricule for p in plan.leaving],
        quittance,
        (),
        (),
        actor,
        now,
        adjustment=AdjustmentSnapshot(
            plan.year - 1,
            a.loss_ratio.paid,
            a.loss_ratio.outstanding,
            a.loss_ratio.earned,
            a.loss_ratio.percent_label,
            a.band_label,
            a.table_rate,
            a.rate,
            a.reason,
            len(plan.carried),
            plan.net_before,
            plan.net_after,
        ),
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
