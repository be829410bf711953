"""The requests log (domain.md §14, follow-up table b; §8): endorsement requests from the
subscriber's letter to the endorsement that answers it — received, sent to the
administrator, confirmed (with a new matricule, if any), processed by an endorsement or
rejected with a reason — and the overdue ones, counted in working days."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import Collector, FieldError, NotFound
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.request_workflow import (
    OPEN_STATES,
    REQUEST_WORKFLOW,
    FollowUpDelays,
    RequestState,
    check_request_dates,
    overdue_reason,
    state_for_dates,
)
from desktop_app.domain.roles import Permission
from desktop_app.domain.working_days import latest_start_overdue
from desktop_app.persistence.models import (
    Endorsement,
    EndorsementRequest,
    InsuredPerson,
    Policy,
    SettingsDocument,
    Subscriber,
)
from desktop_app.persistence.paging import KeyOrder, descending
from desktop_app.services import validation as v
from desktop_app.services import workflow
from desktop_app.services.context import Actor, Changes, ServiceContext
from desktop_app.services.locking import find_locked, get_locked

SETTINGS_KEY = "follow_up"
TABLE = "endorsement_requests"
_ORDER = [RequestState.RECEIVED, RequestState.SENT, RequestState.CONFIRMED]


# -- settings ------------------------------------------------------------------------
def load_delays(session: Session) -> FollowUpDelays:
    row = session.get(SettingsDocument, SETTINGS_KEY)
    if row is None:
        return FollowUpDelays()
    value = json.loads(row.value)
    default = FollowUpDelays()
    return FollowUpDelays(
        int(value.get("send_within", default.send_within)),
        int(value.get("confirm_within", default.confirm_within)),
        tuple(date.fromisoformat(d) for d in value.get("holidays", [])),
    )


def get_follow_up_delays(ctx: ServiceContext) -> FollowUpDelays:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        return load_delays(session)


def save_follow_up_delays(ctx: ServiceContext, delays: FollowUpDelays) -> Changes:
    """The deadlines of the requests log (working days, 0–60) and the holidays."""
    ctx.require(Permission.MANAGE_SETTINGS)
    errors = Collector()
    for name, within, label in (
        ("send_within", delays.send_within, "Le délai de transmission"),
        ("confirm_within", delays.confirm_within, "Le délai de confirmation"),
    ):
        if not 0 <= within <= 60:
            errors.add(name, f"{label} doit être compris entre 0 et 60 jours ouvrés.")
    errors.raise_if_any()
    document = json.dumps(
        {
            "send_within": delays.send_within,
            "confirm_within": delays.confirm_within,
            "holidays": sorted({d.isoformat() for d in delays.holidays}),
        }
    )
    with ctx.write() as session:
        row = find_locked(session, SettingsDocument, SETTINGS_KEY)
        if row is None:
            session.add(SettingsDocument(key=SETTINGS_KEY, value=document))
        else:
            row.value = document
    return Changes.of("settings_documents")


# -- writing -------------------------------------------------------------------------
@dataclass(frozen=True)
class RequestData:
    policy_id: int
    kind: EndorsementKind
    received_on: date | None
    letter_date: date | None = None
    sent_to_administrator_on: date | None = None
    administrator_confirmed_on: date | None = None
    person_id: int | None = None
    new_matricule: str = ""
    notes: str = ""


def _check(session: Session, ctx: ServiceContext, data: RequestData) -> Collector:
    errors = Collector()
    check_request_dates(
        errors,
        ctx.today(),
        data.letter_date,
        data.received_on,
        data.sent_to_administrator_on,
        data.administrator_confirmed_on,
    )
    v.text(errors, data.notes, "notes", "Les observations", required=False, max_length=2000)
    matricule = v.text(
        errors,
        data.new_matricule,
        "new_matricule",
        "Le nouveau matricule",
        required=False,
        max_length=30,
    )
    if matricule and data.administrator_confirmed_on is None:
        errors.add(
            "new_matricule",
            "Le nouveau matricule vient de la confirmation du gestionnaire : indiquez sa date.",
        )
    if data.person_id is not None:
        person = session.get(InsuredPerson, data.person_id)
        if person is None or person.policy_id != data.policy_id:
            errors.add("person_id", "Cette personne n'est pas assurée par cette police.")
    return errors


def save_request(
    ctx: ServiceContext, request_id: int | None, data: RequestData
) -> tuple[int, Changes]:
    """Record a new request (``request_id`` None) or update one. The state follows the
    dates: a transmission date sends it, a confirmation date confirms it (each move
    recorded); a date that moved it cannot be cleared. A processed or rejected request
    only takes observations."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    now = ctx.now()
    with ctx.write() as session:
        policy = session.get(Policy, data.policy_id)
        if policy is None:
            raise FieldError("policy_id", "Choisissez la police concernée par la demande.")
        errors = _check(session, ctx, data)
        if request_id is None:
            if policy.status == PolicyStatus.DRAFT:
                errors.add(
                    "policy_id",
                    "La police n'est pas encore émise : une demande d'avenant porte sur une "
                    "police émise.",
                )
            elif policy.status == PolicyStatus.CANCELLED:
                errors.add("policy_id", "La police est résiliée : elle ne prend plus d'avenant.")
            errors.raise_if_any()
            request = EndorsementRequest(
                policy_id=policy.id,
                kind=data.kind,
                received_on=data.received_on,
                status=RequestState.RECEIVED,
                created_by=actor.code,
                created_at=now,
            )
            session.add(request)
        else:
            request = get_locked(session, EndorsementRequest, request_id, "Demande introuvable.")
            if request.policy_id != data.policy_id:
                errors.add("policy_id", "Une demande enregistrée ne change pas de police.")
            if request.status not in OPEN_STATES:
                errors.raise_if_any()
                _only_notes(request, data)
                request.notes = data.notes.strip()
                return request.id, Changes.of(TABLE, request.id)
            target = state_for_dates(data.sent_to_administrator_on, data.administrator_confirmed_on)
            if _ORDER.index(target) < _ORDER.index(request.status):
                if request.status == RequestState.CONFIRMED and target != RequestState.CONFIRMED:
                    errors.add(
                        "administrator_confirmed_on",
                        "La demande est confirmée : la date de confirmation ne s'efface plus.",
                    )
                if target == RequestState.RECEIVED:
                    errors.add(
                        "sent_to_administrator_on",
                        "La demande est transmise : la date de transmission ne s'efface plus.",
                    )
            errors.raise_if_any()
        _write(request, data)
        _advance(session, actor, now, request)
        session.flush()
        return request.id, Changes.of(TABLE, request.id)


def _only_notes(request: EndorsementRequest, data: RequestData) -> None:
    same = (
        request.kind == data.kind
        and request.letter_date == data.letter_date
        and request.received_on == data.received_on
        and request.sent_to_administrator_on == data.sent_to_administrator_on
        and request.administrator_confirmed_on == data.administrator_confirmed_on
        and request.person_id == data.person_id
        and request.new_matricule == data.new_matricule.strip()
    )
    if not same:
        raise FieldError(
            "status",
            f"La demande est « {request.status.label} » : seules les observations se "
            "modifient encore.",
        )


def _write(request: EndorsementRequest, data: RequestData) -> None:
    request.kind = data.kind
    request.letter_date = data.letter_date
    if data.received_on is not None:
        request.received_on = data.received_on
    request.sent_to_administrator_on = data.sent_to_administrator_on
    request.administrator_confirmed_on = data.administrator_confirmed_on
    request.person_id = data.person_id
    request.new_matricule = data.new_matricule.strip()
    request.notes = data.notes.strip()


def _advance(session: Session, actor: Actor, now: datetime, request: EndorsementRequest) -> None:
    target = state_for_dates(request.sent_to_administrator_on, request.administrator_confirmed_on)
    while _ORDER.index(request.status) < _ORDER.index(target):
        name = "send" if request.status == RequestState.RECEIVED else "confirm"
        _move(session, actor, now, request, name)


def _move(
    session: Session,
    actor: Actor,
    now: datetime,
    request: EndorsementRequest,
    name: str,
    reason: str = "",
) -> None:
    workflow.move(
        session,
        REQUEST_WORKFLOW,
        request,
        name,
        user_id=actor.user_id,
        user_code=actor.code,
        at=now,
        reason=reason,
        granted=actor.permissions,
    )


def reject_request(ctx: ServiceContext, request_id: int, reason: str) -> Changes:
    """Rejetée (§14): an open request the office will not act on, with its reason."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.write() as session:
        request = get_locked(session, EndorsementRequest, request_id, "Demande introuvable.")
        _move(session, actor, ctx.now(), request, "reject", reason)
        request.rejection_reason = " ".join(reason.split())
        return Changes.of(TABLE, request.id)


def process_request(
    session: Session, actor: Actor, now: datetime, request_id: int, endorsement: Endorsement
) -> EndorsementRequest:
    """Traitée: the endorsement that answers the request, inside the caller's unit of
    work (validating the endorsement, or linking it afterwards). Refused next to the
    ``request_id`` field unless the request is of the same policy and confirmed."""
    request = find_locked(session, EndorsementRequest, request_id)
    if request is None:
        raise FieldError("request_id", "Demande introuvable.")
    if request.policy_id != endorsement.policy_id:
        raise FieldError("request_id", "Cette demande concerne une autre police.")
    if request.status != RequestState.CONFIRMED:
        if request.status in OPEN_STATES:
            message = (
                f"La demande est « {request.status.label} » : elle doit être confirmée par le "
                "gestionnaire avant d'être traitée par avenant."
            )
        else:
            message = f"La demande est déjà « {request.status.label} »."
        raise FieldError("request_id", message)
    other = session.scalar(
        select(EndorsementRequest.id).where(EndorsementRequest.endorsement_id == endorsement.id)
    )
    if other is not None:
        raise FieldError("request_id", "Cet avenant répond déjà à une autre demande.")
    request.endorsement_id = endorsement.id
    # The endorsement keeps the request's dates (follow-up table b of §8) when it has none.
    for name in (
        "letter_date",
        "received_on",
        "sent_to_administrator_on",
        "administrator_confirmed_on",
    ):
        if getattr(endorsement, name) is None:
            setattr(endorsement, name, getattr(request, name))
    _move(session, actor, now, request, "process")
    return request


def link_request(ctx: ServiceContext, request_id: int, endorsement_id: int) -> Changes:
    """The clerk links a confirmed request to the endorsement made for it afterwards."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.write() as session:
        endorsement = session.get(Endorsement, endorsement_id)
        if endorsement is None:
            raise FieldError("endorsement_id", "Avenant introuvable.")
        process_request(session, actor, ctx.now(), request_id, endorsement)
        return Changes.of(TABLE, request_id)


def link_request_to_number(ctx: ServiceContext, request_id: int, number: int | None) -> Changes:
    """As ``link_request``, the endorsement given by its number within the request's
    policy (what the clerk reads on the endorsement)."""
    ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.read() as session:
        request = session.get(EndorsementRequest, request_id)
        if request is None:
            raise NotFound("Demande introuvable.")
        endorsement_id = session.scalar(
            select(Endorsement.id).where(
                Endorsement.policy_id == request.policy_id, Endorsement.number == number
            )
        )
    if endorsement_id is None:
        raise FieldError("endorsement_id", f"Cette police n'a pas d'avenant n° {number}.")
    return link_request(ctx, request_id, endorsement_id)


# -- reading -------------------------------------------------------------------------
class RequestKey(NamedTuple):
    received_on: date
    id: int


REQUEST_PAGING = KeyOrder.of(
    descending(EndorsementRequest.received_on), descending(EndorsementRequest.id)
)


@dataclass(frozen=True)
class RequestFilter:
    status: RequestState | None = None
    overdue_only: bool = False
    policy_id: int | None = None
    text: str = ""  # a policy number or a subscriber's name


@dataclass(frozen=True)
class RequestRow:
    id: int
    policy_id: int
    policy_number: str
    subscriber_name: str
    kind: EndorsementKind
    person_id: int | None
    letter_date: date | None
    received_on: date
    sent_to_administrator_on: date | None
    administrator_confirmed_on: date | None
    new_matricule: str
    status: RequestState
    rejection_reason: str
    notes: str
    endorsement_id: int | None
    endorsement_number: int | None
    overdue: str  # why it is late today, or ""

    @property
    def page_key(self) -> RequestKey:
        return RequestKey(self.received_on, self.id)


_COLUMNS: list[Any] = [
    EndorsementRequest,
    Policy.number,
    Subscriber.name,
    Endorsement.number,
]


def _query(
    flt: RequestFilter, today: date, delays: FollowUpDelays, columns: list[Any]
) -> Select[Any]:
    r = EndorsementRequest
    query = (
        select(*columns)
        .join(Policy, Policy.id == r.policy_id)
        .join(Subscriber, Subscriber.id == Policy.subscriber_id)
        .outerjoin(Endorsement, Endorsement.id == r.endorsement_id)
    )
    if flt.status is not None:
        query = query.where(r.status == flt.status)
    if flt.policy_id is not None:
        query = query.where(r.policy_id == flt.policy_id)
    text = flt.text.strip()
    if text:
        like = f"%{text.lower()}%"
        query = query.where(
            or_(func.lower(Policy.number).like(like), func.lower(Subscriber.name).like(like))
        )
    if flt.overdue_only:
        send_cut = latest_start_overdue(today, delays.send_within, delays.holidays)
        confirm_cut = latest_start_overdue(today, delays.confirm_within, delays.holidays)
        query = query.where(
            or_(
                and_(r.status == RequestState.RECEIVED, r.received_on <= send_cut),
                and_(r.status == RequestState.SENT, r.sent_to_administrator_on <= confirm_cut),
            )
        )
    return query


def _row(values: Any, today: date, delays: FollowUpDelays) -> RequestRow:
    request: EndorsementRequest = values[0]
    return RequestRow(
        request.id,
        request.policy_id,
        values[1] or "",
        values[2],
        request.kind,
        request.person_id,
        request.letter_date,
        request.received_on,
        request.sent_to_administrator_on,
        request.administrator_confirmed_on,
        request.new_matricule,
        request.status,
        request.rejection_reason,
        request.notes,
        request.endorsement_id,
        values[3],
        overdue_reason(
            request.status, request.received_on, request.sent_to_administrator_on, today, delays
        ),
    )


def count_requests(ctx: ServiceContext, flt: RequestFilter) -> int:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        delays = load_delays(session)
        query = _query(flt, ctx.today(), delays, [func.count(EndorsementRequest.id)])
        return int(session.scalar(query) or 0)


def fetch_requests(
    ctx: ServiceContext, flt: RequestFilter, after: RequestKey | None = None, limit: int = 200
) -> list[RequestRow]:
    """Latest received first, one page after the row ``after`` (keyset paging)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    today = ctx.today()
    with ctx.read() as session:
        delays = load_delays(session)
        query = _query(flt, today, delays, _COLUMNS)
        if after is not None:
            query = query.where(REQUEST_PAGING.after(tuple(after)))
        query = query.order_by(*REQUEST_PAGING.order_by()).limit(limit)
        return [_row(values, today, delays) for values in session.execute(query)]


def get_request(ctx: ServiceContext, request_id: int) -> RequestRow:
    ctx.require(Permission.VIEW_PORTFOLIO)
    today = ctx.today()
    with ctx.read() as session:
        delays = load_delays(session)
        query = _query(RequestFilter(), today, delays, _COLUMNS).where(
            EndorsementRequest.id == request_id
        )
        values = session.execute(query).first()
        if values is None:
            raise NotFound("Demande introuvable.")
        return _row(values, today, delays)


# -- look-ups for the request form ----------------------------------------------------
@dataclass(frozen=True)
class PolicyRef:
    id: int
    number: str
    subscriber_name: str


@dataclass(frozen=True)
class PersonRef:
    id: int
    matricule: str
    name: str


def find_policy(ctx: ServiceContext, number: str) -> PolicyRef:
    """The issued policy of this number, for a request typed from the requests log."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    cleaned = number.strip().upper()
    with ctx.read() as session:
        row = session.execute(
            select(Policy.id, Policy.number, Subscriber.name)
            .join(Subscriber, Subscriber.id == Policy.subscriber_id)
            .where(Policy.number == cleaned)
        ).first()
        if not cleaned or row is None:
            raise FieldError("policy_id", "Aucune police émise ne porte ce numéro.")
        return PolicyRef(row[0], row[1] or "", row[2])


def find_person(ctx: ServiceContext, policy_id: int, matricule: str) -> PersonRef:
    """The person of this matricule, insured by the policy."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    cleaned = matricule.strip().upper()
    with ctx.read() as session:
        person = session.scalar(
            select(InsuredPerson).where(
                InsuredPerson.matricule == cleaned,
                InsuredPerson.policy_id == policy_id,
            )
        )
        if not cleaned or person is None:
            raise FieldError("person_id", "Aucune personne de cette police n'a ce matricule.")
        return PersonRef(person.id, person.matricule, person.full_name)


def person_ref(ctx: ServiceContext, person_id: int) -> PersonRef:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        person = session.get(InsuredPerson, person_id)
        if person is None:
            raise NotFound("Personne introuvable.")
        return PersonRef(person.id, person.matricule, person.full_name)
