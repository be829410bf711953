"""Issuing a policy (domain.md §2, §5, §15): number, first quittance, documents.

One unit of work: the policy takes its number, every person is priced with the final
head-count, the new-business quittance is computed and numbered, and the contract,
quittance and cards are stored as snapshots. It all happens, or nothing does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.codec import Snapshot
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import Collector
from desktop_app.domain.kinds import PolicyStatus, policy_category
from desktop_app.domain.numbers import (
    format_policy_number,
    format_quittance_number,
    policy_sequence,
    quittance_sequence,
)
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    BenefitLineRow,
    InsuredPerson,
    IssuedDocument,
    Member,
    Policy,
    Quittance,
    QuittanceLine,
)
from desktop_app.persistence.numbering import next_number
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.production import pricing, snapshots
from desktop_app.services.production.policies import load_draft

NEW_BUSINESS = "new_business"
DUE_DAYS = 30  # a new-business quittance is due 30 days after issue (docs/decisions.md)


@dataclass(frozen=True)
class IssueResult:
    policy_id: int
    policy_number: str
    quittance_id: int
    quittance_number: str
    total: int
    changes: Changes


def _check_ready(session: Session, policy: Policy) -> list[InsuredPerson]:
    errors = Collector()
    people = list(
        session.scalars(select(InsuredPerson).where(InsuredPerson.policy_id == policy.id))
    )
    if not any(isinstance(p, Member) for p in people):
        errors.add("persons", "Ajoutez au moins un assuré principal avant d'émettre la police.")
    if (
        session.scalar(
            select(BenefitLineRow.id).where(BenefitLineRow.policy_id == policy.id).limit(1)
        )
        is None
    ):
        errors.add(
            "benefits", "Le tableau des garanties est vide : copiez un modèle puis ajustez-le."
        )
    if policy.intermediary_id is None:
        errors.add("intermediary_id", "Choisissez l'intermédiaire.")
    for p in people:
        if p.entry_date < policy.effective_date or p.entry_date > policy.expiry_date:
            errors.add(
                "persons",
                f"{p.full_name} : la date d'entrée {format_date(p.entry_date)} sort de la "
                "période de la police.",
            )
        if p.annual_net_premium <= 0:
            errors.add("persons", f"{p.full_name} : la prime annuelle est nulle.")
    errors.raise_if_any()
    return people


def store_document(
    session: Session,
    kind: str,
    policy_id: int,
    snapshot: Snapshot,
    by: str,
    when: date,
    person_id: int | None = None,
    quittance_id: int | None = None,
) -> IssuedDocument:
    from datetime import datetime

    doc = IssuedDocument(
        kind=kind,
        policy_id=policy_id,
        person_id=person_id,
        quittance_id=quittance_id,
        issued_at=datetime.combine(when, datetime.now().time()).replace(microsecond=0),
        issued_by=by,
        snapshot=json.dumps(snapshot.to_dict(), ensure_ascii=False),
    )
    session.add(doc)
    return doc


def issue_policy(ctx: ServiceContext, policy_id: int) -> IssueResult:
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    today = ctx.today()
    with ctx.write() as session:
        policy = load_draft(session, policy_id)
        pricing.reprice_policy(session, policy, typed={})
        people = _check_ready(session, policy)
        members = sum(1 for p in people if isinstance(p, Member))
        category = policy_category(members)
        computation = pricing.compute_policy_quittance(session, policy)

        year = policy.effective_date.year
        policy.number = format_policy_number(year, next_number(session, policy_sequence(year)))
        policy.status = PolicyStatus.IN_FORCE
        policy.issue_date = today
        amounts = computation.amounts
        quittance = Quittance(
            number=format_quittance_number(
                today.year, next_number(session, quittance_sequence(today.year))
            ),
            policy_id=policy.id,
            kind=NEW_BUSINESS,
            act_label="Affaire nouvelle",
            status="issued",
            issue_date=today,
            due_date=today + timedelta(days=DUE_DAYS),
            period_start=policy.effective_date,
            period_end=policy.expiry_date,
            net=amounts.net,
            fees=amounts.fees,
            taxes=amounts.taxes,
            total=amounts.total,
            tax_rate=computation.tax_rate,
            commission_rate=computation.commission_rate,
            commission=computation.commission,
            management_fee_rate=computation.management_fee_rate,
            management_fee=computation.management_fee,
            issued_by=actor.code,
        )
        session.add(quittance)
        session.flush()
        for (person, _line), prorated in zip(
            pricing.policy_premium_lines(session, policy), computation.lines, strict=True
        ):
            session.add(
                QuittanceLine(
                    quittance_id=quittance.id,
                    person_id=person.id,
                    annual_premium=prorated.annual_premium,
                    start=prorated.start,
                    stop=prorated.stop,
                    days=prorated.days,
                    prorated=prorated.display,
                )
            )
        session.flush()

        company = snapshots.company_snapshot(session)
        store_document(
            session,
            "contract",
            policy.id,
            snapshots.contract_snapshot(session, company, policy, quittance, category),
            actor.code,
            today,
            quittance_id=quittance.id,
        )
        store_document(
            session,
            "quittance",
            policy.id,
            snapshots.quittance_snapshot(session, company, policy, quittance, category),
            actor.code,
            today,
            quittance_id=quittance.id,
        )
        for person in people:
            store_document(
                session,
                "card",
                policy.id,
                snapshots.card_snapshot(session, company, policy, person),
                actor.code,
                today,
                person_id=person.id,
            )
        changes = (
            Changes.of("policies", policy.id)
            | Changes.of("quittances", quittance.id)
            | Changes.of("insured_persons", *(p.id for p in people))
            | Changes.of("issued_documents")
        )
        return IssueResult(
            policy.id, policy.number, quittance.id, quittance.number, amounts.total, changes
        )
