"""The administrator's command line (issue 2, part 10): every verb works without a window
and without a prompt, in the data folder the settings name, on SQLite or PostgreSQL."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from desktop_app import APP_NAME, __version__
from desktop_app.persistence.base import Base
from desktop_app.settings import DB_FILE_NAME, load_settings
from tests.conftest import PG_URL

REPO = Path(__file__).resolve().parents[1]


def _cli(home: Path, *args: str, **env_changes: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PORTEFEUILLE_SANTE_HOME": str(home), "PORTEFEUILLE_FAST_HASH": "1"}
    env.pop("DATABASE_URL", None)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_version(tmp_path: Path) -> None:
    done = _cli(tmp_path, "--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"{APP_NAME} {__version__}"
    assert not (tmp_path / DB_FILE_NAME).exists()  # asking the version touches nothing


def test_upgrade_creates_the_database_in_the_data_folder_without_a_window(tmp_path: Path) -> None:
    home = tmp_path / "données"
    # Run main() in a child and report whether Qt was ever imported: no window, no prompt.
    probe = (
        "import sys\nfrom desktop_app.__main__ import main\nrc = main(['upgrade'])\n"
        "print('Qt chargé' if any(m.startswith('PySide6') for m in sys.modules) else 'sans Qt')\n"
        "sys.exit(rc)\n"
    )
    env = {**os.environ, "PORTEFEUILLE_SANTE_HOME": str(home)}
    env.pop("DATABASE_URL", None)
    env.pop("DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    database = home / DB_FILE_NAME
    assert done.stdout.splitlines() == [f"Base de données à jour : SQLite : {database}", "sans Qt"]
    conn = sqlite3.connect(database)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    assert tables >= set(Base.metadata.tables)
    assert revision
    assert (home / "backups").is_dir()
    assert (home / "logs" / "portefeuille-sante.log").is_file()

    again = _cli(home, "upgrade")  # a second time changes nothing and still succeeds
    assert again.returncode == 0, again.stderr


def test_upgrade_refuses_a_database_from_a_newer_version_in_french(tmp_path: Path) -> None:
    assert _cli(tmp_path, "upgrade").returncode == 0
    conn = sqlite3.connect(tmp_path / DB_FILE_NAME)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()

    done = _cli(tmp_path, "upgrade")

    assert done.returncode == 2
    assert done.stderr.startswith("Erreur : La base de données vient d'une version plus récente")
    assert "Traceback" not in done.stderr


def test_self_check_prints_ok(tmp_path: Path) -> None:
    done = _cli(tmp_path, "self-check", QT_QPA_PLATFORM=None, DISPLAY=None)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{APP_NAME} {__version__}")
    assert lines[-1] == "OK"
    assert not any("ÉCHEC" in line for line in lines)
    assert not (tmp_path / DB_FILE_NAME).exists()  # the check never touches the user's data


def test_a_bad_date_is_refused_in_french(tmp_path: Path) -> None:
    done = _cli(
        tmp_path,
        "export",
        "production",
        "--from",
        "31/12/2026",
        "--to",
        "2026-12-31",
        "--out",
        str(tmp_path / "b.xlsx"),
    )
    assert done.returncode == 2
    assert "date invalide « 31/12/2026 » (attendu AAAA-MM-JJ)" in done.stderr


# --- settings: which database ------------------------------------------------------


def test_without_settings_the_database_is_a_sqlite_file_in_the_data_folder(tmp_path: Path) -> None:
    settings = load_settings({"PORTEFEUILLE_SANTE_HOME": str(tmp_path)})
    assert settings.database_url == f"sqlite+pysqlite:///{tmp_path / DB_FILE_NAME}"
    assert settings.backups_dir == tmp_path / "backups"
    assert settings.log_dir == tmp_path / "logs"
    assert settings.backups_kept == 10


def test_settings_file_then_environment_choose_the_database(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps(
            {"database_url": "postgresql://bureau:secret@serveur/portefeuille", "backups_kept": 20}
        ),
        encoding="utf-8",
    )
    home = {"PORTEFEUILLE_SANTE_HOME": str(tmp_path)}
    from_file = load_settings(home)
    # A plain postgresql:// URL is given the driver the program ships (psycopg 3).
    assert from_file.database_url == "postgresql+psycopg://bureau:secret@serveur/portefeuille"
    assert from_file.backups_kept == 20
    from_env = load_settings({**home, "DATABASE_URL": "postgresql+psycopg://autre@hote/base"})
    assert from_env.database_url == "postgresql+psycopg://autre@hote/base"


def test_a_damaged_settings_file_is_refused_with_its_line_and_column(tmp_path: Path) -> None:
    """Issue 11: a broken settings.json ignored silently opened an empty local portfolio in
    an office whose portfolio is on a server. Now: refused, where the error is; a verb
    exits 2 in French; backups_kept 0 (which deleted each backup as soon as written) too."""
    from desktop_app.domain.errors import DomainError

    home = {"PORTEFEUILLE_SANTE_HOME": str(tmp_path)}
    (tmp_path / "settings.json").write_text(
        '{\n  "database_url": "postgresql://bureau@serveur/portefeuille",\n  "language" "fr"\n}',
        encoding="utf-8",
    )
    with pytest.raises(DomainError, match="ligne 3, colonne 14"):
        load_settings(home)
    done = _cli(tmp_path, "upgrade")
    assert done.returncode == 2 and "ligne 3, colonne 14" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / DB_FILE_NAME).exists()
    (tmp_path / "settings.json").write_text('{"backups_kept": 0}', encoding="utf-8")
    with pytest.raises(DomainError, match="backups_kept"):
        load_settings(home)
    (tmp_path / "settings.json").write_text("[]", encoding="utf-8")
    with pytest.raises(DomainError, match="objet JSON"):
        load_settings(home)


# --- PostgreSQL ----------------------------------------------------------------------


@pytest.fixture
def pg_database_url() -> object:
    admin_url = make_url(PG_URL)
    name = f"pst_cli_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin_url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.postgres_only
def test_database_url_switches_to_postgresql(tmp_path: Path, pg_database_url: str) -> None:
    url = make_url(pg_database_url)

    done = _cli(tmp_path, "upgrade", DATABASE_URL=pg_database_url)

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Base de données à jour : PostgreSQL : {url.host}/{url.database}"
    assert f":{url.password}@" not in done.stdout  # the password is never printed
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) >= set(Base.metadata.tables)
    finally:
        engine.dispose()
    assert not (tmp_path / DB_FILE_NAME).exists()

    backup = _cli(tmp_path, "backup", DATABASE_URL=pg_database_url)
    assert backup.returncode == 2
    assert "pg_dump" in backup.stderr


@pytest.mark.postgres_only
def test_settings_file_switches_to_postgresql(tmp_path: Path, pg_database_url: str) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"database_url": pg_database_url}), encoding="utf-8"
    )
    done = _cli(tmp_path, "upgrade")
    assert done.returncode == 0, done.stderr
    assert "PostgreSQL : " in done.stdout
    assert not (tmp_path / DB_FILE_NAME).exists()


# --- renew (issue 8) -------------------------------------------------------------------


def test_renew_refuses_a_bad_year_in_french(tmp_path: Path) -> None:
    done = _cli(tmp_path, "renew", "--year", "27")
    assert done.returncode == 2
    assert done.stderr.startswith("Erreur : L'année se saisit sur quatre chiffres")
    assert "Traceback" not in done.stderr


def test_renew_dry_run_then_real_on_a_demo_portfolio(tmp_path: Path) -> None:
    """A small demo, then ``renew --year 2027 --dry-run`` (nothing written) and the real
    batch: both write their report; the second renewal finds nothing due."""
    assert _cli(tmp_path, "demo", "--size", "60").returncode == 0
    simulation = tmp_path / "simulation.xlsx"
    done = _cli(tmp_path, "renew", "--year", "2027", "--dry-run", "--report", str(simulation))
    assert done.returncode == 0, done.stderr
    assert "seraient renouvelées pour 2027" in done.stdout
    url = f"sqlite:///{tmp_path / DB_FILE_NAME}"
    engine = create_engine(url)
    with engine.connect() as conn:
        years = conn.execute(text("SELECT COUNT(*) FROM policy_years WHERE year = 2027")).scalar()
    assert years == 0
    import openpyxl

    book = openpyxl.load_workbook(simulation)
    simulated = sum(
        1
        for (value,) in book["Renouvelées"].iter_rows(min_row=6, max_col=1, values_only=True)
        if str(value).startswith("MAL-")
    )
    done = _cli(tmp_path, "renew", "--year", "2027", "--report", str(tmp_path / "r.xlsx"))
    assert done.returncode == 0, done.stderr
    with engine.connect() as conn:
        years = conn.execute(text("SELECT COUNT(*) FROM policy_years WHERE year = 2027")).scalar()
    engine.dispose()
    assert years == simulated and years > 0
    again = _cli(tmp_path, "renew", "--year", "2027", "--report", str(tmp_path / "r2.xlsx"))
    assert again.returncode == 0 and "0 police(s) renouvelées" in again.stdout


def test_unlock_admin_for_whoever_holds_the_machine(tmp_path: Path) -> None:
    """Issue 11: five wrong passwords lock the only administrator; `unlock-admin CODE`
    unlocks them (logged, audited), and refuses in French a code that is not an
    administrator's."""
    from desktop_app.domain.errors import AuthenticationFailed
    from desktop_app.persistence.database import Database, sqlite_url
    from desktop_app.persistence.models import AuditEntry, User
    from desktop_app.services.administration import users
    from desktop_app.services.context import ServiceContext

    assert _cli(tmp_path, "upgrade").returncode == 0
    db = Database(sqlite_url(tmp_path / DB_FILE_NAME))
    try:
        anon = ServiceContext(db)
        users.create_first_admin(anon, "Aké Séraphin", "admin", "admin1234", "admin1234")
        for _ in range(5):
            with pytest.raises(AuthenticationFailed):
                users.login(anon, "admin", "mauvais")
        with pytest.raises(AuthenticationFailed, match="verrouillé"):
            users.login(anon, "admin", "admin1234")
    finally:
        db.dispose()
    refused = _cli(tmp_path, "unlock-admin", "inconnu")
    assert refused.returncode == 2 and "Aucun administrateur" in refused.stderr
    done = _cli(tmp_path, "unlock-admin", "ADMIN")
    assert done.returncode == 0, done.stderr
    assert "déverrouillé" in done.stdout
    db = Database(sqlite_url(tmp_path / DB_FILE_NAME))
    try:
        assert users.login(ServiceContext(db), "admin", "admin1234").actor is not None
        with db.read() as session:
            audit = session.query(AuditEntry).filter(AuditEntry.table_name == "users").all()
            assert any(a.action == "update" and "locked_at" in (a.after or "") for a in audit)
            assert session.query(User).one().failed_logins == 0
    finally:
        db.dispose()
    log = (tmp_path / "logs" / "portefeuille-sante.log").read_text(encoding="utf-8")
    assert "déverrouillé par la ligne de commande" in log


def test_export_never_writes_over_the_database_and_asks_before_replacing(tmp_path: Path) -> None:
    """Issue 11: `export … --out` naming the live database, or a backup, is refused and
    leaves it intact; an existing spreadsheet is replaced only with --force."""
    assert _cli(tmp_path, "upgrade").returncode == 0
    live = tmp_path / DB_FILE_NAME
    before = live.read_bytes()[:100]
    period = ("--from", "2026-01-01", "--to", "2026-12-31")
    refused = _cli(tmp_path, "export", "production", *period, "--out", str(live))
    assert refused.returncode == 2 and "base de données en service" in refused.stderr
    assert live.read_bytes()[:100] == before
    backup = tmp_path / "copie.db"
    assert _cli(tmp_path, "backup", "--out", str(backup)).returncode == 0
    refused = _cli(tmp_path, "export", "production", *period, "--out", str(backup), "--force")
    assert refused.returncode == 2 and "une sauvegarde" in refused.stderr
    out = tmp_path / "production.xlsx"
    out.write_bytes(b"ancien")
    refused = _cli(tmp_path, "export", "production", *period, "--out", str(out))
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert out.read_bytes() == b"ancien"
    done = _cli(tmp_path, "export", "production", *period, "--out", str(out), "--force")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:2] == b"PK"  # a workbook now
    folder = _cli(tmp_path, "export", "production", *period, "--out", str(tmp_path), "--force")
    assert folder.returncode == 2 and "n'est pas un fichier" in folder.stderr


def test_what_goes_wrong_around_the_database_is_said_in_french(tmp_path: Path) -> None:
    """Issue 11: tracebacks before; now a French line and exit 2 for a backup into a folder
    or a missing one, an unreachable or malformed DATABASE_URL, a home that is a file."""
    assert _cli(tmp_path, "upgrade").returncode == 0
    cases = [
        (("backup", "--out", str(tmp_path)), {}, "est un dossier"),
        (("backup", "--out", str(tmp_path / "absent" / "x.db")), {}, "n'existe pas"),
        (
            ("upgrade",),
            {"DATABASE_URL": "postgresql+psycopg://x:y@127.0.0.1:1/base"},
            "injoignable",
        ),
        (("upgrade",), {"DATABASE_URL": "n'importe quoi://"}, "mal formée"),
    ]
    for args, env, message in cases:
        done = _cli(tmp_path, *args, **env)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr, done.stderr
    afile = tmp_path / "un-fichier"
    afile.write_text("x", encoding="utf-8")
    done = _cli(afile, "upgrade")
    assert done.returncode == 2 and "est un fichier" in done.stderr
    assert "Traceback" not in done.stderr
