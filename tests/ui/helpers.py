"""Typing like a clerk, French accents included (platform-notes.md: ``keyClicks`` with
é, à, ç aborts the process, so non-ASCII characters are sent one key event at a time);
clicking a button whose operation may run in the background, and waiting for it to end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop_app.ui.operations import RUNNING_PROPERTY


def type_text(qtbot, widget: QWidget, text: str, *, clear: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Focus ``widget`` and type ``text`` key by key."""
    widget.setFocus()
    if clear and hasattr(widget, "clear"):
        widget.clear()
    run = ""
    for ch in text:
        if ord(ch) < 128:
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    if run:
        qtbot.keyClicks(widget, run)


def press_tab(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def click_and_wait(qtbot, button: QWidget, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Click ``button`` like a clerk and wait until the operation it started has ended (the
    runner holds the button while a call runs, in the background or not)."""
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not button.property(RUNNING_PROPERTY), timeout=timeout)


def collect_premium(admin, policy_id: int) -> None:  # type: ignore[no-untyped-def]
    """The subscriber pays what the policy owes, at the cash desk (CIMA art. 13: cards are
    printed once the premium that starts cover is collected)."""
    from desktop_app.domain.collection import CollectionMode, PayerKind
    from desktop_app.domain.roles import Role
    from desktop_app.persistence.models import Policy
    from desktop_app.services.administration import users
    from desktop_app.services.finance import payments
    from tests.conftest import make_user

    with admin.read() as session:
        policy = session.get(Policy, policy_id)
        assert policy is not None
        subscriber = policy.subscriber_id
    if not any(u.code == "caisse1" for u in users.list_users(admin)):
        make_user(admin, "caisse1", Role.CASHIER)
    cashier = users.login(admin.as_actor(None), "caisse1", "motdepasse1")
    cashier = type(cashier)(cashier.db, cashier.actor, admin.clock)
    for item, _part in payments.preview_allocation(cashier, PayerKind.SUBSCRIBER, subscriber, 0):
        payments.record_payment(
            cashier,
            payments.PaymentInput(
                cashier.today(),
                PayerKind.SUBSCRIBER,
                subscriber,
                CollectionMode.TRANSFER,
                item.balance,
            ),
        )
