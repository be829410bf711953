"""A person's dated history (domain.md §3, §8): entry and exit dates, the guarantees over
time (each term with the endorsement that opened it) and the suspensions, their own or the
whole policy's; and the guarantees in force on one day, as claims see them on the date of
care. Read only. The medical surcharge and its reason are not part of it: a reason is
medical (architecture.md rule 11) and the premium already carries the rate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from desktop_app.domain.errors import NotFound
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    CoverSuspension,
    Endorsement,
    InsuredPerson,
    PersonTerm,
)
from desktop_app.services.context import ServiceContext


@dataclass(frozen=True)
class TermRow:
    """Guarantees from ``start`` (first day covered) to ``stop`` (first day no longer
    under them; None: open)."""

    start: date
    stop: date | None
    coverage_rate: int  # percent
    zone: int
    annual_ceiling: int
    annual_net_premium: int
    endorsement_number: int | None  # None: written when the policy was issued

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.stop is None or day < self.stop)


@dataclass(frozen=True)
class SuspensionRow:
    start: date
    stop: date | None  # the first day covered again; None: not reinstated
    whole_policy: bool
    suspended_by: int  # endorsement number
    reinstated_by: int | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.stop is None or day < self.stop)


@dataclass(frozen=True)
class PersonHistory:
    person_id: int
    matricule: str
    name: str
    entry_date: date
    exit_date: date | None  # the first day no longer covered
    terms: tuple[TermRow, ...]
    suspensions: tuple[SuspensionRow, ...]


@dataclass(frozen=True)
class GuaranteesOn:
    """What covers the person on ``day``: the term in force (None: not covered that day)
    and the suspension it falls in (None: not suspended)."""

    day: date
    term: TermRow | None
    suspension: SuspensionRow | None

    @property
    def payable(self) -> bool:
        return self.term is not None and self.suspension is None


def _history(session: Session, person_id: int) -> PersonHistory:
    person = session.get(InsuredPerson, person_id)
    if person is None:
        raise NotFound("Personne introuvable.")
    opened = aliased(Endorsement)
    terms = tuple(
        TermRow(
            t.start,
            t.stop,
            t.coverage_rate,
            t.zone,
            t.annual_ceiling,
            t.annual_net_premium,
            number,
        )
        for t, number in session.execute(
            select(PersonTerm, opened.number)
            .outerjoin(opened, opened.id == PersonTerm.endorsement_id)
            .where(PersonTerm.person_id == person_id)
            .order_by(PersonTerm.start, PersonTerm.id)
        )
    )
    suspended, reinstated = aliased(Endorsement), aliased(Endorsement)
    suspensions = tuple(
        SuspensionRow(s.start, s.stop, s.person_id is None, by, back)
        for s, by, back in session.execute(
            select(CoverSuspension, suspended.number, reinstated.number)
            .join(suspended, suspended.id == CoverSuspension.suspended_by_id)
            .outerjoin(reinstated, reinstated.id == CoverSuspension.reinstated_by_id)
            .where(
                CoverSuspension.policy_id == person.policy_id,
                or_(
                    CoverSuspension.person_id == person_id,
                    CoverSuspension.person_id.is_(None),
                ),
            )
            .order_by(CoverSuspension.start, CoverSuspension.id)
        )
    )
    return PersonHistory(
        person.id,
        person.matricule,
        person.full_name,
        person.entry_date,
        person.exit_date,
        terms,
        suspensions,
    )


def person_history(ctx: ServiceContext, person_id: int) -> PersonHistory:
    """The person's dated history, oldest first."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        return _history(session, person_id)


def guarantees_on(ctx: ServiceContext, person_id: int, day: date) -> GuaranteesOn:
    """The guarantees in force on ``day`` (the date of care): the term covering it, and
    the suspension it falls in. Outside the person's cover (before entry, from the exit
    date) there is no term."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        history = _history(session, person_id)
    term = next((t for t in reversed(history.terms) if t.covers(day)), None)
    if day < history.entry_date or (history.exit_date is not None and day >= history.exit_date):
        term = None
    suspension = next((s for s in history.suspensions if s.covers(day)), None)
    return GuaranteesOn(day, term, suspension)
