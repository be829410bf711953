"""Completes the demo's policies as if each had been issued (issue 3): the standard
schedule of benefits, the new-business quittance with its lines, and — for portfolios
small enough to print — the stored contract, quittance and cards.

Large benchmark portfolios get schedules and quittances written with Core inserts and no
stored documents (200 000 card snapshots would only weigh on the file).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.benefits import STANDARD_SCHEDULE
from desktop_app.domain.kinds import PolicyStatus, policy_category
from desktop_app.domain.numbers import format_quittance_number, quittance_sequence
from desktop_app.domain.quittance import PremiumLine, build_policy_quittance
from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.domain.tariff import FeeKind
from desktop_app.persistence.models import (
    BenefitLineRow,
    InsuredPerson,
    Member,
    PersonTerm,
    Policy,
    PolicyYear,
    Quittance,
    QuittanceLine,
)
from desktop_app.persistence.numbering import next_number
from desktop_app.services.production import pricing
from desktop_app.services.production.issue import (
    DUE_DAYS,
    first_terms,
    first_year,
    frozen_parties,
    store_issue_documents,
)

ISSUER = "demo"
ISSUE_TIME = time(9, 0)  # the demo's documents say they were issued at 9 o'clock


def _schedule_rows(policy_id: int) -> list[dict[str, Any]]:
    return [
        {
            "policy_id": policy_id,
            "category": line.category.value,
            "covered": line.covered,
            "rate_pct": line.rate_pct,
            "per_act_ceiling": line.per_act_ceiling,
            "annual_ceiling": line.annual_ceiling,
            "prior_approval": line.prior_approval,
            "waiting_days": line.waiting_days,
        }
        for line in STANDARD_SCHEDULE.lines
    ]


def issue_demo_policies(
    session: Session, *, documents: bool, progress: Callable[[str], None]
) -> int:
    """Give every in-force policy without a quittance its schedule and first quittance."""
    settings = pricing.load_tariff(session)
    policies = session.scalars(
        select(Policy)
        .where(
            Policy.status == PolicyStatus.IN_FORCE,
            ~exists().where(Quittance.policy_id == Policy.id),
        )
        .order_by(Policy.id)
        # The quittance keeps the parties' names: loaded with the policies, not one by one.
        .options(
            selectinload(Policy.subscriber),
            selectinload(Policy.intermediary),
            selectinload(Policy.administrator),
        )
    ).all()
    people: dict[int, list[InsuredPerson]] = {}
    for person in session.scalars(
        select(InsuredPerson)
        .where(
            InsuredPerson.policy_id.in_(
                select(Policy.id).where(
                    Policy.status == PolicyStatus.IN_FORCE,
                    ~exists().where(Quittance.policy_id == Policy.id),
                )
            )
        )
        .order_by(InsuredPerson.id)
    ):
        people.setdefault(person.policy_id, []).append(person)

    schedule_rows: list[dict[str, Any]] = []
    done = 0
    for policy in policies:
        persons = people.get(policy.id, [])
        if not persons:
            continue
        schedule_rows.extend(_schedule_rows(policy.id))
        policy.overall_annual_ceiling = (
            policy.overall_annual_ceiling or STANDARD_SCHEDULE.overall_annual_ceiling
        )
        members = sum(1 for p in persons if isinstance(p, Member))
        lines = [
            PremiumLine(p.annual_net_premium, max(p.entry_date, policy.effective_date), p.exit_date)
            for p in persons
        ]
        computation = build_policy_quittance(
            lines,
            member_count=members,
            kind=FeeKind.NEW_BUSINESS,
            settings=settings,
            commission_rate=policy.commission_rate,
            management_fee_rate=policy.management_fee_rate,
        )
        issued: date = policy.issue_date or policy.effective_date
        a = computation.amounts
        quittance = Quittance(
            number=format_quittance_number(
                issued.year, next_number(session, quittance_sequence(issued.year))
            ),
            policy_id=policy.id,
            kind=QuittanceKind.NEW_BUSINESS,
            act_label=QuittanceKind.NEW_BUSINESS.label,
            status=QuittanceState.ISSUED,
            issue_date=issued,
            due_date=issued + timedelta(days=DUE_DAYS),
            period_start=policy.effective_date,
            period_end=policy.expiry_date,
            net=a.net,
            fees=a.fees,
            taxes=a.taxes,
            total=a.total,
            tax_rate=computation.tax_rate,
            commission_rate=computation.commission_rate,
            commission=computation.commission,
            management_fee_rate=computation.management_fee_rate,
            management_fee=computation.management_fee,
            issued_by=ISSUER,
            **frozen_parties(policy),
        )
        session.add(quittance)
        session.flush()
        terms = first_terms(policy, persons)
        if terms:
            session.execute(insert(PersonTerm), terms)
        session.execute(
            insert(PolicyYear),
            [
                first_year(
                    policy, quittance, len(persons), ISSUER, datetime.combine(issued, ISSUE_TIME)
                )
            ],
        )
        session.execute(
            insert(QuittanceLine),
            [
                {
                    "quittance_id": quittance.id,
                    "person_id": p.id,
                    "annual_premium": line.annual_premium,
                    "start": line.start,
                    "stop": line.stop,
                    "days": line.days,
                    "prorated": line.display,
                }
                for p, line in zip(persons, computation.lines, strict=True)
            ],
        )
        if documents:
            session.execute(insert(BenefitLineRow), schedule_rows)
            schedule_rows = []
            session.flush()
            store_issue_documents(
                session,
                policy,
                quittance,
                policy_category(members),
                persons,
                user_id=None,
                user_code=ISSUER,
                at=datetime.combine(issued, ISSUE_TIME),
            )
        done += 1
        if done % 500 == 0:
            progress(f"Quittances… {done}/{len(policies)}")
            if schedule_rows:
                session.execute(insert(BenefitLineRow), schedule_rows)
                schedule_rows = []
    if schedule_rows:
        session.execute(insert(BenefitLineRow), schedule_rows)
    return done
