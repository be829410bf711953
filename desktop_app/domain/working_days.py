"""Working days for the follow-up deadlines (domain.md §14): Monday to Friday, less the
office's holidays (a settings list of dates)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

_DAY = timedelta(days=1)


def is_working_day(day: date, holidays: Collection[date] = ()) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, count: int, holidays: Collection[date] = ()) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself not counted): a
    request received on Friday with 1 working day to send it is due on Monday."""
    if count < 0:
        raise ValueError("count must not be negative")
    day = start
    left = count
    while left:
        day += _DAY
        if is_working_day(day, holidays):
            left -= 1
    return day


def working_days_between(start: date, end: date, holidays: Collection[date] = ()) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end <= start``)."""
    count = 0
    day = start + _DAY
    while day <= end:
        if is_working_day(day, holidays):
            count += 1
        day += _DAY
    return count


def latest_start_overdue(today: date, count: int, holidays: Collection[date] = ()) -> date:
    """The latest start date whose deadline of ``count`` working days is already past on
    ``today``: every start on or before it is overdue (the deadline only grows with the
    start), so a list filters overdue rows with one date comparison."""
    day = today - _DAY
    while add_working_days(day, count, holidays) >= today:
        day -= _DAY
    return day
