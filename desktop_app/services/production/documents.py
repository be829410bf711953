"""Printing the documents of a policy from their stored snapshots (architecture.md rule 7):
a reprint shows what the document said when it was issued, whatever changed since."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desktop_app.documents.batch import Cancelled as RenderCancelled
from desktop_app.documents.snapshots import CardSnapshot, ContractSnapshot, QuittanceSnapshot
from desktop_app.domain.errors import NotFound
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import InsuredPerson, IssuedDocument, Quittance
from desktop_app.services.context import ServiceContext

__all__ = ["RenderCancelled", "cards_pdf", "contract_pdf", "list_documents", "quittance_pdf"]

KIND_LABELS = {
    "card": "Carte d'assuré",
    "contract": "Conditions particulières",
    "quittance": "Quittance",
}


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    label: str
    issued_at: datetime
    issued_by: str
    person_name: str
    quittance_number: str


def list_documents(ctx: ServiceContext, policy_id: int) -> list[DocumentRow]:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        rows = session.execute(
            select(
                IssuedDocument, InsuredPerson.last_name, InsuredPerson.first_names, Quittance.number
            )
            .outerjoin(InsuredPerson, InsuredPerson.id == IssuedDocument.person_id)
            .outerjoin(Quittance, Quittance.id == IssuedDocument.quittance_id)
            .where(IssuedDocument.policy_id == policy_id)
            .order_by(IssuedDocument.id)
        ).all()
        return [
            DocumentRow(
                d.id,
                d.kind,
                KIND_LABELS.get(d.kind, d.kind),
                d.issued_at,
                d.issued_by,
                f"{last or ''} {first or ''}".strip(),
                number or "",
            )
            for d, last, first, number in rows
        ]


def _latest(ctx: ServiceContext, policy_id: int, kind: str, quittance_id: int | None = None) -> str:
    with ctx.read() as session:
        query = select(IssuedDocument.snapshot).where(
            IssuedDocument.policy_id == policy_id, IssuedDocument.kind == kind
        )
        if quittance_id is not None:
            query = query.where(IssuedDocument.quittance_id == quittance_id)
        snapshot = session.scalar(query.order_by(IssuedDocument.id.desc()).limit(1))
    if snapshot is None:
        raise NotFound("Ce document n'a pas encore été émis : émettez d'abord la police.")
    return snapshot


def contract_snapshot(ctx: ServiceContext, policy_id: int) -> ContractSnapshot:
    ctx.require(Permission.VIEW_PORTFOLIO)
    return ContractSnapshot.from_dict(json.loads(_latest(ctx, policy_id, "contract")))


def contract_pdf(ctx: ServiceContext, policy_id: int) -> bytes:
    """The conditions particulières in four copies (§15), as issued."""
    # The renderers (and ReportLab) load on the first print, not when the window opens.
    from desktop_app.documents.contract import render_contract

    return render_contract(contract_snapshot(ctx, policy_id))


def quittance_snapshot(
    ctx: ServiceContext, policy_id: int, quittance_id: int | None = None
) -> QuittanceSnapshot:
    ctx.require(Permission.VIEW_PORTFOLIO)
    return QuittanceSnapshot.from_dict(
        json.loads(_latest(ctx, policy_id, "quittance", quittance_id))
    )


def quittance_pdf(ctx: ServiceContext, policy_id: int, quittance_id: int | None = None) -> bytes:
    from desktop_app.documents.quittance import render_quittance

    return render_quittance(quittance_snapshot(ctx, policy_id, quittance_id))


def card_snapshots(
    ctx: ServiceContext, policy_id: int, person_ids: list[int] | None = None
) -> list[CardSnapshot]:
    """The latest card of each person of the policy (or of the persons named)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        latest = (
            select(func.max(IssuedDocument.id))
            .where(IssuedDocument.policy_id == policy_id, IssuedDocument.kind == "card")
            .group_by(IssuedDocument.person_id)
        )
        query = (
            select(IssuedDocument.snapshot)
            .where(IssuedDocument.id.in_(latest))
            .order_by(IssuedDocument.id)
        )
        if person_ids is not None:
            query = query.where(IssuedDocument.person_id.in_(person_ids))
        cards = [CardSnapshot.from_dict(json.loads(s)) for s in session.scalars(query)]
    if not cards:
        raise NotFound("Aucune carte émise pour cette police : émettez d'abord la police.")
    return cards


def cards_pdf(
    ctx: ServiceContext,
    policy_id: int,
    *,
    sheet: bool = False,
    person_ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """Member cards: one per page for a card printer, or A4 sheets of 10 (§15)."""
    from desktop_app.documents.card import render_cards
    from desktop_app.documents.card_sheet import render_card_sheets

    cards = card_snapshots(ctx, policy_id, person_ids)
    render = render_card_sheets if sheet else render_cards
    return render(cards, progress=progress, cancelled=cancelled)
