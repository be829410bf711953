"""Statement periods (domain.md §12): the décade, month, quarter or year around a day.

Every span is inclusive at both ends, as the accounting states them (« du 21/12/2026 au
31/12/2026 »). A décade runs from the 1st to the 10th, the 11th to the 20th, or the 21st to
the last day of the month (glossary.md), so the third one is 8 to 11 days long.
"""

from __future__ import annotations

import calendar
import enum
from datetime import date, timedelta
from typing import NamedTuple

from desktop_app.domain.errors import FieldError

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


class PeriodKind(enum.StrEnum):
    DECADE = "decade"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def label(self) -> str:
        return PERIOD_LABELS[self]


PERIOD_LABELS: dict[PeriodKind, str] = {
    PeriodKind.DECADE: "Décade",
    PeriodKind.MONTH: "Mois",
    PeriodKind.QUARTER: "Trimestre",
    PeriodKind.YEAR: "Année",
}


class Span(NamedTuple):
    """From ``start`` to ``end``, both days included."""

    start: date
    end: date


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def decade_span(day: date) -> Span:
    """1–10, 11–20 or 21–end of ``day``'s month: 31 December → 21–31 December."""
    if day.day <= 10:
        return Span(day.replace(day=1), day.replace(day=10))
    if day.day <= 20:
        return Span(day.replace(day=11), day.replace(day=20))
    return Span(day.replace(day=21), _month_end(day.year, day.month))


def month_span(day: date) -> Span:
    return Span(day.replace(day=1), _month_end(day.year, day.month))


def quarter_span(day: date) -> Span:
    """The calendar quarter: 15 November → 1 October–31 December."""
    first = 3 * ((day.month - 1) // 3) + 1
    return Span(date(day.year, first, 1), _month_end(day.year, first + 2))


def year_span(day: date) -> Span:
    return Span(date(day.year, 1, 1), date(day.year, 12, 31))


_SPANS = {
    PeriodKind.DECADE: decade_span,
    PeriodKind.MONTH: month_span,
    PeriodKind.QUARTER: quarter_span,
    PeriodKind.YEAR: year_span,
}


def period_of(kind: PeriodKind, day: date) -> Span:
    """The ``kind`` period that contains ``day``."""
    return _SPANS[kind](day)


def previous_period(kind: PeriodKind, day: date) -> Span:
    """The ``kind`` period just before the one containing ``day``."""
    return period_of(kind, period_of(kind, day).start - timedelta(days=1))


def next_period(kind: PeriodKind, day: date) -> Span:
    """The ``kind`` period just after the one containing ``day``."""
    return period_of(kind, period_of(kind, day).end + timedelta(days=1))


def kind_of(start: date, end: date) -> PeriodKind | None:
    """The kind of period ``start``–``end`` is exactly, the shortest first; None if free."""
    for kind in PeriodKind:
        if period_of(kind, start) == (start, end):
            return kind
    return None


def _of(name: str) -> str:
    """« de novembre », « d'avril », « d'août »: the article elides before a vowel."""
    return f"d'{name}" if name[0] in "aeiouéèâ" else f"de {name}"


def period_name(start: date, end: date) -> str:
    """French name of the span: « 3e décade de décembre 2026 », « novembre 2026 »,
    « 4e trimestre 2026 », « année 2026 », else « du 01/11/2026 au 15/11/2026 »."""
    kind = kind_of(start, end)
    month = MONTHS[start.month - 1]
    if kind is PeriodKind.DECADE:
        n = (start.day - 1) // 10 + 1
        return f"{'1re' if n == 1 else f'{n}e'} décade {_of(month)} {start.year}"
    if kind is PeriodKind.MONTH:
        return f"{month} {start.year}"
    if kind is PeriodKind.QUARTER:
        n = (start.month - 1) // 3 + 1
        return f"{'1er' if n == 1 else f'{n}e'} trimestre {start.year}"
    if kind is PeriodKind.YEAR:
        return f"année {start.year}"
    return f"du {start:%d/%m/%Y} au {end:%d/%m/%Y}"


def period_slug(start: date, end: date) -> str:
    """ASCII for a file name: ``2026-11-d3``, ``2026-11``, ``2026-T4``, ``2026``, or
    ``2026-11-01_2026-11-15`` for a free span."""
    kind = kind_of(start, end)
    if kind is PeriodKind.DECADE:
        return f"{start:%Y-%m}-d{(start.day - 1) // 10 + 1}"
    if kind is PeriodKind.MONTH:
        return f"{start:%Y-%m}"
    if kind is PeriodKind.QUARTER:
        return f"{start.year}-T{(start.month - 1) // 3 + 1}"
    if kind is PeriodKind.YEAR:
        return str(start.year)
    return f"{start:%Y-%m-%d}_{end:%Y-%m-%d}"


def check_not_closed(day: date, closed_through: date | None, field: str) -> None:
    """Nothing is dated in a closed period (architecture.md rule 5): once accounting has
    closed the accounts through ``closed_through``, a payment or a reversal dated on or
    before it would change a statement already booked."""
    if closed_through is not None and day <= closed_through:
        raise FieldError(
            field,
            f"La période est close jusqu'au {closed_through:%d/%m/%Y} par la comptabilité : "
            "datez l'opération après cette date.",
        )
