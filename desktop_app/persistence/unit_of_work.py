"""The unit of work: the one place that commits (architecture.md, rule 2).

A use case runs inside ``unit_of_work``; it happens entirely or not at all. The actor is
put in the session so the audit trail records who did it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from desktop_app.persistence.database import Database


@dataclass(frozen=True)
class AuditActor:
    """Who the audit trail names for a unit of work, and the clock it dates rows by (the
    service context's, so that a test or a back-dated entry dates them as its use case)."""

    user_id: int | None
    code: str
    clock: Callable[[], datetime] | None = None


SYSTEM = AuditActor(None, "système")


@contextmanager
def unit_of_work(db: Database, actor: AuditActor = SYSTEM) -> Iterator[Session]:
    session = db.write_session()
    session.info["actor"] = actor
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
