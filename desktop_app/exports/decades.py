"""Décades as the claims-paid statement groups them: a ``(year, month, n)`` key over the
décade rule of ``domain/periods.py`` (1st–10th, 11th–20th, 21st–end of month), which
owns the boundaries, the month names and the French labels."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.periods import MONTHS, decade_span, period_name

__all__ = ["MONTHS", "Decade", "decade_bounds", "decade_label", "decade_of"]

Decade = tuple[int, int, int]
"""``(year, month, n)`` with ``n`` 1, 2 or 3."""


def decade_of(day: date) -> Decade:
    """The décade containing ``day``: 10 November → 1st, 11 November → 2nd, 31 December → 3rd."""
    start = decade_span(day).start
    return (day.year, day.month, (start.day - 1) // 10 + 1)


def decade_bounds(decade: Decade) -> tuple[date, date]:
    """First and last day (both included) of a décade."""
    year, month, n = decade
    if n not in (1, 2, 3):
        raise ValueError(f"décade {n} : 1, 2 ou 3 attendu")
    span = decade_span(date(year, month, 10 * (n - 1) + 1))
    return span.start, span.end


def decade_label(decade: Decade) -> str:
    """French label: ``(2026, 11, 1)`` → ``"1re décade de novembre 2026"``, « 2e décade d'avril »."""
    return period_name(*decade_bounds(decade))
