"""Keyboard first (issue 12): Tab leaves a multi-line field instead of typing a tab."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.services.context import ServiceContext
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production.subscriber_form import SubscriberForm

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"


def test_tab_leaves_the_address_and_shift_tab_comes_back(qtbot, clerk: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    form = SubscriberForm(AppBus(clerk))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.address.setFocus()
    qtbot.keyClicks(form.address, "Rue des Jardins")
    qtbot.keyClick(form.address, Qt.Key.Key_Tab)
    assert "\t" not in form.address.toPlainText()
    assert form.focusWidget() is form.city  # offscreen: no active window, read the form
    qtbot.keyClick(form.city, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert form.focusWidget() is form.address


def test_every_multi_line_field_is_the_one_that_tabs_away() -> None:
    """A bare QPlainTextEdit or QTextEdit typed into by a clerk would take Tab for itself:
    the forms use ``MultiLineField`` (read-only displays built otherwise are named here)."""
    raw = re.compile(r"\bQ(?:Plain)?TextEdit\(")
    offenders = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path.name != "fields.py" and raw.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
