"""The PyInstaller build (issue 2, part 11): ``build.spec`` freezes the program into one
folder that starts, finds its migrations and fonts, and passes its own ``self-check``."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import APP_NAME, __version__
from desktop_app.persistence import migrate
from desktop_app.persistence.database import Database, sqlite_url
from tests.conftest import ON_POSTGRES

REPO = Path(__file__).resolve().parents[1]
NAME = "portefeuille-sante"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if ON_POSTGRES:
        # The build holds no database: CI builds it once, in the SQLite run.
        pytest.skip("frozen build: checked in the SQLite run")
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "build.spec",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    return work / "dist" / NAME


def _run(folder: Path, program: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PORTEFEUILLE_SANTE_HOME": str(home)}
    for key in ("DATABASE_URL", "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH"):
        env.pop(key, None)
    # Run from elsewhere: the build must not lean on the checkout being the current folder.
    return subprocess.run(
        [str(folder / f"{program}{EXE_SUFFIX}"), *args],
        cwd=home.parent,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )


@pytest.mark.slow
def test_the_frozen_program_passes_its_self_check(frozen: Path, tmp_path: Path) -> None:
    done = _run(frozen, NAME, "self-check", home=tmp_path / "home")

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{APP_NAME} {__version__} (exécutable autonome")
    assert lines[-1] == "OK"
    # Found inside the build, not in the checkout it was built from.
    assert str(REPO / "migrations") not in done.stdout
    assert any(line.startswith("Migrations : ") and str(frozen) in line for line in lines)


@pytest.mark.slow
def test_the_frozen_console_program_upgrades_a_real_data_folder(
    frozen: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    version = _run(frozen, f"{NAME}-cli", "--version", home=home)
    assert version.stdout.strip() == f"{APP_NAME} {__version__}"

    done = _run(frozen, f"{NAME}-cli", "upgrade", home=home)

    assert done.returncode == 0, done.stdout + done.stderr
    conn = sqlite3.connect(home / "portefeuille.db")
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    checkout = Database(sqlite_url(tmp_path / "unused.db"))
    assert revision == migrate.head_revision(checkout)  # the build's migrations are current


@pytest.mark.slow
def test_the_build_leaves_out_the_heavy_qt_modules(frozen: Path) -> None:
    names = {p.name.lower() for p in frozen.rglob("*")}
    assert not any("webengine" in n for n in names)
    assert not any("qt6quick" in n or "virtualkeyboard" in n for n in names)
    assert any("qt6pdf" in n for n in names) and any("qt6charts" in n for n in names)
