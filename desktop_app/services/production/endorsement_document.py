"""The endorsement document (domain.md §8, §15): built when the endorsement is validated,
stored as a snapshot in the one store of printed documents, reprinted identically."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop_app.documents.snapshots import (
    AdjustmentSnapshot,
    EndorsementSnapshot,
    MovementSnapshot,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import NotFound
from desktop_app.domain.issued_documents import DocumentKind
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import Endorsement, InsuredPerson, Policy, Quittance
from desktop_app.services.context import Actor, ServiceContext
from desktop_app.services.issued_documents import Owner, current_snapshot, issue_document
from desktop_app.services.production import snapshots
from desktop_app.services.production.endorsement_input import MovementRow


def store_endorsement_document(
    session: Session,
    policy: Policy,
    endorsement: Endorsement,
    rows: Sequence[MovementRow],
    matricules: Sequence[str],
    quittance: Quittance | None,
    touched: Sequence[InsuredPerson],
    invalid: Sequence[tuple[InsuredPerson, date]],
    actor: Actor,
    at: datetime,
    adjustment: AdjustmentSnapshot | None = None,
) -> None:
    """Freeze what the endorsement says, as validated (architecture.md rule 7)."""
    snapshot = EndorsementSnapshot(
        company=snapshots.company_snapshot(session),
        policy_number=policy.number or "",
        number=endorsement.number,
        kind_label=endorsement.kind.label,
        subscriber=snapshots.party_snapshot(policy),
        issue_date=at.date(),
        effective_date=endorsement.effective_date,
        expiry_date=policy.expiry_date,
        movements=tuple(
            MovementSnapshot(
                row.kind.label,
                matricule,
                row.name,
                row.day,
                row.description,
                row.annual_before,
                row.annual_after,
                row.days,
                row.prorated,
            )
            for row, matricule in zip(rows, matricules, strict=True)
        ),
        premium=snapshots.premium_snapshot(quittance) if quittance else None,
        quittance_number=quittance.number if quittance else "",
        intermediary=snapshots.intermediary_snapshot(policy),
        administrator_name=policy.administrator.name if policy.administrator else None,
        letter_date=endorsement.letter_date,
        received_on=endorsement.received_on,
        notes=endorsement.notes,
        cards_issued=tuple(f"{p.matricule} — {p.full_name}" for p in touched),
        cards_invalid=tuple(
            f"{p.matricule} — {p.full_name}, invalide à compter du {format_date(day)}"
            for p, day in invalid
        ),
        adjustment=adjustment,
    )
    issue_document(
        session,
        DocumentKind.ENDORSEMENT,
        Owner(policy_id=policy.id, endorsement_id=endorsement.id),
        snapshot,
        user_id=actor.user_id,
        user_code=actor.code,
        at=at,
    )


def endorsement_snapshot(ctx: ServiceContext, endorsement_id: int) -> EndorsementSnapshot:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        endorsement = session.get(Endorsement, endorsement_id)
        if endorsement is None:
            raise NotFound("Avenant introuvable.")
        stored = current_snapshot(
            session,
            DocumentKind.ENDORSEMENT,
            Owner(policy_id=endorsement.policy_id, endorsement_id=endorsement.id),
        )
    if stored is None:
        raise NotFound("Le document de cet avenant n'a pas été conservé.")
    return EndorsementSnapshot.from_dict(stored)


def endorsement_pdf(ctx: ServiceContext, endorsement_id: int) -> bytes:
    from desktop_app.documents.endorsement import render_endorsement

    return render_endorsement(endorsement_snapshot(ctx, endorsement_id))
