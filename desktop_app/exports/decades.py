"""Décades, the ten-day periods the accounting counts claims paid in (glossary.md, §10.4, §12).

The 1st décade runs from the 1st to the 10th of a month, the 2nd from the 11th to the
20th, the 3rd from the 21st to the last day of the month (8 to 11 days long).
"""

from __future__ import annotations

import calendar
from datetime import date

Decade = tuple[int, int, int]
"""``(year, month, n)`` with ``n`` 1, 2 or 3."""

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")


def decade_of(day: date) -> Decade:
    """The décade containing ``day``: 10 November → 1st, 11 November → 2nd, 31 December → 3rd."""
    n = 1 if day.day <= 10 else 2 if day.day <= 20 else 3
    return (day.year, day.month, n)


def decade_bounds(decade: Decade) -> tuple[date, date]:
    """First and last day (both included) of a décade."""
    year, month, n = decade
    if n not in (1, 2, 3):
        raise ValueError(f"décade {n} : 1, 2 ou 3 attendu")
    last = calendar.monthrange(year, month)[1] if n == 3 else 10 * n
    return date(year, month, 10 * (n - 1) + 1), date(year, month, last)


def decade_label(decade: Decade) -> str:
    """French label: ``(2026, 11, 1)`` → ``"1re décade de novembre 2026"``.

    The month name takes the elided article before a vowel: « 2e décade d'avril 2026 ».
    """
    year, month, n = decade
    ordinal = "1re" if n == 1 else f"{n}e"
    name = MONTHS[month - 1]
    of = "d'" if name[0] in "aeiouéè" else "de "
    return f"{ordinal} décade {of}{name} {year}"
