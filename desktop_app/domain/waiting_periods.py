"""Waiting periods (délais de carence, domain.md §6): from when a line of care is covered.

A waiting period counted from a start date S (the person's entry date, or the date of an
increase of guarantees) ends on the *first day covered*:

* ``n`` days: S + n days. Entry on 15/01, infectious disease (15 days): covered from 30/01.
* ``n`` months: the same day number ``n`` calendar months later. Entry on 15/01, common
  illness (3 months): covered from 15/04; care on 14/04 is still in the waiting period.
  When the target month has no such day (entry 30/11 + 3 months → "30/02"), cover starts
  on the 1st of the following month (01/03): the waiting period is never shorter than
  the months it names.

The period of a line is the longer of the condition's and the category's: both are turned
into a first day covered, and the later of the two days wins.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain.care import CareCategory, Condition
from desktop_app.domain.kinds import PolicyCategory


@dataclass(frozen=True)
class WaitingPeriod:
    """A span of whole days or whole calendar months; zero means none."""

    days: int = 0
    months: int = 0

    def __post_init__(self) -> None:
        if self.days < 0 or self.months < 0 or (self.days and self.months):
            raise ValueError("A waiting period is a number of days or of months, not both.")

    @property
    def is_none(self) -> bool:
        return self.days == 0 and self.months == 0

    def covered_from(self, start: date) -> date:
        """The first day covered when the period runs from ``start`` (module docstring)."""
        if self.months:
            return add_months(start, self.months)
        return start + timedelta(days=self.days)

    @property
    def label(self) -> str:
        if self.months:
            return "12 mois" if self.months == 12 else f"{self.months} mois"
        if self.days:
            return f"{self.days} jour{'s' if self.days > 1 else ''}"
        return "aucun"


NONE = WaitingPeriod()


def add_months(start: date, months: int) -> date:
    """``start`` + ``months`` calendar months; a missing day rolls to the next month's 1st."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    if start.day <= calendar.monthrange(year, month)[1]:
        return date(year, month, start.day)
    return date(year + month // 12, month % 12 + 1, 1)


CONDITION_WAITING: dict[Condition, WaitingPeriod] = {
    # An accident occurring after the effective date: cover is immediate (§6). An accident
    # before the entry date is caught by the cover check, care before entry being refused.
    Condition.ACCIDENT: NONE,
    Condition.INFECTIOUS: WaitingPeriod(days=15),
    Condition.COMMON_ILLNESS: WaitingPeriod(months=3),
    Condition.PREGNANCY: WaitingPeriod(months=10),
    Condition.CHRONIC: WaitingPeriod(months=12),
}
"""Individual policies, by the nature of the condition treated (§6)."""

CATEGORY_WAITING: dict[CareCategory, WaitingPeriod] = {
    CareCategory.DENTAL_CARE: WaitingPeriod(months=3),
    CareCategory.DENTAL_PROSTHESIS: WaitingPeriod(months=6),
    CareCategory.OPTICAL: WaitingPeriod(months=6),
    CareCategory.MATERNITY: WaitingPeriod(months=10),
}
"""Individual policies, by care category; categories not listed have none (§6)."""


def default_period(condition: Condition, category: CareCategory) -> WaitingPeriod:
    """The longer of the condition's and the category's periods (§6), for display.

    Dental care for an infectious disease: 3 months (dental care) beats 15 days.
    """
    by_condition = CONDITION_WAITING[condition]
    by_category = CATEGORY_WAITING.get(category, NONE)
    probe = date(2001, 1, 1)  # the table mixes days and months: compare on a real date
    if by_category.covered_from(probe) > by_condition.covered_from(probe):
        return by_category
    return by_condition


def covered_from(
    start: date,
    condition: Condition,
    category: CareCategory,
    policy_category: PolicyCategory,
    waiting_days: Mapping[CareCategory, int | None] | None = None,
) -> date:
    """The first day on which a line of ``category`` for ``condition`` is covered.

    ``start`` is the entry date (or the date of an increase of guarantees). The schedule of
    benefits may give a number of days for a category (``waiting_days``): the conditions
    particulières then replace the general ones for that category, on individual and
    group policies alike (0 waives the waiting period, as for a business taken over).
    Otherwise individual policies use the general table and group policies have none.
    """
    override = (waiting_days or {}).get(category)
    if override is not None:
        return start + timedelta(days=override)
    if policy_category is PolicyCategory.GROUP:
        return start
    return max(
        CONDITION_WAITING[condition].covered_from(start),
        CATEGORY_WAITING.get(category, NONE).covered_from(start),
    )


def in_waiting_period(
    care_date: date,
    start: date,
    condition: Condition,
    category: CareCategory,
    policy_category: PolicyCategory,
    waiting_days: Mapping[CareCategory, int | None] | None = None,
) -> bool:
    """True when care on ``care_date`` falls before the first day covered."""
    return care_date < covered_from(start, condition, category, policy_category, waiting_days)
