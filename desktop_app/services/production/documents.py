"""Printing the documents of a policy from their stored snapshots (architecture.md rule 7):
a reprint shows what the document said when it was issued, whatever changed since. The
documents live in the one store of ``services.issued_documents``."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop_app.documents.batch import Cancelled as RenderCancelled
from desktop_app.documents.snapshots import CardSnapshot, ContractSnapshot, QuittanceSnapshot
from desktop_app.domain.errors import NotFound
from desktop_app.domain.issued_documents import DocumentKind, DocumentState
from desktop_app.domain.quittance_workflow import QuittanceState
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import InsuredPerson, IssuedDocument, Quittance
from desktop_app.services.context import ServiceContext
from desktop_app.services.issued_documents import Owner, current_snapshot

__all__ = [
    "RenderCancelled",
    "cards_pdf",
    "contract_pdf",
    "list_documents",
    "policy_quittances",
    "quittance_pdf",
]

NOT_ISSUED = "Ce document n'a pas encore été émis : émettez d'abord la police."


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: DocumentKind
    label: str
    status: DocumentState
    issued_at: datetime
    issued_by: str
    person_name: str
    quittance_id: int | None
    quittance_number: str


def list_documents(ctx: ServiceContext, policy_id: int) -> list[DocumentRow]:
    """Every document issued for the policy, current and superseded, in issue order."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        # The columns the list shows, never the snapshots (a card's carries its photo).
        d = IssuedDocument
        rows = session.execute(
            select(
                d.id,
                d.kind,
                d.status,
                d.issued_at,
                d.issued_by,
                d.quittance_id,
                InsuredPerson.last_name,
                InsuredPerson.first_names,
                Quittance.number,
            )
            .outerjoin(InsuredPerson, InsuredPerson.id == d.person_id)
            .outerjoin(Quittance, Quittance.id == d.quittance_id)
            .where(d.policy_id == policy_id)
            .order_by(d.id)
        ).all()
        return [
            DocumentRow(
                doc_id,
                kind,
                kind.label,
                status,
                issued_at,
                issued_by,
                f"{last or ''} {first or ''}".strip(),
                quittance_id,
                number or "",
            )
            for doc_id, kind, status, issued_at, issued_by, quittance_id, last, first, number in rows
        ]


def _current(ctx: ServiceContext, kind: DocumentKind, owner: Owner) -> dict[str, object]:
    with ctx.read() as session:
        snapshot = current_snapshot(session, kind, owner)
    if snapshot is None:
        raise NotFound(NOT_ISSUED)
    return snapshot


def contract_snapshot(ctx: ServiceContext, policy_id: int) -> ContractSnapshot:
    ctx.require(Permission.VIEW_PORTFOLIO)
    return ContractSnapshot.from_dict(
        _current(ctx, DocumentKind.CONTRACT, Owner(policy_id=policy_id))
    )


def contract_pdf(ctx: ServiceContext, policy_id: int) -> bytes:
    """The conditions particulières in four copies (§15), as issued."""
    # The renderers (and ReportLab) load on the first print, not when the window opens.
    from desktop_app.documents.contract import render_contract

    return render_contract(contract_snapshot(ctx, policy_id))


def _latest_quittance_id(ctx: ServiceContext, policy_id: int) -> int:
    with ctx.read() as session:
        found = session.scalar(
            select(Quittance.id)
            .where(Quittance.policy_id == policy_id)
            .order_by(Quittance.id.desc())
            .limit(1)
        )
    if found is None:
        raise NotFound(NOT_ISSUED)
    return int(found)


def quittance_snapshot(
    ctx: ServiceContext, policy_id: int, quittance_id: int | None = None
) -> QuittanceSnapshot:
    """The quittance ``quittance_id`` of the policy as printed (the latest one if None)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    if quittance_id is None:
        quittance_id = _latest_quittance_id(ctx, policy_id)
    owner = Owner(policy_id=policy_id, quittance_id=quittance_id)
    return QuittanceSnapshot.from_dict(_current(ctx, DocumentKind.QUITTANCE, owner))


def quittance_pdf(ctx: ServiceContext, policy_id: int, quittance_id: int | None = None) -> bytes:
    from desktop_app.documents.quittance import render_quittance

    return render_quittance(quittance_snapshot(ctx, policy_id, quittance_id))


@dataclass(frozen=True)
class QuittanceSummary:
    """One quittance of a policy as printed (figures from its snapshot) and its state now."""

    quittance_id: int
    number: str
    act_label: str
    state: QuittanceState
    net: int
    fees: int
    taxes: int
    total: int


def policy_quittances(ctx: ServiceContext, policy_id: int) -> list[QuittanceSummary]:
    """Every quittance of the policy, in issue order, each with its own printed figures."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        rows = session.execute(
            select(Quittance.id, Quittance.status, IssuedDocument.snapshot)
            .join(IssuedDocument, IssuedDocument.quittance_id == Quittance.id)
            .where(
                Quittance.policy_id == policy_id,
                IssuedDocument.kind == DocumentKind.QUITTANCE,
                IssuedDocument.status == DocumentState.ISSUED,
            )
            .order_by(Quittance.id)
        ).all()
    out = []
    for quittance_id, state, text in rows:
        # The printed figures, read from the snapshot without rebuilding its lines (a
        # quittance of 2 000 persons has 2 000 of them).
        snap = json.loads(text)
        p = snap["premium"]
        out.append(
            QuittanceSummary(
                quittance_id,
                str(snap["number"]),
                str(snap["act_label"]),
                state,
                int(p["net"]),
                int(p["fees"]),
                int(p["taxes"]),
                int(p["total"]),
            )
        )
    return out


def card_snapshots(
    ctx: ServiceContext, policy_id: int, person_ids: list[int] | None = None
) -> list[CardSnapshot]:
    """The current card of each person of the policy (or of the persons named)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        query = (
            select(IssuedDocument.snapshot)
            .where(
                IssuedDocument.policy_id == policy_id,
                IssuedDocument.kind == DocumentKind.CARD,
                IssuedDocument.status == DocumentState.ISSUED,
            )
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
    reason: str = "",
) -> bytes:
    """Member cards: one per page for a card printer, or A4 sheets of 10 (§15); before the
    premium art. 13 requires is collected, only with the right and a ``reason`` (issue 9)."""
    from desktop_app.documents.card import render_cards
    from desktop_app.documents.card_sheet import render_card_sheets
    from desktop_app.services.finance.cover import check_print_before_payment

    check_print_before_payment(ctx, policy_id, "les cartes", reason)
    cards = card_snapshots(ctx, policy_id, person_ids)
    render = render_card_sheets if sheet else render_cards
    return render(cards, progress=progress, cancelled=cancelled)
