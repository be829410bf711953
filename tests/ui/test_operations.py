"""The one runner screens call services through (desktop_app/ui/operations.py): refusals
next to their fields, conflicts in the general label, the changes published once, the
trigger held while the call runs, a second click ignored, faults sent to the error hook,
a refused table cell marked at its row and column. Real widgets, real services, a real
database."""

from __future__ import annotations

import threading
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem

from desktop_app.domain.care import CareCategory
from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.roles import Role
from desktop_app.services.administration import reference, users
from desktop_app.services.administration.reference import LabelRow
from desktop_app.services.claims import assessments
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import mark_cell, unmark_cell
from desktop_app.ui.operations import State, fetch, run_op
from desktop_app.ui.widgets.form_errors import FormErrors
from tests.services.claims.test_claims_builders import issued_policy, line, office, receive

USER_FIELDS = ("code", "full_name", "roles", "password")


class UserBox:
    """A small real form: one line edit per field of a user, their error labels, a button."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.general = QLabel()
        self.errors = FormErrors(self.general)
        self.edits = {name: QLineEdit() for name in USER_FIELDS}
        self.boxes = [self.errors.field_box(name, edit) for name, edit in self.edits.items()]
        self.button = QPushButton("Enregistrer")
        for widget in (self.general, self.button, *self.boxes):
            qtbot.addWidget(widget)
            widget.show()


def reasons(ctx: ServiceContext) -> list[str]:
    return [r.code for r in reference.list_exclusion_reasons(ctx)]


@pytest.fixture
def bus(admin: ServiceContext) -> AppBus:
    return AppBus(admin)


@pytest.fixture
def published(bus: AppBus) -> list[Changes]:
    seen: list[Changes] = []
    bus.data_changed.connect(seen.append)
    return seen


def test_a_field_error_goes_next_to_its_field(qtbot, bus: AppBus, admin) -> None:  # type: ignore[no-untyped-def]
    form = UserBox(qtbot)
    me = next(u for u in users.list_users(admin) if u.code == "admin")
    demoted = users.UserInput("admin", "Administrateur", frozenset({Role.PRODUCTION}), True)
    op = run_op(bus, lambda ctx: users.update_user(ctx, me.id, demoted), errors=form.errors)
    assert op.state is State.REFUSED
    assert "administrateur" in form.errors.message("roles")
    assert form.errors.message("code") == "" and form.errors.general_message() == ""


def test_a_validation_failure_marks_every_field(qtbot, bus: AppBus, published) -> None:  # type: ignore[no-untyped-def]
    form = UserBox(qtbot)
    empty = users.UserInput("", "", frozenset(), True, "", "")
    op = run_op(bus, users.create_user, command=lambda: empty, errors=form.errors)
    assert op.state is State.REFUSED and isinstance(op.error, ValidationFailed)
    assert all(form.errors.message(name) for name in USER_FIELDS), [
        form.errors.message(name) for name in USER_FIELDS
    ]
    assert published == []


def test_a_form_that_cannot_be_read_is_refused_without_calling_the_service(
    qtbot, bus: AppBus, admin: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    form = UserBox(qtbot)
    calls: list[object] = []

    def unreadable() -> object:
        raise ValidationFailed([FieldError("code", "Code illisible.")])

    run_op(bus, lambda ctx, cmd: calls.append(cmd), command=unreadable, errors=form.errors)
    assert form.errors.message("code") == "Code illisible." and calls == []


def test_a_conflict_goes_to_the_general_label(qtbot, bus: AppBus) -> None:  # type: ignore[no-untyped-def]
    form = UserBox(qtbot)
    op = run_op(
        bus,
        lambda ctx: users.create_first_admin(ctx, "Autre", "autre", "motdepasse1", "motdepasse1"),
        errors=form.errors,
    )
    assert op.state is State.REFUSED
    assert form.errors.general_message() == "Un administrateur existe déjà : connectez-vous."
    assert not any(form.errors.message(name) for name in USER_FIELDS)


def test_a_refusal_without_form_errors_goes_to_the_label_given(
    qtbot, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    rows = fetch(AppBus(clerk), users.list_users, label, fallback=[])
    assert rows == []
    assert not label.isHidden() and "droits" in label.text()


def test_success_publishes_the_changes_once_then_calls_back(
    qtbot, bus: AppBus, admin: ServiceContext, published: list[Changes]
) -> None:  # type: ignore[no-untyped-def]
    form = UserBox(qtbot)
    form.errors.show(ValidationFailed([FieldError("code", "ancien message")]))
    results: list[object] = []
    op = run_op(
        bus,
        lambda ctx: reference.save_exclusion_reason(ctx, LabelRow("T1", "Essai", True)),
        errors=form.errors,
        success=lambda result: results.append((result, len(published))),
    )
    assert op.succeeded and "T1" in reasons(admin)
    assert len(published) == 1 and published[0].touches("exclusion_reasons")
    assert results == [(published[0], 1)]  # called after the changes went out
    assert form.errors.message("code") == ""  # the old refusal is gone


def test_nothing_changed_publishes_nothing(bus: AppBus, published: list[Changes]) -> None:
    reference.add_default_exclusion_reasons(bus.ctx)
    op = run_op(bus, reference.add_default_exclusion_reasons)
    assert op.succeeded and op.result[0] == 0 and published == []


def test_a_tuple_result_publishes_its_changes(bus: AppBus, published: list[Changes]) -> None:
    data = users.UserInput(
        "agent", "Agent", frozenset({Role.CLAIMS}), True, "motdepasse1", "motdepasse1"
    )
    op = run_op(bus, users.create_user, command=lambda: data)
    user_id, changes = op.result
    assert published == [changes] and ("users", user_id) in changes.ids


def test_the_trigger_is_held_while_running_and_a_second_click_is_ignored(
    qtbot, bus: AppBus, admin: ServiceContext, published: list[Changes]
) -> None:  # type: ignore[no-untyped-def]
    form = UserBox(qtbot)
    release = threading.Event()
    calls: list[int] = []
    ops = []

    def save(ctx: ServiceContext) -> Changes:
        calls.append(1)
        assert release.wait(10), "never released"
        return reference.save_exclusion_reason(ctx, LabelRow("LENT", "Lent", True))

    def on_clicked() -> None:
        ops.append(run_op(bus, save, trigger=form.button, errors=form.errors, background=True))

    form.button.clicked.connect(on_clicked)
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: calls == [1])
    assert not form.button.isEnabled() and ops[0].running
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    on_clicked()  # a second Entrée reaching the slot itself
    assert ops[1].state is State.IGNORED and len(ops) == 2
    release.set()
    qtbot.waitUntil(lambda: ops[0].done)
    assert ops[0].succeeded and form.button.isEnabled()
    assert calls == [1] and len(published) == 1
    assert reasons(admin).count("LENT") == 1


def test_a_disabled_trigger_stays_disabled_after(qtbot, bus: AppBus) -> None:  # type: ignore[no-untyped-def]
    form = UserBox(qtbot)
    form.button.setEnabled(False)
    run_op(
        bus,
        lambda ctx: reference.save_exclusion_reason(ctx, LabelRow("T2", "Essai", True)),
        trigger=form.button,
    )
    assert not form.button.isEnabled()


@pytest.mark.parametrize("background", [False, True])
def test_an_unexpected_exception_reaches_the_error_hook(
    qtbot, bus: AppBus, published: list[Changes], background: bool
) -> None:  # type: ignore[no-untyped-def]
    form = UserBox(qtbot)
    succeeded: list[object] = []

    def broken(ctx: ServiceContext) -> Changes:
        raise ZeroDivisionError("bug")

    with qtbot.capture_exceptions() as caught:
        op = run_op(
            bus,
            broken,
            trigger=form.button,
            errors=form.errors,
            success=succeeded.append,
            background=background,
        )
        qtbot.waitUntil(lambda: op.done)
    assert [type(e[1]) for e in caught] == [ZeroDivisionError]
    assert op.state is State.FAILED and succeeded == [] and published == []
    assert form.button.isEnabled() and form.errors.general_message() == ""


def test_a_background_refusal_is_shown_on_the_gui_thread(qtbot, bus: AppBus) -> None:  # type: ignore[no-untyped-def]
    form = UserBox(qtbot)
    op = run_op(
        bus,
        lambda ctx: users.create_first_admin(ctx, "Autre", "autre", "motdepasse1", "motdepasse1"),
        errors=form.errors,
        trigger=form.button,
        background=True,
    )
    qtbot.waitUntil(lambda: op.done)
    assert op.state is State.REFUSED and "existe déjà" in form.errors.general_message()
    assert form.button.isEnabled()


def test_a_refused_table_cell_is_marked_at_its_row_and_column(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = receive(o, ids["Kouassi"], 20_000)
    columns = {"care_date": 0, "category": 1, "claimed": 2}
    table = QTableWidget(2, len(columns))
    for row in range(2):
        for column in range(len(columns)):
            table.setItem(row, column, QTableWidgetItem(""))
    general = QLabel()
    errors = FormErrors(general)
    box = errors.field_box("lines", table)
    qtbot.addWidget(box)
    qtbot.addWidget(general)

    def mark(row: int, column: str, message: str) -> None:
        mark_cell(table.item(row, columns[column]), message)

    def clear() -> None:
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                unmark_cell(table.item(row, column))

    errors.register_cells("lines", mark, clear)
    lines = [
        line(date(2026, 10, 1), CareCategory.PHARMACY, 10_000, "P-1"),
        line(date(2026, 10, 2), CareCategory.PHARMACY, 0, "P-2"),
    ]
    op = run_op(
        AppBus(o.claims),
        lambda ctx: assessments.assess_claim(ctx, claim_id, lines),
        errors=errors,
    )
    assert op.state is State.REFUSED
    refused = table.item(1, columns["claimed"]).toolTip()
    assert refused.startswith("Ligne 2 :") and "supérieur à zéro" in refused
    assert [table.item(0, c).toolTip() for c in range(3)] == ["", "", ""]
    assert table.item(1, columns["care_date"]).toolTip() == ""
    assert refused in errors.message("lines")
    errors.clear()
    assert table.item(1, columns["claimed"]).toolTip() == ""


def test_an_action_trigger_is_held_too(qtbot, bus: AppBus, admin: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    action = QAction("Enregistrer")

    def save(ctx: ServiceContext) -> Changes:
        assert release.wait(10), "never released"
        return reference.save_exclusion_reason(ctx, LabelRow("MENU", "Par le menu", True))

    op = run_op(bus, save, trigger=action, background=True)
    assert not action.isEnabled()
    assert run_op(bus, save, trigger=action).state is State.IGNORED  # the shortcut again
    release.set()
    qtbot.waitUntil(lambda: op.done)
    assert op.succeeded and action.isEnabled() and reasons(admin).count("MENU") == 1


def test_a_screen_closed_while_running_gets_nothing_but_the_changes_go_out(
    qtbot, bus: AppBus, published: list[Changes]
) -> None:  # type: ignore[no-untyped-def]
    screen = QLabel()
    release = threading.Event()
    called: list[object] = []

    def save(ctx: ServiceContext) -> Changes:
        assert release.wait(10), "never released"
        return reference.save_exclusion_reason(ctx, LabelRow("FERME", "Fenêtre fermée", True))

    op = run_op(bus, save, errors=screen, success=called.append, background=True, parent=screen)
    shiboken6.delete(screen)
    release.set()
    qtbot.waitUntil(lambda: op.done)
    assert op.succeeded and called == [] and len(published) == 1
