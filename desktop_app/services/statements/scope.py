"""What every statement is asked for: a period and, optionally, one administrator or one
intermediary (domain.md §12)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.errors import FieldError

STREAM_BATCH = 2_000
"""Rows fetched from the database at a time while a statement streams."""


@dataclass(frozen=True)
class StatementScope:
    start: date
    end: date
    administrator_id: int | None = None
    intermediary_id: int | None = None

    def check(self) -> None:
        if self.end < self.start:
            raise FieldError("end", "La date de fin précède la date de début.")
        if (self.end - self.start).days > 3 * 366:
            raise FieldError("end", "La période ne peut dépasser trois ans.")
