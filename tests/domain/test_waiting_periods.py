"""Waiting periods (domain.md §6): boundaries of each condition and category, the longer
of the two, month ends, group policies, schedule overrides, increases of guarantees."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop_app.domain.assessment import Check, assess
from desktop_app.domain.assessment_facts import (
    BenefitTerms,
    Consumption,
    GuaranteeIncrease,
)
from desktop_app.domain.care import CareCategory as C
from desktop_app.domain.care import Condition
from desktop_app.domain.kinds import PolicyCategory
from desktop_app.domain.waiting_periods import (
    WaitingPeriod,
    add_months,
    covered_from,
    default_period,
    in_waiting_period,
)
from tests.domain.test_assessment import SCHEDULE, claim, line, person, policy

IND, GRP = PolicyCategory.INDIVIDUAL, PolicyCategory.GROUP
ENTRY = date(2026, 1, 15)
TODAY2 = date(2026, 12, 31)


@pytest.mark.parametrize(
    ("start", "months", "first"),
    [
        (date(2026, 1, 15), 3, date(2026, 4, 15)),  # "3 months after 15/01": covered from 15/04
        (date(2026, 1, 31), 1, date(2026, 3, 1)),  # no 31/02: the 1st of the next month
        (date(2025, 11, 30), 3, date(2026, 3, 1)),  # no 30/02
        (date(2024, 2, 29), 12, date(2025, 3, 1)),  # leap day, one year later
        (date(2024, 1, 29), 1, date(2024, 2, 29)),  # leap year has the 29th
        (date(2026, 5, 31), 6, date(2026, 12, 1)),  # no 31/11
        (date(2026, 10, 15), 3, date(2027, 1, 15)),  # across the year end
        (date(2026, 12, 31), 12, date(2027, 12, 31)),
        (date(2026, 3, 1), 10, date(2027, 1, 1)),
    ],
)
def test_add_months(start: date, months: int, first: date) -> None:
    assert add_months(start, months) == first


@pytest.mark.parametrize(
    ("condition", "first"),
    [
        (Condition.ACCIDENT, ENTRY),
        (Condition.INFECTIOUS, date(2026, 1, 30)),  # 15 days: 15/01 … 29/01 wait
        (Condition.COMMON_ILLNESS, date(2026, 4, 15)),
        (Condition.PREGNANCY, date(2026, 11, 15)),
        (Condition.CHRONIC, date(2027, 1, 15)),
    ],
)
def test_each_condition_boundary(condition: Condition, first: date) -> None:
    assert covered_from(ENTRY, condition, C.PHARMACY, IND) == first
    assert not in_waiting_period(first, ENTRY, condition, C.PHARMACY, IND)
    if first > ENTRY:
        assert in_waiting_period(first - timedelta(days=1), ENTRY, condition, C.PHARMACY, IND)


@pytest.mark.parametrize(
    ("category", "first"),
    [
        (C.DENTAL_CARE, date(2026, 4, 15)),
        (C.DENTAL_PROSTHESIS, date(2026, 7, 15)),
        (C.OPTICAL, date(2026, 7, 15)),
        (C.MATERNITY, date(2026, 11, 15)),
        (C.PHARMACY, ENTRY),
    ],
)
def test_each_category_boundary_for_an_accident(category: C, first: date) -> None:
    assert covered_from(ENTRY, Condition.ACCIDENT, category, IND) == first
    assert not in_waiting_period(first, ENTRY, Condition.ACCIDENT, category, IND)
    if first > ENTRY:
        assert in_waiting_period(
            first - timedelta(days=1), ENTRY, Condition.ACCIDENT, category, IND
        )


@pytest.mark.parametrize(
    ("condition", "category", "first"),
    [
        (Condition.INFECTIOUS, C.DENTAL_CARE, date(2026, 4, 15)),  # 3 months beats 15 days
        (Condition.COMMON_ILLNESS, C.OPTICAL, date(2026, 7, 15)),  # 6 months beats 3
        (Condition.CHRONIC, C.OPTICAL, date(2027, 1, 15)),  # 12 months beats 6
        (Condition.PREGNANCY, C.MATERNITY, date(2026, 11, 15)),  # equal
        (Condition.CHRONIC, C.DENTAL_CARE, date(2027, 1, 15)),
    ],
)
def test_the_longer_of_condition_and_category(
    condition: Condition, category: C, first: date
) -> None:
    assert covered_from(ENTRY, condition, category, IND) == first


def test_default_period_names_the_longer_one() -> None:
    assert default_period(Condition.INFECTIOUS, C.DENTAL_CARE) == WaitingPeriod(months=3)
    assert default_period(Condition.INFECTIOUS, C.PHARMACY) == WaitingPeriod(days=15)
    assert default_period(Condition.ACCIDENT, C.PHARMACY).is_none
    assert default_period(Condition.CHRONIC, C.OPTICAL).label == "12 mois"
    assert WaitingPeriod(days=15).label == "15 jours"
    with pytest.raises(ValueError):
        WaitingPeriod(days=1, months=1)


def test_group_policies_have_none_unless_the_schedule_says() -> None:
    assert covered_from(ENTRY, Condition.CHRONIC, C.OPTICAL, GRP) == ENTRY
    assert covered_from(ENTRY, Condition.CHRONIC, C.OPTICAL, GRP, {C.OPTICAL: 30}) == date(
        2026, 2, 14
    )
    assert covered_from(ENTRY, Condition.CHRONIC, C.PHARMACY, GRP, {C.OPTICAL: 30}) == ENTRY


def test_schedule_days_replace_the_general_table_on_individual_policies() -> None:
    assert covered_from(ENTRY, Condition.CHRONIC, C.OPTICAL, IND, {C.OPTICAL: 0}) == ENTRY
    assert covered_from(
        ENTRY, Condition.INFECTIOUS, C.DENTAL_CARE, IND, {C.DENTAL_CARE: 20}
    ) == date(2026, 2, 4)
    assert covered_from(
        ENTRY, Condition.INFECTIOUS, C.DENTAL_CARE, IND, {C.DENTAL_CARE: None}
    ) == date(2026, 4, 15)


# --- through the assessment --------------------------------------------------------------


def _assess(condition: Condition, category: C, care: date, **facts: object):  # type: ignore[no-untyped-def]
    schedule = facts.pop("schedule", SCHEDULE)
    claim_facts = claim(condition=condition, person=person(entry_date=ENTRY), **facts)
    return assess(
        claim_facts,
        [line(category, 10_000, care_date=care)],
        Consumption(),
        schedule,
        date(2027, 12, 31),
    )  # type: ignore[arg-type]


def test_individual_dental_care_for_an_infectious_disease_waits_three_months() -> None:
    early = _assess(Condition.INFECTIOUS, C.DENTAL_CARE, date(2026, 4, 14))
    assert [f.check for f in early.findings] == [Check.WAITING_PERIOD]
    assert (
        "soins couverts à partir du 15/04/2026 (entrée le 15/01/2026)" in early.findings[0].message
    )
    assert early.lines[0].reimbursed == 0
    assert not _assess(Condition.INFECTIOUS, C.DENTAL_CARE, date(2026, 4, 15)).findings


def test_group_policy_has_no_waiting_period() -> None:
    result = _assess(
        Condition.CHRONIC, C.OPTICAL, ENTRY, policy=policy(category=PolicyCategory.GROUP)
    )
    assert not result.findings and result.lines[0].reimbursed == 8_000


def test_group_policy_with_a_schedule_waiting_period() -> None:
    schedule = replace(
        SCHEDULE,
        benefits={
            **SCHEDULE.benefits,
            C.OPTICAL: BenefitTerms(annual_ceiling=50_000, waiting_days=30),
        },
    )
    group = policy(category=PolicyCategory.GROUP)
    assert _assess(
        Condition.ACCIDENT, C.OPTICAL, date(2026, 2, 13), policy=group, schedule=schedule
    ).blocked
    assert not _assess(
        Condition.ACCIDENT, C.OPTICAL, date(2026, 2, 14), policy=group, schedule=schedule
    ).blocked


def test_renewal_does_not_restart_the_waiting_period() -> None:
    facts = claim(
        condition=Condition.CHRONIC,
        person=person(entry_date=date(2026, 1, 1), cover_since=date(2025, 3, 10)),
    )
    for care, blocked in ((date(2026, 3, 9), True), (date(2026, 3, 10), False)):
        result = assess(facts, [line(care_date=care)], Consumption(), SCHEDULE, date(2026, 12, 1))
        assert result.blocked is blocked


def test_increase_of_rate_waits_for_the_increased_part() -> None:
    """Rate raised from 70 % to 90 % on 01/03: for a common illness the 90 % applies from
    01/06; before, the line is paid at 70 % (§6, "for the increased part")."""
    increase = GuaranteeIncrease(
        date(2026, 3, 1), Decimal("0.7"), previous_annual_ceiling=1_000_000
    )
    facts = claim(
        condition=Condition.COMMON_ILLNESS,
        person=person(coverage_rate=Decimal("0.9"), increases=(increase,)),
    )
    during = assess(facts, [line(care_date=date(2026, 5, 31))], Consumption(), SCHEDULE, TODAY2)
    after = assess(facts, [line(care_date=date(2026, 6, 1))], Consumption(), SCHEDULE, TODAY2)
    assert (during.lines[0].rate, during.lines[0].reimbursed, during.lines[0].overall_left) == (
        Decimal("0.7"),
        7_000,
        1_000_000,
    )
    assert (after.lines[0].rate, after.lines[0].reimbursed, after.lines[0].overall_left) == (
        Decimal("0.9"),
        9_000,
        5_000_000,
    )
    assert not during.findings and not after.findings


def test_category_added_by_an_increase_waits_from_the_increase() -> None:
    increase = GuaranteeIncrease(
        date(2026, 3, 1), Decimal("0.8"), added_categories=frozenset({C.OPTICAL})
    )
    facts = claim(person=person(increases=(increase,)))
    early = assess(
        facts, [line(C.OPTICAL, care_date=date(2026, 8, 31))], Consumption(), SCHEDULE, TODAY2
    )
    assert [(f.check, f.field) for f in early.findings] == [(Check.WAITING_PERIOD, "category")]
    assert "ajoutée le 01/03/2026 : couverte à partir du 01/09/2026" in early.findings[0].message
    ok = assess(
        facts, [line(C.OPTICAL, care_date=date(2026, 9, 1))], Consumption(), SCHEDULE, TODAY2
    )
    assert not ok.findings


def test_increase_on_a_group_policy_applies_from_its_date() -> None:
    increase = GuaranteeIncrease(date(2026, 3, 1), Decimal("0.7"))
    facts = claim(
        policy=policy(category=PolicyCategory.GROUP),
        person=person(coverage_rate=Decimal("0.9"), increases=(increase,)),
    )
    before = assess(facts, [line(care_date=date(2026, 2, 28))], Consumption(), SCHEDULE, TODAY2)
    on = assess(facts, [line(care_date=date(2026, 3, 1))], Consumption(), SCHEDULE, TODAY2)
    assert (before.lines[0].reimbursed, on.lines[0].reimbursed) == (7_000, 9_000)


@pytest.mark.parametrize(
    ("condition", "category", "first"),
    [
        (Condition.INFECTIOUS, C.PHARMACY, date(2026, 1, 30)),
        (Condition.COMMON_ILLNESS, C.PHARMACY, date(2026, 4, 15)),
        (Condition.PREGNANCY, C.PHARMACY, date(2026, 11, 15)),
        (Condition.CHRONIC, C.PHARMACY, date(2027, 1, 15)),
        (Condition.ACCIDENT, C.DENTAL_CARE, date(2026, 4, 15)),
        (Condition.ACCIDENT, C.DENTAL_PROSTHESIS, date(2026, 7, 15)),
        (Condition.ACCIDENT, C.OPTICAL, date(2026, 7, 15)),
        (Condition.ACCIDENT, C.MATERNITY, date(2026, 11, 15)),
        (Condition.INFECTIOUS, C.OPTICAL, date(2026, 7, 15)),
    ],
)
def test_assessment_blocks_the_day_before_and_pays_on_the_first_day(
    condition: Condition, category: C, first: date
) -> None:
    ref = "EP-1" if category is C.DENTAL_PROSTHESIS else None  # unrecorded: a warning only
    year = policy(effective_date=date(first.year, 1, 1), expiry_date=date(first.year, 12, 31))
    facts = claim(
        condition=condition,
        person=person(entry_date=ENTRY, cover_since=ENTRY),
        policy=year,
        reception_date=date(2027, 12, 31),
    )
    for care, blocked in ((first - timedelta(days=1), True), (first, False)):
        if care.year != first.year:
            continue  # the day before falls in the previous policy year
        result = assess(
            facts,
            [line(category, 10_000, care_date=care, approval_ref=ref)],
            Consumption(),
            SCHEDULE,
            date(2027, 12, 31),
        )
        waiting = [f for f in result.findings if f.check is Check.WAITING_PERIOD]
        assert bool(waiting) is blocked
        assert result.blocked is blocked
