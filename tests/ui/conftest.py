"""Qt fixtures for the screens: a signed-in main window, and blocking dialogs patched.

The offscreen platform warns "This plugin does not support propagateSizeHints()" each
time a window with a layout is shown; that is the test platform talking, not the
program, so it is the one Qt warning ignored here (every other one still fails a test).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.domain.roles import Role
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.ui.i18n import remove_translators

OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
_HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Static ``QMessageBox`` calls answer at once and are recorded as (kind, text)."""
    shown: list[tuple[str, str]] = []

    def fake(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def call(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return answer

        return call

    monkeypatch.setattr(
        QMessageBox, "information", fake("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "warning", fake("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.No))
    return shown


@pytest.fixture
def no_exec(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """``QDialog.exec()`` and ``QMessageBox.exec()`` return at once; the dialogs are kept."""
    seen: list[QDialog] = []

    def fake_exec(self):  # type: ignore[no-untyped-def]
        seen.append(self)
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The screens in English for one test, then back to French."""
    from desktop_app.ui.i18n import install_translators

    install_translators("en")
    yield
    remove_translators()


def clerk_with(admin: ServiceContext, code: str, *roles: Role) -> ServiceContext:
    """A signed-in user with ``roles`` (the password change asked at first login is done)."""
    user_id = users.create_user(
        admin,
        users.UserInput(
            code, f"Agent {code}", frozenset(roles), True, "motdepasse1", "motdepasse1"
        ),
    )[0]
    ctx = users.login(admin, code, "motdepasse1")
    users.change_own_password(ctx, "motdepasse1", "nouveau2026", "nouveau2026")
    assert ctx.actor is not None and ctx.actor.user_id == user_id
    return ctx
