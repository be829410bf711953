"""The prior-approval register (domain.md §7) and a file's follow-up: timeline, reminders,
complaints, and the files whose next action is due (§10, §14)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.domain.care import CareCategory
from desktop_app.domain.claim_workflow import ApprovalState
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.kinds import PaymentMode
from desktop_app.services.claims import approvals, payment_orders
from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.claims.timeline import EventInput
from desktop_app.services.context import ServiceContext
from tests.services.claims.test_claims_builders import (
    TODAY,
    assessed,
    issued_policy,
    line,
    office,
    ordered,
    receive,
)

LAB = CareCategory.LABORATORY


def test_requests_unanswered_after_24_hours_are_overdue(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§7: the company answers within 24 hours. At 21/11 09:30, a request of 20/11 09:00
    (24 h 30) is overdue, one of 20/11 10:00 (23 h 30) is not, and a decided one never is."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    late_id, late_ref, _ = approvals.request_approval(
        o.claims,
        approvals.ApprovalInput(
            ids["Kouassi"], LAB, 45_000, o.clinic_id, asked_at=datetime(2026, 11, 20, 9, 0)
        ),
    )
    approvals.request_approval(
        o.claims,
        approvals.ApprovalInput(
            ids["Kouassi"],
            LAB,
            20_000,
            asked_at=datetime(2026, 11, 20, 10, 0),
            reference="ascoma-778",
        ),
    )
    decided_id, _, _ = approvals.request_approval(
        o.claims,
        approvals.ApprovalInput(ids["Kouassi"], LAB, 60_000, asked_at=datetime(2026, 11, 19, 8, 0)),
    )
    approvals.decide_approval(
        o.claims,
        decided_id,
        approvals.DecisionInput(
            ApprovalState.PARTIAL, "Deux analyses sur trois", agreed_amount=40_000
        ),
    )
    overdue = approvals.list_approvals(o.claims, overdue_only=True)
    assert [r.reference for r in overdue] == [late_ref] and overdue[0].overdue
    assert approvals.count_approvals(o.claims, overdue_only=True) == 1
    every = {r.reference: r for r in approvals.list_approvals(o.claims)}
    assert set(every) == {"EP-2026-000001", "ASCOMA-778", "EP-2026-000002"}
    assert not every["ASCOMA-778"].overdue
    partial = every["EP-2026-000002"]
    assert (partial.state, partial.agreed_amount, partial.decided_by) == (
        ApprovalState.PARTIAL,
        40_000,
        "sin",
    )
    with pytest.raises(FieldError, match="motif"):
        approvals.decide_approval(o.claims, late_id, approvals.DecisionInput(ApprovalState.REFUSED))
    with pytest.raises(ValidationFailed):
        approvals.decide_approval(
            o.claims, late_id, approvals.DecisionInput(ApprovalState.PARTIAL, "moins")
        )
    with pytest.raises(FieldError, match="inférieur"):
        approvals.decide_approval(
            o.claims,
            late_id,
            approvals.DecisionInput(ApprovalState.PARTIAL, "moins", agreed_amount=45_000),
        )
    approvals.decide_approval(
        o.claims, late_id, approvals.DecisionInput(ApprovalState.REFUSED, "Non justifié")
    )
    assert approvals.list_approvals(o.claims, overdue_only=True) == []
    with pytest.raises(ValidationFailed, match="déjà enregistrée"):
        approvals.request_approval(
            o.claims, approvals.ApprovalInput(ids["Kouassi"], LAB, 1_000, reference="ASCOMA-778")
        )


def test_timeline_reminders_complaints_and_due_actions(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Every step is dated and signed (§10); a reminder sets the next action date; the due
    list shows open files whose date has come, most overdue first, and drops paid ones."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi", "Bamba"])
    waiting = receive(o, ids["Kouassi"], 12_000, next_action_date=date(2026, 11, 10))
    later = receive(o, ids["Bamba"], 9_000, next_action_date=date(2026, 11, 30))
    paid = assessed(o, ids["Bamba"], [line(date(2026, 10, 3), CareCategory.PHARMACY, 5_000)])
    claim_timeline.add_event(
        o.claims,
        paid,
        EventInput("note", "Appeler le prestataire", next_action_date=date(2026, 11, 21)),
    )
    order = ordered(o, [paid])
    payment_orders.pay_order(o.claims, order, payment_orders.PaymentInput(TODAY, PaymentMode.CASH))

    claim_timeline.add_event(
        o.claims,
        waiting,
        EventInput("complaint", "L'assuré attend son remboursement", channel="Téléphone"),
    )
    claim_timeline.add_event(
        o.claims,
        later,
        EventInput("reminder", "Relancer pour l'ordonnance", next_action_date=date(2026, 11, 21)),
    )
    with pytest.raises(ValidationFailed) as refused:
        claim_timeline.add_event(
            o.claims, waiting, EventInput("complaint", "", next_action_date=date(2026, 11, 1))
        )
    assert set(refused.value.by_field()) == {"text", "channel", "next_action_date"}
    due = claim_timeline.due_actions(o.claims, TODAY)
    assert [(r.claim_id, r.days_late) for r in due] == [(waiting, 11), (later, 0)]
    assert claim_timeline.count_due_actions(o.claims, date(2026, 11, 20)) == 1
    events = claim_timeline.timeline(o.accountant, waiting)
    assert [(e.kind, e.user_code) for e in events] == [("received", "sin"), ("complaint", "sin")]
    assert events[1].channel == "Téléphone" and events[1].label == "Réclamation"
