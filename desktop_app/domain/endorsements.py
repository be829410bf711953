"""Endorsements (avenants, domain.md §8): the kinds, the movements they carry, the checks a
movement must pass, and the quittance they make (§5: prorata to 31 December, the
endorsement accessoires scale, taxes; a credit note when the net is negative).

A movement is one change to one person (or to the whole policy) on one date: an entry, an
exit, a change of guarantees, a suspension, a reinstatement, the policy's cancellation. An
endorsement carries one or many; a régularisation many entries and exits, **each with its
own date**, in one endorsement with one quittance (the study's DELASS forced one
endorsement per date).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from desktop_app.domain.dates import Period, format_date
from desktop_app.domain.errors import CellError, FieldError
from desktop_app.domain.quittance import PremiumLine, QuittanceComputation, build_policy_quittance
from desktop_app.domain.tariff import FeeKind, TariffSettings

MOVEMENTS = "movements"
"""The table of an endorsement's movements, for the cell errors of its form."""


class EndorsementKind(enum.StrEnum):
    ADDITION = "addition"
    REMOVAL = "removal"
    REGULARISATION = "regularisation"
    COVER_CHANGE = "cover_change"
    SUSPENSION = "suspension"
    REINSTATEMENT = "reinstatement"
    CANCELLATION = "cancellation"
    RENEWAL = "renewal"

    @property
    def label(self) -> str:
        return ENDORSEMENT_KIND_LABELS[self]


ENDORSEMENT_KIND_LABELS: dict[EndorsementKind, str] = {
    EndorsementKind.ADDITION: "Incorporation",
    EndorsementKind.REMOVAL: "Retrait",
    EndorsementKind.REGULARISATION: "Régularisation",
    EndorsementKind.COVER_CHANGE: "Modification de garanties",
    EndorsementKind.SUSPENSION: "Suspension",
    EndorsementKind.REINSTATEMENT: "Remise en vigueur",
    EndorsementKind.CANCELLATION: "Résiliation",
    EndorsementKind.RENEWAL: "Renouvellement",
}


class MovementKind(enum.StrEnum):
    ADDITION = "addition"
    REMOVAL = "removal"
    COVER_CHANGE = "cover_change"
    SUSPENSION = "suspension"
    REINSTATEMENT = "reinstatement"
    CANCELLATION = "cancellation"

    @property
    def label(self) -> str:
        return MOVEMENT_KIND_LABELS[self]


MOVEMENT_KIND_LABELS: dict[MovementKind, str] = {
    MovementKind.ADDITION: "Entrée",
    MovementKind.REMOVAL: "Sortie",
    MovementKind.COVER_CHANGE: "Modification des garanties",
    MovementKind.SUSPENSION: "Suspension",
    MovementKind.REINSTATEMENT: "Remise en vigueur",
    MovementKind.CANCELLATION: "Résiliation",
}

ALLOWED: dict[EndorsementKind, frozenset[MovementKind]] = {
    EndorsementKind.ADDITION: frozenset({MovementKind.ADDITION}),
    EndorsementKind.REMOVAL: frozenset({MovementKind.REMOVAL}),
    EndorsementKind.REGULARISATION: frozenset({MovementKind.ADDITION, MovementKind.REMOVAL}),
    EndorsementKind.COVER_CHANGE: frozenset({MovementKind.COVER_CHANGE}),
    EndorsementKind.SUSPENSION: frozenset({MovementKind.SUSPENSION}),
    EndorsementKind.REINSTATEMENT: frozenset({MovementKind.REINSTATEMENT}),
    EndorsementKind.CANCELLATION: frozenset({MovementKind.CANCELLATION}),
    EndorsementKind.RENEWAL: frozenset(),
}
"""Which movements each kind carries (§8)."""


@dataclass(frozen=True)
class Movement:
    """One change on one date. ``person`` is the key of an existing person (their id), or
    ``None`` for a person entering (identified by ``row``) or for the whole policy.
    ``day`` is the first day the change applies: the first day covered for an entry, the
    first day no longer covered for an exit, a suspension or a cancellation.
    ``annual_before`` / ``annual_after`` are the person's annual net premiums (§4) before
    and after the change. ``refund`` says whether an exit gives back the unused days."""

    kind: MovementKind
    row: int
    person: int | None
    name: str
    day: date
    annual_before: int = 0
    annual_after: int = 0
    refund: bool = True

    def premium_line(self) -> PremiumLine | None:
        """What the quittance bills for this movement (§5, §8), prorated from ``day`` to
        31 December; ``None`` when it bills nothing."""
        if self.kind is MovementKind.ADDITION:
            return PremiumLine(self.annual_after, self.day)
        if self.kind in (MovementKind.REMOVAL, MovementKind.CANCELLATION):
            return (
                PremiumLine(-self.annual_before, self.day)
                if self.refund and self.annual_before
                else None
            )
        if self.kind is MovementKind.COVER_CHANGE:
            difference = self.annual_after - self.annual_before
            return PremiumLine(difference, self.day) if difference else None
        return None  # a suspension changes no premium; nor does a reinstatement (§8)


@dataclass(frozen=True)
class PersonCover:
    """What the checks need of a person already on the policy: when they are covered."""

    name: str
    start: date  # first day covered
    stop: date | None = None  # first day no longer covered (an exit)
    suspensions: tuple[Period, ...] = ()

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.stop is None or day < self.stop)

    def suspended_on(self, day: date) -> bool:
        return any(p.contains(day) for p in self.suspensions)


def _cell(row: int, message: str, column: str = "day") -> CellError:
    return CellError(MOVEMENTS, message, row=row, column=column)


def check_movements(
    kind: EndorsementKind,
    movements: Sequence[Movement],
    *,
    effective: date,
    expiry: date,
    persons: Mapping[int, PersonCover],
    policy_suspensions: Sequence[Period] = (),
    end_date: date | None = None,
) -> list[FieldError]:
    """Every refusal of the endorsement's movements, each on its row (§8, issue 8):
    a date outside the policy year or before the effective date, an exit or a change for
    a person not covered on that date, two movements of one person on one date, a
    suspension overlapping another, a movement after the policy's cancellation."""
    errors: list[FieldError] = []
    if not movements:
        errors.append(FieldError(MOVEMENTS, "Saisissez au moins un mouvement."))
        return errors
    allowed = ALLOWED[kind]
    seen: dict[tuple[object, date], int] = {}
    for m in movements:
        if m.kind not in allowed:
            errors.append(
                _cell(
                    m.row,
                    f"Un avenant de {kind.label.lower()} ne porte pas de {m.kind.label.lower()}.",
                    "kind",
                )
            )
            continue
        if m.day < effective:
            errors.append(
                _cell(
                    m.row,
                    f"{m.name} : le {format_date(m.day)} précède la date d'effet de la police ({format_date(effective)}).",
                )
            )
            continue
        if m.day > expiry:
            errors.append(
                _cell(
                    m.row,
                    f"{m.name} : le {format_date(m.day)} sort de l'année de la police (échéance le {format_date(expiry)}).",
                )
            )
            continue
        if end_date is not None and m.day >= end_date:
            errors.append(
                _cell(m.row, f"La police est résiliée à compter du {format_date(end_date)}.")
            )
            continue
        key = (m.person if m.person is not None else ("row", m.row), m.day)
        if m.person is not None and key in seen:
            errors.append(
                _cell(
                    m.row,
                    f"{m.name} : deux mouvements à la même date ({format_date(m.day)}) dans l'avenant (ligne {seen[key] + 1}).",
                )
            )
            continue
        seen[key] = m.row
        errors.extend(_person_checks(m, persons, policy_suspensions))
    errors.extend(_repeated_exits(movements))
    return errors


def _person_checks(
    m: Movement, persons: Mapping[int, PersonCover], policy_suspensions: Sequence[Period]
) -> list[FieldError]:
    if m.kind is MovementKind.ADDITION:
        if m.person is not None:
            return [_cell(m.row, f"{m.name} est déjà sur la police.", "person")]
        return []
    if m.kind is MovementKind.SUSPENSION:
        spans = [p for p in policy_suspensions if p.contains(m.day)]
        cover = persons.get(m.person) if m.person is not None else None
        if cover is not None:
            spans += [p for p in cover.suspensions if p.contains(m.day)]
        if spans:
            return [
                _cell(
                    m.row,
                    f"Une suspension court déjà le {format_date(m.day)} (depuis le {format_date(spans[0].start)}).",
                )
            ]
        if cover is not None and not cover.covers(m.day):
            return [_cell(m.row, f"{m.name} n'est pas couvert(e) le {format_date(m.day)}.")]
        return []
    if m.kind is MovementKind.REINSTATEMENT:
        spans = list(policy_suspensions)
        if m.person is not None and m.person in persons:
            spans += list(persons[m.person].suspensions)
        if not any(p.start < m.day and p.contains(m.day) for p in spans):
            return [
                _cell(
                    m.row,
                    f"Rien n'est suspendu le {format_date(m.day)} : il n'y a rien à remettre en vigueur.",
                )
            ]
        return []
    if m.kind is MovementKind.CANCELLATION and m.person is None:
        return []
    cover = persons.get(m.person) if m.person is not None else None
    if cover is None:
        return [_cell(m.row, "Choisissez une personne de la police.", "person")]
    if m.kind is MovementKind.REMOVAL:
        if not cover.covers(m.day - timedelta(days=1)) or m.day <= cover.start:
            return [
                _cell(
                    m.row,
                    f"{m.name} n'est pas couvert(e) la veille du {format_date(m.day)} : pas de sortie possible à cette date.",
                )
            ]
        return []
    if not cover.covers(m.day):
        return [_cell(m.row, f"{m.name} n'est pas couvert(e) le {format_date(m.day)}.")]
    return []


def _repeated_exits(movements: Iterable[Movement]) -> list[FieldError]:
    out: list[FieldError] = []
    exits: dict[int, int] = {}
    for m in movements:
        if m.kind is MovementKind.REMOVAL and m.person is not None:
            if m.person in exits:
                out.append(
                    _cell(
                        m.row,
                        f"{m.name} sort déjà ligne {exits[m.person] + 1} de l'avenant.",
                        "person",
                    )
                )
            else:
                exits[m.person] = m.row
    return out


def endorsement_quittance(
    movements: Sequence[Movement],
    *,
    member_count: int,
    settings: TariffSettings,
    commission_rate: Decimal = Decimal(0),
    management_fee_rate: Decimal = Decimal(0),
) -> tuple[tuple[Movement, ...], QuittanceComputation] | None:
    """The quittance of the endorsement (§5, §8): each movement that bills something,
    prorated from its own date to 31 December, rounded once on the sum; accessoires from
    the endorsement scale on a positive net, none on a credit note; taxes at the policy's
    rate. Returns the billed movements (in the order of the computation's lines) and the
    computation, or ``None`` when nothing is billed (a suspension)."""
    billed = [(m, line) for m in movements if (line := m.premium_line()) is not None]
    if not billed:
        return None
    computation = build_policy_quittance(
        [line for _, line in billed],
        member_count=member_count,
        kind=FeeKind.ENDORSEMENT,
        settings=settings,
        commission_rate=commission_rate,
        management_fee_rate=management_fee_rate,
    )
    return tuple(m for m, _ in billed), computation
