"""The generic transition table (architecture.md rule 6): checks, records, reasons,
permissions, history replay, and a table that refuses to be built wrong."""

from __future__ import annotations

import enum
from datetime import datetime

import pytest

from desktop_app.domain.errors import FieldError, PermissionDenied
from desktop_app.domain.workflow import (
    ForbiddenTransition,
    Transition,
    TransitionRecord,
    Workflow,
    replay,
)


class Light(enum.Enum):
    RED = "red"
    GREEN = "green"
    AMBER = "amber"


LABELS = {Light.RED: "Rouge", Light.GREEN: "Vert", Light.AMBER: "Orange"}
AT = datetime(2026, 5, 4, 10, 15)


def lights() -> Workflow[Light]:
    return Workflow(
        "le feu",
        LABELS,
        Light.RED,
        [
            Transition(Light.RED, Light.GREEN, "go", "Passer au vert"),
            Transition(Light.GREEN, Light.AMBER, "slow", "Passer à l'orange", permission="drive"),
            Transition(Light.AMBER, Light.RED, "stop", "Arrêter", requires_reason=True),
        ],
    )


def test_allowed_and_forbidden_moves() -> None:
    wf = lights()
    allowed = {(Light.RED, Light.GREEN), (Light.GREEN, Light.AMBER), (Light.AMBER, Light.RED)}
    for source in Light:
        for target in Light:
            assert wf.allowed(source, target) is ((source, target) in allowed)
            if (source, target) in allowed:
                assert wf.check(source, target).target is target
            else:
                with pytest.raises(ForbiddenTransition) as caught:
                    wf.check(source, target)
                assert (caught.value.source, caught.value.target) == (source, target)


def test_forbidden_move_speaks_french() -> None:
    wf = lights()
    with pytest.raises(ForbiddenTransition) as caught:
        wf.check(Light.RED, Light.AMBER)
    assert caught.value.message == (
        "Le feu est à l'état « Rouge » : le passage à l'état « Orange » n'est pas permis."
    )
    with pytest.raises(ForbiddenTransition) as same:
        wf.check(Light.RED, Light.RED)
    assert same.value.message == "Le feu est déjà à l'état « Rouge »."


def test_move_records_who_when_and_why() -> None:
    wf = lights()
    record = wf.move(Light.AMBER, Light.RED, " kone ", AT, reason="  fin   de journée ")
    assert record == TransitionRecord(Light.AMBER, Light.RED, "stop", "kone", AT, "fin de journée")


def test_reason_required() -> None:
    with pytest.raises(FieldError) as caught:
        lights().move(Light.AMBER, Light.RED, "kone", AT, reason="   ")
    assert caught.value.field == "reason"
    assert caught.value.message == "Indiquez le motif : « Arrêter »."


def test_user_required() -> None:
    with pytest.raises(FieldError) as caught:
        lights().move(Light.RED, Light.GREEN, " ", AT)
    assert caught.value.field == "user"


def test_permission_checked_when_permissions_are_given() -> None:
    wf = lights()
    with pytest.raises(PermissionDenied) as caught:
        wf.move(Light.GREEN, Light.AMBER, "yao", AT, granted={"other"})
    assert "« Passer à l'orange »" in caught.value.message
    assert wf.move(Light.GREEN, Light.AMBER, "yao", AT, granted={"drive"}).target is Light.AMBER
    assert wf.move(Light.GREEN, Light.AMBER, "yao", AT).target is Light.AMBER


def test_fire_by_name_and_buttons() -> None:
    wf = lights()
    assert wf.fire(Light.RED, "go", "kone", AT).target is Light.GREEN
    with pytest.raises(ForbiddenTransition) as caught:
        wf.fire(Light.RED, "stop", "kone", AT)
    assert "cette action n'est pas possible" in caught.value.message
    assert [t.name for t in wf.available(Light.GREEN)] == ["slow"]
    assert wf.targets(Light.AMBER) == (Light.RED,)
    assert wf.states == (Light.RED, Light.GREEN, Light.AMBER)
    assert wf.label(Light.GREEN) == "Vert"
    assert not wf.is_final(Light.RED)


def test_replay_of_a_history() -> None:
    wf = lights()
    history = [wf.move(Light.RED, Light.GREEN, "a", AT), wf.move(Light.GREEN, Light.AMBER, "b", AT)]
    assert replay(wf, history) == Light.AMBER
    assert replay(wf, []) == Light.RED
    with pytest.raises(ForbiddenTransition) as caught:
        replay(wf, list(reversed(history)))
    assert "Historique incohérent" in caught.value.message
    forged = TransitionRecord(Light.RED, Light.AMBER, "jump", "c", AT)
    with pytest.raises(ForbiddenTransition):
        replay(wf, [forged])


@pytest.mark.parametrize(
    "transitions",
    [
        [Transition(Light.RED, Light.RED, "stay", "Rester")],
        [
            Transition(Light.RED, Light.GREEN, "go", "A"),
            Transition(Light.RED, Light.GREEN, "go2", "B"),
        ],
        [
            Transition(Light.RED, Light.GREEN, "go", "A"),
            Transition(Light.RED, Light.AMBER, "go", "B"),
        ],
    ],
)
def test_a_wrong_table_is_refused(transitions: list[Transition[Light]]) -> None:
    with pytest.raises(ValueError):
        Workflow("le feu", LABELS, Light.RED, transitions)


def test_every_state_needs_a_label() -> None:
    with pytest.raises(ValueError):
        Workflow(
            "le feu",
            {Light.RED: "Rouge"},
            Light.RED,
            [Transition(Light.RED, Light.GREEN, "go", "A")],
        )
    with pytest.raises(ValueError):
        Workflow("le feu", {Light.RED: "Rouge"}, Light.GREEN, [])
