"""Read-only summary of one insured person, for the global search (domain.md §3).

Identity, policy, subscriber, the family (member and dependents) and the person's own
guarantees. Raw values only: the screen formats dates and FCFA amounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop_app.domain.errors import NotFound
from desktop_app.domain.kinds import (
    CoverState,
    Gender,
    PolicyStatus,
    Relationship,
    SubscriberKind,
)
from desktop_app.domain.medical import MASK
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import Administrator, InsuredPerson, Policy, Subscriber
from desktop_app.services.context import ServiceContext


@dataclass(frozen=True)
class Relative:
    """A member or dependent listed beside the person (the same family in the policy)."""

    person_id: int
    matricule: str
    full_name: str
    relationship: Relationship
    birth_date: date
    cover_state: CoverState


@dataclass(frozen=True)
class PersonSummary:
    person_id: int
    matricule: str
    last_name: str
    first_names: str
    birth_date: date
    birth_place: str
    gender: Gender
    relationship: Relationship
    cmu_number: str
    entry_date: date
    exit_date: date | None
    cover_state: CoverState
    # the person's own guarantees (domain.md §3)
    coverage_rate: int  # percent
    zone: int
    annual_ceiling: int  # FCFA
    annual_net_premium: int  # FCFA
    medical_surcharge_rate: Decimal
    exclusions: str
    # the policy and its subscriber
    policy_id: int
    policy_number: str | None
    administrator_ref: str
    policy_status: PolicyStatus
    effective_date: date
    expiry_date: date
    administrator_name: str
    subscriber_name: str
    subscriber_kind: SubscriberKind
    subscriber_phone: str
    # the family: the member when the person is a dependent, else the member's dependents
    member: Relative | None
    dependents: tuple[Relative, ...]

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_names}".strip()

    @property
    def is_member(self) -> bool:
        return self.member is None


def _relative(person: InsuredPerson) -> Relative:
    return Relative(
        person.id,
        person.matricule,
        person.full_name,
        person.relationship_,
        person.birth_date,
        person.cover_state,
    )


def get_person_summary(ctx: ServiceContext, person_id: int) -> PersonSummary:
    """Everything the search's summary dialog shows about one person."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        person = session.get(InsuredPerson, person_id)
        if person is None:
            raise NotFound("Cette personne n'existe plus dans le portefeuille.")
        policy = session.get(Policy, person.policy_id)
        assert policy is not None  # foreign key
        subscriber = session.get(Subscriber, policy.subscriber_id)
        assert subscriber is not None
        administrator = (
            session.get(Administrator, policy.administrator_id)
            if policy.administrator_id is not None
            else None
        )
        member: Relative | None = None
        dependents: tuple[Relative, ...] = ()
        if person.member_id is not None:
            head = session.get(InsuredPerson, person.member_id)
            member = _relative(head) if head is not None else None
        else:
            rows = session.scalars(
                select(InsuredPerson)
                .where(InsuredPerson.member_id == person.id)
                .order_by(InsuredPerson.birth_date, InsuredPerson.id)
            ).all()
            dependents = tuple(_relative(d) for d in rows)
        # Exclusions tell an illness: masked without the medical right (issue 11).
        exclusions = person.exclusions
        if exclusions and not ctx.current_actor().can(Permission.VIEW_MEDICAL):
            exclusions = MASK
        return PersonSummary(
            person_id=person.id,
            matricule=person.matricule,
            last_name=person.last_name,
            first_names=person.first_names,
            birth_date=person.birth_date,
            birth_place=person.birth_place,
            gender=person.gender,
            relationship=person.relationship_,
            cmu_number=person.cmu_number,
            entry_date=person.entry_date,
            exit_date=person.exit_date,
            cover_state=person.cover_state,
            coverage_rate=person.coverage_rate,
            zone=person.zone,
            annual_ceiling=person.annual_ceiling,
            annual_net_premium=person.annual_net_premium,
            medical_surcharge_rate=person.medical_surcharge_rate,
            exclusions=exclusions,
            policy_id=policy.id,
            policy_number=policy.number,
            administrator_ref=policy.administrator_ref,
            policy_status=policy.status,
            effective_date=policy.effective_date,
            expiry_date=policy.expiry_date,
            administrator_name=administrator.name if administrator else "",
            subscriber_name=subscriber.name,
            subscriber_kind=subscriber.kind,
            subscriber_phone=subscriber.phone,
            member=member,
            dependents=dependents,
        )
