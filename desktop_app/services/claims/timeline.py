"""A claim file's timeline (domain.md §10, §14): every step dated and signed, with the
reminders, escalations, complaints and notes the clerks add, and the list of files whose
next action is due.

Entries marked medical (warnings naming care categories, for instance) are shown only to
users who may see medical details (§14).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import Collector, NotFound
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import Claim, ClaimEvent, InsuredPerson
from desktop_app.persistence.paging import KeyOrder, ascending
from desktop_app.services import validation as v
from desktop_app.services.context import Actor, Changes, ServiceContext

EVENT_LABELS: dict[str, str] = {
    "received": "Réception du dossier",
    "assessed": "Décompte validé",
    "warning": "Avertissement du décompte",
    "reopened": "Décompte rouvert",
    "closed": "Classé sans règlement",
    "ordered": "Ordonnancement",
    "signed": "Ordre de paiement signé",
    "order_cancelled": "Ordonnancement annulé",
    "paid": "Règlement",
    "payment_reversed": "Règlement contre-passé",
    "reminder": "Relance",
    "escalation": "Escalade",
    "complaint": "Réclamation",
    "answer": "Réponse à la réclamation",
    "note": "Note",
}
"""Every kind of timeline entry and its French label."""

CLERK_KINDS = frozenset({"reminder", "escalation", "complaint", "answer", "note"})
"""The kinds a clerk adds by hand; the others are written by the steps themselves."""

FINAL_STATES = (ClaimState.PAID, ClaimState.CLOSED)


def record_event(
    session: Session,
    claim_id: int,
    kind: str,
    text: str,
    actor: Actor,
    at: datetime,
    *,
    medical: bool = False,
    channel: str = "",
    due_date: date | None = None,
) -> ClaimEvent:
    """Append one entry to a file's timeline, inside the caller's unit of work."""
    event = ClaimEvent(
        claim_id=claim_id,
        at=at,
        user_id=actor.user_id,
        user_code=actor.code,
        kind=kind,
        text=text,
        channel=channel,
        due_date=due_date,
        medical=medical,
    )
    session.add(event)
    return event


@dataclass(frozen=True)
class EventInput:
    kind: str  # one of CLERK_KINDS
    text: str
    channel: str = ""  # for a complaint: téléphone, courrier, e-mail, guichet…
    next_action_date: date | None = None  # also becomes the file's next action date


@dataclass(frozen=True)
class EventRow:
    id: int
    at: datetime
    user_code: str
    kind: str
    label: str
    text: str
    channel: str
    due_date: date | None


def add_event(ctx: ServiceContext, claim_id: int, data: EventInput) -> tuple[int, Changes]:
    """A reminder, escalation, complaint (réclamation, §14), answer or note on a file."""
    actor = ctx.require(Permission.EDIT_CLAIMS)
    errors = Collector()
    if data.kind not in CLERK_KINDS:
        errors.add("kind", "Choisissez le type : relance, escalade, réclamation, réponse ou note.")
    text = v.text(errors, data.text, "text", "Le texte", max_length=2000)
    channel = v.text(
        errors,
        data.channel,
        "channel",
        "Le canal",
        required=data.kind == "complaint",
        max_length=30,
    )
    if data.next_action_date is not None and data.next_action_date < ctx.today():
        errors.add("next_action_date", "La prochaine action ne peut pas être dans le passé.")
    errors.raise_if_any()
    with ctx.write() as session:
        claim = session.get(Claim, claim_id)
        if claim is None:
            raise NotFound("Dossier sinistre introuvable.")
        event = record_event(
            session,
            claim.id,
            data.kind,
            text,
            actor,
            ctx.now(),
            channel=channel,
            due_date=data.next_action_date,
        )
        if data.next_action_date is not None:
            claim.next_action_date = data.next_action_date
        session.flush()
        return event.id, Changes.of("claim_events", event.id) | Changes.of("claims", claim.id)


def timeline(ctx: ServiceContext, claim_id: int) -> list[EventRow]:
    """The file's entries, oldest first; medical ones only for users allowed to see them."""
    actor = ctx.require(Permission.VIEW_CLAIMS)
    query = (
        select(ClaimEvent)
        .where(ClaimEvent.claim_id == claim_id)
        .order_by(ClaimEvent.at, ClaimEvent.id)
    )
    if not actor.can(Permission.VIEW_MEDICAL):
        query = query.where(ClaimEvent.medical.is_(False))
    with ctx.read() as session:
        if session.get(Claim, claim_id) is None:
            raise NotFound("Dossier sinistre introuvable.")
        return [
            EventRow(
                e.id,
                e.at,
                e.user_code,
                e.kind,
                EVENT_LABELS.get(e.kind, e.kind),
                e.text,
                e.channel,
                e.due_date,
            )
            for e in session.scalars(query)
        ]


class DueKey(NamedTuple):
    """Where a page of due actions starts: after the file with these values."""

    next_action_date: date
    claim_id: int


# Most overdue first: the walk of ``ix_claims_next_action_date``, ties broken by id.
DUE_PAGING = KeyOrder.of(ascending(Claim.next_action_date), ascending(Claim.id))


@dataclass(frozen=True)
class DueRow:
    claim_id: int
    number: str
    next_action_date: date
    status: ClaimState
    person_name: str
    days_late: int

    @property
    def page_key(self) -> DueKey:
        return DueKey(self.next_action_date, self.claim_id)


def _due_query(on_date: date, columns: list[Any]) -> Select[Any]:
    return (
        select(*columns)
        .select_from(Claim)
        .join(InsuredPerson, InsuredPerson.id == Claim.person_id)
        .where(Claim.next_action_date <= on_date, Claim.status.not_in(FINAL_STATES))
    )


def count_due_actions(ctx: ServiceContext, on_date: date) -> int:
    ctx.require(Permission.VIEW_CLAIMS)
    with ctx.read() as session:
        return int(session.scalar(_due_query(on_date, [func.count(Claim.id)])) or 0)


def due_actions(
    ctx: ServiceContext, on_date: date, after: DueKey | None = None, limit: int = 200
) -> list[DueRow]:
    """Files still open whose next action date is on or before ``on_date``, most overdue
    first; one page after the file ``after`` (keyset paging: ``row.page_key``)."""
    ctx.require(Permission.VIEW_CLAIMS)
    query = _due_query(
        on_date,
        [
            Claim.id,
            Claim.number,
            Claim.next_action_date,
            Claim.status,
            InsuredPerson.last_name,
            InsuredPerson.first_names,
        ],
    )
    if after is not None:
        query = query.where(DUE_PAGING.after(after))
    query = query.order_by(*DUE_PAGING.order_by()).limit(limit)
    with ctx.read() as session:
        return [
            DueRow(r[0], r[1], r[2], r[3], f"{r[4]} {r[5]}".strip(), (on_date - r[2]).days)
            for r in session.execute(query)
        ]
