"""The renewal calendar through the services (domain.md §14): touchpoints computed from
each policy in force's expiry, the « cette semaine » list, a 120-day list paged by key
across touchpoints, ticked checklists, and the client's decision with its written
confirmation. Dates worked by hand:

- expiry 31/12/2026 → 02/09, 02/10, 01/11, 01/12, 17/12/2026 (120, 90, 60, 30, 14 days);
- expiry 31/03/2027 → 01/12/2026, 31/12/2026, 30/01/2027, 01/03/2027, 17/03/2027;
- Wednesday 16/12/2026 is in the week of Monday 14/12 to Sunday 20/12: it holds the 14-day
  touchpoint of 31/12/2026 (17/12) and nothing of 31/03/2027 or 31/12/2027.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.renewal_calendar import ClientDecision, week_of
from desktop_app.persistence.models import Policy
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import endorsements as e
from desktop_app.services.production import renewal_calendar as cal
from desktop_app.services.production.endorsement_input import EndorsementInput
from tests.factories_clock import at_day
from tests.services.claims.test_claims_builders import Office, issued_policy, office

D = ClientDecision
WED = date(2026, 12, 16)


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def _set_expiry(ctx: ServiceContext, pid: int, expiry: date) -> None:
    """Arrange a policy year ending on another day (as a renewal or a short year would)."""
    with ctx.write() as session:
        session.execute(update(Policy).where(Policy.id == pid).values(expiry_date=expiry))


@pytest.fixture
def portfolio(o: Office) -> dict[str, int]:
    """A ends 31/12/2026; B was renewed to 31/12/2027; C is cancelled; D ends 31/03/2027."""
    a, _ = issued_policy(o, ["Kouassi"], subscriber="Alpha SA")
    b, _ = issued_policy(o, ["Bamba"], subscriber="Bêta SARL")
    c, _ = issued_policy(o, ["Coulibaly"], subscriber="Gamma SA")
    d, _ = issued_policy(o, ["Diallo"], subscriber="Delta SA")
    _set_expiry(o.admin, b, date(2027, 12, 31))
    _set_expiry(o.admin, d, date(2027, 3, 31))
    e.validate_endorsement(
        o.production,
        c,
        EndorsementInput(
            EndorsementKind.CANCELLATION, day=date(2026, 10, 1), reason="Demande du client"
        ),
    )
    return {"A": a, "B": b, "C": c, "D": d}


def _week(ctx: ServiceContext) -> cal.CalendarFilter:
    first, last = week_of(ctx.today())
    return cal.CalendarFilter(first, last)


def test_a_policy_calendar_is_computed_from_its_expiry(
    o: Office, portfolio: dict[str, int]
) -> None:
    clerk = at_day(o.production, WED)
    view = cal.get_policy_calendar(clerk, portfolio["A"])
    assert view.expiry == date(2026, 12, 31)
    assert [(t.offset, t.day) for t in view.touchpoints] == [
        (120, date(2026, 9, 2)),
        (90, date(2026, 10, 2)),
        (60, date(2026, 11, 1)),
        (30, date(2026, 12, 1)),
        (14, date(2026, 12, 17)),
    ]
    assert view.decision is None
    assert not any(i.ticked for t in view.touchpoints for i in t.items)
    d = cal.get_policy_calendar(clerk, portfolio["D"])
    assert [t.day for t in d.touchpoints] == [
        date(2026, 12, 1),
        date(2026, 12, 31),
        date(2027, 1, 30),
        date(2027, 3, 1),
        date(2027, 3, 17),
    ]


def test_this_week_lists_the_touchpoints_not_done(o: Office, portfolio: dict[str, int]) -> None:
    clerk = at_day(o.production, WED)
    week = _week(clerk)
    assert (week.first, week.last) == (date(2026, 12, 14), date(2026, 12, 20))
    rows = cal.fetch_touchpoints(clerk, week)
    assert [(r.policy_id, r.offset, r.day) for r in rows] == [
        (portfolio["A"], 14, date(2026, 12, 17))
    ]
    assert rows[0].title == "Clôture" and (rows[0].ticked, rows[0].items) == (0, 3)
    assert cal.count_touchpoints(clerk, week) == 1
    # Two items ticked: still to do; the third: done today, gone from the list.
    cal.save_touchpoint(
        clerk, portfolio["A"], date(2026, 12, 31), 14, ["written_confirmation", "premium_arranged"]
    )
    rows = cal.fetch_touchpoints(clerk, week)
    assert [(r.ticked, r.done_on) for r in rows] == [(2, None)]
    cal.save_touchpoint(
        clerk,
        portfolio["A"],
        date(2026, 12, 31),
        14,
        ["documents_ready", "written_confirmation", "premium_arranged"],
    )
    assert cal.fetch_touchpoints(clerk, week) == []
    assert cal.count_touchpoints(clerk, week) == 0
    done = cal.fetch_touchpoints(clerk, cal.CalendarFilter(week.first, week.last, False))
    assert [(r.ticked, r.done_on) for r in done] == [(3, WED)]
    view = cal.get_policy_calendar(clerk, portfolio["A"])
    assert view.touchpoints[-1].done_on == WED
    # Unticking one reopens it.
    cal.save_touchpoint(clerk, portfolio["A"], date(2026, 12, 31), 14, ["documents_ready"])
    assert cal.count_touchpoints(clerk, week) == 1


def test_the_next_120_days_paged_across_touchpoints(o: Office, portfolio: dict[str, int]) -> None:
    clerk = at_day(o.production, WED)
    flt = cal.CalendarFilter(WED, date(2027, 4, 15), pending_only=False)
    expected = [
        (portfolio["A"], 14, date(2026, 12, 17)),
        (portfolio["D"], 90, date(2026, 12, 31)),
        (portfolio["D"], 60, date(2027, 1, 30)),
        (portfolio["D"], 30, date(2027, 3, 1)),
        (portfolio["D"], 14, date(2027, 3, 17)),
    ]
    assert cal.count_touchpoints(clerk, flt) == 5
    whole = cal.fetch_touchpoints(clerk, flt)
    assert [(r.policy_id, r.offset, r.day) for r in whole] == expected
    pages: list[cal.CalendarRow] = []
    after = None
    while True:
        page = cal.fetch_touchpoints(clerk, flt, after, 2)
        if not page:
            break
        pages += page
        after = page[-1].page_key
    assert [(r.policy_id, r.offset, r.day) for r in pages] == expected
    assert (
        cal.count_touchpoints(clerk, cal.CalendarFilter(WED, date(2027, 4, 15), text="delta")) == 4
    )


def test_two_policies_on_the_same_day_page_without_loss(o: Office) -> None:
    clerk = at_day(o.production, WED)
    ids = sorted(issued_policy(o, [f"Personne{i}"], subscriber=f"Client {i}")[0] for i in range(3))
    flt = cal.CalendarFilter(date(2026, 12, 1), date(2026, 12, 17), pending_only=False)
    rows, after = [], None
    while page := cal.fetch_touchpoints(clerk, flt, after, 1):
        rows += page
        after = page[-1].page_key
    assert [(r.day, r.policy_id) for r in rows] == [
        (date(2026, 12, 1), ids[0]),
        (date(2026, 12, 1), ids[1]),
        (date(2026, 12, 1), ids[2]),
        (date(2026, 12, 17), ids[0]),
        (date(2026, 12, 17), ids[1]),
        (date(2026, 12, 17), ids[2]),
    ]


def test_ticking_refuses_what_is_not_on_the_calendar(o: Office, portfolio: dict[str, int]) -> None:
    clerk = at_day(o.production, WED)
    with pytest.raises(FieldError) as refused:
        cal.save_touchpoint(clerk, portfolio["A"], date(2026, 12, 31), 14, ["proposal_sent"])
    assert refused.value.field == "items"
    with pytest.raises(FieldError) as refused:
        cal.save_touchpoint(clerk, portfolio["A"], date(2026, 12, 31), 45, [])
    assert refused.value.field == "offset"
    with pytest.raises(FieldError) as refused:
        cal.save_touchpoint(clerk, portfolio["B"], date(2026, 12, 31), 14, [])
    assert "31/12/2027" in str(refused.value)
    with pytest.raises(FieldError) as refused:
        cal.save_touchpoint(clerk, portfolio["C"], date(2026, 12, 31), 14, [])
    assert "Résiliée" in str(refused.value)


def test_the_client_decision_and_its_written_confirmation(
    o: Office, portfolio: dict[str, int]
) -> None:
    clerk = at_day(o.production, WED)
    a, expiry = portfolio["A"], date(2026, 12, 31)
    with pytest.raises(ValidationFailed) as refused:
        cal.record_decision(
            clerk,
            a,
            expiry,
            cal.DecisionData(D.RENEW, date(2026, 12, 10), date(2026, 12, 9)),
        )
    assert "précéder la décision" in str(refused.value.errors[0])
    with pytest.raises(ValidationFailed) as refused:
        cal.record_decision(
            clerk, a, expiry, cal.DecisionData(D.NO_ANSWER, date(2026, 12, 10), date(2026, 12, 11))
        )
    assert "Sans réponse" in str(refused.value.errors[0])
    with pytest.raises(ValidationFailed) as refused:
        cal.record_decision(clerk, a, expiry, cal.DecisionData(None, date(2026, 12, 17)))
    assert {f.field for f in refused.value.errors} == {"decision", "decided_on"}
    assert cal.get_policy_calendar(clerk, a).decision is None
    cal.record_decision(clerk, a, expiry, cal.DecisionData(D.RENEW_CHANGED, date(2026, 12, 10)))
    cal.record_decision(
        clerk,
        a,
        expiry,
        cal.DecisionData(D.RENEW_CHANGED, date(2026, 12, 10), date(2026, 12, 14), "Zone 2"),
    )
    decision = cal.get_policy_calendar(clerk, a).decision
    assert decision == cal.DecisionData(
        D.RENEW_CHANGED, date(2026, 12, 10), date(2026, 12, 14), "Zone 2"
    )
    row = cal.fetch_touchpoints(clerk, _week(clerk))[0]
    assert (row.decision, row.written_confirmation_on) == (D.RENEW_CHANGED, date(2026, 12, 14))
    assert D.RENEW_CHANGED.label == "Renouvelle avec modification"


def test_a_reader_cannot_tick(o: Office, portfolio: dict[str, int]) -> None:
    with pytest.raises(DomainError):
        cal.save_touchpoint(
            at_day(o.claims, WED), portfolio["A"], date(2026, 12, 31), 14, ["premium_arranged"]
        )
