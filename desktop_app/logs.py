"""The log file in the user's log folder (issue 2, part 10)."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

LOG_FILE_NAME = "portefeuille-sante.log"


class SafeFormatter(logging.Formatter):
    """Tracebacks without the values a database error carries (issue 11): PostgreSQL's
    own message quotes the failing row (« Failing row contains (…, Cholécystectomie, …) »),
    and SQLAlchemy's the parameters. A database error is logged as its kind and statement."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        _kind, error, tb = ei
        if isinstance(error, DBAPIError):
            statement = " ".join(str(error.statement or "").split())
            return (
                "Traceback (most recent call last):\n"
                + "".join(traceback.format_tb(tb))
                + f"{type(error).__name__}: {type(error.orig).__name__} "
                + f"(valeurs masquées) [SQL: {statement[:500]}]"
            )
        return super().formatException(ei)


def configure_logging(folder: Path, level: int = logging.INFO) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(level)
    return path
