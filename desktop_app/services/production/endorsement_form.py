"""What the endorsement window needs before the clerk types (domain.md §8): the policy's
refund terms (the default of « ristourne »), its year, and the persons a movement may name,
in name order, for the searchable pickers; and the entries read from a member list in the
Excel template of the member import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.errors import NotFound
from desktop_app.domain.roles import Permission
from desktop_app.exports.member_import import read_member_file
from desktop_app.persistence.models import InsuredPerson, Policy
from desktop_app.services.context import ServiceContext
from desktop_app.services.production.endorsement_input import AdditionInput
from desktop_app.services.production.members import PersonData


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


@dataclass(frozen=True)
class AdditionsFile:
    """The persons of a member list read for an incorporation: each row an addition (a
    dependent of a member of the file points at that member's addition), or the file's
    problems, each with its Excel row and column."""

    additions: tuple[AdditionInput, ...]
    problems: tuple[str, ...]


def read_additions_file(ctx: ServiceContext, policy_id: int, path: Path) -> AdditionsFile:
    """The member import's reader (the office's template), for the endorsement's entries:
    nothing is written; the endorsement's preview checks the persons as typed ones."""
    ctx.require(Permission.EDIT_PRODUCTION)
    result = read_member_file(path, today=ctx.today())
    problems = tuple(
        (f"Ligne {p.row}" + (f", colonne « {p.column} »" if p.column else "") + " : ") + p.message
        if p.row
        else p.message
        for p in result.problems
    )
    if problems:
        return AdditionsFile((), problems)
    ordered = sorted(result.persons, key=lambda p: p.row)
    index = {p.row: i for i, p in enumerate(ordered)}
    additions = tuple(
        AdditionInput(
            PersonData(
                policy_id=policy_id,
                last_name=p.last_name,
                first_names=p.first_names,
                birth_date=p.birth_date,
                gender=p.gender,
                entry_date=p.entry_date,
                coverage_rate=p.coverage_rate,
                zone=p.zone,
                annual_ceiling=p.annual_ceiling,
                relationship=p.relationship,
                birth_place=p.birth_place,
                cmu_number=p.cmu_number,
                matricule=p.matricule,
                annual_net_premium=p.annual_net_premium,
            ),
            index[p.member_row] if p.member_row is not None else None,
        )
        for p in ordered
    )
    return AdditionsFile(additions, ())
