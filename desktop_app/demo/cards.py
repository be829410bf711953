"""The demo's card requests (domain.md §13 DLC, §15): each card the demo issued was asked
on its policy's issue day, printed one to three days later and, most of the time, handed
over a few days after that — some beyond the norm of 5 working days, some not yet
delivered when recent — so that the card delivery delay has figures to show."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.domain.cards import CardReason, CardRequestState
from desktop_app.domain.issued_documents import DocumentKind, DocumentState
from desktop_app.persistence.models import CardRequest, IssuedDocument

ISSUER = "demo"
RECIPIENTS = ("L'assuré", "Service RH du souscripteur", "L'intermédiaire", "Le conjoint")


def working_days_after(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def record_demo_cards(session: Session, seed: int, today: date) -> int:
    """A request for each current card issued without one: printed and delivered dates
    drawn from ``seed`` (the same demo twice gives the same dates). Returns the count."""
    session.flush()
    rng = random.Random(f"demo-cards:{seed}")
    have = select(CardRequest.document_id).where(CardRequest.document_id.is_not(None))
    cards = session.execute(
        select(
            IssuedDocument.id,
            IssuedDocument.policy_id,
            IssuedDocument.person_id,
            IssuedDocument.issued_at,
        )
        .where(
            IssuedDocument.kind == DocumentKind.CARD,
            IssuedDocument.status == DocumentState.ISSUED,
            IssuedDocument.person_id.is_not(None),
            IssuedDocument.id.not_in(have),
        )
        .order_by(IssuedDocument.id)
    ).all()
    rows: list[dict[str, Any]] = []
    for document_id, policy_id, person_id, issued_at in cards:
        asked = min(issued_at.date(), today)
        printed: date | None = working_days_after(asked, rng.choice((0, 1, 1, 2, 3)))
        delivered: date | None = None
        # Mostly within the norm of 5 working days; one in five late (6 to 12).
        delay = rng.randint(6, 12) if rng.random() < 0.2 else rng.randint(1, 4)
        if printed is not None:
            delivered = working_days_after(printed, delay)
        if printed is not None and printed > today:
            printed = None
        if delivered is not None and (delivered > today or rng.random() < 0.05):
            delivered = None
        state = (
            CardRequestState.DELIVERED
            if delivered
            else CardRequestState.PRINTED
            if printed
            else CardRequestState.TO_PRINT
        )
        rows.append(
            {
                "policy_id": policy_id,
                "person_id": person_id,
                "reason": CardReason.NEW_POLICY,
                "endorsement_id": None,
                "document_id": document_id,
                "quittance_id": None,
                "state": state,
                "requested_on": asked,
                "printed_on": printed,
                "delivered_on": delivered,
                "delivered_to": rng.choice(RECIPIENTS) if delivered else "",
                "requested_by": ISSUER,
            }
        )
    if rows:
        session.execute(insert(CardRequest), rows)
    return len(rows)
