"""Statement periods: décade, month, quarter, year around a day (domain.md §12)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.periods import (
    PeriodKind,
    Span,
    decade_span,
    kind_of,
    month_span,
    next_period,
    period_name,
    period_of,
    period_slug,
    previous_period,
    quarter_span,
    year_span,
)


def test_decade_of_31_december_is_21_to_31_december() -> None:
    assert decade_span(date(2026, 12, 31)) == Span(date(2026, 12, 21), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (date(2026, 11, 1), date(2026, 11, 1), date(2026, 11, 10)),
        (date(2026, 11, 10), date(2026, 11, 1), date(2026, 11, 10)),
        (date(2026, 11, 11), date(2026, 11, 11), date(2026, 11, 20)),
        (date(2026, 11, 20), date(2026, 11, 11), date(2026, 11, 20)),
        (date(2026, 11, 21), date(2026, 11, 21), date(2026, 11, 30)),
    ],
)
def test_decade_boundaries(day: date, start: date, end: date) -> None:
    assert decade_span(day) == (start, end)


def test_february_2028_third_decade_ends_29_february() -> None:
    """2028 is a leap year: the 3rd décade of February is 21–29, nine days."""
    assert decade_span(date(2028, 2, 25)) == (date(2028, 2, 21), date(2028, 2, 29))
    assert decade_span(date(2027, 2, 25)) == (date(2027, 2, 21), date(2027, 2, 28))


def test_quarter_of_15_november_is_october_to_december() -> None:
    assert quarter_span(date(2026, 11, 15)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter_span(date(2026, 1, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_span(date(2026, 6, 30)) == (date(2026, 4, 1), date(2026, 6, 30))


def test_month_and_year() -> None:
    assert month_span(date(2026, 4, 17)) == (date(2026, 4, 1), date(2026, 4, 30))
    assert month_span(date(2028, 2, 1)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert year_span(date(2026, 7, 14)) == (date(2026, 1, 1), date(2026, 12, 31))


def test_previous_and_next_cross_month_and_year_ends() -> None:
    assert previous_period(PeriodKind.DECADE, date(2027, 1, 5)) == (
        date(2026, 12, 21),
        date(2026, 12, 31),
    )
    assert next_period(PeriodKind.DECADE, date(2026, 12, 25)) == (
        date(2027, 1, 1),
        date(2027, 1, 10),
    )
    assert previous_period(PeriodKind.MONTH, date(2026, 3, 31)) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
    )
    assert next_period(PeriodKind.QUARTER, date(2026, 11, 15)) == (
        date(2027, 1, 1),
        date(2027, 3, 31),
    )
    assert previous_period(PeriodKind.YEAR, date(2026, 1, 1)) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
    )


@pytest.mark.parametrize(
    ("start", "end", "kind", "name", "slug"),
    [
        (
            date(2026, 12, 21),
            date(2026, 12, 31),
            PeriodKind.DECADE,
            "3e décade de décembre 2026",
            "2026-12-d3",
        ),
        (
            date(2026, 4, 1),
            date(2026, 4, 10),
            PeriodKind.DECADE,
            "1re décade d'avril 2026",
            "2026-04-d1",
        ),
        (
            date(2026, 8, 11),
            date(2026, 8, 20),
            PeriodKind.DECADE,
            "2e décade d'août 2026",
            "2026-08-d2",
        ),
        (date(2026, 11, 1), date(2026, 11, 30), PeriodKind.MONTH, "novembre 2026", "2026-11"),
        (date(2026, 1, 1), date(2026, 3, 31), PeriodKind.QUARTER, "1er trimestre 2026", "2026-T1"),
        (date(2026, 10, 1), date(2026, 12, 31), PeriodKind.QUARTER, "4e trimestre 2026", "2026-T4"),
        (date(2026, 1, 1), date(2026, 12, 31), PeriodKind.YEAR, "année 2026", "2026"),
        (
            date(2026, 11, 1),
            date(2026, 11, 15),
            None,
            "du 01/11/2026 au 15/11/2026",
            "2026-11-01_2026-11-15",
        ),
        (
            date(2026, 11, 2),
            date(2026, 11, 30),
            None,
            "du 02/11/2026 au 30/11/2026",
            "2026-11-02_2026-11-30",
        ),
    ],
)
def test_names_and_file_slugs(
    start: date, end: date, kind: PeriodKind | None, name: str, slug: str
) -> None:
    assert kind_of(start, end) is kind
    assert period_name(start, end) == name
    assert period_slug(start, end) == slug


@given(st.sampled_from(list(PeriodKind)), st.dates(date(1990, 1, 1), date(2100, 12, 31)))
def test_periods_contain_the_day_and_tile_the_calendar(kind: PeriodKind, day: date) -> None:
    """The period holds the day, and the next one starts the day after it ends."""
    span = period_of(kind, day)
    assert span.start <= day <= span.end
    assert next_period(kind, day).start == span.end + timedelta(days=1)
    assert previous_period(kind, day).end == span.start - timedelta(days=1)
    assert kind_of(*span) is kind
