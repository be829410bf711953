"""Instalment plans (échéancier, domain.md §2 and §11; issue 9): a quittance split into
dated instalments adding up to its TTC, the last no later than expiry; each instalment is
due and aged on its own in the arrears. A plan may be replaced while the quittance is not
paid (the audit trail keeps every version)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.collection import Instalment, check_instalment_plan
from desktop_app.domain.errors import Collector, Conflict
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import Policy, Quittance, QuittanceInstalment
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.finance.common import OPEN_STATES
from desktop_app.services.locking import get_locked


def plans(session: Session, quittance_ids: Sequence[int]) -> dict[int, list[Instalment]]:
    """The instalment plans of these quittances (those that have one), in order."""
    if not quittance_ids:
        return {}
    i = QuittanceInstalment
    out: dict[int, list[Instalment]] = {}
    for row in session.scalars(
        select(i)
        .where(i.quittance_id.in_(sorted(set(quittance_ids))))
        .order_by(i.quittance_id, i.seq)
    ):
        out.setdefault(row.quittance_id, []).append(Instalment(row.due_date, row.amount))
    return out


def instalment_plan(ctx: ServiceContext, quittance_id: int) -> list[Instalment]:
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        return plans(session, [quittance_id]).get(quittance_id, [])


def set_instalment_plan(
    ctx: ServiceContext, quittance_id: int, instalments: Sequence[Instalment]
) -> Changes:
    ctx.require(Permission.EDIT_FINANCE)
    with ctx.write() as session:
        quittance = get_locked(session, Quittance, quittance_id, "Quittance introuvable.")
        if quittance.status not in OPEN_STATES or quittance.total <= 0:
            raise Conflict(
                f"La quittance {quittance.number} n'a plus rien à payer : pas d'échéancier."
            )
        policy = session.get(Policy, quittance.policy_id)
        expiry = policy.expiry_date if policy is not None else quittance.period_end
        errors = Collector()
        check_instalment_plan(
            quittance.total,
            quittance.issue_date,
            min(expiry, quittance.period_end),
            instalments,
            errors,
        )
        errors.raise_if_any()
        for old in session.scalars(
            select(QuittanceInstalment).where(QuittanceInstalment.quittance_id == quittance_id)
        ):
            session.delete(old)
        session.flush()
        for seq, item in enumerate(instalments, start=1):
            session.add(
                QuittanceInstalment(
                    quittance_id=quittance_id, seq=seq, due_date=item.due_date, amount=item.amount
                )
            )
        return Changes.of("quittance_instalments") | Changes.of("quittances", quittance_id)
