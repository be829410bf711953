"""Workflows as tables (architecture.md rule 6): an enum of states and the allowed moves.

Modelled on Tryton's ``trytond/model/workflow.py``: a record may only go from one state to
another along a declared transition. Here the table is plain data, checked in the domain;
each move yields a ``TransitionRecord`` (who, when, why) that the services store so that a
file's timeline shows every step.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from desktop_app.domain.errors import Conflict, FieldError, PermissionDenied

S = TypeVar("S", bound=enum.Enum)


@dataclass(frozen=True)
class Transition(Generic[S]):
    """One allowed move. ``label`` is the French verb on the button or in the timeline.

    ``requires_reason``: a reversal or a refusal must say why (rule 5).
    ``permission``: the permission (``roles.Permission`` value) the user must hold, if any.
    """

    source: S
    target: S
    name: str
    label: str
    requires_reason: bool = False
    permission: str | None = None


@dataclass(frozen=True)
class TransitionRecord(Generic[S]):
    """A move that happened: from, to, which transition, by whom, when and why."""

    source: S
    target: S
    name: str
    user: str
    at: datetime
    reason: str = ""


class ForbiddenTransition(Conflict):
    """The record's state does not allow the move asked for."""

    def __init__(self, message: str, source: enum.Enum, target: enum.Enum) -> None:
        super().__init__(message)
        self.source = source
        self.target = target


class Workflow(Generic[S]):
    """A table of transitions over the states of one enum, each state with a French label."""

    def __init__(
        self, name: str, labels: Mapping[S, str], initial: S, transitions: Iterable[Transition[S]]
    ) -> None:
        self.name = name  # French with its article, e.g. "le dossier sinistre": for messages
        self.labels: dict[S, str] = dict(labels)
        self.initial = initial
        self.transitions: tuple[Transition[S], ...] = tuple(transitions)
        self._by_pair: dict[tuple[S, S], Transition[S]] = {}
        for t in self.transitions:
            if t.source not in self.labels or t.target not in self.labels:
                raise ValueError(f"Transition {t.name!r} names a state without a label.")
            if t.source == t.target:
                raise ValueError(f"Transition {t.name!r} does not change the state.")
            if (t.source, t.target) in self._by_pair:
                raise ValueError(f"Two transitions from {t.source} to {t.target}.")
            if any(o.source == t.source and o.name == t.name for o in self._by_pair.values()):
                raise ValueError(f"Two transitions named {t.name!r} from {t.source}.")
            self._by_pair[(t.source, t.target)] = t
        if initial not in self.labels:
            raise ValueError("The initial state has no label.")

    @property
    def _subject(self) -> str:
        return self.name[:1].upper() + self.name[1:]

    @property
    def states(self) -> tuple[S, ...]:
        return tuple(self.labels)

    def label(self, state: S) -> str:
        return self.labels[state]

    def allowed(self, source: S, target: S) -> bool:
        return (source, target) in self._by_pair

    def targets(self, source: S) -> tuple[S, ...]:
        """The states reachable in one move from ``source``, in table order."""
        return tuple(t.target for t in self.transitions if t.source == source)

    def available(self, source: S) -> tuple[Transition[S], ...]:
        """The moves a screen may offer from ``source`` (its buttons)."""
        return tuple(t for t in self.transitions if t.source == source)

    def is_final(self, state: S) -> bool:
        return not self.targets(state)

    def check(self, source: S, target: S) -> Transition[S]:
        """The transition from ``source`` to ``target``, or a French ``ForbiddenTransition``."""
        transition = self._by_pair.get((source, target))
        if transition is None:
            if source == target:
                message = f"{self._subject} est déjà à l'état « {self.labels[source]} »."
            else:
                message = (
                    f"{self._subject} est à l'état « {self.labels[source]} » : le "
                    f"passage à l'état « {self.labels[target]} » n'est pas permis."
                )
            raise ForbiddenTransition(message, source, target)
        return transition

    def named(self, source: S, name: str) -> Transition[S]:
        """The transition called ``name`` from ``source`` (a button's action)."""
        for t in self.transitions:
            if t.source == source and t.name == name:
                return t
        raise ForbiddenTransition(
            f"{self._subject} est à l'état « {self.labels[source]} » : cette action "
            f"n'est pas possible.",
            source,
            source,
        )

    def move(
        self,
        source: S,
        target: S,
        user: str,
        at: datetime,
        reason: str = "",
        granted: Collection[str] | None = None,
    ) -> TransitionRecord[S]:
        """Check the move and return its record. ``granted`` are the user's permissions;
        when given, a transition that names a permission requires it."""
        transition = self.check(source, target)
        return self._record(transition, user, at, reason, granted)

    def fire(
        self,
        source: S,
        name: str,
        user: str,
        at: datetime,
        reason: str = "",
        granted: Collection[str] | None = None,
    ) -> TransitionRecord[S]:
        """Like ``move``, by the transition's name."""
        return self._record(self.named(source, name), user, at, reason, granted)

    def _record(
        self,
        transition: Transition[S],
        user: str,
        at: datetime,
        reason: str,
        granted: Collection[str] | None,
    ) -> TransitionRecord[S]:
        if not user.strip():
            raise FieldError("user", "L'utilisateur qui effectue l'action doit être connu.")
        if (
            transition.permission is not None
            and granted is not None
            and transition.permission not in granted
        ):
            raise PermissionDenied(
                f"Vous n'avez pas le droit de faire cette action : « {transition.label} »."
            )
        cleaned = " ".join(reason.split())
        if transition.requires_reason and not cleaned:
            raise FieldError("reason", f"Indiquez le motif : « {transition.label} ».")
        return TransitionRecord(
            transition.source, transition.target, transition.name, user.strip(), at, cleaned
        )


def replay(workflow: Workflow[S], records: Iterable[TransitionRecord[S]]) -> S:
    """The state reached by a history of records from the initial state; a history with a
    move the table forbids (or out of order) raises ``ForbiddenTransition``."""
    state = workflow.initial
    for record in records:
        if record.source != state:
            raise ForbiddenTransition(
                f"Historique incohérent : {workflow.name} était à l'état "
                f"« {workflow.labels[state]} », pas « {workflow.labels[record.source]} ».",
                state,
                record.target,
            )
        workflow.check(record.source, record.target)
        state = record.target
    return state
