"""Closing the claims accounts through a date (architecture.md rule 5): once accounting has
booked a period, no payment and no reversal can be dated in it any more, so its
claims-paid statement says the same thing forever. A closing only moves forward: a closed
period does not reopen (a correction is a counter-entry dated in an open period)."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.domain.errors import FieldError
from desktop_app.domain.periods import check_not_closed
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import SettingsDocument
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.locking import find_locked

KEY = "claims_period"


def closed_through(session: Session) -> date | None:
    row = session.get(SettingsDocument, KEY)
    if row is None:
        return None
    value = json.loads(row.value).get("closed_through")
    return date.fromisoformat(value) if value else None


def check_open_period(session: Session, day: date, field: str) -> None:
    """Refuse, next to ``field``, a payment or reversal dated in a closed period."""
    check_not_closed(day, closed_through(session), field)


def get_closed_through(ctx: ServiceContext) -> date | None:
    ctx.require(Permission.VIEW_CLAIMS)
    with ctx.read() as session:
        return closed_through(session)


def close_claims_period(ctx: ServiceContext, through: date | None) -> Changes:
    """Close the claims accounts through ``through`` (accounting, once a period is booked)."""
    ctx.require(Permission.CLOSE_PERIODS)
    if through is None:
        raise FieldError(
            "closed_through", "Indiquez la date jusqu'à laquelle la période est close."
        )
    if through >= ctx.today():
        raise FieldError(
            "closed_through",
            "On ne clôt qu'une période passée : choisissez une date avant aujourd'hui.",
        )
    with ctx.write() as session:
        row = find_locked(session, SettingsDocument, KEY)
        current = closed_through(session)
        if current is not None and through <= current:
            raise FieldError(
                "closed_through",
                f"La période est déjà close jusqu'au {current:%d/%m/%Y} : une clôture ne recule pas.",
            )
        value = json.dumps({"closed_through": through.isoformat()})
        if row is None:
            session.add(SettingsDocument(key=KEY, value=value))
        else:
            row.value = value
        return Changes.of("settings_documents")
