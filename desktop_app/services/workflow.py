"""A record moved along its workflow table, and the move recorded (architecture.md rule 6).

Every state column of the program changes here and only here (the claim file keeps its own
timeline as well): the domain's table checks the move — the source state, the user's
right, the reason a reversal needs —, the record takes its new state, and a
``state_transitions`` row says who moved it, when and why, in the same unit of work.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from desktop_app.domain.workflow import TransitionRecord, Workflow
from desktop_app.persistence.models import StateTransition

S = TypeVar("S", bound=enum.Enum)


def move(
    session: Session,
    workflow: Workflow[S],
    record: Any,
    name: str,
    *,
    user_id: int | None,
    user_code: str,
    at: datetime,
    reason: str = "",
    granted: Collection[str] | None = None,
    field: str = "status",
) -> TransitionRecord[S]:
    """Fire the transition ``name`` from the record's current state: check it, set the new
    state on ``field``, and record it. ``granted``: the permissions of the user who moves it
    (None when the calling use case has checked the right itself)."""
    current: S = getattr(record, field)
    done = workflow.fire(current, name, user_code, at, reason, granted)
    setattr(record, field, done.target)
    if record.id is None:
        session.flush()
    session.add(
        StateTransition(
            table_name=record.__tablename__,
            record_id=record.id,
            transition=done.name,
            source=str(done.source.value),
            target=str(done.target.value),
            user_id=user_id,
            user_code=done.user,
            at=at,
            reason=done.reason,
        )
    )
    return done
