"""The engines (architecture.md, rule 11): the embedded SQLite file runs with WAL, foreign
keys and a busy timeout; both back ends refuse a record that points at nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop_app.domain.roles import Role
from desktop_app.persistence import migrate
from desktop_app.persistence.database import SQLITE_BUSY_TIMEOUT_MS, Database, sqlite_url
from desktop_app.persistence.models import Policy, UserRole
from desktop_app.persistence.unit_of_work import unit_of_work
from tests.persistence.conftest import new_policy, new_subscriber


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = Database(sqlite_url(tmp_path / "portefeuille.db"))
    migrate.upgrade(database)
    yield database
    database.dispose()


def _pragma(db: Database, name: str, *, write: bool = False) -> object:
    engine = db.write_engine if write else db.engine
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


@pytest.mark.parametrize("write", [False, True], ids=["read", "write"])
def test_sqlite_connections_have_the_house_pragmas(sqlite_db: Database, write: bool) -> None:
    assert _pragma(sqlite_db, "journal_mode", write=write) == "wal"
    assert _pragma(sqlite_db, "foreign_keys", write=write) == 1
    assert _pragma(sqlite_db, "busy_timeout", write=write) == SQLITE_BUSY_TIMEOUT_MS
    assert SQLITE_BUSY_TIMEOUT_MS >= 5000  # a clerk's save waits for another, it does not fail
    assert _pragma(sqlite_db, "synchronous", write=write) == 2  # FULL: survives a power cut (D23)


def test_a_unit_of_work_on_sqlite_takes_the_write_lock_at_once(sqlite_db: Database) -> None:
    """BEGIN IMMEDIATE: a second writer waits at BEGIN instead of failing mid-transaction."""
    with unit_of_work(sqlite_db) as session:
        assert session.connection().exec_driver_sql("SELECT 1").scalar() == 1
        raw = session.connection().connection.dbapi_connection
        assert raw is not None and raw.in_transaction
        other = Database(sqlite_db.url)
        try:
            with other.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA busy_timeout=0")  # don't wait: fail at once
                with pytest.raises(Exception, match="locked"):
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
        finally:
            other.dispose()


def test_a_foreign_key_violation_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), unit_of_work(db) as session:
        session.add(new_policy(subscriber_id=999_999))
    with pytest.raises(IntegrityError), unit_of_work(db) as session:
        session.add(UserRole(user_id=424_242, role=Role.ADMIN))
    with db.read() as session:
        assert session.query(Policy).count() == 0


def test_a_record_still_referred_to_cannot_be_deleted(db: Database) -> None:
    with unit_of_work(db) as session:
        subscriber = new_subscriber("Koné Aïcha")
        session.add(subscriber)
        session.flush()
        session.add(new_policy(subscriber.id))
        subscriber_id = subscriber.id
    with pytest.raises(IntegrityError), unit_of_work(db) as session:
        session.execute(text("DELETE FROM subscribers WHERE id = :id"), {"id": subscriber_id})


def test_a_read_session_never_keeps_a_change(db: Database) -> None:
    with db.read() as session:
        session.add(new_subscriber("Fantôme"))
        session.flush()
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM subscribers")).scalar() == 0


def test_describe_and_sqlite_path(tmp_path: Path) -> None:
    path = tmp_path / "portefeuille.db"
    local = Database(sqlite_url(path))
    assert local.is_sqlite
    assert local.sqlite_path == path
    assert local.describe() == f"SQLite : {path}"
    server = Database("postgresql+psycopg://pst:secret@db.example:5432/portefeuille")
    assert not server.is_sqlite
    assert server.sqlite_path is None
    assert server.describe() == "PostgreSQL : db.example/portefeuille"  # no password shown
    assert Database("sqlite+pysqlite:///:memory:").sqlite_path is None
