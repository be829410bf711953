"""Importing a group's member list from Excel into a draft policy (issue 3).

Every row is checked first — by the file reader (exports/member_import.py), then against
the database and the tariff's rules (matricules already used, entry dates, ages) — and
each problem is reported with its Excel row, column and a French message. The persons are
saved only when the whole file is clean, in one unit of work: all of them, or none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import FieldError, ValidationFailed
from desktop_app.domain.roles import Permission
from desktop_app.exports.member_columns import COLUMN_BY_KEY
from desktop_app.exports.member_import import (
    ImportedPerson,
    ImportProblem,
    ImportResult,
    read_member_file,
)
from desktop_app.exports.member_template import write_member_template
from desktop_app.persistence.models import InsuredPerson
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.production import pricing
from desktop_app.services.production.common import load_draft
from desktop_app.services.production.members import (
    PENDING_MATRICULES,
    PersonData,
    checked_person,
    write_person,
)

__all__ = ["ImportCheck", "check_member_file", "import_member_file", "write_member_template"]


@dataclass(frozen=True)
class ImportCheck:
    rows_read: int
    members: int
    dependents: int
    problems: tuple[ImportProblem, ...]

    @property
    def is_clean(self) -> bool:
        return not self.problems and self.members + self.dependents > 0


def _data(policy_id: int, person: ImportedPerson, member_id: int | None) -> PersonData:
    return PersonData(
        policy_id=policy_id,
        last_name=person.last_name,
        first_names=person.first_names,
        birth_date=person.birth_date,
        gender=person.gender,
        entry_date=person.entry_date,
        coverage_rate=person.coverage_rate,
        zone=person.zone,
        annual_ceiling=person.annual_ceiling,
        relationship=person.relationship,
        member_id=member_id,
        birth_place=person.birth_place,
        cmu_number=person.cmu_number,
        matricule=person.matricule,
        annual_net_premium=person.annual_net_premium,
    )


def _column(field: str) -> str:
    column = COLUMN_BY_KEY.get(field)
    return column.header if column else ""


def _problems(error: FieldError | ValidationFailed, row: int) -> list[ImportProblem]:
    errors = error.errors if isinstance(error, ValidationFailed) else [error]
    return [ImportProblem(row, _column(getattr(e, "field", "")), e.message) for e in errors]


def _run(
    ctx: ServiceContext, policy_id: int, result: ImportResult, save: bool
) -> tuple[ImportCheck, Changes]:
    """Check (and with ``save``, write) every person inside one unit of work; a dry run
    writes the persons too, so that later rows see earlier ones, then rolls back."""
    problems = list(result.problems)
    changes = Changes()
    members = sum(1 for p in result.persons if p.member_row is None)
    check = ImportCheck(result.rows_read, members, len(result.persons) - members, tuple(problems))
    if not result.persons:
        return check, changes

    class _DryRun(Exception):
        pass

    try:
        with ctx.write() as session:
            policy = load_draft(session, policy_id)
            written_by_row: dict[int, InsuredPerson] = {}
            seen_matricules: set[str] = set()
            session.info[PENDING_MATRICULES] = seen_matricules
            # The policy's counts kept as rows are written (two COUNTs a row grew with it).
            members_now, persons_now = pricing.counts(session, policy.id)
            members_written = False
            # Rows are checked against the portfolio, and against each other by the file's
            # reader (duplicate matricules, families): no flush a row, only once the members
            # are written, before their dependents need their ids.
            with session.no_autoflush:
                for person in sorted(
                    result.persons, key=lambda p: (p.member_row is not None, p.row)
                ):
                    if person.member_row is not None and not members_written:
                        session.flush()
                        members_written = True
                    member = (
                        written_by_row.get(person.member_row)
                        if person.member_row is not None
                        else None
                    )
                    member_id = member.id if member is not None else None
                    data = _data(policy_id, person, member_id)
                    errors, checked = checked_person(session, ctx, policy, data)
                    if errors.errors:
                        problems.extend(_problems(ValidationFailed(errors.errors), person.row))
                        continue
                    if data.matricule:
                        seen_matricules.add(data.matricule.upper())
                    written_by_row[person.row] = write_person(
                        session,
                        ctx,
                        policy,
                        data,
                        checked=checked,
                        counts=(members_now, persons_now),
                    )
                    persons_now += 1
                    members_now += 1 if member_id is None else 0
            session.flush()
            session.info.pop(PENDING_MATRICULES, None)
            changes = changes | Changes.of(
                "insured_persons", *(w.id for w in written_by_row.values())
            )
            if problems or not save:
                raise _DryRun()
            pricing.reprice_policy(session, policy, typed={})
            changes = changes | Changes.of("policies", policy_id)
    except _DryRun:
        changes = Changes()
    problems.sort(key=lambda p: (p.row, p.column))
    return ImportCheck(
        result.rows_read, members, len(result.persons) - members, tuple(problems)
    ), changes


def check_member_file(ctx: ServiceContext, policy_id: int, path: Path) -> ImportCheck:
    """Every problem of the file, nothing saved."""
    ctx.require(Permission.EDIT_PRODUCTION)
    check, _ = _run(ctx, policy_id, read_member_file(path, today=ctx.today()), save=False)
    return check


def import_member_file(
    ctx: ServiceContext, policy_id: int, path: Path
) -> tuple[ImportCheck, Changes]:
    """Save the file's persons if, and only if, the whole file is clean."""
    ctx.require(Permission.EDIT_PRODUCTION)
    check, changes = _run(ctx, policy_id, read_member_file(path, today=ctx.today()), save=True)
    return check, changes
