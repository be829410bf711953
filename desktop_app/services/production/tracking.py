"""The follow-up of a policy's documents (domain.md §2, table c): contract received from
the administrator, entered, payment, sent to the subscriber, signed copy returned."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.errors import Collector, NotFound
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import Policy, PolicyTracking
from desktop_app.services import validation as v
from desktop_app.services.context import Changes, ServiceContext

PAYMENT_TYPES = ("", "Espèces", "Chèque", "Virement", "Traite")


@dataclass(frozen=True)
class TrackingData:
    contract_received_on: date | None = None
    entered_on: date | None = None
    entered_by: str = ""
    payment_amount: int | None = None
    payment_type: str = ""
    sent_to_subscriber_on: date | None = None
    signed_copy_returned_on: date | None = None


def get_tracking(ctx: ServiceContext, policy_id: int) -> TrackingData:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        t = session.get(PolicyTracking, policy_id)
        if t is None:
            return TrackingData()
        return TrackingData(
            t.contract_received_on,
            t.entered_on,
            t.entered_by,
            t.payment_amount,
            t.payment_type,
            t.sent_to_subscriber_on,
            t.signed_copy_returned_on,
        )


def save_tracking(ctx: ServiceContext, policy_id: int, data: TrackingData) -> Changes:
    """Follow-up dates may be filled in after issue: they record facts, not terms."""
    ctx.require(Permission.EDIT_PRODUCTION)
    today = ctx.today()
    errors = Collector()
    for field, value, label in (
        ("contract_received_on", data.contract_received_on, "La date de réception du contrat"),
        ("entered_on", data.entered_on, "La date de saisie"),
        ("sent_to_subscriber_on", data.sent_to_subscriber_on, "La date d'envoi au souscripteur"),
        (
            "signed_copy_returned_on",
            data.signed_copy_returned_on,
            "La date de retour de l'exemplaire signé",
        ),
    ):
        if value is not None and value > today:
            errors.add(field, f"{label} ne peut pas être dans le futur.")
    if (
        data.sent_to_subscriber_on
        and data.signed_copy_returned_on
        and data.signed_copy_returned_on < data.sent_to_subscriber_on
    ):
        errors.add(
            "signed_copy_returned_on",
            "L'exemplaire signé ne peut revenir avant d'avoir été envoyé.",
        )
    v.amount(
        errors,
        data.payment_amount,
        "payment_amount",
        "Le montant du paiement",
        required=False,
        allow_zero=False,
        maximum=10_000_000_000,
    )
    if data.payment_type not in PAYMENT_TYPES:
        errors.add("payment_type", "Type de paiement inconnu.")
    if data.payment_amount is not None and not data.payment_type:
        errors.add("payment_type", "Précisez le type de paiement.")
    errors.raise_if_any()
    with ctx.write() as session:
        if session.get(Policy, policy_id) is None:
            raise NotFound("Police introuvable.")
        row = session.get(PolicyTracking, policy_id) or PolicyTracking(policy_id=policy_id)
        row.contract_received_on, row.entered_on = data.contract_received_on, data.entered_on
        row.entered_by = data.entered_by[:30]
        row.payment_amount, row.payment_type = data.payment_amount, data.payment_type
        row.sent_to_subscriber_on, row.signed_copy_returned_on = (
            data.sent_to_subscriber_on,
            data.signed_copy_returned_on,
        )
        session.add(row)
        return Changes.of("policy_tracking", policy_id)
