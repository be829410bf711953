"""Endorsements of every kind and renewed policies for the demo portfolio (issue 8), made
through the real production services by the demo's production clerk, each dated a few
days or weeks back so the policies' « Avenants » tabs read like a real year: an
incorporation, a retrait, a régularisation with an entry and an exit on their own dates,
a change of guarantees, a suspension later lifted, a cancellation, and the next year
opened for a few policies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.kinds import COVERAGE_RATES, CoverState, Gender, PolicyStatus, Relationship
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import (
    Endorsement,
    InsuredPerson,
    Member,
    Policy,
    Quittance,
    User,
)
from desktop_app.services.context import Actor, ServiceContext
from desktop_app.services.production import endorsements, renewal
from desktop_app.services.production.endorsement_input import (
    AdditionInput,
    CoverChangeInput,
    EndorsementInput,
    ExitInput,
    RequestInfo,
)
from desktop_app.services.production.members import PersonData

ENDORSER = "production"  # the demo production clerk, who makes the endorsements
RENEWED = 3  # policies renewed for the next year


@dataclass(frozen=True)
class _Candidate:
    policy_id: int
    effective: date
    expiry: date
    members: int
    tacit: bool


def _actor(db: Database, code: str) -> Actor | None:
    with db.read() as session:
        user = session.scalar(select(User).where(User.code == code))
        return Actor(user.id, user.code, user.full_name, user.role_set) if user else None


def _at(day: date) -> Callable[[], datetime]:
    moment = datetime.combine(day, time(10, 0))
    return lambda: moment


def _candidates(db: Database, today: date) -> list[_Candidate]:
    """Issued policies in force since at least 100 days, with at least two members, in
    policy order (the demo is reproducible)."""
    with db.read() as session:
        members = (
            select(Member.policy_id, func.count().label("n")).group_by(Member.policy_id).subquery()
        )
        issued = select(Quittance.policy_id).distinct()
        rows = session.execute(
            select(
                Policy.id,
                Policy.effective_date,
                Policy.expiry_date,
                members.c.n,
                Policy.tacit_renewal,
            )
            .join(members, members.c.policy_id == Policy.id)
            .where(
                Policy.status == PolicyStatus.IN_FORCE,
                Policy.id.in_(issued),
                Policy.effective_date <= today - timedelta(days=100),
                Policy.expiry_date >= today,
                members.c.n.between(2, 40),
            )
            .order_by(Policy.id)
        ).all()
    return [_Candidate(*row) for row in rows]


@dataclass(frozen=True)
class _Person:
    id: int
    member: bool
    coverage_rate: int
    zone: int
    annual_ceiling: int


def _renewable(db: Database, today: date) -> list[int]:
    """Issued policies in force expiring this year with tacit renewal, in policy order."""
    with db.read() as session:
        return list(
            session.scalars(
                select(Policy.id)
                .where(
                    Policy.status == PolicyStatus.IN_FORCE,
                    Policy.tacit_renewal.is_(True),
                    Policy.expiry_date.between(today, date(today.year, 12, 31)),
                    Policy.id.in_(select(Quittance.policy_id)),
                )
                .order_by(Policy.id)
            )
        )


def _covered(db: Database, policy_id: int) -> list[_Person]:
    with db.read() as session:
        return [
            _Person(p.id, isinstance(p, Member), p.coverage_rate, p.zone, p.annual_ceiling)
            for p in session.scalars(
                select(InsuredPerson)
                .where(
                    InsuredPerson.policy_id == policy_id,
                    InsuredPerson.cover_state == CoverState.COVERED,
                    InsuredPerson.exit_date.is_(None),
                )
                .order_by(InsuredPerson.id)
            )
        ]


def _newcomer(policy_id: int, like: _Person, entry: date, n: int) -> PersonData:
    return PersonData(
        policy_id=policy_id,
        last_name=("N'Guessan", "Bamba", "Yao")[n % 3],
        first_names=("Awa Christelle", "Ismaël", "Marie-Laure")[n % 3],
        birth_date=date(1990 + n, 3 + n, 12),
        gender=(Gender.FEMALE, Gender.MALE, Gender.FEMALE)[n % 3],
        entry_date=entry,
        coverage_rate=like.coverage_rate,
        zone=like.zone,
        annual_ceiling=like.annual_ceiling,
        relationship=Relationship.SELF,
    )


def _member(persons: list[_Person]) -> _Person:
    return [p for p in persons if p.member][-1]


@dataclass(frozen=True)
class DemoEndorsements:
    acts: int = 0  # endorsements and renewals
    entered: int = 0  # members added by them


def load_demo_endorsements(
    db: Database, today: date, progress: Callable[[str], None] | None = None
) -> DemoEndorsements:
    """Write the demo's endorsements and renewals, once per portfolio (nothing when it has
    endorsements already, no policy old enough, or no production clerk)."""
    say = progress or (lambda _line: None)
    clerk = _actor(db, ENDORSER)
    with db.read() as session:
        if session.scalar(select(func.count(Endorsement.id))):
            return DemoEndorsements()
    candidates = _candidates(db, today)
    if clerk is None or len(candidates) < 6:
        return DemoEndorsements()
    say("Avenants de chaque nature et renouvellements…")
    acts = 0

    def ctx(day: date) -> ServiceContext:
        return ServiceContext(db, clerk, clock=_at(day))

    def act(policy: _Candidate, data: EndorsementInput, on: date, asked: bool = True) -> None:
        nonlocal acts
        if asked:  # the subscriber's letter, sent to the administrator, confirmed
            data = replace(data, request=request(on))
        endorsements.validate_endorsement(ctx(on), policy.policy_id, data)
        acts += 1

    def request(on: date) -> RequestInfo:
        return RequestInfo(
            letter_date=on - timedelta(days=8),
            received_on=on - timedelta(days=6),
            sent_to_administrator_on=on - timedelta(days=5),
            administrator_confirmed_on=on - timedelta(days=1),
            notes="Courrier du souscripteur",
        )

    def within(policy: _Candidate, back: int) -> date:
        return max(today - timedelta(days=back), policy.effective + timedelta(days=1))

    inc, ret, reg, chg, sus, res = candidates[:6]
    # Incorporation: a new employee from a month ago.
    day = within(inc, 30)
    like = _member(_covered(db, inc.policy_id))
    act(
        inc,
        EndorsementInput(
            EndorsementKind.ADDITION,
            additions=(AdditionInput(_newcomer(inc.policy_id, like, day, 0)),),
        ),
        day + timedelta(days=5),
    )
    # Retrait: a member leaving three weeks ago (with their dependents), per the terms.
    day = within(ret, 21)
    act(
        ret,
        EndorsementInput(
            EndorsementKind.REMOVAL,
            exits=(ExitInput(_member(_covered(db, ret.policy_id)).id, day),),
        ),
        day + timedelta(days=2),
    )
    # Régularisation: an entry two months ago and an exit last month, one quittance.
    entry, leaving = within(reg, 60), within(reg, 25)
    persons = _covered(db, reg.policy_id)
    act(
        reg,
        EndorsementInput(
            EndorsementKind.REGULARISATION,
            additions=(AdditionInput(_newcomer(reg.policy_id, persons[0], entry, 1)),),
            exits=(ExitInput(_member(persons).id, leaving),),
        ),
        leaving + timedelta(days=3),
    )
    # Modification de garanties: a member moves to a better rate from six weeks ago.
    day = within(chg, 42)
    person = _member(_covered(db, chg.policy_id))
    better = [r for r in COVERAGE_RATES if r > person.coverage_rate] or [
        r for r in COVERAGE_RATES if r < person.coverage_rate
    ]
    act(
        chg,
        EndorsementInput(
            EndorsementKind.COVER_CHANGE,
            changes=(
                CoverChangeInput(person.id, day, better[-1], person.zone, person.annual_ceiling),
            ),
        ),
        day + timedelta(days=1),
    )
    # Suspension for unpaid premium, lifted a month later.
    start, back = within(sus, 70), within(sus, 40)
    act(sus, EndorsementInput(EndorsementKind.SUSPENSION, day=start), start, asked=False)
    act(sus, EndorsementInput(EndorsementKind.REINSTATEMENT, day=back), back, asked=False)
    # Résiliation at the subscriber's request, ten days ago, without refund.
    day = within(res, 10)
    act(
        res,
        EndorsementInput(
            EndorsementKind.CANCELLATION,
            day=day,
            refund=False,
            reason="Résiliation à la demande du souscripteur (fermeture de l'entreprise)",
        ),
        day,
    )
    # The next year opened for a few policies with tacit renewal (the others wait for the
    # batch: « Renouvellement annuel… »).
    renewed = 0
    endorsed = {c.policy_id for c in (ret, reg, chg, sus, res)}
    for policy_id in _renewable(db, today):
        if renewed == RENEWED:
            break
        if policy_id in endorsed:
            continue
        renewal.renew_policy(ctx(today), policy_id, today.year + 1)
        renewed += 1
        acts += 1
    return DemoEndorsements(acts, entered=2)  # the incorporation's and the régularisation's
