"""Shared fixtures. The suite runs on SQLite by default and on PostgreSQL when
``TEST_DATABASE_URL`` names a server database (CI runs it both ways)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("PORTEFEUILLE_FAST_HASH", "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop_app.domain.roles import Role
from desktop_app.persistence import migrate
from desktop_app.persistence.base import Base
from desktop_app.persistence.database import Database, sqlite_url
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
ON_POSTGRES = PG_URL.startswith("postgresql")


def pytest_report_header(config: pytest.Config) -> str:
    return f"database: {'PostgreSQL ' + make_url(PG_URL).render_as_string() if ON_POSTGRES else 'SQLite'}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip = pytest.mark.skip(reason="PostgreSQL only: set TEST_DATABASE_URL")
    for item in items:
        if "postgres_only" in item.keywords and not ON_POSTGRES:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def _pg_database() -> Iterator[str]:
    """A fresh database on the server for this test session, migrated once."""
    admin_url = make_url(PG_URL)
    name = f"pst_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database(sqlite_url(path))
    migrate.upgrade(db)
    db.dispose()
    return path


def _truncate_all(db: Database) -> None:
    names = ", ".join(f'"{t.name}"' for t in reversed(Base.metadata.sorted_tables))
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


def empty_database(db: Database) -> None:
    """Remove every row of every table, for a test that loads a portfolio twice. The rows
    the database refuses to delete (what was paid, architecture.md rule 5) go too: on
    PostgreSQL ``TRUNCATE`` does not fire row triggers; on SQLite the triggers are dropped
    for the deletion and put back as they were, in the same transaction."""
    if not db.is_sqlite:
        _truncate_all(db)
        return
    with db.write_engine.begin() as conn:
        triggers = conn.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        ).all()
        for name, _ in triggers:
            conn.execute(text(f'DROP TRIGGER "{name}"'))
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
        for _, sql in triggers:
            conn.execute(text(sql))


@pytest.fixture
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database for one test."""
    if ON_POSTGRES:
        url = request.getfixturevalue("_pg_database")
        database = Database(url)
        _truncate_all(database)
    else:
        template = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "portefeuille.db"
        shutil.copyfile(template, path)
        database = Database(sqlite_url(path))
    yield database
    database.dispose()


@pytest.fixture
def anon(db: Database) -> ServiceContext:
    return ServiceContext(db)


def make_user(
    ctx: ServiceContext,
    code: str,
    *roles: Role,
    password: str = "motdepasse1",
    provisional: bool = False,
) -> int:
    """A user the administrator created who has since chosen their own password (as they
    must at their first login); ``provisional``: not yet, the password is still the one
    the administrator typed."""
    user_id, _ = users.create_user(
        ctx, users.UserInput(code, code.capitalize(), frozenset(roles), True, password, password)
    )
    if not provisional:
        with ctx.db.engine.begin() as conn:
            conn.execute(
                text("UPDATE users SET must_change_password = :no WHERE id = :id"),
                {"no": False, "id": user_id},
            )
    return user_id


@pytest.fixture
def admin(anon: ServiceContext) -> ServiceContext:
    """Signed in as the first administrator, code ``admin``, password ``admin1234``."""
    users.create_first_admin(anon, "Administrateur", "admin", "admin1234", "admin1234")
    return users.login(anon, "admin", "admin1234")


@pytest.fixture
def clerk(admin: ServiceContext) -> ServiceContext:
    """Signed in as ``prod``, a Production clerk (the administrator exists too)."""
    make_user(admin, "prod", Role.PRODUCTION)
    return users.login(admin, "prod", "motdepasse1")


@pytest.fixture
def fixed_clock() -> datetime:
    return datetime(2026, 11, 21, 9, 30)
