"""Global search for an insured person (domain.md §3): by matricule, name (accent- and
case-insensitive), policy number, administrator's policy number or subscriber.

Every branch is an indexed prefix range on an ASCII key (``key >= p AND key < p || '~'``),
which SQLite and PostgreSQL (``C`` collation) both answer from the index.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import aliased

from desktop_app.domain.kinds import CoverState, Relationship
from desktop_app.domain.roles import Permission
from desktop_app.domain.text import search_key, searchable
from desktop_app.persistence.models import InsuredPerson, Policy, Subscriber
from desktop_app.services.context import ServiceContext

SEARCH_LIMIT = 50
_TOP = "~"  # sorts after every character a search key can hold


@dataclass(frozen=True)
class PersonHit:
    person_id: int
    matricule: str
    full_name: str
    birth_date: date
    relationship: Relationship
    cover_state: CoverState
    policy_id: int
    policy_number: str | None
    administrator_ref: str
    subscriber_name: str


def _prefix(column, prefix: str):  # type: ignore[no-untyped-def]
    return and_(column >= prefix, column < prefix + _TOP)


def search_persons(ctx: ServiceContext, text: str, limit: int = SEARCH_LIMIT) -> list[PersonHit]:
    """Matricules first, then last names, then first names, then policy numbers,
    administrators' numbers and subscribers: each branch walks an index in its own order
    and stops at ``limit`` rows, so a one-letter search costs what a full name costs."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    raw = searchable(text).strip()
    key = search_key(raw)
    if not key:
        return []
    tokens = key.split()
    person = aliased(InsuredPerson)
    base = (
        select(
            person.id,
            person.matricule,
            person.last_name,
            person.first_names,
            person.birth_date,
            person.relationship_,
            person.cover_state,
            Policy.id,
            Policy.number,
            Policy.administrator_ref,
            Subscriber.name,
        )
        .join(Policy, Policy.id == person.policy_id)
        .join(Subscriber, Subscriber.id == Policy.subscriber_id)
    )
    upper = raw.upper().replace(" ", "")
    first, others = tokens[0], tokens[1:]

    def any_word(token: str):  # type: ignore[no-untyped-def]
        # A further word appears somewhere in the names: it only filters the rows the
        # first word's index range found, and « n guessan » still finds « N'Guessan ».
        return or_(person.last_name_key.contains(token), person.first_names_key.contains(token))

    last_name = and_(_prefix(person.last_name_key, first), *(any_word(t) for t in others))
    first_name = and_(
        _prefix(person.first_names_key, first),
        ~_prefix(person.last_name_key, first),
        *(any_word(t) for t in others),
    )
    by_name = (person.last_name_key, person.first_names_key, person.id)
    branches = [
        base.where(_prefix(person.matricule, upper)).order_by(person.matricule),
        base.where(last_name).order_by(*by_name),
        base.where(first_name).order_by(person.first_names_key, person.last_name_key, person.id),
        base.where(_prefix(Policy.number, upper)).order_by(*by_name),
        base.where(_prefix(Policy.administrator_ref, upper)).order_by(*by_name),
        base.where(_prefix(Subscriber.name_key, key)).order_by(*by_name),
    ]
    seen: dict[int, PersonHit] = {}
    with ctx.read() as session:
        for branch in branches:
            if len(seen) >= limit:
                break
            for row in session.execute(branch.limit(limit - len(seen) + 5)):
                if row[0] in seen or len(seen) >= limit:
                    continue
                seen[row[0]] = PersonHit(
                    person_id=row[0],
                    matricule=row[1],
                    full_name=f"{row[2]} {row[3]}".strip(),
                    birth_date=row[4],
                    relationship=row[5],
                    cover_state=row[6],
                    policy_id=row[7],
                    policy_number=row[8],
                    administrator_ref=row[9],
                    subscriber_name=row[10],
                )
    return list(seen.values())
