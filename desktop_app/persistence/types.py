"""Column types that keep money and rates exact on SQLite and PostgreSQL alike.

Money is ``Integer`` FCFA. A rate is stored as an integer of millionths (``0.125`` →
``125000``): exact, sortable, and free of SQLite's float round-trip (platform-notes.md).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, Integer, String
from sqlalchemy.types import TypeDecorator

RATE_SCALE = 1_000_000


class Rate(TypeDecorator[Decimal]):
    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value) * RATE_SCALE
        if scaled != scaled.to_integral_value():
            raise ValueError(f"rate {value} has more precision than the database keeps")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)) / RATE_SCALE


def key_string(length: int) -> String:
    """A search-key column: ASCII, compared byte by byte (``C`` collation on PostgreSQL)
    so that a prefix range uses the index on both back ends."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")
