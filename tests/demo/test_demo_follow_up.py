"""The demo's follow-up of §14 (issue 8): requests in every state of the requests log, a
few overdue, the processed one answered by an endorsement, the rejected ones with their
reason; renewal calendar records, done and begun, and client decisions. The demo is
loaded on Saturday 21/11/2026."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import func, select

from desktop_app.domain.request_workflow import RequestState
from desktop_app.persistence.models import (
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
        assert set(states) == set(RequestState)
        processed = s.scalar(
            select(EndorsementRequest).where(EndorsementRequest.status == RequestState.PROCESSED)
        )
        assert processed is not None and processed.endorsement_id is not None
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
