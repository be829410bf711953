"""The demo's follow-up of §14 (issue 8): requests in every state of the requests log, a
few overdue, the processed one answered by an endorsement, the rejected ones with their
reason; renewal calendar records, done and begun, and client decisions. The demo is
loaded on Saturday 21/11/2026."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import func, select

from desktop_app.domain.request_workflow import RequestState
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import (
    Endorsement,
    EndorsementRequest,
    RenewalDecision,
    RenewalTouchpoint,
)
from desktop_app.services.context import SYSTEM_ACTOR, ServiceContext
from desktop_app.services.production import requests_log as log
from tests.demo.conftest import TODAY, SharedDemo


def test_the_demo_has_requests_in_every_state_and_calendar_records(demo: SharedDemo) -> None:
    assert demo.report.requests == 10 and demo.report.calendar_records > 0
    with demo.db.read() as s:
        states = Counter(s.scalars(select(EndorsementRequest.status)))
        # « Traitée » needs an endorsement of the demo to answer; without one the request
        # stays « Confirmée ».
        if s.scalar(select(func.count(Endorsement.id))):
            assert set(states) == set(RequestState)
            processed = s.scalar(
                select(EndorsementRequest).where(
                    EndorsementRequest.status == RequestState.PROCESSED
                )
            )
            assert processed is not None and processed.endorsement_id is not None
        else:
            assert set(states) == set(RequestState) - {RequestState.PROCESSED}
            assert states[RequestState.CONFIRMED] == 3
        rejected = s.scalars(
            select(EndorsementRequest.rejection_reason).where(
                EndorsementRequest.status == RequestState.REJECTED
            )
        ).all()
        assert rejected and all(rejected)
        done = s.scalar(
            select(func.count(RenewalTouchpoint.id)).where(RenewalTouchpoint.done_on.is_not(None))
        )
        begun = s.scalar(
            select(func.count(RenewalTouchpoint.id)).where(RenewalTouchpoint.done_on.is_(None))
        )
        assert done and begun
        assert s.scalar(select(func.count(RenewalDecision.id))) == 4
    ctx = ServiceContext(
        demo.db, SYSTEM_ACTOR, lambda: datetime.combine(TODAY, datetime.min.time())
    )
    late = log.fetch_requests(ctx, log.RequestFilter(overdue_only=True))
    assert len(late) == 3  # two not sent, one sent and not confirmed
    assert "demandes d'avenant" in demo.report.summary()


def test_with_an_endorsement_in_the_portfolio_a_request_is_processed(
    demo: SharedDemo, demo_copy: Database
) -> None:
    from desktop_app.demo.follow_up import _ctx, _small_policies, load_demo_follow_up
    from desktop_app.domain.endorsements import EndorsementKind
    from desktop_app.services.production import endorsements
    from desktop_app.services.production.endorsement_input import EndorsementInput

    ctx = _ctx(demo_copy, TODAY)
    assert ctx is not None
    pid = _small_policies(demo_copy, 1)[0][0]
    endorsements.validate_endorsement(
        ctx, pid, EndorsementInput(EndorsementKind.SUSPENSION, day=TODAY)
    )
    load_demo_follow_up(demo_copy, 99, TODAY)
    with demo_copy.read() as s:
        processed = s.scalars(
            select(EndorsementRequest).where(EndorsementRequest.status == RequestState.PROCESSED)
        ).all()
        assert [(r.policy_id, r.kind) for r in processed] == [(pid, EndorsementKind.SUSPENSION)]
