"""What a clerk types for an endorsement (domain.md §8), and how it becomes the domain's
movements: the persons entering priced with the tariff at their entry date, the persons
leaving (a member with their dependents), the changes of guarantees priced at their date,
the suspensions, the reinstatements and the cancellation. Nothing here writes: the preview
and the validation (``endorsements``) both start from ``plan``."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.dates import Period, format_date
from desktop_app.domain.endorsements import (
    MOVEMENTS,
    EndorsementKind,
    Movement,
    MovementKind,
    PersonCover,
)
from desktop_app.domain.errors import CellError, Collector, FieldError
from desktop_app.domain.kinds import COVERAGE_RATES, Relationship
from desktop_app.domain.money import group_digits
from desktop_app.domain.premium import PersonTariffFacts, compute_annual_premium
from desktop_app.domain.renewal import renewed_premium
from desktop_app.persistence.models import (
    CoverSuspension,
    Dependent,
    InsuredPerson,
    Member,
    Policy,
)
from desktop_app.services import validation as v
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import pricing
from desktop_app.services.production.members import PersonData, check_person

ADDITIONS, EXITS, CHANGES = "additions", "exits", "changes"
FOREVER = date(9999, 12, 31)


@dataclass(frozen=True)
class AdditionInput:
    """A person entering. ``member_row``: for a dependent of a member entering in the same
    endorsement, the row of that member among the additions (``person.member_id`` None)."""

    person: PersonData
    member_row: int | None = None


@dataclass(frozen=True)
class ExitInput:
    person_id: int | None
    day: date | None  # the first day no longer covered


@dataclass(frozen=True)
class CoverChangeInput:
    person_id: int | None
    day: date | None  # the first day under the new guarantees
    coverage_rate: int
    zone: int
    annual_ceiling: int | None
    annual_net_premium: int | None = None  # typed by hand; None: the tariff's


@dataclass(frozen=True)
class RequestInfo:
    """Who asked and when (follow-up table b of §8)."""

    letter_date: date | None = None
    received_on: date | None = None
    sent_to_administrator_on: date | None = None
    administrator_confirmed_on: date | None = None
    notes: str = ""
    request_id: int | None = None  # the request of the requests log it answers (§14)


@dataclass(frozen=True)
class EndorsementInput:
    kind: EndorsementKind
    additions: tuple[AdditionInput, ...] = ()
    exits: tuple[ExitInput, ...] = ()
    changes: tuple[CoverChangeInput, ...] = ()
    day: date | None = None  # a suspension's start, a reinstatement's or cancellation's date
    person_ids: tuple[int, ...] = ()  # a suspension or reinstatement of persons (empty: all)
    refund: bool | None = None  # exits and cancellation (None: the policy's terms)
    reason: str = ""  # a cancellation's reason
    request: RequestInfo = field(default_factory=RequestInfo)


@dataclass(frozen=True)
class Source:
    """Where a movement came from: its table and row in the form, and what it writes."""

    table: str
    row: int
    addition: AdditionInput | None = None
    change: CoverChangeInput | None = None
    person: InsuredPerson | None = None
    derived: bool = False  # a dependent leaving with their member, a person of a cancellation
    computed: int | None = None  # the tariff's annual premium (an entry, a change)


@dataclass(frozen=True)
class MovementRow:
    """One movement as the preview shows it (and the endorsement prints it)."""

    kind: MovementKind
    name: str
    day: date
    description: str
    annual_before: int
    annual_after: int
    days: int  # days billed, 0 when nothing is billed
    prorated: int  # display: the quittance's net is rounded once on the sum
    table: str  # where it was typed: additions, exits, changes, day
    row: int


@dataclass
class Plan:
    """The movements of an endorsement, what each came from, and every refusal."""

    movements: list[Movement] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    errors: list[FieldError] = field(default_factory=list)
    persons: dict[int, PersonCover] = field(default_factory=dict)
    policy_suspensions: list[Period] = field(default_factory=list)
    refund: bool = True
    members_after: int = 0
    persons_after: int = 0

    def add(self, movement: Movement, source: Source) -> None:
        self.movements.append(replace(movement, row=len(self.movements)))
        self.sources.append(source)

    def located(self, error: FieldError) -> FieldError:
        """A domain refusal on the endorsement's movement ``row``, put back on the row of
        the form it came from (a derived movement: on its member's row)."""
        if (
            isinstance(error, CellError)
            and error.field == MOVEMENTS
            and error.row < len(self.sources)
        ):
            source = self.sources[error.row]
            column = (
                error.column
                if error.column != "person" or source.table != ADDITIONS
                else "last_name"
            )
            return CellError(source.table, error.message, row=source.row, column=column)
        return error


def _covers(
    session: Session, policy: Policy
) -> tuple[dict[int, PersonCover], list[Period], dict[int, InsuredPerson]]:
    people = {
        p.id: p
        for p in session.scalars(select(InsuredPerson).where(InsuredPerson.policy_id == policy.id))
    }
    suspensions = session.scalars(
        select(CoverSuspension).where(CoverSuspension.policy_id == policy.id)
    ).all()
    own: dict[int, list[Period]] = {}
    whole: list[Period] = []
    for s in suspensions:
        period = Period(s.start, s.stop or FOREVER)
        (own.setdefault(s.person_id, []) if s.person_id is not None else whole).append(period)
    covers = {
        pid: PersonCover(
            p.full_name,
            max(p.entry_date, policy.effective_date),
            p.exit_date,
            tuple(own.get(pid, ())),
        )
        for pid, p in people.items()
    }
    return covers, whole, people


def _price(
    session: Session, policy: Policy, facts: PersonTariffFacts, members: int, persons: int
) -> int:
    return compute_annual_premium(
        facts, pricing.policy_facts(policy, members, persons), pricing.load_tariff(session)
    ).annual_net_premium


def plan(session: Session, ctx: ServiceContext, policy: Policy, data: EndorsementInput) -> Plan:
    """The movements the input makes, priced, with every refusal (nothing written)."""
    covers, whole, people = _covers(session, policy)
    out = Plan(persons=covers, policy_suspensions=whole)
    out.refund = policy.refund_unused_days if data.refund is None else data.refund
    members_now = sum(1 for p in people.values() if isinstance(p, Member) and p.exit_date is None)
    persons_now = sum(1 for p in people.values() if p.exit_date is None)
    new_members = sum(
        1 for a in data.additions if a.person.member_id is None and a.member_row is None
    )
    out.members_after = members_now + new_members
    out.persons_after = persons_now + len(data.additions)
    _additions(session, ctx, policy, data, out)
    _exits(data, people, out)
    _changes(session, policy, data, people, out)
    _suspension_moves(data, people, out)
    if data.kind is EndorsementKind.CANCELLATION:
        _cancellation(data, people, out)
    return out


def _additions(
    session: Session, ctx: ServiceContext, policy: Policy, data: EndorsementInput, out: Plan
) -> None:
    for row, addition in enumerate(data.additions):
        person = replace(addition.person, policy_id=policy.id, id=None)
        if addition.member_row is not None:
            if not (0 <= addition.member_row < len(data.additions)) or addition.member_row == row:
                out.errors.append(
                    CellError(
                        ADDITIONS,
                        "L'assuré principal de cette ligne est introuvable.",
                        row=row,
                        column="member",
                    )
                )
                continue
            # Checked as a dependent of the member entering: the member exists once written.
            member = data.additions[addition.member_row].person
            if member.member_id is not None:
                out.errors.append(
                    CellError(
                        ADDITIONS,
                        "Choisissez un assuré principal, pas un ayant droit.",
                        row=row,
                        column="member",
                    )
                )
                continue
        check_as = (
            replace(person, member_id=None, relationship=Relationship.SELF)
            if addition.member_row is not None
            else person
        )
        found = check_person(session, ctx, policy, check_as)
        if addition.member_row is not None and person.relationship == Relationship.SELF:
            found.add(
                "relationship", "Choisissez le lien de l'ayant droit : conjoint, enfant ou autre."
            )
        out.errors.extend(
            CellError(ADDITIONS, e.message, row=row, column=e.field) for e in found.errors
        )
        if found.errors or person.birth_date is None or person.entry_date is None:
            continue
        computed = _price(
            session,
            policy,
            PersonTariffFacts(
                person.birth_date,
                person.coverage_rate,
                person.zone,
                person.medical_surcharge_rate,
                person.entry_date,
            ),
            out.members_after,
            out.persons_after,
        )
        annual = computed if person.annual_net_premium is None else person.annual_net_premium
        name = f"{person.last_name} {person.first_names}".strip()
        out.add(
            Movement(MovementKind.ADDITION, 0, None, name, person.entry_date, annual_after=annual),
            Source(ADDITIONS, row, addition=replace(addition, person=person), computed=computed),
        )


def _exits(data: EndorsementInput, people: dict[int, InsuredPerson], out: Plan) -> None:
    leaving: set[int] = set()
    for row, exit_ in enumerate(data.exits):
        person = people.get(exit_.person_id) if exit_.person_id is not None else None
        if person is None:
            out.errors.append(
                CellError(EXITS, "Choisissez la personne qui sort.", row=row, column="person")
            )
            continue
        if exit_.day is None:
            out.errors.append(
                CellError(EXITS, "La date de sortie est obligatoire.", row=row, column="day")
            )
            continue
        leaving.add(person.id)
        out.add(
            Movement(
                MovementKind.REMOVAL,
                0,
                person.id,
                person.full_name,
                exit_.day,
                annual_before=person.annual_net_premium,
                refund=out.refund,
            ),
            Source(EXITS, row, person=person),
        )
        if isinstance(person, Member):
            # The dependents are covered through their member: they leave with them (§3).
            for dependent in people.values():
                if (
                    isinstance(dependent, Dependent)
                    and dependent.member_id == person.id
                    and dependent.id not in leaving
                    and dependent.id not in {e.person_id for e in data.exits}
                    and (dependent.exit_date is None or dependent.exit_date > exit_.day)
                    and dependent.entry_date < exit_.day
                ):
                    leaving.add(dependent.id)
                    out.add(
                        Movement(
                            MovementKind.REMOVAL,
                            0,
                            dependent.id,
                            dependent.full_name,
                            exit_.day,
                            annual_before=dependent.annual_net_premium,
                            refund=out.refund,
                        ),
                        Source(EXITS, row, person=dependent, derived=True),
                    )


def _changes(
    session: Session,
    policy: Policy,
    data: EndorsementInput,
    people: dict[int, InsuredPerson],
    out: Plan,
) -> None:
    for row, change in enumerate(data.changes):
        person = people.get(change.person_id) if change.person_id is not None else None
        errors = Collector()
        if person is None:
            errors.add("person", "Choisissez la personne dont les garanties changent.")
        if change.day is None:
            errors.add("day", "La date du changement est obligatoire.")
        if change.coverage_rate not in COVERAGE_RATES:
            errors.add("coverage_rate", "Le taux de couverture est 100, 90, 80, 70 ou 60 %.")
        if change.zone not in (1, 2, 3):
            errors.add("zone", "La zone est 1, 2 ou 3.")
        v.amount(
            errors,
            change.annual_ceiling,
            "annual_ceiling",
            "Le plafond annuel",
            allow_zero=False,
            maximum=1_000_000_000,
        )
        v.amount(
            errors,
            change.annual_net_premium,
            "annual_net_premium",
            "La prime annuelle",
            required=False,
            maximum=100_000_000,
        )
        if (
            person is not None
            and not errors.errors
            and (
                change.coverage_rate == person.coverage_rate
                and change.zone == person.zone
                and change.annual_ceiling == person.annual_ceiling
                and change.annual_net_premium in (None, person.annual_net_premium)
            )
        ):
            errors.add("coverage_rate", f"{person.full_name} : rien ne change dans les garanties.")
        out.errors.extend(
            CellError(CHANGES, e.message, row=row, column=e.field) for e in errors.errors
        )
        if errors.errors or person is None or change.day is None:
            continue
        # The tariff at both covers, on the day of the change: the person's premium moves
        # as the tariff moves, so a price typed by hand keeps its ratio (as at renewal, D21).
        tariff_before, tariff_after = (
            _price(
                session,
                policy,
                PersonTariffFacts(
                    person.birth_date, rate, zone, person.medical_surcharge_rate, change.day
                ),
                out.members_after,
                out.persons_after,
            )
            for rate, zone in (
                (person.coverage_rate, person.zone),
                (change.coverage_rate, change.zone),
            )
        )
        computed = renewed_premium(
            person.annual_net_premium, tariff_before, tariff_after, Decimal(0)
        )
        annual = computed if change.annual_net_premium is None else change.annual_net_premium
        out.add(
            Movement(
                MovementKind.COVER_CHANGE,
                0,
                person.id,
                person.full_name,
                change.day,
                annual_before=person.annual_net_premium,
                annual_after=annual,
            ),
            Source(CHANGES, row, change=change, person=person, computed=computed),
        )


def _suspension_moves(data: EndorsementInput, people: dict[int, InsuredPerson], out: Plan) -> None:
    if data.kind not in (EndorsementKind.SUSPENSION, EndorsementKind.REINSTATEMENT):
        return
    kind = (
        MovementKind.SUSPENSION
        if data.kind is EndorsementKind.SUSPENSION
        else MovementKind.REINSTATEMENT
    )
    if data.day is None:
        out.errors.append(FieldError("day", "La date est obligatoire."))
        return
    if not data.person_ids:
        out.add(Movement(kind, 0, None, "Toute la police", data.day), Source("day", 0))
        return
    for row, person_id in enumerate(data.person_ids):
        person = people.get(person_id)
        if person is None:
            out.errors.append(
                FieldError("person_ids", "Une des personnes choisies n'est pas sur la police.")
            )
            continue
        out.add(
            Movement(kind, 0, person.id, person.full_name, data.day),
            Source("person_ids", row, person=person),
        )


def _cancellation(data: EndorsementInput, people: dict[int, InsuredPerson], out: Plan) -> None:
    if data.day is None:
        out.errors.append(FieldError("day", "La date de résiliation est obligatoire."))
        return
    if not " ".join(data.reason.split()):
        out.errors.append(FieldError("reason", "Indiquez le motif de la résiliation."))
    covered = [
        p
        for p in people.values()
        if (p.exit_date is None or p.exit_date > data.day) and p.entry_date < data.day
    ]
    for person in sorted(covered, key=lambda p: (p.last_name_key, p.first_names_key, p.id)):
        out.add(
            Movement(
                MovementKind.CANCELLATION,
                0,
                person.id,
                person.full_name,
                data.day,
                annual_before=person.annual_net_premium,
                refund=out.refund,
            ),
            Source("day", 0, person=person, derived=True),
        )
    if not covered:
        out.add(
            Movement(MovementKind.CANCELLATION, 0, None, "Toute la police", data.day),
            Source("day", 0),
        )


def describe(movement: Movement, source: Source, refund: bool) -> str:
    """How the endorsement prints the movement, in French."""
    if movement.kind is MovementKind.ADDITION:
        a = source.addition
        assert a is not None
        return f"Entrée au {a.person.coverage_rate} % zone {a.person.zone}"
    if movement.kind in (MovementKind.REMOVAL, MovementKind.CANCELLATION):
        parts = [
            "avec l'assuré principal"
            if source.derived and movement.kind is MovementKind.REMOVAL
            else ""
        ]
        parts.append("ristourne des jours non couverts" if refund else "sans ristourne")
        return ", ".join(p for p in parts if p).capitalize()
    if movement.kind is MovementKind.COVER_CHANGE:
        c, p = source.change, source.person
        assert c is not None and p is not None
        return (
            f"{p.coverage_rate} % zone {p.zone}, plafond {group_digits(p.annual_ceiling)} → "
            f"{c.coverage_rate} % zone {c.zone}, plafond {group_digits(c.annual_ceiling or 0)}"
        )
    if movement.kind is MovementKind.SUSPENSION:
        return f"Garanties suspendues à compter du {format_date(movement.day)}"
    return f"Garanties remises en vigueur le {format_date(movement.day)}"


def rate_of(value: int) -> Decimal:
    return Decimal(value) / 100
