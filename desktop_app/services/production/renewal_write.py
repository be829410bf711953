"""Writing renewals (domain.md §8, §9): for each policy, its renewal (an endorsement of
kind « renouvellement », numbered with the others), the quittance of the year with one
line per person, each person's new dated guarantees and premium, the exit of those who
reached the age limit, the policy's new expiry, the year's row with its S/P, and the two
documents (quittance, renewal) as snapshots; the audit trail gets every change.

One policy (« Renouveler ») or a chunk of the batch are written by the same statements,
each run once for all the policies given (``executemany``): a chunk of 200 policies costs
about what one costs, which is what makes the whole portfolio renew in the time of a
coffee. The caller's unit of work holds the policies locked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, or_, update
from sqlalchemy.orm import Session

from desktop_app.documents.snapshots import (
    AdjustmentSnapshot,
    CompanySnapshot,
    EndorsementSnapshot,
    MovementSnapshot,
    QuittanceLineSnapshot,
    QuittanceSnapshot,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.endorsements import EndorsementKind, MovementKind
from desktop_app.domain.issued_documents import DocumentKind, DocumentState
from desktop_app.domain.kinds import CoverState, policy_category
from desktop_app.domain.numbers import (
    endorsement_sequence,
    format_quittance_number,
    quittance_sequence,
)
from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.persistence.audit import record_inserts, record_updates
from desktop_app.persistence.models import (
    Endorsement,
    EndorsementMovement,
    InsuredPerson,
    IssuedDocument,
    PersonTerm,
    Policy,
    PolicyYear,
    Quittance,
    QuittanceLine,
)
from desktop_app.persistence.numbering import next_numbers, take_numbers
from desktop_app.services.context import Actor, Changes
from desktop_app.services.production import snapshots
from desktop_app.services.production.issue import DUE_DAYS, frozen_parties
from desktop_app.services.production.renewal_plan import RenewalDone, RenewalPlan

RENEWAL_ROW = "renewal"


@dataclass(frozen=True)
class _Ids:
    endorsement_id: int
    endorsement_number: int
    quittance_id: int
    quittance_number: str


def write_renewals(
    session: Session,
    actor: Actor,
    items: Sequence[tuple[Policy, RenewalPlan]],
    now: datetime,
    company: CompanySnapshot,
) -> list[RenewalDone]:
    """Write the renewal ``plan`` of each (locked) ``policy``; every plan is renewable."""
    if not items:
        return []
    today = now.date()
    numbers = take_numbers(session, quittance_sequence(today.year), len(items))
    quittances = []
    for (policy, plan), number in zip(items, numbers, strict=True):
        assert plan.quittance is not None and not plan.refusal
        q = plan.quittance
        amounts = q.amounts
        quittances.append(
            {
                "number": format_quittance_number(today.year, number),
                "policy_id": policy.id,
                "kind": QuittanceKind.RENEWAL,
                "act_label": f"Renouvellement {plan.year}",
                "status": QuittanceState.ISSUED,
                "issue_date": today,
                "due_date": max(plan.start, today + timedelta(days=DUE_DAYS)),
                "period_start": plan.start,
                "period_end": plan.expiry,
                "net": amounts.net,
                "fees": amounts.fees,
                "taxes": amounts.taxes,
                "total": amounts.total,
                "tax_rate": q.tax_rate,
                "commission_rate": q.commission_rate,
                "commission": q.commission,
                "management_fee_rate": q.management_fee_rate,
                "management_fee": q.management_fee,
                "cancel_reason": "",
                "issued_by": actor.code,
                **frozen_parties(policy),
            }
        )
    quittance_ids = _insert_returning(session, Quittance, quittances)
    record_inserts(session, "quittances", quittance_ids, quittances)
    # The policies are locked: nobody else takes an endorsement number of theirs now.
    taken = next_numbers(session, [endorsement_sequence(policy.id) for policy, _ in items])
    endorsements = [
        {
            "policy_id": policy.id,
            "number": taken[endorsement_sequence(policy.id)],
            "kind": EndorsementKind.RENEWAL,
            "effective_date": plan.start,
            "quittance_id": quittance_id,
            "refund": False,
            "notes": plan.adjustment.reason,
            "issued_by": actor.code,
            "issued_at": now,
        }
        for (policy, plan), quittance_id in zip(items, quittance_ids, strict=True)
    ]
    endorsement_ids = _insert_returning(session, Endorsement, endorsements)
    record_inserts(session, "endorsements", endorsement_ids, endorsements)
    ids = [
        _Ids(e_id, int(str(e["number"])), q_id, str(q["number"]))
        for e_id, e, q_id, q in zip(
            endorsement_ids, endorsements, quittance_ids, quittances, strict=True
        )
    ]
    _lines_and_persons(session, items, ids)
    _policies(session, actor, items, ids, now)
    _documents(session, actor, items, ids, quittances, now, company)
    return [
        RenewalDone(
            policy.id,
            plan.year,
            i.endorsement_id,
            i.endorsement_number,
            i.quittance_id,
            i.quittance_number,
            int(str(q["total"])),
            Changes.of("policies", policy.id)
            | Changes.of("endorsements", i.endorsement_id)
            | Changes.of("quittances", i.quittance_id)
            | Changes.of("insured_persons")
            | Changes.of("issued_documents"),
        )
        for (policy, plan), i, q in zip(items, ids, quittances, strict=True)
    ]


def _insert_returning(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` in one statement; their ids, in the order of ``rows``."""
    result = session.execute(insert(model).returning(model.id, sort_by_parameter_order=True), rows)
    return [int(row[0]) for row in result]


def _lines_and_persons(
    session: Session, items: Sequence[tuple[Policy, RenewalPlan]], ids: Sequence[_Ids]
) -> None:
    """Quittance lines, every term closed on 1 January and the carried persons' new ones,
    their premium, and the exit of those leaving (with the renewal's movements)."""
    lines: list[dict[str, Any]] = []
    terms: list[dict[str, Any]] = []
    premiums: list[dict[str, Any]] = []
    exits: list[dict[str, Any]] = []
    movements: list[dict[str, Any]] = []
    audit: list[tuple[object, dict[str, Any], dict[str, Any]]] = []
    for (_policy, plan), i in zip(items, ids, strict=True):
        assert plan.quittance is not None
        start = plan.start
        for c, line in zip(plan.carried, plan.quittance.lines, strict=True):
            p = c.person
            lines.append(
                {
                    "quittance_id": i.quittance_id,
                    "person_id": p.id,
                    "annual_premium": line.annual_premium,
                    "start": line.start,
                    "stop": line.stop,
                    "days": line.days,
                    "prorated": line.display,
                }
            )
            terms.append(
                {
                    "person_id": p.id,
                    "policy_id": p.policy_id,
                    "start": start,
                    "stop": p.exit_date,
                    "coverage_rate": p.coverage_rate,
                    "zone": p.zone,
                    "annual_ceiling": p.annual_ceiling,
                    "annual_net_premium": c.annual_after,
                    "medical_surcharge_rate": p.medical_surcharge_rate,
                    "endorsement_id": i.endorsement_id,
                }
            )
            premiums.append(
                {
                    "id": p.id,
                    "annual_net_premium": c.annual_after,
                    "computed_annual_premium": c.tariff_after,
                }
            )
            audit.append(
                (
                    p.id,
                    {
                        "annual_net_premium": p.annual_net_premium,
                        "computed_annual_premium": p.computed_annual_premium,
                    },
                    {
                        "annual_net_premium": c.annual_after,
                        "computed_annual_premium": c.tariff_after,
                    },
                )
            )
        for n, gone in enumerate(plan.leaving):
            description = f"{gone.reason} : couvert jusqu'au {format_date(gone.last_day)}"
            exits.append(
                {"id": gone.person_id, "exit_date": start, "cover_state": CoverState.REMOVED}
            )
            movements.append(
                {
                    "endorsement_id": i.endorsement_id,
                    "line_no": n + 1,
                    "kind": MovementKind.REMOVAL,
                    "person_id": gone.person_id,
                    "day": start,
                    "annual_before": 0,
                    "annual_after": 0,
                    "days": 0,
                    "prorated": 0,
                    "description": description,
                }
            )
            audit.append(
                (
                    gone.person_id,
                    {"exit_date": None},
                    {"exit_date": start, "cover_state": CoverState.REMOVED},
                )
            )
    start = items[0][1].start
    session.execute(
        update(PersonTerm)
        .where(
            PersonTerm.policy_id.in_([policy.id for policy, _ in items]),
            PersonTerm.start < start,
            or_(PersonTerm.stop.is_(None), PersonTerm.stop > start),
        )
        .values(stop=start)
        .execution_options(synchronize_session=False)
    )
    session.execute(insert(QuittanceLine), lines)
    session.execute(insert(PersonTerm), terms)
    session.execute(update(InsuredPerson), premiums)
    if exits:
        session.execute(update(InsuredPerson), exits)
        session.execute(insert(EndorsementMovement), movements)
    record_updates(session, "insured_persons", audit)


def _policies(
    session: Session,
    actor: Actor,
    items: Sequence[tuple[Policy, RenewalPlan]],
    ids: Sequence[_Ids],
    now: datetime,
) -> None:
    """The new expiry of each policy and the row of its new year."""
    session.execute(
        update(Policy),
        [{"id": policy.id, "expiry_date": plan.expiry} for policy, plan in items],
    )
    record_updates(
        session,
        "policies",
        [
            (policy.id, {"expiry_date": policy.expiry_date}, {"expiry_date": plan.expiry})
            for policy, plan in items
        ],
    )
    years = []
    for (policy, plan), i in zip(items, ids, strict=True):
        a = plan.adjustment
        years.append(
            {
                "policy_id": policy.id,
                "year": plan.year,
                "start": plan.start,
                "expiry": plan.expiry,
                "endorsement_id": i.endorsement_id,
                "quittance_id": i.quittance_id,
                "claims_paid": a.loss_ratio.paid,
                "claims_outstanding": a.loss_ratio.outstanding,
                "earned_premium": a.loss_ratio.earned,
                "table_rate": a.table_rate,
                "rate": a.rate,
                "band_label": a.band_label,
                "reason": a.reason,
                "persons": len(plan.carried),
                "persons_left": len(plan.leaving),
                "created_by": actor.code,
                "created_at": now,
            }
        )
    session.execute(insert(PolicyYear), years)


def _documents(
    session: Session,
    actor: Actor,
    items: Sequence[tuple[Policy, RenewalPlan]],
    ids: Sequence[_Ids],
    quittances: Sequence[dict[str, Any]],
    now: datetime,
    company: CompanySnapshot,
) -> None:
    """The quittance of the year and the renewal document of each policy, as snapshots
    (both new: nothing to supersede)."""
    rows: list[dict[str, Any]] = []
    for (policy, plan), i, q in zip(items, ids, quittances, strict=True):
        assert plan.quittance is not None
        subscriber = snapshots.party_snapshot(policy)
        intermediary = snapshots.intermediary_snapshot(policy)
        administrator = policy.administrator.name if policy.administrator else None
        premium = snapshots.premium_snapshot_of(q)
        quittance = QuittanceSnapshot(
            company=company,
            number=i.quittance_number,
            policy_number=policy.number or "",
            subscriber=subscriber,
            act_label=str(q["act_label"]),
            period_start=plan.start,
            period_end=plan.expiry,
            issue_date=now.date(),
            due_date=q["due_date"],
            premium=premium,
            intermediary=intermediary,
            administrator_name=administrator,
            category_label=policy_category(plan.member_count).label,
            lines=tuple(
                QuittanceLineSnapshot(
                    c.matricule,
                    c.name,
                    line.annual_premium,
                    line.start,
                    (line.stop or date(plan.year + 1, 1, 1)) - timedelta(days=1),
                    line.days,
                    line.display,
                )
                for c, line in zip(plan.carried, plan.quittance.lines, strict=True)
            ),
        )
        a = plan.adjustment
        renewal = EndorsementSnapshot(
            company=company,
            policy_number=policy.number or "",
            number=i.endorsement_number,
            kind_label=EndorsementKind.RENEWAL.label,
            subscriber=subscriber,
            issue_date=now.date(),
            effective_date=plan.start,
            expiry_date=plan.expiry,
            movements=tuple(
                MovementSnapshot(
                    MovementKind.REMOVAL.label,
                    gone.matricule,
                    gone.name,
                    plan.start,
                    f"{gone.reason} : couvert jusqu'au {format_date(gone.last_day)}",
                    0,
                    0,
                    0,
                    0,
                )
                for gone in plan.leaving
            ),
            premium=premium,
            quittance_number=i.quittance_number,
            intermediary=intermediary,
            administrator_name=administrator,
            notes=a.reason,
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
        for kind, snapshot, owner in (
            (DocumentKind.QUITTANCE, quittance, {"quittance_id": i.quittance_id}),
            (DocumentKind.ENDORSEMENT, renewal, {"endorsement_id": i.endorsement_id}),
        ):
            rows.append(
                {
                    "kind": kind,
                    "status": DocumentState.ISSUED,
                    "policy_id": policy.id,
                    "person_id": None,
                    "quittance_id": None,
                    "claim_id": None,
                    "payment_order_id": None,
                    "endorsement_id": None,
                    **owner,
                    "issued_at": now,
                    "issued_by": actor.code,
                    "snapshot": json.dumps(snapshot.to_dict(), ensure_ascii=False),
                    "cancel_reason": "",
                }
            )
    session.execute(insert(IssuedDocument), rows)
