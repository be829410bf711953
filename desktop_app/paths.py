"""Where the program finds its own files (migrations, resources) in every form it runs:
from a checkout, installed by pip, or frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def _frozen_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def migrations_dir() -> Path:
    frozen = _frozen_root()
    return _first_existing(
        *([frozen / "migrations"] if frozen else []),
        _PACKAGE / "_migrations",
        _PACKAGE.parent / "migrations",
    )


def resources_dir() -> Path:
    frozen = _frozen_root()
    return _first_existing(
        *([frozen / "resources"] if frozen else []),
        _PACKAGE / "_resources",
        _PACKAGE.parent / "resources",
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
