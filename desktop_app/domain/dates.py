"""Policy years, prorata temporis and ages (domain.md preamble, §2 and §5).

An entry or effective date is the first day covered; an exit date is the first day no
longer covered. A policy year always ends on 31 December, so it is covered up to and
including that day: the first day no longer covered is 1 January of the next year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from desktop_app.domain.errors import FieldError

_DATE_SHAPE = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$")


def year_end(day: date) -> date:
    """The expiry (échéance) of the policy year containing ``day``: 31 December (§2)."""
    return date(day.year, 12, 31)


def days_in_year(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def days_covered(start: date, stop: date | None = None) -> int:
    """Days from ``start`` (first day covered) up to ``stop`` (first day not covered).

    ``stop`` defaults to the 1 January after ``start``'s year, i.e. cover to 31 December.
    Entering on 15 September gives 108 days (domain.md preamble).
    """
    end = stop if stop is not None else date(start.year + 1, 1, 1)
    if end < start:
        raise FieldError("date", "La date de fin précède la date de début.")
    return (end - start).days


def prorata(start: date, stop: date | None = None) -> Decimal:
    """Fraction of the calendar year covered: days covered ÷ days in that year (§5).

    Both dates must fall in one policy year (``stop`` may be the 1 January after it).
    """
    end = stop if stop is not None else date(start.year + 1, 1, 1)
    if not (end.year == start.year or end == date(start.year + 1, 1, 1)):
        raise FieldError("date", "La période doit rester dans une même année de police.")
    return Decimal(days_covered(start, end)) / Decimal(days_in_year(start.year))


def age_on(birth: date, day: date) -> int:
    """Whole years completed on ``day`` (domain.md preamble). Born 29 February: a year is
    completed on 1 March in common years."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


@dataclass(frozen=True)
class Period:
    """A half-open span of days: ``start`` covered, ``stop`` the first day not covered."""

    start: date
    stop: date

    def contains(self, day: date) -> bool:
        return self.start <= day < self.stop

    @property
    def days(self) -> int:
        return (self.stop - self.start).days


def policy_year(day: date) -> Period:
    """The policy year that contains ``day``: 1 January to 31 December inclusive."""
    return Period(date(day.year, 1, 1), date(day.year + 1, 1, 1))


def format_date(day: date | None) -> str:
    """French display ``31/12/2026``; an empty string for no date."""
    return day.strftime("%d/%m/%Y") if day else ""


def format_datetime(moment: datetime | None) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def parse_date(text: str, field: str, *, required: bool = True) -> date | None:
    """Read ``31/12/2026`` (or ``31-12-2026``, ``31.12.2026``, ISO ``2026-12-31``, or the
    eight digits ``31122026`` a clerk types in a table cell as in a masked field)."""
    cleaned = text.strip()
    if not cleaned:
        if required:
            raise FieldError(field, "La date est obligatoire.")
        return None
    if len(cleaned) == 8 and cleaned.isdigit():
        cleaned = f"{cleaned[:2]}/{cleaned[2:4]}/{cleaned[4:]}"
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    if _DATE_SHAPE.match(cleaned):
        raise FieldError(field, f"La date {cleaned} n'existe pas dans le calendrier.")
    raise FieldError(field, "Date invalide : saisissez-la sous la forme JJ/MM/AAAA.")
