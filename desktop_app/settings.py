"""Where the program keeps its data, and which database it uses (architecture.md, rule 11).

With no settings at all: a SQLite file in the user's data folder. ``DATABASE_URL`` (or
``database_url`` in ``settings.json`` in that folder) points it at a PostgreSQL server.
``PORTEFEUILLE_SANTE_HOME`` moves the whole data folder (tests, portable installs).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from desktop_app.domain.errors import DomainError

APP_DIR_NAME = "PortefeuilleSante"
DB_FILE_NAME = "portefeuille.db"
SETTINGS_FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    log_dir: Path
    database_url: str
    language: str = "fr"
    backups_kept: int = 10

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / SETTINGS_FILE_NAME


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if env is None else env
    home = env.get("PORTEFEUILLE_SANTE_HOME")
    data_dir = Path(home) if home else Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    log_dir = data_dir / "logs" if home else Path(user_log_dir(APP_DIR_NAME, appauthor=False))
    if data_dir.exists() and not data_dir.is_dir():
        raise DomainError(
            f"Le dossier des données {data_dir} est un fichier : donnez un dossier "
            "(PORTEFEUILLE_SANTE_HOME)."
        )
    stored = _stored(data_dir / SETTINGS_FILE_NAME)
    url = env.get("DATABASE_URL") or str(stored.get("database_url") or "")
    if not url:
        url = f"sqlite+pysqlite:///{data_dir / DB_FILE_NAME}"
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    language = env.get("PORTEFEUILLE_SANTE_LANG") or str(stored.get("language") or "fr")
    kept = stored.get("backups_kept", 10)
    if not isinstance(kept, int) or isinstance(kept, bool) or not 1 <= kept <= 1000:
        raise DomainError(
            f"{data_dir / SETTINGS_FILE_NAME} : « backups_kept » est le nombre de sauvegardes "
            f"gardées, un entier de 1 à 1000 (trouvé : {kept!r})."
        )
    return Settings(data_dir, log_dir, url, language, kept)


def _stored(path: Path) -> dict[str, object]:
    """The settings file, or nothing when there is none. A broken one is refused with its
    line and column (issue 11): ignoring it would open an empty local portfolio in an
    office whose portfolio is on a server."""
    if path.is_dir():
        raise DomainError(f"{path} est un dossier : les réglages sont un fichier JSON.")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise DomainError(f"Réglages illisibles ({path}) : {error}") from None
    try:
        stored = json.loads(text)
    except json.JSONDecodeError as error:
        raise DomainError(
            f"Réglages illisibles ({path}), ligne {error.lineno}, colonne {error.colno} : "
            f"{error.msg}. Corrigez le fichier (ou retirez-le pour revenir aux réglages par "
            "défaut)."
        ) from None
    if not isinstance(stored, dict):
        raise DomainError(f"Réglages illisibles ({path}) : un objet JSON {{…}} est attendu.")
    return stored


OWNER_ONLY_DIR, OWNER_ONLY_FILE = 0o700, 0o600


def ensure_dirs(settings: Settings) -> None:
    """The data, backup and log folders, readable by their owner only (issue 11: the
    portfolio holds health data; settings.json may hold the server's password). On POSIX
    the process creates every later file owner-only too (umask 077), and what an earlier
    version left readable by all is tightened; on Windows the folders live in the user's
    own profile (%LOCALAPPDATA%), whose access list already excludes other users."""
    posix = os.name == "posix"
    if posix:
        os.umask(0o077)
    for folder in (settings.data_dir, settings.backups_dir, settings.log_dir):
        folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
        if posix:
            _owner_only(folder)


def _owner_only(folder: Path) -> None:
    if folder.stat().st_mode & 0o077:
        folder.chmod(OWNER_ONLY_DIR)
    for path in folder.iterdir():
        if path.is_file() and path.stat().st_mode & 0o077:
            path.chmod(OWNER_ONLY_FILE)
