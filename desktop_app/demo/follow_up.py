"""The follow-up of §14 in the demo portfolio (issue 8): endorsement requests in every
state of the requests log — a few overdue, one answered by an endorsement, one rejected —
and renewal calendar records (touchpoints ticked, some done, client decisions), written
through the real services by the demo's production clerk, each dated so that the lists
read like a real month."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import exists, func, select

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.renewal_calendar import TOUCHPOINTS, ClientDecision, touchpoints
from desktop_app.domain.request_workflow import FollowUpDelays
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import (
    Endorsement,
    EndorsementRequest,
    InsuredPerson,
    Policy,
    User,
)
from desktop_app.services.context import Actor, ServiceContext
from desktop_app.services.production import renewal_calendar as cal
from desktop_app.services.production import requests_log as log

CLERK = "production"
KINDS = (
    EndorsementKind.ADDITION,
    EndorsementKind.REMOVAL,
    EndorsementKind.COVER_CHANGE,
    EndorsementKind.REGULARISATION,
)


def _ctx(db: Database, day: date) -> ServiceContext | None:
    with db.read() as session:
        user = session.scalar(select(User).where(User.code == CLERK))
        if user is None:
            return None
        actor = Actor(user.id, user.code, user.full_name, user.role_set)
    moment = datetime.combine(day, time(10, 0))
    return ServiceContext(db, actor, lambda: moment)


def _back(today: date, days: int) -> date:
    """``days`` working days before ``today``."""
    day = today
    while days:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def _small_policies(db: Database, count: int) -> list[tuple[int, date, date]]:
    """(policy, effective date, expiry) of the smallest policies in force."""
    with db.read() as session:
        persons = (
            select(InsuredPerson.policy_id, func.count(InsuredPerson.id).label("n"))
            .group_by(InsuredPerson.policy_id)
            .subquery()
        )
        rows = session.execute(
            select(Policy.id, Policy.effective_date, Policy.expiry_date)
            .join(persons, persons.c.policy_id == Policy.id)
            .where(Policy.status == PolicyStatus.IN_FORCE, persons.c.n <= 4)
            .order_by(Policy.id)
            .limit(count)
        ).all()
        return [(r[0], r[1], r[2]) for r in rows]


def load_demo_follow_up(db: Database, seed: int, today: date) -> tuple[int, int]:
    """Write the requests and calendar records; returns (requests, calendar records)."""
    ctx = _ctx(db, today)
    if ctx is None:
        return 0, 0
    rng = random.Random(f"follow-up:{seed}")
    policies = _small_policies(db, 16)
    if len(policies) < 8:
        return 0, 0
    delays = FollowUpDelays()
    # (received, sent, confirmed) in working days before today; None: not yet.
    plans: list[tuple[str, int, int | None, int | None]] = [
        ("received", 1, None, None),
        ("received", delays.send_within + 4, None, None),  # late: not sent
        ("received", delays.send_within + 9, None, None),  # late
        ("sent", 3, 2, None),
        ("sent", 15, 14, None),  # late: no confirmation
        ("confirmed", 12, 11, 4),
        ("confirmed", 20, 18, 10),
        ("processed", 25, 23, 15),
        ("rejected", 8, None, None),
        ("rejected", 18, 16, None),
    ]
    endorsed = _endorsed(db)
    written = 0
    for i, (state, received, sent, confirmed) in enumerate(plans):
        pid, _effective, _expiry = policies[i % len(policies)]
        kind = rng.choice(KINDS)
        if state == "processed" and endorsed is not None:
            pid, kind = endorsed
        received_on = _back(today, received)
        data = log.RequestData(
            pid,
            kind,
            received_on,
            letter_date=received_on - timedelta(days=rng.randint(1, 5)),
            sent_to_administrator_on=_back(today, sent) if sent is not None else None,
            administrator_confirmed_on=_back(today, confirmed) if confirmed is not None else None,
            new_matricule=f"GST-{rng.randint(100000, 999999)}" if confirmed is not None else "",
            notes=rng.choice(
                ["", "Courrier reçu par e-mail", "Relance téléphonique faite", "Pièces jointes"]
            ),
        )
        rid, _ = log.save_request(ctx, None, data)
        written += 1
        if state == "rejected":
            log.reject_request(ctx, rid, "Pièces justificatives manquantes")
        elif state == "processed":
            _link_an_endorsement(ctx, rid)
    return written, _calendar(ctx, rng, policies, today)


def _endorsed(db: Database) -> tuple[int, EndorsementKind] | None:
    """A policy in force with an endorsement, and that endorsement's kind."""
    with db.read() as session:
        row = session.execute(
            select(Endorsement.policy_id, Endorsement.kind)
            .join(Policy, Policy.id == Endorsement.policy_id)
            .where(Policy.status == PolicyStatus.IN_FORCE)
            .order_by(Endorsement.id)
            .limit(1)
        ).first()
        return (row[0], row[1]) if row else None


def _link_an_endorsement(ctx: ServiceContext, request_id: int) -> None:
    """« Traitée »: the request answered by the first endorsement of its policy, when the
    demo portfolio holds one (the demo writes no endorsement of its own here: it would
    change the portfolio the other demo checks count)."""
    with ctx.read() as session:
        request = session.get(EndorsementRequest, request_id)
        assert request is not None
        endorsement_id = session.scalar(
            select(Endorsement.id)
            .where(
                Endorsement.policy_id == request.policy_id,
                ~exists().where(EndorsementRequest.endorsement_id == Endorsement.id),
            )
            .order_by(Endorsement.id)
            .limit(1)
        )
    if endorsement_id is not None:
        log.link_request(ctx, request_id, endorsement_id)


def _calendar(
    ctx: ServiceContext, rng: random.Random, policies: list[tuple[int, date, date]], today: date
) -> int:
    """Past touchpoints ticked (most done, one left half done), decisions for a few."""
    records = 0
    for n, (pid, _effective, expiry) in enumerate(policies[:10]):
        past = [(k, day) for k, day in touchpoints(expiry) if day <= today]
        for j, (k, _day) in enumerate(past):
            codes = list(TOUCHPOINTS[k].item_codes())
            if j == len(past) - 1 and n % 3 == 0:
                codes = codes[:1]  # the last one begun, not finished
            cal.save_touchpoint(ctx, pid, expiry, k, codes)
            records += 1
        if n < 4 and past and past[-1][0] <= 60:  # the proposal is out: answers come
            decision = [
                ClientDecision.RENEW,
                ClientDecision.RENEW_CHANGED,
                ClientDecision.CANCEL,
                ClientDecision.NO_ANSWER,
            ][n]
            decided = today - timedelta(days=rng.randint(1, 5))
            written = None if decision == ClientDecision.NO_ANSWER else decided + timedelta(days=1)
            cal.record_decision(
                ctx,
                pid,
                expiry,
                cal.DecisionData(decision, decided, min(written, today) if written else None),
            )
            records += 1
    return records
