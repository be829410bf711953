"""Décades: 1st–10th, 11th–20th, 21st–end of month (glossary.md, domain.md §10.4, §12)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.exports.decades import decade_bounds, decade_label, decade_of


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 1), (2026, 11, 1)),
        (date(2026, 11, 10), (2026, 11, 1)),  # the 10th still belongs to the 1st décade
        (date(2026, 11, 11), (2026, 11, 2)),
        (date(2026, 11, 20), (2026, 11, 2)),
        (date(2026, 11, 21), (2026, 11, 3)),
        (date(2026, 12, 31), (2026, 12, 3)),  # the 3rd décade runs to the month's end
        (date(2027, 2, 21), (2027, 2, 3)),
        (date(2028, 2, 29), (2028, 2, 3)),
    ],
)
def test_decade_of(day: date, expected: tuple[int, int, int]) -> None:
    assert decade_of(day) == expected


def test_bounds_of_a_third_decade_follow_the_month_length() -> None:
    assert decade_bounds((2027, 2, 3)) == (date(2027, 2, 21), date(2027, 2, 28))  # 8 days
    assert decade_bounds((2028, 2, 3)) == (date(2028, 2, 21), date(2028, 2, 29))  # leap year
    assert decade_bounds((2026, 12, 3)) == (date(2026, 12, 21), date(2026, 12, 31))  # 11 days
    assert decade_bounds((2026, 11, 2)) == (date(2026, 11, 11), date(2026, 11, 20))
    with pytest.raises(ValueError):
        decade_bounds((2026, 11, 4))


def test_every_day_of_a_year_falls_within_its_decade_bounds() -> None:
    day = date(2026, 1, 1)
    while day.year == 2026:
        first, last = decade_bounds(decade_of(day))
        assert first <= day <= last
        day = date.fromordinal(day.toordinal() + 1)


def test_french_labels() -> None:
    assert decade_label((2026, 11, 1)) == "1re décade de novembre 2026"
    assert decade_label((2026, 11, 2)) == "2e décade de novembre 2026"
    assert decade_label((2026, 12, 3)) == "3e décade de décembre 2026"
    assert decade_label((2026, 4, 1)) == "1re décade d'avril 2026"
    assert decade_label((2026, 8, 3)) == "3e décade d'août 2026"
    assert decade_label((2026, 10, 2)) == "2e décade d'octobre 2026"
