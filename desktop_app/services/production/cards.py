"""Member cards one by one and the attestation d'assurance (domain.md §15, §13 DLC).

Each card asked for is a ``card_requests`` row: made for every person when a policy is
issued, for the persons an endorsement adds or whose guarantees it changes, and for a
duplicate of a lost card. Printing the cards « à imprimer » renders their stored snapshots
and dates them; the clerk records the delivery (day, to whom). A reprint renders the
current card again, unchanged and untracked; a duplicate is a new card snapshot marked
« DUPLICATA », the lost one cancelled, and its fee billed as a numbered quittance
(accessoires = the fee, taxes of the policy's category on it). An attestation is stored
as a snapshot when issued and reprinted from it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.documents.batch import Cancelled as RenderCancelled
from desktop_app.documents.snapshots import (
    AttestationPersonSnapshot,
    AttestationSnapshot,
    CardSnapshot,
)
from desktop_app.domain.cards import (
    CARD_REQUEST_WORKFLOW,
    DEFAULT_DUPLICATE_FEE,
    CardReason,
    CardRequestState,
    Delivery,
    check_delivery,
    check_fee,
    duplicate_fee_amounts,
)
from desktop_app.domain.dates import format_date
from desktop_app.domain.errors import Conflict, FieldError, NotFound, ValidationFailed
from desktop_app.domain.issued_documents import DOCUMENT_WORKFLOW, DocumentKind, DocumentState
from desktop_app.domain.kinds import CoverState, PolicyStatus, policy_category
from desktop_app.domain.numbers import (
    attestation_sequence,
    format_attestation_number,
    format_quittance_number,
    quittance_sequence,
)
from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    CardRequest,
    CoverSuspension,
    Endorsement,
    InsuredPerson,
    IssuedDocument,
    Member,
    Policy,
    Quittance,
    SettingsDocument,
)
from desktop_app.persistence.numbering import next_number
from desktop_app.persistence.paging import KeyOrder, ascending
from desktop_app.services import workflow
from desktop_app.services.context import Actor, Changes, ServiceContext
from desktop_app.services.issued_documents import Owner, issue_document
from desktop_app.services.locking import get_locked
from desktop_app.services.production import snapshots
from desktop_app.services.production.card_requests import (
    close_stale_requests,
    issue_cards,
    request_cards,
)
from desktop_app.services.production.common import member_count
from desktop_app.services.production.issue import DUE_DAYS, frozen_parties

__all__ = [
    "RenderCancelled",
    "attestation_pdf",
    "issue_attestation",
    "issue_duplicate_card",
    "list_card_requests",
    "count_pending_cards",
    "fetch_pending_cards",
    "print_pending_cards",
    "record_delivery",
    "reprint_card",
]

CARD_SETTINGS_KEY = "cards"


# --- the fee setting --------------------------------------------------------------------


def load_duplicate_fee(session: Session) -> int:
    row = session.get(SettingsDocument, CARD_SETTINGS_KEY)
    if row is None:
        return DEFAULT_DUPLICATE_FEE
    return int(json.loads(row.value).get("duplicate_fee", DEFAULT_DUPLICATE_FEE))


def get_duplicate_fee(ctx: ServiceContext) -> int:
    """The fee of a duplicate card, before taxes (a Référentiels setting)."""
    with ctx.read() as session:
        return load_duplicate_fee(session)


def save_duplicate_fee(ctx: ServiceContext, fee: int) -> Changes:
    ctx.require(Permission.MANAGE_REFERENCE_DATA)
    errors = check_fee(fee)
    if errors:
        raise ValidationFailed(errors)
    with ctx.write() as session:
        value = json.dumps({"duplicate_fee": fee}, sort_keys=True)
        row = session.get(SettingsDocument, CARD_SETTINGS_KEY)
        if row is None:
            session.add(SettingsDocument(key=CARD_SETTINGS_KEY, value=value))
        else:
            row.value = value
        return Changes.of("settings_documents")


# --- requests ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CardRequestRow:
    id: int
    person_id: int
    matricule: str
    person_name: str
    reason: CardReason
    reason_label: str  # « Avenant n° 2 » for an endorsement's request
    state: CardRequestState
    requested_on: date
    printed_on: date | None
    delivered_on: date | None
    delivered_to: str
    quittance_number: str


def list_card_requests(ctx: ServiceContext, policy_id: int) -> list[CardRequestRow]:
    """Every card request of the policy, the latest first."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    r = CardRequest
    with ctx.read() as session:
        rows = session.execute(
            select(
                r,
                InsuredPerson.matricule,
                InsuredPerson.last_name,
                InsuredPerson.first_names,
                Endorsement.number,
                Quittance.number,
            )
            .join(InsuredPerson, InsuredPerson.id == r.person_id)
            .outerjoin(Endorsement, Endorsement.id == r.endorsement_id)
            .outerjoin(Quittance, Quittance.id == r.quittance_id)
            .where(r.policy_id == policy_id)
            .order_by(r.id.desc())
        ).all()
        return [
            CardRequestRow(
                req.id,
                req.person_id,
                matricule,
                f"{last} {first}".strip(),
                req.reason,
                f"Avenant n° {number}" if number is not None else req.reason.label,
                req.state,
                req.requested_on,
                req.printed_on,
                req.delivered_on,
                req.delivered_to,
                q_number or "",
            )
            for req, matricule, last, first, number, q_number in rows
        ]


class PendingKey(NamedTuple):
    """Where a page of the pending cards starts: after this request (D18)."""

    requested_on: date
    id: int


PENDING_PAGING = KeyOrder.of(ascending(CardRequest.requested_on), ascending(CardRequest.id))
PENDING_STATES = {
    None: (CardRequestState.TO_PRINT, CardRequestState.PRINTED),
    CardRequestState.TO_PRINT: (CardRequestState.TO_PRINT,),
    CardRequestState.PRINTED: (CardRequestState.PRINTED,),
}


@dataclass(frozen=True)
class PendingCard:
    """A card of the whole production still to print or to deliver."""

    id: int
    policy_id: int
    policy_number: str
    matricule: str
    person_name: str
    reason: CardReason
    state: CardRequestState
    requested_on: date
    printed_on: date | None

    @property
    def page_key(self) -> PendingKey:
        return PendingKey(self.requested_on, self.id)


def count_pending_cards(ctx: ServiceContext, state: CardRequestState | None = None) -> int:
    """How many cards wait to be printed (``TO_PRINT``), to be delivered (``PRINTED``), or
    either (None)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        return int(
            session.scalar(
                select(func.count(CardRequest.id))
                .join(Policy, Policy.id == CardRequest.policy_id)
                .where(
                    CardRequest.state.in_(PENDING_STATES[state]),
                    Policy.status == PolicyStatus.IN_FORCE,
                )
            )
            or 0
        )


def fetch_pending_cards(
    ctx: ServiceContext,
    state: CardRequestState | None = None,
    after: PendingKey | None = None,
    limit: int = 200,
) -> list[PendingCard]:
    """The cards of the whole production waiting, the oldest request first (the ones late
    against the DLC norm on top), one page after ``after``."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    r = CardRequest
    query = (
        select(
            r.id,
            r.policy_id,
            Policy.number,
            InsuredPerson.matricule,
            InsuredPerson.last_name,
            InsuredPerson.first_names,
            r.reason,
            r.state,
            r.requested_on,
            r.printed_on,
        )
        .join(Policy, Policy.id == r.policy_id)
        .join(InsuredPerson, InsuredPerson.id == r.person_id)
        .where(r.state.in_(PENDING_STATES[state]), Policy.status == PolicyStatus.IN_FORCE)
        .order_by(*PENDING_PAGING.order_by())
        .limit(limit)
    )
    if after is not None:
        query = query.where(PENDING_PAGING.after(after))
    with ctx.read() as session:
        rows = session.execute(query).all()
    return [
        PendingCard(
            rid, pid, number or "", mat, f"{last} {first}".strip(), reason, st, asked, printed
        )
        for rid, pid, number, mat, last, first, reason, st, asked, printed in rows
    ]


# --- printing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintedCards:
    pdf: bytes
    count: int
    changes: Changes


def print_pending_cards(
    ctx: ServiceContext,
    policy_id: int,
    *,
    sheet: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    reason: str = "",
) -> PrintedCards:
    """The policy's cards « à imprimer », rendered from their snapshots and marked printed
    today, all in one unit of work: a cancelled render marks nothing. Before the premium
    art. 13 requires is collected, only with the right and a ``reason`` (issue 9)."""
    from desktop_app.documents.card import render_cards
    from desktop_app.documents.card_sheet import render_card_sheets
    from desktop_app.services.finance.cover import check_print_before_payment

    actor = ctx.require(Permission.EDIT_PRODUCTION)
    check_print_before_payment(ctx, policy_id, "les cartes", reason)
    today, now = ctx.today(), ctx.now()
    with ctx.write() as session:
        _in_force(session, policy_id)
        close_stale_requests(session, actor, policy_id, now)
        rows = session.execute(
            select(CardRequest, IssuedDocument.snapshot)
            .join(IssuedDocument, IssuedDocument.id == CardRequest.document_id)
            .where(
                CardRequest.policy_id == policy_id,
                CardRequest.state == CardRequestState.TO_PRINT,
            )
            .order_by(CardRequest.id)
            .with_for_update(of=CardRequest)
        ).all()
        if not rows:
            raise Conflict("Aucune carte à imprimer pour cette police.")
        cards = [CardSnapshot.from_dict(json.loads(text)) for _, text in rows]
        render = render_card_sheets if sheet else render_cards
        pdf = render(cards, progress=progress, cancelled=cancelled)
        for request, _ in rows:
            workflow.move(
                session,
                CARD_REQUEST_WORKFLOW,
                request,
                "print",
                user_id=actor.user_id,
                user_code=actor.code,
                at=now,
                granted=actor.permissions,
                field="state",
            )
            request.printed_on = max(today, request.requested_on)
        return PrintedCards(pdf, len(rows), Changes.of("card_requests", *(r.id for r, _ in rows)))


def reprint_card(ctx: ServiceContext, policy_id: int, person_id: int) -> bytes:
    """The person's current card again, exactly as issued (nothing recorded: the same card
    printed twice, e.g. after a printer jam)."""
    from desktop_app.documents.card import render_cards
    from desktop_app.services.production.documents import card_snapshots

    return render_cards(card_snapshots(ctx, policy_id, [person_id]))


# --- delivery ---------------------------------------------------------------------------


def record_delivery(ctx: ServiceContext, request_ids: Sequence[int], delivery: Delivery) -> Changes:
    """The cards handed over on ``delivery.delivered_on`` to ``delivery.delivered_to``."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    if not request_ids:
        raise ValidationFailed([FieldError("requests", "Choisissez les cartes remises.")])
    today, now = ctx.today(), ctx.now()
    with ctx.write() as session:
        requests = list(
            session.scalars(
                select(CardRequest)
                .where(CardRequest.id.in_(list(request_ids)))
                .order_by(CardRequest.id)
                .with_for_update()
            )
        )
        if len(requests) != len(set(request_ids)):
            raise NotFound("Demande de carte introuvable.")
        errors: list[FieldError] = []
        for request in requests:
            if request.state not in (CardRequestState.TO_PRINT, CardRequestState.PRINTED):
                errors.append(
                    FieldError(
                        "requests",
                        f"Une carte « {request.state.label.lower()} » ne peut être remise : "
                        "seules les cartes imprimées se remettent.",
                    )
                )
                break
            errors += check_delivery(
                delivery,
                requested_on=request.requested_on,
                printed_on=request.printed_on,
                today=today,
            )
            if errors:
                break
        if errors:
            raise ValidationFailed(errors)
        for request in requests:
            workflow.move(
                session,
                CARD_REQUEST_WORKFLOW,
                request,
                "deliver",
                user_id=actor.user_id,
                user_code=actor.code,
                at=now,
                granted=actor.permissions,
                field="state",
            )
            request.delivered_on = delivery.delivered_on
            request.delivered_to = delivery.delivered_to.strip()
        return Changes.of("card_requests", *(r.id for r in requests))


# --- duplicate --------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicateDone:
    request_id: int
    document_id: int
    quittance_id: int | None
    quittance_number: str
    total: int
    changes: Changes


def _covered_person(session: Session, policy: Policy, person_id: int, today: date) -> InsuredPerson:
    person = session.get(InsuredPerson, person_id)
    if person is None or person.policy_id != policy.id:
        raise NotFound("Assuré introuvable sur cette police.")
    if person.exit_date is not None and person.exit_date <= today:
        raise Conflict(
            f"{person.full_name} n'est plus assuré(e) depuis le {format_date(person.exit_date)}."
        )
    if person.cover_state is CoverState.REMOVED and person.exit_date is None:
        raise Conflict(f"{person.full_name} a été retiré(e) de la police.")
    return person


def _in_force(session: Session, policy_id: int) -> Policy:
    policy = get_locked(session, Policy, policy_id, "Police introuvable.")
    if policy.status is not PolicyStatus.IN_FORCE:
        raise Conflict(
            f"La police {policy.number or ''} est « {policy.status.label} » : seule une police "
            "en vigueur reçoit une carte ou une attestation."
        )
    return policy


def issue_duplicate_card(
    ctx: ServiceContext, policy_id: int, person_id: int, reason: str = ""
) -> DuplicateDone:
    """A lost card replaced (§15, guide: « perte de la carte »): the lost card cancelled, a
    new one from the same snapshot marked « DUPLICATA », a request « à imprimer », and the
    fee billed as a quittance when the fee is not zero."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    reason = reason.strip() or "Carte perdue"
    if len(reason) > 300:
        raise ValidationFailed([FieldError("reason", "Le motif est trop long (au plus 300).")])
    today, now = ctx.today(), ctx.now()
    with ctx.write() as session:
        policy = _in_force(session, policy_id)
        person = _covered_person(session, policy, person_id, today)
        old = session.scalar(
            select(IssuedDocument).where(
                IssuedDocument.kind == DocumentKind.CARD,
                IssuedDocument.policy_id == policy.id,
                IssuedDocument.person_id == person.id,
                IssuedDocument.status == DocumentState.ISSUED,
            )
        )
        if old is None:
            raise Conflict(f"{person.full_name} n'a pas de carte en cours à remplacer.")
        waiting = session.scalar(
            select(CardRequest.state).where(
                CardRequest.document_id == old.id,
                CardRequest.state.in_([CardRequestState.TO_PRINT, CardRequestState.PRINTED]),
            )
        )
        if waiting is not None:
            raise Conflict(
                f"La carte de {person.full_name} est « {waiting.label.lower()} » et n'a pas "
                "encore été remise : réimprimez-la plutôt que d'émettre un duplicata."
            )
        snapshot = replace(CardSnapshot.from_dict(json.loads(old.snapshot)), duplicate=True)
        cancel_reason = f"Duplicata : {reason}"
        workflow.move(
            session,
            DOCUMENT_WORKFLOW,
            old,
            "cancel",
            user_id=actor.user_id,
            user_code=actor.code,
            at=now,
            reason=cancel_reason,
            granted=actor.permissions,
        )
        old.cancel_reason = cancel_reason
        document = issue_document(
            session,
            DocumentKind.CARD,
            Owner(policy_id=policy.id, person_id=person.id),
            snapshot,
            user_id=actor.user_id,
            user_code=actor.code,
            at=now,
            supersede=False,
        )
        quittance = _fee_quittance(session, actor, policy, person, today, now)
        session.flush()
        request = CardRequest(
            policy_id=policy.id,
            person_id=person.id,
            reason=CardReason.DUPLICATE,
            document_id=document.id,
            quittance_id=quittance.id if quittance else None,
            state=CardRequestState.TO_PRINT,
            requested_on=today,
            delivered_to="",
            requested_by=actor.code,
        )
        session.add(request)
        session.flush()
        return DuplicateDone(
            request.id,
            document.id,
            quittance.id if quittance else None,
            quittance.number if quittance else "",
            quittance.total if quittance else 0,
            Changes.of("card_requests", request.id)
            | Changes.of("issued_documents", old.id, document.id)
            | (Changes.of("quittances", quittance.id) if quittance else Changes()),
        )


def _fee_quittance(
    session: Session,
    actor: Actor,
    policy: Policy,
    person: InsuredPerson,
    today: date,
    now: datetime,
) -> Quittance | None:
    fee = load_duplicate_fee(session)
    if fee == 0:
        return None
    from desktop_app.services.production.pricing import load_tariff

    category = policy_category(member_count(session, policy.id))
    tax_rate = load_tariff(session).tax_rate(category)
    amounts = duplicate_fee_amounts(fee, tax_rate)
    quittance = Quittance(
        number=format_quittance_number(
            today.year, next_number(session, quittance_sequence(today.year))
        ),
        policy_id=policy.id,
        kind=QuittanceKind.CARD_FEE,
        act_label=f"Duplicata de carte — {person.matricule}",
        status=QuittanceState.ISSUED,
        issue_date=today,
        due_date=today + timedelta(days=DUE_DAYS),
        period_start=today,
        period_end=max(today, policy.expiry_date),
        net=amounts.net,
        fees=amounts.fees,
        taxes=amounts.taxes,
        total=amounts.total,
        tax_rate=tax_rate,
        commission_rate=policy.commission_rate,
        commission=0,
        management_fee_rate=policy.management_fee_rate,
        management_fee=0,
        cancel_reason="",
        issued_by=actor.code,
        **frozen_parties(policy),
    )
    session.add(quittance)
    session.flush()
    issue_document(
        session,
        DocumentKind.QUITTANCE,
        Owner(policy_id=policy.id, quittance_id=quittance.id),
        snapshots.quittance_snapshot(
            session, snapshots.company_snapshot(session), policy, quittance, category
        ),
        user_id=actor.user_id,
        user_code=actor.code,
        at=now,
    )
    return quittance


# --- attestation ------------------------------------------------------------------------


@dataclass(frozen=True)
class AttestationDone:
    document_id: int
    number: str
    changes: Changes


def _attestation_person(p: InsuredPerson, policy: Policy) -> AttestationPersonSnapshot:
    return AttestationPersonSnapshot(
        p.matricule,
        p.full_name,
        p.birth_date,
        "Assuré principal" if isinstance(p, Member) else p.relationship_.label,
        max(p.entry_date, policy.effective_date),
        p.exit_date - timedelta(days=1) if p.exit_date else policy.expiry_date,
        p.coverage_rate,
        p.zone,
    )


def issue_attestation(
    ctx: ServiceContext, policy_id: int, person_id: int | None = None, reason: str = ""
) -> AttestationDone:
    """An attestation d'assurance for one person (``person_id``) or for the whole policy,
    as it stands today, stored as a snapshot (§15). Refused for a person not covered today
    and for a policy whose guarantees are suspended; before the premium art. 13 requires
    is collected, only with the right and a ``reason`` (issue 9)."""
    from desktop_app.services.finance.cover import check_print_before_payment

    actor = ctx.require(Permission.EDIT_PRODUCTION)
    check_print_before_payment(ctx, policy_id, "l'attestation", reason)
    today, now = ctx.today(), ctx.now()
    with ctx.write() as session:
        policy = _in_force(session, policy_id)
        suspended = session.scalar(
            select(CoverSuspension.start).where(
                CoverSuspension.policy_id == policy.id,
                CoverSuspension.person_id.is_(None),
                CoverSuspension.start <= today,
                (CoverSuspension.stop.is_(None)) | (CoverSuspension.stop > today),
            )
        )
        if suspended is not None:
            raise Conflict(
                f"Les garanties de la police sont suspendues depuis le {format_date(suspended)} : "
                "pas d'attestation."
            )
        if person_id is not None:
            person = _covered_person(session, policy, person_id, today)
            if person.cover_state is CoverState.SUSPENDED:
                raise Conflict(f"Les garanties de {person.full_name} sont suspendues.")
            people = [person]
        else:
            people = list(
                session.scalars(
                    select(InsuredPerson)
                    .where(
                        InsuredPerson.policy_id == policy.id,
                        InsuredPerson.cover_state != CoverState.SUSPENDED,
                        (InsuredPerson.exit_date > today)
                        | (
                            InsuredPerson.exit_date.is_(None)
                            & (InsuredPerson.cover_state != CoverState.REMOVED)
                        ),
                    )
                    .order_by(InsuredPerson.matricule)
                )
            )
            if not people:
                raise Conflict("Aucune personne n'est couverte aujourd'hui par cette police.")
        category = policy_category(member_count(session, policy.id))
        number = format_attestation_number(
            today.year, next_number(session, attestation_sequence(today.year))
        )
        snapshot = AttestationSnapshot(
            company=snapshots.company_snapshot(session),
            number=number,
            issue_date=today,
            policy_number=policy.number or "",
            subscriber=snapshots.party_snapshot(policy),
            effective_date=policy.effective_date,
            expiry_date=policy.expiry_date,
            category_label=category.label,
            administrator_name=policy.administrator.name if policy.administrator else None,
            persons=tuple(_attestation_person(p, policy) for p in people),
            whole_policy=person_id is None,
        )
        # Each attestation stays on record: a new one supersedes none.
        document = issue_document(
            session,
            DocumentKind.ATTESTATION,
            Owner(policy_id=policy.id, person_id=person_id),
            snapshot,
            user_id=actor.user_id,
            user_code=actor.code,
            at=now,
            supersede=False,
        )
        session.flush()
        return AttestationDone(document.id, number, Changes.of("issued_documents", document.id))


def attestation_snapshot(ctx: ServiceContext, document_id: int) -> AttestationSnapshot:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        document = session.get(IssuedDocument, document_id)
        if document is None or document.kind is not DocumentKind.ATTESTATION:
            raise NotFound("Attestation introuvable.")
        data: dict[str, Any] = json.loads(document.snapshot)
    return AttestationSnapshot.from_dict(data)


def attestation_pdf(ctx: ServiceContext, document_id: int) -> bytes:
    """The attestation as issued (a reprint gives the same pages)."""
    from desktop_app.documents.attestation import render_attestation

    return render_attestation(attestation_snapshot(ctx, document_id))


@dataclass(frozen=True)
class YearCards:
    requested: int
    valid_until: date
    changes: Changes


def issue_year_cards(ctx: ServiceContext, policy_id: int) -> YearCards:
    """After a renewal, the new year's cards (D21: a renewal issues no card; they are asked
    for here): a new card for each person covered, valid to the new expiry, replacing their
    card of last year, and a request « à imprimer » for each (reason: renouvellement).
    Refused when every card in service already runs to the policy's expiry."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    today, now = ctx.today(), ctx.now()
    with ctx.write() as session:
        policy = _in_force(session, policy_id)
        persons = session.scalars(
            select(InsuredPerson)
            .where(
                InsuredPerson.policy_id == policy.id,
                InsuredPerson.cover_state != CoverState.REMOVED,
                (InsuredPerson.exit_date.is_(None)) | (InsuredPerson.exit_date > today),
            )
            .order_by(InsuredPerson.id)
        ).all()
        current = {
            person_id: json.loads(text).get("valid_until")
            for person_id, text in session.execute(
                select(IssuedDocument.person_id, IssuedDocument.snapshot).where(
                    IssuedDocument.kind == DocumentKind.CARD,
                    IssuedDocument.policy_id == policy.id,
                    IssuedDocument.status == DocumentState.ISSUED,
                )
            )
        }
        expiry = policy.expiry_date.isoformat()
        due = [p for p in persons if current.get(p.id) != expiry]
        if not due:
            raise Conflict(
                f"Les cartes de la police {policy.number or ''} valent déjà jusqu'au "
                f"{format_date(policy.expiry_date)} : réimprimez une carte, ou faites un "
                "duplicata pour une carte perdue."
            )
        issue_cards(session, actor, policy, due, now)
        made = request_cards(
            session,
            actor,
            policy.id,
            CardReason.RENEWAL,
            day=today,
            now=now,
            person_ids=[p.id for p in due],
        )
        return YearCards(
            made,
            policy.expiry_date,
            Changes.of("card_requests") | Changes.of("issued_documents"),
        )
