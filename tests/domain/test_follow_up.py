"""The follow-up rules of domain.md §14 in the domain: working days, the requests log's
workflow, its dates and deadlines, and the renewal calendar's touchpoints. Every date here
was worked out by hand on a calendar of 2026 (02/11/2026 is a Monday)."""

from __future__ import annotations

from datetime import date, datetime
from itertools import product

import pytest

from desktop_app.domain.errors import Collector, FieldError, PermissionDenied
from desktop_app.domain.renewal_calendar import (
    OFFSETS,
    TOUCHPOINTS,
    check_items,
    expiry_window,
    touchpoint_day,
    touchpoints,
    week_of,
)
from desktop_app.domain.request_workflow import (
    REQUEST_WORKFLOW,
    FollowUpDelays,
    RequestState,
    check_request_dates,
    overdue_reason,
    state_for_dates,
)
from desktop_app.domain.roles import Permission
from desktop_app.domain.workflow import ForbiddenTransition
from desktop_app.domain.working_days import (
    add_working_days,
    is_working_day,
    latest_start_overdue,
    working_days_between,
)

AT = datetime(2026, 11, 21, 9, 30)
R = RequestState


# -- working days (§14: deadlines in working days) --------------------------------------
def test_weekends_and_holidays_are_not_working_days() -> None:
    assert is_working_day(date(2026, 11, 6))  # Friday
    assert not is_working_day(date(2026, 11, 7))  # Saturday
    assert not is_working_day(date(2026, 11, 8))  # Sunday
    assert not is_working_day(date(2026, 12, 25), {date(2026, 12, 25)})  # a Friday holiday


def test_adding_working_days_skips_the_weekend_and_the_holidays() -> None:
    friday = date(2026, 11, 6)
    assert add_working_days(friday, 0) == friday
    assert add_working_days(friday, 1) == date(2026, 11, 9)  # Monday
    assert add_working_days(friday, 2) == date(2026, 11, 10)  # Tuesday
    # Monday 09/11 a holiday: Tuesday, then Wednesday.
    assert add_working_days(friday, 2, {date(2026, 11, 9)}) == date(2026, 11, 11)
    # Monday 16/11 + 5: 17, 18, 19, 20, then Monday 23/11.
    assert add_working_days(date(2026, 11, 16), 5) == date(2026, 11, 23)
    with pytest.raises(ValueError):
        add_working_days(friday, -1)


def test_working_days_between_counts_after_the_start_up_to_the_end() -> None:
    assert working_days_between(date(2026, 11, 6), date(2026, 11, 6)) == 0
    assert working_days_between(date(2026, 11, 6), date(2026, 11, 8)) == 0  # the weekend
    assert working_days_between(date(2026, 11, 6), date(2026, 11, 11)) == 3  # Mon, Tue, Wed
    assert working_days_between(date(2026, 11, 6), date(2026, 11, 11), {date(2026, 11, 10)}) == 2


def test_the_latest_overdue_start_is_one_date_for_a_list() -> None:
    # On Wednesday 11/11 with 2 working days: received Monday 09/11 is due 11/11 (not
    # late); received Sunday 08/11 is due Tuesday 10/11 (late): every start up to 08/11.
    assert latest_start_overdue(date(2026, 11, 11), 2) == date(2026, 11, 8)
    # Monday 09/11 a holiday: 06/11, 07/11 and 08/11 are due 11/11, no longer late;
    # Thursday 05/11 is due Tuesday 10/11 (Friday 06/11, then Tuesday).
    assert latest_start_overdue(date(2026, 11, 11), 2, {date(2026, 11, 9)}) == date(2026, 11, 5)
    for today, count in product([date(2026, 11, d) for d in range(1, 30)], [0, 1, 2, 5, 10]):
        cut = latest_start_overdue(today, count)
        assert add_working_days(cut, count) < today
        for later in range(1, 20):
            start = date.fromordinal(cut.toordinal() + later)
            assert add_working_days(start, count) >= today


# -- the requests log's workflow (§14 b, D14) -------------------------------------------
MOVES: dict[tuple[RequestState, RequestState], tuple[str, bool]] = {
    (R.RECEIVED, R.SENT): ("send", False),
    (R.SENT, R.CONFIRMED): ("confirm", False),
    (R.CONFIRMED, R.PROCESSED): ("process", False),
    (R.RECEIVED, R.REJECTED): ("reject", True),
    (R.SENT, R.REJECTED): ("reject", True),
    (R.CONFIRMED, R.REJECTED): ("reject", True),
}


@pytest.mark.parametrize(("source", "target"), list(product(R, R)))
def test_the_request_workflow_is_exactly_the_table(source: R, target: R) -> None:
    expected = MOVES.get((source, target))
    granted = {Permission.EDIT_PRODUCTION.value}
    if expected is None:
        with pytest.raises(ForbiddenTransition):
            REQUEST_WORKFLOW.move(source, target, "prod", AT, "motif", granted)
        return
    name, needs_reason = expected
    done = REQUEST_WORKFLOW.move(source, target, "prod", AT, "motif", granted)
    assert (done.name, done.target) == (name, target)
    if needs_reason:
        with pytest.raises(FieldError) as refused:
            REQUEST_WORKFLOW.move(source, target, "prod", AT, "  ", granted)
        assert refused.value.field == "reason"
    with pytest.raises(PermissionDenied):
        REQUEST_WORKFLOW.move(source, target, "prod", AT, "motif", {Permission.VIEW_PORTFOLIO})


def test_a_processed_or_rejected_request_is_final() -> None:
    assert REQUEST_WORKFLOW.is_final(R.PROCESSED)
    assert REQUEST_WORKFLOW.is_final(R.REJECTED)
    assert REQUEST_WORKFLOW.initial == R.RECEIVED
    with pytest.raises(ForbiddenTransition) as refused:
        REQUEST_WORKFLOW.move(R.RECEIVED, R.PROCESSED, "prod", AT)
    assert "« Reçue »" in str(refused.value) and "« Traitée »" in str(refused.value)


def test_the_dates_put_the_request_in_its_state() -> None:
    assert state_for_dates(None, None) == R.RECEIVED
    assert state_for_dates(date(2026, 11, 9), None) == R.SENT
    assert state_for_dates(date(2026, 11, 9), date(2026, 11, 12)) == R.CONFIRMED


def _date_errors(**dates: date | None) -> dict[str, str]:
    errors = Collector()
    values = {
        "letter_date": None,
        "received_on": date(2026, 11, 6),
        "sent_on": None,
        "confirmed_on": None,
    } | dates
    check_request_dates(errors, date(2026, 11, 21), **values)
    return {e.field: str(e) for e in errors.errors}


def test_the_request_dates_are_in_order_and_never_in_the_future() -> None:
    assert _date_errors(letter_date=date(2026, 11, 2), sent_on=date(2026, 11, 9)) == {}
    assert (
        "avant la date de son courrier"
        in _date_errors(letter_date=date(2026, 11, 7))["received_on"]
    )
    assert "obligatoire" in _date_errors(received_on=None)["received_on"]
    assert "futur" in _date_errors(received_on=date(2026, 11, 22))["received_on"]
    assert (
        "avant d'avoir été reçue"
        in _date_errors(sent_on=date(2026, 11, 5))["sent_to_administrator_on"]
    )
    assert (
        "transmission"
        in _date_errors(confirmed_on=date(2026, 11, 10))["administrator_confirmed_on"]
    )
    assert (
        "avant que la demande"
        in _date_errors(sent_on=date(2026, 11, 10), confirmed_on=date(2026, 11, 9))[
            "administrator_confirmed_on"
        ]
    )
    # The same day is allowed: received and sent on Friday 06/11.
    assert _date_errors(letter_date=date(2026, 11, 6), sent_on=date(2026, 11, 6)) == {}


def test_a_request_is_overdue_after_its_working_days() -> None:
    delays = FollowUpDelays(send_within=2, confirm_within=5)
    friday = date(2026, 11, 6)
    # Received Friday 06/11, 2 working days to send it: due Tuesday 10/11.
    assert overdue_reason(R.RECEIVED, friday, None, date(2026, 11, 10), delays) == ""
    late = overdue_reason(R.RECEIVED, friday, None, date(2026, 11, 11), delays)
    assert late == "À transmettre au gestionnaire depuis le 10/11/2026"
    holiday = FollowUpDelays(2, 5, (date(2026, 11, 9),))
    assert overdue_reason(R.RECEIVED, friday, None, date(2026, 11, 11), holiday) == ""
    # Sent Monday 16/11, 5 working days to confirm: due Monday 23/11.
    sent = date(2026, 11, 16)
    assert overdue_reason(R.SENT, friday, sent, date(2026, 11, 23), delays) == ""
    assert overdue_reason(R.SENT, friday, sent, date(2026, 11, 24), delays) == (
        "Confirmation du gestionnaire attendue depuis le 23/11/2026"
    )
    # Confirmed, processed or rejected: never late.
    for state in (R.CONFIRMED, R.PROCESSED, R.REJECTED):
        assert overdue_reason(state, friday, sent, date(2027, 1, 4), delays) == ""


# -- the renewal calendar (§14) ----------------------------------------------------------
def test_the_touchpoints_of_a_year_ending_31_december_2026() -> None:
    assert touchpoints(date(2026, 12, 31)) == [
        (120, date(2026, 9, 2)),
        (90, date(2026, 10, 2)),
        (60, date(2026, 11, 1)),
        (30, date(2026, 12, 1)),
        (14, date(2026, 12, 17)),
    ]
    # A year ending in March (a policy ended early): 31/03/2027 less 30 days is 01/03/2027
    # (February has 28 days), less 60 days 30/01/2027.
    assert touchpoint_day(date(2027, 3, 31), 30) == date(2027, 3, 1)
    assert touchpoint_day(date(2027, 3, 31), 60) == date(2027, 1, 30)
    with pytest.raises(ValueError):
        touchpoint_day(date(2026, 12, 31), 45)


def test_each_touchpoint_has_its_checklist() -> None:
    assert OFFSETS == (120, 90, 60, 30, 14)
    assert [TOUCHPOINTS[k].title for k in OFFSETS] == [
        "Bilan pré-renouvellement",
        "Dossier de renouvellement",
        "Proposition",
        "Décision du client",
        "Clôture",
    ]
    assert "S/P calculé" in [i.label for i in TOUCHPOINTS[90].items]
    assert "Proposition de renouvellement envoyée" in [i.label for i in TOUCHPOINTS[60].items]
    assert "Confirmation écrite reçue" in [i.label for i in TOUCHPOINTS[14].items]
    assert check_items(90, ("loss_ratio_sent", "loss_ratio_computed")) == (
        "loss_ratio_computed",
        "loss_ratio_sent",
    )
    with pytest.raises(ValueError):
        check_items(90, ("proposal_sent",))


def test_a_week_and_the_expiries_whose_touchpoint_falls_in_it() -> None:
    # Tuesday 08/12/2026: the week of Monday 07/12 to Sunday 13/12.
    assert week_of(date(2026, 12, 8)) == (date(2026, 12, 7), date(2026, 12, 13))
    assert week_of(date(2026, 12, 13)) == (date(2026, 12, 7), date(2026, 12, 13))
    first, last = date(2026, 12, 7), date(2026, 12, 13)
    assert expiry_window(first, last, 14) == (date(2026, 12, 21), date(2026, 12, 27))
    assert expiry_window(first, last, 30) == (date(2027, 1, 6), date(2027, 1, 12))
    assert expiry_window(first, last, 120) == (date(2027, 4, 6), date(2027, 4, 12))
    # The week of 14/12 holds the 14-day touchpoint of 31/12/2026 (17/12).
    low, high = expiry_window(date(2026, 12, 14), date(2026, 12, 20), 14)
    assert low <= date(2026, 12, 31) <= high
