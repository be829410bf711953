"""What the claim use cases share: a file loaded (and locked) by id, and a move of the claim
workflow applied to it (architecture.md rule 6)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy.orm import Session

from desktop_app.domain.claim_workflow import CLAIM_WORKFLOW, ClaimState
from desktop_app.domain.errors import NotFound
from desktop_app.domain.workflow import TransitionRecord
from desktop_app.persistence.models import Claim
from desktop_app.services import workflow
from desktop_app.services.context import Actor
from desktop_app.services.locking import get_locked

MISSING = "Dossier sinistre introuvable."


def load_claim(session: Session, claim_id: int, *, lock: bool = False) -> Claim:
    """The file; ``lock``: locked for the unit of work and read afresh (services.locking)."""
    if lock:
        return get_locked(session, Claim, claim_id, MISSING)
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(MISSING)
    return claim


def move_claim(
    session: Session,
    claim: Claim,
    name: str,
    actor: Actor,
    at: datetime,
    reason: str = "",
    granted: Collection[str] | None = None,
) -> TransitionRecord[ClaimState]:
    """Fire a transition of the claim workflow (architecture.md rule 6), apply it and record
    it (``services.workflow``): the file's timeline says it in words, ``state_transitions``
    as data, like every other workflow."""
    return workflow.move(
        session,
        CLAIM_WORKFLOW,
        claim,
        name,
        user_id=actor.user_id,
        user_code=actor.code,
        at=at,
        reason=reason,
        granted=actor.permissions if granted is None else granted,
    )
