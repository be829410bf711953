"""Issuing a policy (domain.md §2, §5, §15): number, first quittance, documents.

One unit of work: the policy takes its number, every person is priced with the final
head-count, the new-business quittance is computed and numbered, and the contract,
quittance and cards are stored as snapshots. It all happens, or nothing does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from functools import partial

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.domain.cards import CardReason
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import Collector
from desktop_app.domain.issued_documents import DocumentKind
from desktop_app.domain.kinds import PolicyCategory, policy_category
from desktop_app.domain.numbers import (
    format_policy_number,
    format_quittance_number,
    policy_sequence,
    quittance_sequence,
)
from desktop_app.domain.policy_workflow import POLICY_WORKFLOW
from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.domain.roles import Permission
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
from desktop_app.services import workflow
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.issued_documents import Owner, issue_document
from desktop_app.services.production import pricing, snapshots
from desktop_app.services.production.card_requests import request_cards
from desktop_app.services.production.common import load_draft

DUE_DAYS = 30  # a new-business quittance is due 30 days after issue (docs/decisions.md)


def frozen_parties(policy: Policy) -> dict[str, object]:
    """The parties a quittance keeps as they are when it is issued (decisions D16): its
    statements never read the live names again."""
    intermediary, administrator = policy.intermediary, policy.administrator
    return {
        "policy_number": policy.number or "",
        "administrator_ref": policy.administrator_ref,
        "subscriber_name": policy.subscriber.name,
        "intermediary_id": policy.intermediary_id,
        "intermediary_code": intermediary.code if intermediary else "",
        "intermediary_name": intermediary.name if intermediary else "",
        "administrator_id": policy.administrator_id,
        "administrator_name": administrator.name if administrator else "",
    }


def store_issue_documents(
    session: Session,
    policy: Policy,
    quittance: Quittance,
    category: PolicyCategory,
    people: Sequence[InsuredPerson],
    *,
    user_id: int | None,
    user_code: str,
    at: datetime,
) -> None:
    """The documents of an issued policy, as snapshots: the contract and the quittance of
    ``quittance``, a card per person (architecture.md rule 7). A policy being issued has no
    document yet: nothing to supersede."""
    session.flush()
    company = snapshots.company_snapshot(session)
    store = partial(
        issue_document, session, user_id=user_id, user_code=user_code, at=at, supersede=False
    )
    store(
        DocumentKind.CONTRACT,
        Owner(policy_id=policy.id, quittance_id=quittance.id),
        snapshots.contract_snapshot(session, company, policy, quittance, category),
    )
    store(
        DocumentKind.QUITTANCE,
        Owner(policy_id=policy.id, quittance_id=quittance.id),
        snapshots.quittance_snapshot(session, company, policy, quittance, category),
    )
    for person in people:
        store(
            DocumentKind.CARD,
            Owner(policy_id=policy.id, person_id=person.id),
            snapshots.card_snapshot(session, company, policy, person),
        )


def first_terms(policy: Policy, people: Sequence[InsuredPerson]) -> list[dict[str, object]]:
    """Each person's guarantees from their first day covered (their dated history starts
    at issue; endorsements close a term and open the next, §8)."""
    return [
        {
            "person_id": p.id,
            "policy_id": policy.id,
            "start": max(p.entry_date, policy.effective_date),
            "stop": p.exit_date,
            "coverage_rate": p.coverage_rate,
            "zone": p.zone,
            "annual_ceiling": p.annual_ceiling,
            "annual_net_premium": p.annual_net_premium,
            "medical_surcharge_rate": p.medical_surcharge_rate,
            "endorsement_id": None,
        }
        for p in people
        if p.exit_date is None or p.exit_date > max(p.entry_date, policy.effective_date)
    ]


def first_year(
    policy: Policy, quittance: Quittance, persons: int, by: str, at: datetime
) -> dict[str, object]:
    """The row of the policy's first year (§8, §9: each renewal adds the next one)."""
    return {
        "policy_id": policy.id,
        "year": policy.expiry_date.year,
        "start": policy.effective_date,
        "expiry": policy.expiry_date,
        "endorsement_id": None,
        "quittance_id": quittance.id,
        "claims_paid": 0,
        "claims_outstanding": 0,
        "earned_premium": 0,
        "table_rate": Decimal(0),
        "rate": Decimal(0),
        "band_label": "",
        "reason": "",
        "persons": persons,
        "persons_left": 0,
        "created_by": by,
        "created_at": at,
    }


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
        now = ctx.now()
        workflow.move(
            session,
            POLICY_WORKFLOW,
            policy,
            "issue",
            user_id=actor.user_id,
            user_code=actor.code,
            at=now,
        )
        policy.issue_date = today
        amounts = computation.amounts
        quittance = Quittance(
            number=format_quittance_number(
                today.year, next_number(session, quittance_sequence(today.year))
            ),
            policy_id=policy.id,
            kind=QuittanceKind.NEW_BUSINESS,
            act_label=QuittanceKind.NEW_BUSINESS.label,
            status=QuittanceState.ISSUED,
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
            **frozen_parties(policy),
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
        terms = first_terms(policy, people)
        if terms:
            session.execute(insert(PersonTerm), terms)
        session.execute(
            insert(PolicyYear), [first_year(policy, quittance, len(people), actor.code, now)]
        )

        store_issue_documents(
            session,
            policy,
            quittance,
            category,
            people,
            user_id=actor.user_id,
            user_code=actor.code,
            at=now,
        )
        # Each card is then tracked one by one, to its delivery (§13 DLC).
        request_cards(session, actor, policy.id, CardReason.NEW_POLICY, day=today, now=now)
        changes = (
            Changes.of("policies", policy.id)
            | Changes.of("quittances", quittance.id)
            | Changes.of("insured_persons", *(p.id for p in people))
            | Changes.of("issued_documents")
            | Changes.of("card_requests")
        )
        return IssueResult(
            policy.id, policy.number, quittance.id, quittance.number, amounts.total, changes
        )
