"""Card requests made by the acts that issue cards (domain.md §15, §13 DLC): a policy's
issue asks a card per person, an endorsement one per person it adds or changes; the
requests still open whose card was replaced or cancelled are closed. Used inside those
acts' units of work (``services.production.issue``, ``endorsements``), and by ``cards``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.domain.cards import CARD_REQUEST_WORKFLOW, CardReason, CardRequestState
from desktop_app.domain.issued_documents import DocumentKind, DocumentState
from desktop_app.persistence.models import CardRequest, InsuredPerson, IssuedDocument, Policy
from desktop_app.services import workflow
from desktop_app.services.context import Actor

REPLACED = "Carte remplacée ou annulée avant sa remise"


def issue_cards(
    session: Session,
    actor: Actor,
    policy: Policy,
    persons: Sequence[InsuredPerson],
    now: datetime,
) -> None:
    """A new card (snapshot) for each person, replacing the card they had (an endorsement
    that changes them, the new year after a renewal); the caller asks their printing."""
    from desktop_app.services.issued_documents import Owner, issue_document
    from desktop_app.services.production import snapshots

    company = snapshots.company_snapshot(session)
    for person in persons:
        issue_document(
            session,
            DocumentKind.CARD,
            Owner(policy_id=policy.id, person_id=person.id),
            snapshots.card_snapshot(session, company, policy, person),
            user_id=actor.user_id,
            user_code=actor.code,
            at=now,
        )


def request_cards(
    session: Session,
    actor: Actor,
    policy_id: int,
    reason: CardReason,
    *,
    day: date,
    now: datetime,
    person_ids: Sequence[int] | None = None,
    endorsement_id: int | None = None,
) -> int:
    """A request « à imprimer » for the current card of each person named (every person of
    the policy when None). The requests still open (to print, or printed and not delivered)
    whose card was meanwhile replaced or cancelled — a newer card, a person who left — are
    cancelled: that card is not to be handed over. Returns the number of requests made."""
    session.flush()
    close_stale_requests(session, actor, policy_id, now)
    if person_ids is not None and not person_ids:
        return 0
    d = IssuedDocument
    query = select(d.id, d.person_id).where(
        d.policy_id == policy_id,
        d.kind == DocumentKind.CARD,
        d.status == DocumentState.ISSUED,
        d.person_id.is_not(None),
    )
    if person_ids is not None:
        query = query.where(d.person_id.in_(list(person_ids)))
    cards = session.execute(query.order_by(d.id)).all()
    if cards:
        session.execute(
            insert(CardRequest),
            [
                {
                    "policy_id": policy_id,
                    "person_id": person_id,
                    "reason": reason,
                    "endorsement_id": endorsement_id,
                    "document_id": document_id,
                    "state": CardRequestState.TO_PRINT,
                    "requested_on": day,
                    "printed_on": None,
                    "delivered_on": None,
                    "delivered_to": "",
                    "requested_by": actor.code,
                }
                for document_id, person_id in cards
            ],
        )
    return len(cards)


def close_stale_requests(session: Session, actor: Actor, policy_id: int, now: datetime) -> int:
    """Cancel the policy's open requests whose card is no longer the current one."""
    stale = list(
        session.scalars(
            select(CardRequest)
            .join(IssuedDocument, IssuedDocument.id == CardRequest.document_id)
            .where(
                CardRequest.policy_id == policy_id,
                CardRequest.state.in_([CardRequestState.TO_PRINT, CardRequestState.PRINTED]),
                IssuedDocument.status != DocumentState.ISSUED,
            )
            .order_by(CardRequest.id)
        )
    )
    for request in stale:
        workflow.move(
            session,
            CARD_REQUEST_WORKFLOW,
            request,
            "cancel",
            user_id=actor.user_id,
            user_code=actor.code,
            at=now,
            reason=REPLACED,
            field="state",
        )
    return len(stale)
