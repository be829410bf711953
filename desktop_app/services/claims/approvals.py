"""The prior-approval register (ententes préalables, domain.md §7): requests asked, the
company's decision (agreed, partly agreed, refused), and the requests still unanswered
after 24 hours. An approval is medical detail (§14) and never a promise of payment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select

from desktop_app.domain.care import CareCategory
from desktop_app.domain.claim_workflow import (
    ANSWER_DELAY,
    APPROVAL_WORKFLOW,
    ApprovalState,
    request_overdue,
)
from desktop_app.domain.errors import Collector, FieldError
from desktop_app.domain.kinds import PolicyStatus
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import InsuredPerson, PriorApproval, Provider
from desktop_app.persistence.numbering import next_number
from desktop_app.persistence.paging import KeyOrder, descending
from desktop_app.services import validation as v
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.locking import get_locked


def approval_sequence(year: int) -> str:
    return f"approval:{year}"


def format_approval_reference(year: int, n: int) -> str:
    """``EP-2026-000012``: the office's 12th prior-approval request of 2026."""
    return f"EP-{year}-{n:06d}"


@dataclass(frozen=True)
class ApprovalInput:
    person_id: int | None
    category: CareCategory | None
    estimated_amount: int | None
    provider_id: int | None = None
    stay_days: int | None = None  # days of stay asked for, for a hospitalisation
    asked_at: datetime | None = None  # None: now
    reference: str = ""  # the administrator's reference; empty: the office numbers it
    notes: str = ""


@dataclass(frozen=True)
class DecisionInput:
    state: ApprovalState  # AGREED, PARTIAL, REFUSED or CANCELLED
    reason: str = ""  # required for a partial agreement, a refusal, a cancellation
    agreed_amount: int | None = None  # required for a partial agreement
    agreed_days: int | None = None  # days of stay agreed, when the decision says


class ApprovalKey(NamedTuple):
    """Where a page of the register starts: after the request with these values."""

    asked_at: datetime
    id: int


# Latest first: the reverse walk of ``ix_prior_approvals_asked_at``, ties broken by id.
APPROVAL_PAGING = KeyOrder.of(descending(PriorApproval.asked_at), descending(PriorApproval.id))


@dataclass(frozen=True)
class ApprovalRow:
    id: int
    reference: str
    asked_at: datetime
    asked_by: str
    person_id: int
    person_name: str
    matricule: str
    provider_name: str
    category: CareCategory
    estimated_amount: int
    stay_days: int | None
    state: ApprovalState
    agreed_amount: int | None
    agreed_days: int | None
    decided_at: datetime | None
    decided_by: str
    decision_reason: str
    overdue: bool

    @property
    def page_key(self) -> ApprovalKey:
        return ApprovalKey(self.asked_at, self.id)


def request_approval(ctx: ServiceContext, data: ApprovalInput) -> tuple[int, str, Changes]:
    """Record a request; the company answers within 24 hours (§7)."""
    actor = ctx.require(Permission.EDIT_CLAIMS)
    errors = Collector()
    now = ctx.now()
    asked_at = data.asked_at.replace(microsecond=0) if data.asked_at else now
    if asked_at > now:
        errors.add("asked_at", "La date de la demande ne peut pas être dans le futur.")
    if data.category is None:
        errors.add("category", "Choisissez l'acte ou la catégorie de soins.")
    v.amount(
        errors, data.estimated_amount, "estimated_amount", "Le montant estimé", allow_zero=False
    )
    if data.stay_days is not None and not 1 <= data.stay_days <= 365:
        errors.add("stay_days", "La durée du séjour est de 1 à 365 jours.")
    reference = data.reference.strip().upper()
    if len(reference) > 40:
        errors.add("reference", "La référence est trop longue (au plus 40 caractères).")
    notes = v.text(errors, data.notes, "notes", "Les observations", required=False, max_length=1000)
    with ctx.write() as session:
        person = session.get(InsuredPerson, data.person_id) if data.person_id else None
        if person is None:
            errors.add("person_id", "Choisissez la personne concernée.")
        elif person.policy.status is PolicyStatus.DRAFT:
            errors.add(
                "person_id", "Cette personne appartient à une police qui n'est pas encore émise."
            )
        if data.provider_id and session.get(Provider, data.provider_id) is None:
            errors.add("provider_id", "Prestataire introuvable.")
        if reference and session.scalar(
            select(PriorApproval.id).where(PriorApproval.reference == reference)
        ):
            errors.add("reference", f"La référence « {reference} » est déjà enregistrée.")
        errors.raise_if_any()
        assert (
            person is not None and data.category is not None and data.estimated_amount is not None
        )
        if not reference:
            year = asked_at.year
            reference = format_approval_reference(
                year, next_number(session, approval_sequence(year))
            )
        row = PriorApproval(
            reference=reference,
            asked_at=asked_at,
            asked_by=actor.code,
            person_id=person.id,
            provider_id=data.provider_id,
            category=data.category.value,
            estimated_amount=data.estimated_amount,
            stay_days=data.stay_days,
            notes=notes,
            state=ApprovalState.ASKED,
            decided_by="",
            decision_reason="",
        )
        session.add(row)
        session.flush()
        return row.id, reference, Changes.of("prior_approvals", row.id)


def decide_approval(ctx: ServiceContext, approval_id: int, data: DecisionInput) -> Changes:
    """The company's decision, dated and signed; final (a change means a new request)."""
    actor = ctx.require(Permission.EDIT_CLAIMS)
    errors = Collector()
    if data.state is ApprovalState.PARTIAL or data.agreed_amount is not None:
        v.amount(
            errors, data.agreed_amount, "agreed_amount", "Le montant accordé", allow_zero=False
        )
    if data.agreed_days is not None and not 1 <= data.agreed_days <= 365:
        errors.add("agreed_days", "La durée accordée est de 1 à 365 jours.")
    errors.raise_if_any()
    with ctx.write() as session:
        row = get_locked(
            session, PriorApproval, approval_id, "Demande d'entente préalable introuvable."
        )
        now = ctx.now()
        record = APPROVAL_WORKFLOW.move(
            row.state, data.state, actor.code, now, data.reason, actor.permissions
        )
        if (
            data.state is ApprovalState.PARTIAL
            and data.agreed_amount is not None
            and data.agreed_amount >= row.estimated_amount
        ):
            raise FieldError(
                "agreed_amount",
                "Un accord partiel porte sur un montant inférieur au montant "
                "estimé : sinon, accordez la demande.",
            )
        grants = data.state.grants_care
        row.state = record.target
        row.agreed_amount = data.agreed_amount if grants else None
        row.agreed_days = data.agreed_days if grants else None
        row.decided_at, row.decided_by_id, row.decided_by = now, actor.user_id, actor.code
        row.decision_reason = record.reason
        return Changes.of("prior_approvals", row.id)


def _approval_query(
    columns: list[Any],
    overdue_before: datetime | None,
    person_id: int | None,
    state: ApprovalState | None,
) -> Select[Any]:
    query = (
        select(*columns)
        .select_from(PriorApproval)
        .join(InsuredPerson, InsuredPerson.id == PriorApproval.person_id)
        .outerjoin(Provider, Provider.id == PriorApproval.provider_id)
    )
    if overdue_before is not None:
        query = query.where(
            PriorApproval.state == ApprovalState.ASKED, PriorApproval.asked_at < overdue_before
        )
    if person_id is not None:
        query = query.where(PriorApproval.person_id == person_id)
    if state is not None:
        query = query.where(PriorApproval.state == state)
    return query


def count_approvals(
    ctx: ServiceContext,
    overdue_only: bool = False,
    person_id: int | None = None,
    state: ApprovalState | None = None,
) -> int:
    ctx.require(Permission.VIEW_MEDICAL)
    before = ctx.now() - ANSWER_DELAY if overdue_only else None
    with ctx.read() as session:
        return int(
            session.scalar(
                _approval_query([func.count(PriorApproval.id)], before, person_id, state)
            )
            or 0
        )


def list_approvals(
    ctx: ServiceContext,
    overdue_only: bool = False,
    person_id: int | None = None,
    state: ApprovalState | None = None,
    after: ApprovalKey | None = None,
    limit: int = 200,
) -> list[ApprovalRow]:
    """The register, latest first; ``overdue_only``: requests unanswered after 24 hours (§7).
    One page after the request ``after`` (keyset paging: ``row.page_key``)."""
    ctx.require(Permission.VIEW_MEDICAL)
    now = ctx.now()
    before = now - ANSWER_DELAY if overdue_only else None
    a = PriorApproval
    query = _approval_query(
        [
            a,
            InsuredPerson.last_name,
            InsuredPerson.first_names,
            InsuredPerson.matricule,
            Provider.name,
        ],
        before,
        person_id,
        state,
    )
    if after is not None:
        query = query.where(APPROVAL_PAGING.after(after))
    query = query.order_by(*APPROVAL_PAGING.order_by()).limit(limit)
    with ctx.read() as session:
        out = []
        for row, last, first, matricule, provider in session.execute(query):
            out.append(
                ApprovalRow(
                    row.id,
                    row.reference,
                    row.asked_at,
                    row.asked_by,
                    row.person_id,
                    f"{last} {first}".strip(),
                    matricule,
                    provider or "",
                    CareCategory(row.category),
                    row.estimated_amount,
                    row.stay_days,
                    row.state,
                    row.agreed_amount,
                    row.agreed_days,
                    row.decided_at,
                    row.decided_by,
                    row.decision_reason,
                    request_overdue(row.state, row.asked_at, now),
                )
            )
        return out


def approvals_for_person(
    ctx: ServiceContext, person_id: int, on_date: date | None = None
) -> list[ApprovalRow]:
    """A person's approvals that let care be assessed (agreed or partly agreed)."""
    rows = list_approvals(ctx, person_id=person_id, limit=500)
    return [
        r for r in rows if r.state.grants_care and (on_date is None or r.asked_at.date() <= on_date)
    ]
