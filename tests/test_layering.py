"""The layers of architecture.md, checked on the source: each package imports only what
its row of the table allows. Every import counts, at any depth (inside functions and
``if TYPE_CHECKING:`` too), and a failure names the module and the line."""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"
STDLIB = frozenset(sys.stdlib_module_names) | {"__future__"}
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic")


@dataclass(frozen=True)
class Rule:
    layer: str  # e.g. "desktop_app.documents"
    forbidden: tuple[str, ...]  # module prefixes it must not import
    only: tuple[str, ...] | None = None  # if given, the only prefixes allowed besides stdlib


RULES = (
    Rule("desktop_app.domain", (), only=("desktop_app.domain",)),
    Rule(
        "desktop_app.documents",
        (
            *QT,
            *SQL,
            "desktop_app.persistence",
            "desktop_app.services",
            "desktop_app.ui",
            "desktop_app.exports",
        ),
    ),
    Rule(
        "desktop_app.exports",
        (
            *QT,
            *SQL,
            "desktop_app.persistence",
            "desktop_app.services",
            "desktop_app.ui",
            "desktop_app.documents",
        ),
    ),
    Rule(
        "desktop_app.persistence",
        (
            *QT,
            "desktop_app.services",
            "desktop_app.ui",
            "desktop_app.documents",
            "desktop_app.exports",
        ),
    ),
    Rule("desktop_app.services", (*QT, "desktop_app.ui", "desktop_app.demo")),
    Rule("desktop_app.demo", (*QT, "desktop_app.ui")),
    Rule(
        "desktop_app.ui",
        (*SQL, "desktop_app.persistence", "desktop_app.documents", "desktop_app.exports"),
    ),
)


def _module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in the tree."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            # ``from desktop_app import persistence`` imports a sub-package too.
            found.append((node.lineno, name))
            found += [(node.lineno, f"{name}.{a.name}") for a in node.names if a.name != "*"]
    return found


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def violations(
    source: str, module: str, *, is_package: bool = False, label: str | None = None
) -> list[str]:
    """What the module imports that its layer forbids, as ``file:line: message``."""
    label = label or module
    rule = next((r for r in RULES if _within(module, r.layer)), None)
    if rule is None:
        return []
    out: list[str] = []
    seen: set[int] = set()  # one report per import statement
    for line, name in _imports(ast.parse(source), module, is_package):
        top = name.split(".")[0]
        if rule.only is not None:
            if top in STDLIB or any(_within(name, p) for p in rule.only):
                continue
            if name == "desktop_app":  # ``from desktop_app import x``: judged by ``x``
                continue
            bad = ".".join(name.split(".")[:2]) if top == "desktop_app" else top
        else:
            bad = next((p for p in rule.forbidden if _within(name, p)), "")
            if not bad:
                continue
        if line not in seen:
            seen.add(line)
            out.append(f"{label}:{line}: {module} ({rule.layer}) imports {bad}")
    return out


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_layer_imports_only_what_architecture_md_allows() -> None:
    found: list[str] = []
    for path in _sources():
        module = _module_name(path)
        found += violations(
            path.read_text(encoding="utf-8"),
            module,
            is_package=path.name == "__init__.py",
            label=str(path.relative_to(PACKAGE.parent)),
        )
    assert found == [], "layering broken:\n" + "\n".join(found)


def import_graph() -> dict[str, set[str]]:
    """Module → the modules of the package it imports (every import, at any depth)."""
    modules = {_module_name(p): p for p in _sources()}
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets: set[str] = set()
        for _, name in _imports(
            ast.parse(path.read_text(encoding="utf-8")), module, path.name == "__init__.py"
        ):
            # ``from pkg import mod`` names the module; ``from mod import func`` the module.
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module:
                targets.add(name)
        graph[module] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted.

    A package's ``__init__`` is left out as a target: importing ``a.b`` runs ``a/__init__``
    first, but that is not a cycle between modules unless ``__init__`` imports back."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_between_modules() -> None:
    found = cycles(import_graph())
    assert found == [], "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_the_cycle_check_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_check_covers_the_whole_package() -> None:
    modules = {_module_name(p) for p in _sources()}
    assert {
        "desktop_app.domain.money",
        "desktop_app.persistence.database",
        "desktop_app.services.administration.users",
        "desktop_app.ui.bus",
    } <= modules


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        (
            "desktop_app.domain.money",
            "import decimal\nimport sqlalchemy\n",
            ["2: ", "imports sqlalchemy"],
        ),
        (
            "desktop_app.domain.money",
            "from desktop_app.persistence import base\n",
            ["1: ", "imports desktop_app.persistence"],
        ),
        (
            "desktop_app.domain.money",
            "def f():\n    import openpyxl\n",
            ["2: ", "imports openpyxl"],
        ),
        (
            "desktop_app.domain.money",
            "from ..services import users\n",
            ["1: ", "imports desktop_app.services"],
        ),
        ("desktop_app.documents.card", "from PySide6.QtGui import QImage\n", ["imports PySide6"]),
        (
            "desktop_app.documents.card",
            "from desktop_app import services\n",
            ["imports desktop_app.services"],
        ),
        ("desktop_app.exports.statement", "import sqlalchemy.orm\n", ["imports sqlalchemy"]),
        (
            "desktop_app.services.administration.users",
            "from PySide6 import QtCore\n",
            ["imports PySide6"],
        ),
        ("desktop_app.persistence.audit", "import PySide6.QtCore\n", ["imports PySide6"]),
        ("desktop_app.ui.main_window", "from sqlalchemy import select\n", ["imports sqlalchemy"]),
        (
            "desktop_app.ui.main_window",
            "from desktop_app.persistence.models import Policy\n",
            ["imports desktop_app.persistence"],
        ),
        (
            "desktop_app.ui.main_window",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from sqlalchemy.orm import Session\n",
            ["3: ", "imports sqlalchemy"],
        ),
    ],
)
def test_the_check_finds_a_forbidden_import(module: str, source: str, expected: list[str]) -> None:
    (found,) = violations(source, module)
    for part in expected:
        assert part in found
    assert module in found


@pytest.mark.parametrize(
    ("module", "source"),
    [
        (
            "desktop_app.domain.money",
            "from __future__ import annotations\nimport enum, decimal\n"
            "from desktop_app.domain.errors import FieldError\n"
            "from . import dates\nfrom .dates import policy_year\n",
        ),
        (
            "desktop_app.documents.card",
            "from reportlab.pdfgen import canvas\n"
            "from desktop_app.domain.money import format_fcfa\n",
        ),
        (
            "desktop_app.services.administration.users",
            "from sqlalchemy import select\nfrom desktop_app.persistence.models import User\n",
        ),
        (
            "desktop_app.ui.main_window",
            "from PySide6.QtWidgets import QMainWindow\nfrom desktop_app.services import users\n",
        ),
        ("desktop_app.app", "from PySide6.QtWidgets import QApplication\nimport sqlalchemy\n"),
    ],
)
def test_the_check_allows_what_the_layer_may_import(module: str, source: str) -> None:
    assert violations(source, module) == []
