"""The renewal calendar (domain.md §14): each policy in force has touchpoints 120, 90, 60,
30 and 14 days before its expiry, each with its checklist, and the client's decision with
the date of its written confirmation. The dates are computed from the policies' expiry
(an index range per touchpoint), never stored up front; only what the clerk ticks or
records is written."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import Collector, FieldError, NotFound
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.renewal_calendar import (
    OFFSETS,
    TOUCHPOINTS,
    ClientDecision,
    check_items,
    expiry_window,
    touchpoint_day,
    touchpoints,
)
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    Policy,
    RenewalDecision,
    RenewalTouchpoint,
    Subscriber,
)
from desktop_app.persistence.paging import KeyOrder, ascending
from desktop_app.services import validation as v
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.locking import is_locking

TOUCHPOINT_TABLE = "renewal_touchpoints"
DECISION_TABLE = "renewal_decisions"


# -- the lists -----------------------------------------------------------------------
@dataclass(frozen=True)
class CalendarFilter:
    """Touchpoints whose date falls from ``first`` to ``last`` (both included)."""

    first: date
    last: date
    pending_only: bool = True  # only the touchpoints not done yet
    text: str = ""  # a policy number or a subscriber's name


class CalendarKey(NamedTuple):
    day: date
    policy_id: int
    offset: int


@dataclass(frozen=True)
class CalendarRow:
    policy_id: int
    policy_number: str
    subscriber_name: str
    expiry: date
    offset: int
    day: date
    ticked: int
    items: int
    done_on: date | None
    decision: ClientDecision | None
    written_confirmation_on: date | None

    @property
    def title(self) -> str:
        return TOUCHPOINTS[self.offset].title

    @property
    def page_key(self) -> CalendarKey:
        return CalendarKey(self.day, self.policy_id, self.offset)


_BY_EXPIRY = KeyOrder.of(ascending(Policy.expiry_date), ascending(Policy.id))


def _done(offset: int) -> Any:
    t = RenewalTouchpoint
    return exists().where(
        t.policy_id == Policy.id,
        t.expiry == Policy.expiry_date,
        t.offset_days == offset,
        t.done_on.is_not(None),
    )


def _window(flt: CalendarFilter, offset: int, columns: Sequence[Any]) -> Select[Any]:
    """The policies in force whose touchpoint ``offset`` falls in the filter's dates."""
    low, high = expiry_window(flt.first, flt.last, offset)
    query = (
        select(*columns)
        .join(Subscriber, Subscriber.id == Policy.subscriber_id)
        .where(
            Policy.expiry_date >= low,
            Policy.expiry_date <= high,
            Policy.status == PolicyStatus.IN_FORCE,
        )
    )
    if flt.pending_only:
        query = query.where(~_done(offset))
    text = flt.text.strip()
    if text:
        like = f"%{text.lower()}%"
        query = query.where(
            func.lower(Policy.number).like(like) | func.lower(Subscriber.name).like(like)
        )
    return query


def count_touchpoints(ctx: ServiceContext, flt: CalendarFilter) -> int:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        return sum(
            int(session.scalar(_window(flt, k, [func.count(Policy.id)]).select_from(Policy)) or 0)
            for k in OFFSETS
        )


def fetch_touchpoints(
    ctx: ServiceContext, flt: CalendarFilter, after: CalendarKey | None = None, limit: int = 200
) -> list[CalendarRow]:
    """The touchpoints in the filter's dates, by date then policy, one page after ``after``:
    each touchpoint's rows are an index walk over the policies' expiry, merged here."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    columns = [Policy.id, Policy.number, Subscriber.name, Policy.expiry_date]
    with ctx.read() as session:
        streams: list[list[tuple[date, int, int, str, str, date]]] = []
        for k in OFFSETS:
            query = _window(flt, k, columns).select_from(Policy)
            if after is not None:
                # A policy has one expiry, so one touchpoint a day: (day, policy) is a key.
                query = query.where(
                    _BY_EXPIRY.after((touchpoint_shift(after.day, k), after.policy_id))
                )
            query = query.order_by(*_BY_EXPIRY.order_by()).limit(limit)
            streams.append(
                [
                    (touchpoint_day(expiry, k), pid, k, number or "", name, expiry)
                    for pid, number, name, expiry in session.execute(query)
                ]
            )
        merged = list(heapq.merge(*streams))[:limit]
        return _rows(session, merged)


def touchpoint_shift(day: date, offset: int) -> date:
    """The expiry whose touchpoint ``offset`` falls on ``day``."""
    return expiry_window(day, day, offset)[0]


def _rows(
    session: Session, merged: list[tuple[date, int, int, str, str, date]]
) -> list[CalendarRow]:
    ids = sorted({m[1] for m in merged})
    if not ids:
        return []
    marks = {
        (t.policy_id, t.expiry, t.offset_days): t
        for t in session.scalars(
            select(RenewalTouchpoint).where(RenewalTouchpoint.policy_id.in_(ids))
        )
    }
    decisions = {
        (d.policy_id, d.expiry): d
        for d in session.scalars(select(RenewalDecision).where(RenewalDecision.policy_id.in_(ids)))
    }
    rows = []
    for day, pid, k, number, name, expiry in merged:
        mark = marks.get((pid, expiry, k))
        decision = decisions.get((pid, expiry))
        rows.append(
            CalendarRow(
                pid,
                number,
                name,
                expiry,
                k,
                day,
                len(_codes(mark.items)) if mark else 0,
                len(TOUCHPOINTS[k].items),
                mark.done_on if mark else None,
                decision.decision if decision else None,
                decision.written_confirmation_on if decision else None,
            )
        )
    return rows


def _codes(items: str) -> tuple[str, ...]:
    return tuple(c for c in items.split(",") if c)


# -- one policy ----------------------------------------------------------------------
@dataclass(frozen=True)
class ItemView:
    code: str
    label: str
    ticked: bool


@dataclass(frozen=True)
class TouchpointView:
    offset: int
    day: date
    title: str
    items: tuple[ItemView, ...]
    done_on: date | None


@dataclass(frozen=True)
class DecisionData:
    decision: ClientDecision | None
    decided_on: date | None
    written_confirmation_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class PolicyCalendar:
    policy_id: int
    policy_number: str
    expiry: date
    touchpoints: tuple[TouchpointView, ...]
    decision: DecisionData | None


def get_policy_calendar(ctx: ServiceContext, policy_id: int) -> PolicyCalendar:
    """The calendar of the policy's current year (its expiry)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise NotFound("Police introuvable.")
        expiry = policy.expiry_date
        marks = {
            t.offset_days: t
            for t in session.scalars(
                select(RenewalTouchpoint).where(
                    RenewalTouchpoint.policy_id == policy_id, RenewalTouchpoint.expiry == expiry
                )
            )
        }
        views = []
        for k, day in touchpoints(expiry):
            mark = marks.get(k)
            ticked = set(_codes(mark.items)) if mark else set()
            views.append(
                TouchpointView(
                    k,
                    day,
                    TOUCHPOINTS[k].title,
                    tuple(
                        ItemView(i.code, i.label, i.code in ticked) for i in TOUCHPOINTS[k].items
                    ),
                    mark.done_on if mark else None,
                )
            )
        row = session.scalar(
            select(RenewalDecision).where(
                RenewalDecision.policy_id == policy_id, RenewalDecision.expiry == expiry
            )
        )
        decision = (
            DecisionData(row.decision, row.decided_on, row.written_confirmation_on, row.notes)
            if row
            else None
        )
        return PolicyCalendar(policy_id, policy.number or "", expiry, tuple(views), decision)


def _policy_year(session: Session, policy_id: int, expiry: date) -> Policy:
    policy = session.get(Policy, policy_id, with_for_update=is_locking(session))
    if policy is None:
        raise NotFound("Police introuvable.")
    if policy.status != PolicyStatus.IN_FORCE:
        raise FieldError(
            "policy_id", f"La police est « {policy.status.label} » : pas de calendrier."
        )
    if policy.expiry_date != expiry:
        raise FieldError(
            "expiry",
            f"L'échéance de la police est maintenant le {policy.expiry_date:%d/%m/%Y} : "
            "rouvrez son calendrier.",
        )
    return policy


def save_touchpoint(
    ctx: ServiceContext, policy_id: int, expiry: date, offset: int, ticked: Sequence[str]
) -> Changes:
    """The items ticked on one touchpoint; it is done, dated today, once all are."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    if offset not in TOUCHPOINTS:
        raise FieldError("offset", "Ce point de contact n'existe pas.")
    try:
        codes = check_items(offset, tuple(ticked))
    except ValueError as error:
        raise FieldError("items", "Élément de la liste inconnu.") from error
    with ctx.write() as session:
        _policy_year(session, policy_id, expiry)
        # The policy row is locked: two clerks ticking the same touchpoint queue there.
        mark = session.scalar(
            select(RenewalTouchpoint).where(
                RenewalTouchpoint.policy_id == policy_id,
                RenewalTouchpoint.expiry == expiry,
                RenewalTouchpoint.offset_days == offset,
            )
        )
        if mark is None:
            mark = RenewalTouchpoint(policy_id=policy_id, expiry=expiry, offset_days=offset)
            session.add(mark)
        complete = len(codes) == len(TOUCHPOINTS[offset].items)
        mark.items = ",".join(codes)
        if complete and mark.done_on is None:
            mark.done_on = ctx.today()
        elif not complete:
            mark.done_on = None
        mark.updated_by, mark.updated_at = actor.code, ctx.now()
        session.flush()
        return Changes.of(TOUCHPOINT_TABLE, mark.id)


def record_decision(
    ctx: ServiceContext, policy_id: int, expiry: date, data: DecisionData
) -> Changes:
    """The client's decision for the year ending ``expiry`` and its written confirmation."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    today = ctx.today()
    errors = Collector()
    if data.decision is None:
        errors.add("decision", "Choisissez la décision du client.")
    if data.decided_on is None:
        errors.add("decided_on", "Indiquez la date de la décision.")
    elif data.decided_on > today:
        errors.add("decided_on", "La date de la décision ne peut pas être dans le futur.")
    confirmed = data.written_confirmation_on
    if confirmed is not None:
        if data.decision == ClientDecision.NO_ANSWER:
            errors.add(
                "written_confirmation_on",
                "Sans réponse du client, il n'y a pas de confirmation écrite.",
            )
        elif confirmed > today:
            errors.add(
                "written_confirmation_on",
                "La date de la confirmation écrite ne peut pas être dans le futur.",
            )
        elif data.decided_on is not None and confirmed < data.decided_on:
            errors.add(
                "written_confirmation_on",
                "La confirmation écrite ne peut pas précéder la décision.",
            )
    notes = v.text(errors, data.notes, "notes", "Les observations", required=False, max_length=2000)
    errors.raise_if_any()
    assert data.decision is not None and data.decided_on is not None
    with ctx.write() as session:
        _policy_year(session, policy_id, expiry)
        row = session.scalar(
            select(RenewalDecision).where(
                RenewalDecision.policy_id == policy_id, RenewalDecision.expiry == expiry
            )
        )
        if row is None:
            row = RenewalDecision(policy_id=policy_id, expiry=expiry)
            session.add(row)
        row.decision, row.decided_on = data.decision, data.decided_on
        row.written_confirmation_on, row.notes = confirmed, notes
        row.recorded_by, row.recorded_at = actor.code, ctx.now()
        session.flush()
        return Changes.of(DECISION_TABLE, row.id)
