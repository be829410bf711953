"""The one store of printed documents (domain.md §15, architecture.md rule 7).

Every document a clerk can print — card, contract, quittance, décompte statement, payment
order — is stored here as the snapshot it was printed from, when it is issued, keyed by
what it belongs to. Issuing it again for the same owner supersedes the current one
(through the document workflow, so the move is recorded); a reprint renders the current
snapshot, never the live rows. Used by every area; rights are checked by the callers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, false, select
from sqlalchemy.orm import Session

from desktop_app.documents.codec import Snapshot
from desktop_app.documents.snapshots import CompanySnapshot
from desktop_app.domain.issued_documents import DOCUMENT_WORKFLOW, DocumentKind, DocumentState
from desktop_app.persistence.models import Company, IssuedDocument
from desktop_app.services import workflow


@dataclass(frozen=True)
class Owner:
    """What a document belongs to. A card: its policy and person; a contract: its policy
    (and the quittance it was issued with); a quittance: its policy and quittance; a
    décompte statement: its claim file; a payment order: its order; an endorsement: its
    policy and endorsement."""

    policy_id: int | None = None
    person_id: int | None = None
    quittance_id: int | None = None
    claim_id: int | None = None
    payment_order_id: int | None = None
    endorsement_id: int | None = None
    premium_payment_id: int | None = None


def _same_owner(query: Select[Any], kind: DocumentKind, owner: Owner) -> Select[Any]:
    """The documents a new one of ``kind`` for ``owner`` replaces."""
    d = IssuedDocument
    query = query.where(d.kind == kind)
    if kind is DocumentKind.CARD:
        return query.where(d.policy_id == owner.policy_id, d.person_id == owner.person_id)
    if kind is DocumentKind.CONTRACT:
        return query.where(d.policy_id == owner.policy_id)
    if kind is DocumentKind.QUITTANCE:
        return query.where(d.quittance_id == owner.quittance_id)
    if kind is DocumentKind.CLAIM_STATEMENT:
        return query.where(d.claim_id == owner.claim_id)
    if kind is DocumentKind.ENDORSEMENT:
        return query.where(d.endorsement_id == owner.endorsement_id)
    if kind is DocumentKind.ATTESTATION:  # each one stays current: it replaces none
        return query.where(false())
    if kind is DocumentKind.RECEIPT:
        return query.where(d.premium_payment_id == owner.premium_payment_id)
    if kind is DocumentKind.REMINDER_LETTER:
        return query.where(d.quittance_id == owner.quittance_id)
    return query.where(d.payment_order_id == owner.payment_order_id)


def company_snapshot(session: Session) -> CompanySnapshot:
    """The company as every document heads it."""
    c = session.get(Company, 1)
    if c is None:
        return CompanySnapshot(name="Compagnie d'assurances")
    return CompanySnapshot(c.name, c.address, c.city, c.phone, c.email, c.licence_number, c.logo)


def issue_document(
    session: Session,
    kind: DocumentKind,
    owner: Owner,
    snapshot: Snapshot,
    *,
    user_id: int | None,
    user_code: str,
    at: datetime,
    supersede: bool = True,
) -> IssuedDocument:
    """Store ``snapshot`` as the current document of ``kind`` for ``owner``; the one it
    replaces is superseded. ``supersede=False`` when the caller knows there is none (a
    policy being issued), which saves a query per card on a large policy."""
    if supersede:
        current = select(IssuedDocument).where(IssuedDocument.status == DocumentState.ISSUED)
        for old in session.scalars(_same_owner(current, kind, owner)):
            workflow.move(
                session,
                DOCUMENT_WORKFLOW,
                old,
                "supersede",
                user_id=user_id,
                user_code=user_code,
                at=at,
            )
    document = IssuedDocument(
        kind=kind,
        status=DocumentState.ISSUED,
        policy_id=owner.policy_id,
        person_id=owner.person_id,
        quittance_id=owner.quittance_id,
        claim_id=owner.claim_id,
        payment_order_id=owner.payment_order_id,
        endorsement_id=owner.endorsement_id,
        premium_payment_id=owner.premium_payment_id,
        issued_at=at,
        issued_by=user_code,
        snapshot=json.dumps(snapshot.to_dict(), ensure_ascii=False),
        cancel_reason="",
    )
    session.add(document)
    return document


def current_snapshot(session: Session, kind: DocumentKind, owner: Owner) -> dict[str, Any] | None:
    """The current document of ``kind`` for ``owner``, as stored (a dict to give to the
    snapshot class's ``from_dict``), or None when none was issued."""
    query = select(IssuedDocument.snapshot).where(IssuedDocument.status == DocumentState.ISSUED)
    text = session.scalar(
        _same_owner(query, kind, owner).order_by(IssuedDocument.id.desc()).limit(1)
    )
    return None if text is None else dict(json.loads(text))
