"""Gap-free document numbers (architecture.md, rule 4).

Each sequence is one row of ``number_sequences``. Taking a number increments that row
inside the caller's transaction: concurrent clerks queue on the row lock (PostgreSQL) or
the write lock (SQLite), and a rolled-back transaction gives its number back, so the
numbers that exist are exactly 1, 2, 3… with no hole and no repeat. The documents'
number columns are unique in the database as well.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, insert, select, update
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


def take_numbers(session: Session, sequence: str, count: int) -> range:
    """Take ``count`` numbers of ``sequence`` at once (a batch): the next ``count`` in a
    row, gap-free as one by one."""
    if count <= 0:
        return range(0)
    first = next_number(session, sequence)
    if count == 1:
        return range(first, first + 1)
    bind = session.connection()
    last = bind.execute(
        update(_table)
        .where(_table.c.name == sequence)
        .values(last_value=_table.c.last_value + (count - 1))
        .returning(_table.c.last_value)
    ).scalar_one()
    return range(first, int(last) + 1)


def next_numbers(session: Session, sequences: list[str]) -> dict[str, int]:
    """The next number of each of many sequences at once (a batch: the endorsement number
    of each policy renewed), in three statements whatever their count. The rows are read
    locked (PostgreSQL), so a clerk taking a number of one of them waits for this
    transaction; SQLite has one writer at a time anyway."""
    if not sequences:
        return {}
    bind = session.connection()
    dialect = bind.dialect.name
    query = select(_table.c.name, _table.c.last_value).where(_table.c.name.in_(sequences))
    if dialect == "postgresql":
        query = query.with_for_update()
    existing = {name: int(value) for name, value in bind.execute(query)}
    if existing:
        bind.execute(
            update(_table)
            .where(_table.c.name == bindparam("sequence"))
            .values(last_value=_table.c.last_value + 1),
            [{"sequence": name} for name in existing],
        )
    new = [name for name in sequences if name not in existing]
    if new:
        # New sequences: created at 1. A clerk creating the same one at this moment would
        # make this insert fail and the whole unit of work roll back: nothing half done.
        bind.execute(insert(_table), [{"name": name, "last_value": 1} for name in new])
    return {name: existing.get(name, 0) + 1 for name in sequences}


def peek_number(session: Session, sequence: str) -> int:
    """The last number taken (0 if none), for display only."""
    row = session.get(NumberSequence, sequence)
    return row.last_value if row else 0
