"""Documents import only the domain and ``desktop_app.paths`` (architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app.documents

ALLOWED_PREFIXES = ("desktop_app.domain", "desktop_app.documents", "desktop_app.paths")
FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "openpyxl")


def test_documents_import_only_what_they_may() -> None:
    folder = Path(desktop_app.documents.__file__).parent
    for module in folder.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(FORBIDDEN), (module.name, name)
                if name.startswith("desktop_app"):
                    assert name.startswith(ALLOWED_PREFIXES), (module.name, name)
