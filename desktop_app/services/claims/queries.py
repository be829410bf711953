"""The reads of the claims area that several screens and use cases share (domain.md §10):
the files received, a file's view (with its medical side only for users allowed to see it,
§14), how many payments the list holds, the period labels of
a payment date."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, false, func, or_, select

from desktop_app.domain.care import Condition
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.kinds import ManagementSystem
from desktop_app.domain.roles import Permission
from desktop_app.domain.text import search_key, searchable
from desktop_app.exports.decades import MONTHS, decade_label, decade_of
from desktop_app.persistence.models import (
    Administrator,
    Claim,
    ClaimPayment,
    InsuredPerson,
    Policy,
    Provider,
)
from desktop_app.persistence.paging import KeyOrder, descending
from desktop_app.services.claims.common import load_claim
from desktop_app.services.context import ServiceContext


@dataclass(frozen=True)
class ClaimFilter:
    status: ClaimState | None = None
    person_id: int | None = None
    policy_id: int | None = None
    number: str = ""  # the start of a file number
    text: str = ""  # the start of the person's matricule or last name


class ClaimKey(NamedTuple):
    """Where a page of files starts: after the file with this id (the latest received first)."""

    id: int


CLAIM_PAGING = KeyOrder.of(descending(Claim.id))


@dataclass(frozen=True)
class ClaimRow:
    id: int
    number: str
    reception_date: date
    person_name: str
    matricule: str
    policy_number: str
    payee_name: str
    amount_claimed: int
    reimbursed: int
    status: ClaimState
    next_action_date: date | None

    @property
    def page_key(self) -> ClaimKey:
        return ClaimKey(self.id)


def _claim_query(flt: ClaimFilter, columns: list[Any], *, joined: bool = True) -> Select[Any]:
    """``joined=False`` (a count without the text filter): the person and the policy change
    no count (not null, foreign keys), and SQLite counts 200 000 files from an index in
    ≈ 2 ms instead of ≈ 1 s through the joins (bench/bench_lists.py)."""
    query = select(*columns).select_from(Claim)
    if joined or flt.text.strip():
        query = query.join(InsuredPerson, InsuredPerson.id == Claim.person_id).join(
            Policy, Policy.id == Claim.policy_id
        )
    if flt.status is not None:
        query = query.where(Claim.status == flt.status)
    if flt.person_id is not None:
        query = query.where(Claim.person_id == flt.person_id)
    if flt.policy_id is not None:
        query = query.where(Claim.policy_id == flt.policy_id)
    number = searchable(flt.number).strip().upper()
    if number:
        query = query.where(Claim.number >= number, Claim.number < number + "~")
    raw, key = searchable(flt.text).strip().upper(), search_key(flt.text)
    if raw:
        query = query.where(
            or_(
                (InsuredPerson.matricule >= raw) & (InsuredPerson.matricule < raw + "~"),
                (InsuredPerson.last_name_key >= key) & (InsuredPerson.last_name_key < key + "~")
                if key
                else false(),
            )
        )
    return query


def count_claims(ctx: ServiceContext, flt: ClaimFilter) -> int:
    ctx.require(Permission.VIEW_CLAIMS)
    with ctx.read() as session:
        return int(session.scalar(_claim_query(flt, [func.count()], joined=False)) or 0)


def list_claims(
    ctx: ServiceContext, flt: ClaimFilter, after: ClaimKey | None = None, limit: int = 200
) -> list[ClaimRow]:
    """One page of files after the file ``after``, the latest received first (the
    « Dossiers reçus » tab; keyset paging: ``row.page_key``)."""
    ctx.require(Permission.VIEW_CLAIMS)
    query = _claim_query(
        flt,
        [
            Claim.id,
            Claim.number,
            Claim.reception_date,
            InsuredPerson.last_name,
            InsuredPerson.first_names,
            InsuredPerson.matricule,
            Policy.number,
            Claim.payee_name,
            Claim.amount_claimed,
            Claim.reimbursed,
            Claim.status,
            Claim.next_action_date,
        ],
    )
    if after is not None:
        query = query.where(CLAIM_PAGING.after(after))
    query = query.order_by(*CLAIM_PAGING.order_by()).limit(limit)
    with ctx.read() as session:
        return [
            ClaimRow(
                r[0],
                r[1],
                r[2],
                f"{r[3]} {r[4]}".strip(),
                r[5],
                r[6] or "",
                r[7],
                r[8],
                r[9],
                r[10],
                r[11],
            )
            for r in session.execute(query)
        ]


@dataclass(frozen=True)
class ClaimView:
    """What any user who may consult claims sees of a file: no medical detail."""

    id: int
    number: str
    reception_date: date
    status: ClaimState
    person_id: int
    person_name: str
    matricule: str
    policy_id: int
    policy_number: str
    administrator_name: str
    provider_name: str
    mode: ManagementSystem
    payee_name: str
    amount_claimed: int
    reimbursed: int
    member_pays: int
    documents: dict[str, bool]
    next_action_date: date | None
    received_by: str
    assessed_by: str
    assessed_at: datetime | None
    notes: str


@dataclass(frozen=True)
class ClaimMedical:
    """The medical side of a file (§14): only for users allowed to see it."""

    claim_id: int
    condition: Condition
    approval_ref: str
    simplified: bool


def get_claim(ctx: ServiceContext, claim_id: int) -> ClaimView:
    ctx.require(Permission.VIEW_CLAIMS)
    with ctx.read() as session:
        c = load_claim(session, claim_id)
        person = session.get(InsuredPerson, c.person_id)
        policy = session.get(Policy, c.policy_id)
        administrator = (
            session.get(Administrator, c.administrator_id) if c.administrator_id else None
        )
        provider = session.get(Provider, c.provider_id) if c.provider_id else None
        assert person is not None and policy is not None
        return ClaimView(
            c.id,
            c.number,
            c.reception_date,
            c.status,
            person.id,
            person.full_name,
            person.matricule,
            policy.id,
            policy.number or "",
            administrator.name if administrator else "",
            provider.name if provider else "",
            c.mode,
            c.payee_name,
            c.amount_claimed,
            c.reimbursed,
            c.member_pays,
            json.loads(c.documents or "{}"),
            c.next_action_date,
            c.received_by,
            c.assessed_by,
            c.assessed_at,
            c.notes,
        )


def get_claim_medical(ctx: ServiceContext, claim_id: int) -> ClaimMedical:
    ctx.require(Permission.VIEW_MEDICAL)
    with ctx.read() as session:
        c = load_claim(session, claim_id)
        return ClaimMedical(c.id, c.condition, c.approval_ref, c.simplified)


def count_payments(ctx: ServiceContext) -> int:
    """How many payments and counter-entries ``payment_orders.list_payments`` pages through."""
    ctx.require(Permission.VIEW_CLAIMS)
    with ctx.read() as session:
        # count(*), not count(id): SQLite counts the smallest index page by page (≈ 1 ms for
        # 120 000 payments against ≈ 9 ms reading every id).
        return int(session.scalar(select(func.count()).select_from(ClaimPayment)) or 0)


def payment_periods(day: date) -> tuple[str, str]:
    """The décade and the month of a payment date, as the accounting labels them:
    ``("3e décade de novembre 2026", "novembre 2026")``."""
    return decade_label(decade_of(day)), f"{MONTHS[day.month - 1]} {day.year}"
