"""Policy dates and terms (domain.md §2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.kinds import Coinsurance, PaymentTerms, PolicyCategory
from desktop_app.domain.policy_rules import (
    PolicyTerms,
    category_for,
    check_coinsurance,
    check_effective_date,
    check_instalments,
    check_issue_date,
    check_notice,
    check_terms,
    expiry_for,
)

TODAY = date(2026, 3, 10)


def fields(errors: list[FieldError]) -> list[str]:
    return [e.field for e in errors]


@pytest.mark.parametrize("effective", [date(2026, 1, 1), date(2026, 9, 15), date(2026, 12, 31)])
def test_expiry_is_31_december_of_the_effective_year(effective: date) -> None:
    """§2: every health policy expires on 31 December of its year, whatever its effect."""
    assert expiry_for(effective) == date(2026, 12, 31)


def test_category_counts_members_only() -> None:
    """§2: a family of six with one member is individual; ten people with two members is
    individual; 4 members individual; 5 members group."""
    assert category_for(1) == PolicyCategory.INDIVIDUAL  # family of six, one member
    assert category_for(2) == PolicyCategory.INDIVIDUAL  # ten people, two members
    assert category_for(4) == PolicyCategory.INDIVIDUAL
    assert category_for(5) == PolicyCategory.GROUP
    with pytest.raises(FieldError):
        category_for(-1)


def test_effective_date_window() -> None:
    """Decision: from 1 January of last year to 31 December of next year; back-dated is
    allowed with a warning; missing is an error."""
    assert check_effective_date(date(2025, 1, 1), TODAY)[0] == []
    assert fields(check_effective_date(date(2024, 12, 31), TODAY)[0]) == ["effective_date"]
    assert check_effective_date(date(2027, 12, 31), TODAY) == ([], [])
    assert fields(check_effective_date(date(2028, 1, 1), TODAY)[0]) == ["effective_date"]
    assert fields(check_effective_date(None, TODAY)[0]) == ["effective_date"]


def test_back_dated_effect_is_a_warning_only() -> None:
    errors, warnings = check_effective_date(date(2026, 1, 1), TODAY)
    assert errors == []
    assert warnings and "rétroactive" in warnings[0]
    assert check_effective_date(TODAY, TODAY) == ([], [])


def test_issue_date_not_after_today() -> None:
    """§2 + decision: issue date never in the future, nor after the policy's expiry."""
    assert check_issue_date(TODAY, date(2026, 1, 1), TODAY) == []
    assert check_issue_date(None, date(2026, 1, 1), TODAY) == []
    assert fields(check_issue_date(date(2026, 3, 11), date(2026, 1, 1), TODAY)) == ["issue_date"]
    assert fields(check_issue_date(date(2026, 3, 1), date(2025, 6, 1), TODAY)) == ["issue_date"]


def test_last_instalment_no_later_than_expiry() -> None:
    """§2: an instalment plan's last instalment is no later than expiry (31/12)."""
    effect = date(2026, 1, 1)
    plan = [date(2026, 1, 15), date(2026, 6, 30), date(2026, 12, 31)]
    assert check_instalments(PaymentTerms.INSTALMENTS, plan, effect) == []
    late = [date(2026, 1, 15), date(2027, 1, 1)]
    errors = check_instalments(PaymentTerms.INSTALMENTS, late, effect)
    assert fields(errors) == ["instalment_dates"] and "31/12/2026" in errors[0].message


def test_instalment_plan_shape() -> None:
    effect = date(2026, 1, 1)
    assert fields(check_instalments(PaymentTerms.INSTALMENTS, [date(2026, 2, 1)], effect)) == [
        "instalment_dates"
    ]
    unordered = [date(2026, 6, 1), date(2026, 2, 1)]
    assert fields(check_instalments(PaymentTerms.INSTALMENTS, unordered, effect)) == [
        "instalment_dates"
    ]
    assert fields(check_instalments(PaymentTerms.CASH, [date(2026, 2, 1)], effect)) == [
        "instalment_dates"
    ]
    assert check_instalments(PaymentTerms.CASH, [], effect) == []


@pytest.mark.parametrize(
    ("kind", "share", "ok"),
    [
        (Coinsurance.FOLLOWER, None, False),
        (Coinsurance.FOLLOWER, Decimal(0), False),
        (Coinsurance.FOLLOWER, Decimal(1), False),
        (Coinsurance.FOLLOWER, Decimal("0.30"), True),
        (Coinsurance.LEADER, None, True),
        (Coinsurance.LEADER, Decimal("0.60"), True),
        (Coinsurance.LEADER, Decimal("1.2"), False),
        (Coinsurance.NONE, None, True),
        (Coinsurance.NONE, Decimal("0.3"), False),
    ],
)
def test_coinsurance_share(kind: Coinsurance, share: Decimal | None, ok: bool) -> None:
    """§2: a follower's share is required, 0 < share < 100 %."""
    errors = check_coinsurance(kind, share)
    assert (errors == []) is ok
    assert all(e.field == "coinsurance_share" for e in errors)


@pytest.mark.parametrize(
    ("days", "ok"), [(0, True), (60, True), (365, True), (-1, False), (366, False), (None, False)]
)
def test_cancellation_notice(days: int | None, ok: bool) -> None:
    """§2: cancellation notice period, 0 to 365 days."""
    assert (check_notice(days) == []) is ok


def test_check_terms_reports_every_problem_at_once() -> None:
    terms = PolicyTerms(
        effective_date=date(2026, 1, 1),
        issue_date=date(2026, 4, 1),
        payment_terms=PaymentTerms.INSTALMENTS,
        instalment_dates=(date(2026, 2, 1), date(2027, 2, 1)),
        coinsurance=Coinsurance.FOLLOWER,
        coinsurance_share=None,
        cancellation_notice_days=400,
    )
    result = check_terms(terms, TODAY)
    assert not result.ok
    assert [e.field for e in result.errors] == [
        "issue_date",
        "instalment_dates",
        "coinsurance_share",
        "cancellation_notice_days",
    ]
    assert result.warnings  # back-dated effect
    with pytest.raises(ValidationFailed):
        result.raise_if_any()


def test_check_terms_clean() -> None:
    result = check_terms(PolicyTerms(effective_date=date(2026, 4, 1), issue_date=TODAY), TODAY)
    assert result.ok and result.warnings == ()
    result.raise_if_any()
