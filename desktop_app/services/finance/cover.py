"""Cover and payment (domain.md §2, §11; CIMA art. 13): a policy's cover starts only once
the share of its premium the settings require (100 % by default) is collected. Until then
printing cards or an attestation needs the right « imprimer avant l'encaissement » and a
reason (each such print is in the audit trail), and a décompte for care before that day
carries a warning."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop_app.domain.collection import cover_reached_on, cover_required
from desktop_app.domain.errors import FieldError, PermissionDenied
from desktop_app.domain.money import format_fcfa
from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import AuditEntry, PremiumAllocation, Quittance
from desktop_app.services.context import ServiceContext
from desktop_app.services.finance.arrears import _read_settings


@dataclass(frozen=True)
class CoverStatus:
    share_percent: int
    premium: int  # TTC of the policy year's quittances
    required: int
    collected: int
    reached_on: date | None

    @property
    def reached(self) -> bool:
        return self.reached_on is not None


def _status(session: Session, policy_id: int, on: date) -> CoverStatus:
    share = _read_settings(session).cover_share_percent
    q = Quittance
    quittances = list(
        session.execute(
            select(q.id, q.total).where(
                q.policy_id == policy_id,
                # The quittance that starts the year's cover (art. 13); an endorsement's or
                # a duplicate fee's is followed in the arrears, it does not hold the cards.
                q.kind.in_([QuittanceKind.NEW_BUSINESS, QuittanceKind.RENEWAL]),
                q.total > 0,
                q.status != QuittanceState.CANCELLED,
                q.period_start <= on,
                q.period_end >= on,
            )
        )
    )
    premium = sum(int(t) for _, t in quittances)
    required = cover_required(premium, share)
    a = PremiumAllocation
    movements = [
        (d, int(amount))
        for d, amount in session.execute(
            select(a.on_date, a.amount).where(a.quittance_id.in_([i for i, _ in quittances]))
        )
    ]
    collected = sum(amount for _, amount in movements)
    reached = cover_reached_on(required, movements) if premium else date.min
    return CoverStatus(share, premium, required, collected, reached)


def cover_status(ctx: ServiceContext, policy_id: int, on: date | None = None) -> CoverStatus:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        return _status(session, policy_id, on or ctx.today())


def care_warnings(session: Session, policy_id: int, care_dates: Iterable[date]) -> list[str]:
    """The art. 13 warning of a décompte, once per policy year, for care dated before the
    day the required share of the premium was collected (or while it is not)."""
    out: list[str] = []
    seen: set[tuple[int, int]] = set()
    for care in sorted(set(care_dates)):
        status = _status(session, policy_id, care)
        if status.premium == 0 or (status.reached_on is not None and care >= status.reached_on):
            continue
        if (policy_id, care.year) in seen:
            continue
        seen.add((policy_id, care.year))
        out.append(
            f"Soins du {care.strftime('%d/%m/%Y')} antérieurs à l'encaissement de la prime "
            f"exigée avant la prise d'effet de la garantie (art. 13 du code CIMA : "
            f"{status.share_percent} %, soit {format_fcfa(status.required)} ; encaissé à ce "
            f"jour : {format_fcfa(status.collected)})."
        )
    return out


def check_print_before_payment(
    ctx: ServiceContext, policy_id: int, what: str, reason: str = ""
) -> CoverStatus:
    """Before printing cards or an attestation (``what``): when the required share is not
    collected, only a user with the right, giving a reason, may print; the exception is
    written to the audit trail. Returns the status (reached or not)."""
    actor = ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:  # the usual case reads only: no write lock to print cards
        status = _status(session, policy_id, ctx.today())
    if status.reached:
        return status
    with ctx.write() as session:
        message = (
            f"La prime exigée avant la prise d'effet de la garantie n'est pas encaissée "
            f"(art. 13 du code CIMA : {status.share_percent} %, soit "
            f"{format_fcfa(status.required)} ; encaissé : {format_fcfa(status.collected)})."
        )
        if not ctx.current_actor().can(Permission.PRINT_BEFORE_PAYMENT):
            raise PermissionDenied(
                message + f" Imprimer {what} avant l'encaissement demande un droit que vous "
                "n'avez pas."
            )
        cleaned = " ".join(reason.split())
        if not cleaned:
            raise FieldError("reason", message + " Indiquez le motif de l'impression.")
        session.execute(
            insert(AuditEntry).values(
                at=ctx.now(),
                user_id=actor.user_id,
                user_code=actor.code,
                action="override",
                table_name="policies",
                record_id=str(policy_id),
                before=None,
                after=json.dumps(
                    {
                        "print_before_payment": what,
                        "reason": cleaned,
                        "required": status.required,
                        "collected": status.collected,
                    },
                    ensure_ascii=False,
                ),
            )
        )
        return status
