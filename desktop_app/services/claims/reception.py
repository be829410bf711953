"""Réception du dossier (domain.md §10.1): a claim file recorded as it arrives, numbered in
order of arrival, and the moves back of the claim workflow that are not money: closing a
file without payment and reopening it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.domain.care import Condition
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import Collector
from desktop_app.domain.kinds import ManagementSystem, PolicyStatus
from desktop_app.domain.numbers import claim_sequence, format_claim_number
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import (
    Administrator,
    Claim,
    InsuredPerson,
    Member,
    Provider,
)
from desktop_app.persistence.numbering import next_number
from desktop_app.services import validation as v
from desktop_app.services.claims.common import load_claim, move_claim
from desktop_app.services.claims.timeline import record_event
from desktop_app.services.context import Changes, ServiceContext

DOCUMENTS: dict[str, str] = {
    "claim_form": "Feuille de soins signée",
    "receipts": "Factures et reçus",
    "prescriptions": "Ordonnances",
    "pharmacy_stickers": "Tickets et vignettes de pharmacie",
    "birth_certificate": "Acte de naissance (accouchement)",
    "hospital_certificate": "Bulletin d'hospitalisation",
}
"""The documents checklist of a file (§10.1); the prior approval reference has its own field."""


@dataclass(frozen=True)
class ClaimInput:
    reception_date: date | None
    person_id: int | None
    condition: Condition | None
    amount_claimed: int | None
    provider_id: int | None = None
    mode: ManagementSystem | None = None  # None: the policy's management system
    payee_name: str = ""  # classique only; empty: the member
    documents: Mapping[str, bool] = field(default_factory=dict)
    approval_ref: str = ""
    next_action_date: date | None = None
    administrator_id: int | None = None  # None: the policy's administrator
    notes: str = ""


@dataclass(frozen=True)
class ClaimReceipt:
    claim_id: int
    number: str
    changes: Changes


def _payee(
    session: Session,
    person: InsuredPerson,
    mode: ManagementSystem,
    provider: Provider | None,
    typed: str,
) -> str:
    """Tiers payant pays the provider; classique the member (or whom the clerk names, §10.1)."""
    if mode is ManagementSystem.DIRECT_BILLING:
        return provider.name if provider else ""
    if typed:
        return typed
    member = session.get(Member, person.member_id) if person.member_id else person
    return member.full_name if member else person.full_name


def receive_claim(ctx: ServiceContext, data: ClaimInput) -> ClaimReceipt:
    """Record a file as it arrives; it takes the next number in order of arrival (§10.1)."""
    actor = ctx.require(Permission.EDIT_CLAIMS)
    errors = Collector()
    today = ctx.today()
    if data.reception_date is None:
        errors.add("reception_date", "La date de réception est obligatoire.")
    elif data.reception_date > today:
        errors.add("reception_date", "La date de réception ne peut pas être dans le futur.")
    if data.condition is None:
        errors.add("condition", "Indiquez la nature de l'affection (accident, maladie…).")
    v.amount(errors, data.amount_claimed, "amount_claimed", "Le montant réclamé", allow_zero=False)
    unknown = set(data.documents) - set(DOCUMENTS)
    if unknown:
        errors.add("documents", f"Pièce inconnue dans la liste : {', '.join(sorted(unknown))}.")
    approval_ref = data.approval_ref.strip().upper()
    if len(approval_ref) > 40:
        errors.add(
            "approval_ref", "La référence d'entente est trop longue (au plus 40 caractères)."
        )
    typed_payee = v.text(
        errors, data.payee_name, "payee_name", "Le bénéficiaire", required=False, max_length=160
    )
    notes = v.text(errors, data.notes, "notes", "Les observations", required=False, max_length=1000)
    if (
        data.next_action_date is not None
        and data.reception_date is not None
        and data.next_action_date < data.reception_date
    ):
        errors.add("next_action_date", "La prochaine action ne peut pas précéder la réception.")
    with ctx.write() as session:
        person = session.get(InsuredPerson, data.person_id) if data.person_id else None
        policy = person.policy if person else None
        if person is None or policy is None:
            errors.add("person_id", "Choisissez la personne soignée (matricule, nom ou police).")
        elif policy.status is PolicyStatus.DRAFT:
            errors.add(
                "person_id", "Cette personne appartient à une police qui n'est pas encore émise."
            )
        provider = session.get(Provider, data.provider_id) if data.provider_id else None
        if data.provider_id and provider is None:
            errors.add("provider_id", "Prestataire introuvable.")
        mode = data.mode or (
            policy.management_system if policy else ManagementSystem.DIRECT_BILLING
        )
        if mode is ManagementSystem.DIRECT_BILLING and provider is None and not data.provider_id:
            errors.add("provider_id", "En tiers payant, choisissez le prestataire à régler.")
        administrator_id = data.administrator_id or (policy.administrator_id if policy else None)
        if data.administrator_id and session.get(Administrator, data.administrator_id) is None:
            errors.add("administrator_id", "Gestionnaire introuvable.")
        errors.raise_if_any()
        assert person is not None and policy is not None and data.reception_date is not None
        assert data.condition is not None and data.amount_claimed is not None
        year = data.reception_date.year
        claim = Claim(
            number=format_claim_number(year, next_number(session, claim_sequence(year))),
            reception_date=data.reception_date,
            administrator_id=administrator_id,
            person_id=person.id,
            policy_id=policy.id,
            condition=data.condition,
            provider_id=provider.id if provider else None,
            mode=mode,
            payee_name=_payee(session, person, mode, provider, typed_payee),
            amount_claimed=data.amount_claimed,
            documents=json.dumps({k: bool(data.documents.get(k, False)) for k in DOCUMENTS}),
            approval_ref=approval_ref,
            next_action_date=data.next_action_date,
            status=ClaimState.RECEIVED,
            notes=notes,
            received_by=actor.code,
            received_at=ctx.now(),
        )
        session.add(claim)
        session.flush()
        record_event(
            session,
            claim.id,
            "received",
            f"Dossier {claim.number} reçu le "
            f"{data.reception_date:%d/%m/%Y} ({mode.label.lower()}).",
            actor,
            ctx.now(),
        )
        return ClaimReceipt(
            claim.id, claim.number, Changes.of("claims", claim.id) | Changes.of("claim_events")
        )


def close_claim(ctx: ServiceContext, claim_id: int, reason: str) -> Changes:
    """Close a file without payment (refused, withdrawn, nothing payable), with a reason."""
    actor = ctx.require(Permission.EDIT_CLAIMS)
    with ctx.write() as session:
        claim = load_claim(session, claim_id, lock=True)
        record = move_claim(session, claim, "close", actor, ctx.now(), reason)
        record_event(session, claim.id, "closed", record.reason, actor, ctx.now())
        return Changes.of("claims", claim.id) | Changes.of("claim_events")


def reopen_claim(ctx: ServiceContext, claim_id: int, reason: str) -> Changes:
    """Back to « Reçu » to redo the décompte (before ordering), or a closed file reopened."""
    actor = ctx.require(Permission.EDIT_CLAIMS)
    with ctx.write() as session:
        claim = load_claim(session, claim_id, lock=True)
        name = "reopen_closed" if claim.status is ClaimState.CLOSED else "reopen"
        record = move_claim(session, claim, name, actor, ctx.now(), reason)
        record_event(session, claim.id, "reopened", record.reason, actor, ctx.now())
        return Changes.of("claims", claim.id) | Changes.of("claim_events")
