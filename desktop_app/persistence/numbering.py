"""Gap-free document numbers (architecture.md, rule 4).

Each sequence is one row of ``number_sequences``. Taking a number increments that row
inside the caller's transaction: concurrent clerks queue on the row lock (PostgreSQL) or
the write lock (SQLite), and a rolled-back transaction gives its number back, so the
numbers that exist are exactly 1, 2, 3… with no hole and no repeat. The documents'
number columns are unique in the database as well.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop_app.persistence.models.numbering import NumberSequence

_table = cast(Table, NumberSequence.__table__)


def next_number(session: Session, sequence: str) -> int:
    """Take the next number of ``sequence`` (1 for a new sequence)."""
    bind = session.connection()
    dialect = bind.dialect.name
    taken = bind.execute(
        update(_table)
        .where(_table.c.name == sequence)
        .values(last_value=_table.c.last_value + 1)
        .returning(_table.c.last_value)
    ).scalar_one_or_none()
    if taken is not None:
        return int(taken)
    insert_stmt = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(_table)
    bind.execute(insert_stmt.values(name=sequence, last_value=0).on_conflict_do_nothing())
    return next_number(session, sequence)


def peek_number(session: Session, sequence: str) -> int:
    """The last number taken (0 if none), for display only."""
    row = session.get(NumberSequence, sequence)
    return row.last_value if row else 0
