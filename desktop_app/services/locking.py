"""Row locking, in one place: every use case that reads a record to change it loads it here.

SQLite serialises writers already (each unit of work starts with ``BEGIN IMMEDIATE``), so a
lock is a no-op there; PostgreSQL needs ``SELECT … FOR UPDATE`` so that two clerks changing
the same record at the same moment queue instead of both deciding on a stale state. Rows are
always re-read (``populate_existing``) once locked, and several rows are locked in id order,
the same order for every clerk, so that two of them never wait on each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import NotFound

T = TypeVar("T")


def is_locking(session: Session) -> bool:
    """True where rows must be locked explicitly (PostgreSQL), False on SQLite."""
    return session.get_bind().dialect.name != "sqlite"


def find_locked(session: Session, model: type[T], key: object) -> T | None:
    """The record with this primary key, locked and read afresh, or None."""
    return session.get(model, key, with_for_update=is_locking(session), populate_existing=True)


def get_locked(session: Session, model: type[T], record_id: int, missing: str) -> T:
    """The record, locked for the rest of the unit of work and read afresh; ``missing`` is
    the French refusal when it does not exist."""
    record = find_locked(session, model, record_id)
    if record is None:
        raise NotFound(missing)
    return record


def lock_many(session: Session, model: type[T], ids: Iterable[int]) -> dict[int, T]:
    """The records with these ids, locked in id order and read afresh, by id; ids that do
    not exist are simply absent."""
    column: Any = model.id  # type: ignore[attr-defined]
    query = select(model).where(column.in_(sorted(set(ids)))).order_by(column)
    if is_locking(session):
        query = query.with_for_update()
    rows = session.scalars(query.execution_options(populate_existing=True))
    return {row.id: row for row in rows}  # type: ignore[attr-defined]
