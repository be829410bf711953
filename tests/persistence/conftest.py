"""Fixtures of the persistence tests: an empty (unmigrated) database of its own, on
SQLite or on the PostgreSQL server of ``TEST_DATABASE_URL``, for tests that change the
schema itself or need a database nobody else uses."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop_app.domain.kinds import SubscriberKind
from desktop_app.domain.text import search_key
from desktop_app.persistence.database import Database, sqlite_url
from desktop_app.persistence.models import Policy, Subscriber
from tests.conftest import ON_POSTGRES, PG_URL


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    """A database with no table at all, dropped after the test."""
    if not ON_POSTGRES:
        database = Database(sqlite_url(tmp_path / "empty.db"))
        yield database
        database.dispose()
        return
    admin_url = make_url(PG_URL)
    name = f"pst_empty_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database = Database(admin_url.set(database=name).render_as_string(hide_password=False))
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def new_subscriber(name: str) -> Subscriber:
    return Subscriber(kind=SubscriberKind.PERSON, name=name, name_key=search_key(name))


def new_policy(subscriber_id: int, number: str | None = None) -> Policy:
    return Policy(
        subscriber_id=subscriber_id,
        number=number,
        effective_date=date(2026, 1, 1),
        expiry_date=date(2026, 12, 31),
    )
