"""``portefeuille-sante demo`` end to end: a real process, a real database file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.persistence.database import Database, sqlite_url
from desktop_app.persistence.models import AuditEntry, InsuredPerson, Policy, User
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.settings import DB_FILE_NAME

ROOT = Path(__file__).resolve().parent.parent
USER_LINE = re.compile(r"^\s+(\S+)\s+(demo-[a-z]{4}\d{4})\s+(.+)$")


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "TEST_DATABASE_URL")}
    env.update(
        PORTEFEUILLE_SANTE_HOME=str(home),
        PORTEFEUILLE_FAST_HASH="1",
        PYTHONIOENCODING="utf-8",
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
    )
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "demo", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def test_demo_verb_fills_the_database_and_prints_the_users(tmp_path: Path) -> None:
    done = _run(tmp_path, "--size", "200", "--seed", "3")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Personnes assurées… 200/200" in out
    # The endorsements of the demo add two members when its policies are old enough.
    persons = 202 if "avenants et renouvellements" in out else 200
    assert "Portefeuille de démonstration chargé" in out and f"{persons} personnes assurées" in out
    printed = {
        m[1]: (m[2], m[3]) for m in (USER_LINE.match(line) for line in out.splitlines()) if m
    }
    assert set(printed) == {
        "admin.demo",
        "direction",
        "production",
        "sinistres",
        "signataire",
        "compta",
        "medecin",
        "caisse",
    }
    assert printed["sinistres"][1] == "Sinistres" and printed["admin.demo"][1] == "Administrateur"

    db = Database(sqlite_url(tmp_path / DB_FILE_NAME))
    try:
        with db.read() as s:
            assert s.scalar(select(func.count(InsuredPerson.id))) == persons
            assert s.scalar(select(func.count(User.id))) == 8
            assert s.scalar(select(func.count(Policy.id))) == s.scalar(
                select(func.count(func.distinct(InsuredPerson.policy_id)))
            )
            assert (
                s.scalar(
                    select(func.count(AuditEntry.id)).where(
                        AuditEntry.table_name == "insured_persons", AuditEntry.action == "insert"
                    )
                )
                == persons
            )
        # The printed password really opens the account.
        ctx = users.login(ServiceContext(db), "medecin", printed["medecin"][0])
        assert ctx.actor is not None and ctx.actor.code == "medecin"
    finally:
        db.dispose()

    again = _run(tmp_path, "--size", "30")
    assert again.returncode == 0, again.stderr
    assert (
        "laissés tels quels" in again.stdout
        and "Utilisateurs de démonstration (code" not in again.stdout
    )
    db = Database(sqlite_url(tmp_path / DB_FILE_NAME))
    try:
        with db.read() as s:
            assert s.scalar(select(func.count(InsuredPerson.id))) == persons + 30
    finally:
        db.dispose()
