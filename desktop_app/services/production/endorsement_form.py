"""What the endorsement window needs before the clerk types (domain.md §8): the policy's
refund terms (the default of « ristourne »), its year, and the persons a movement may name,
in name order, for the searchable pickers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop_app.domain.errors import NotFound
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import InsuredPerson, Policy
from desktop_app.services.context import ServiceContext


@dataclass(frozen=True)
class PersonChoice:
    id: int
    matricule: str
    name: str
    member: bool  # a member (assuré principal), not a dependent
    entry_date: date
    exit_date: date | None
    coverage_rate: int
    zone: int
    annual_ceiling: int

    @property
    def label(self) -> str:
        return f"{self.matricule} — {self.name}"


@dataclass(frozen=True)
class EndorsementForm:
    policy_id: int
    number: str
    effective_date: date
    expiry_date: date
    refund_unused_days: bool
    persons: tuple[PersonChoice, ...]


def endorsement_form(ctx: ServiceContext, policy_id: int) -> EndorsementForm:
    ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.read() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise NotFound("Police introuvable.")
        rows = session.execute(
            select(
                InsuredPerson.id,
                InsuredPerson.matricule,
                InsuredPerson.last_name,
                InsuredPerson.first_names,
                InsuredPerson.member_id,
                InsuredPerson.entry_date,
                InsuredPerson.exit_date,
                InsuredPerson.coverage_rate,
                InsuredPerson.zone,
                InsuredPerson.annual_ceiling,
            )
            .where(InsuredPerson.policy_id == policy_id)
            .order_by(InsuredPerson.last_name_key, InsuredPerson.first_names_key, InsuredPerson.id)
        ).all()
        return EndorsementForm(
            policy.id,
            policy.number or "",
            policy.effective_date,
            policy.expiry_date,
            bool(policy.refund_unused_days),
            tuple(
                PersonChoice(
                    r.id,
                    r.matricule,
                    f"{r.last_name} {r.first_names}".strip(),
                    r.member_id is None,
                    r.entry_date,
                    r.exit_date,
                    r.coverage_rate,
                    r.zone,
                    r.annual_ceiling,
                )
                for r in rows
            ),
        )
