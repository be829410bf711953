"""Renewing one policy (« Renouveler », domain.md §8, §9): the plan shown before, then the
renewal in one unit of work, or nothing. The computation is ``renewal_plan``; the writing,
shared with the batch, is ``renewal_write``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop_app.domain.errors import Conflict, NotFound
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import Policy
from desktop_app.services.context import ServiceContext
from desktop_app.services.issued_documents import company_snapshot
from desktop_app.services.locking import get_locked
from desktop_app.services.production import pricing
from desktop_app.services.production.renewal_plan import (
    CarriedPerson,
    LeavingPerson,
    Prices,
    RenewalDone,
    RenewalPlan,
    check_year,
    loss_ratios,
    person_rows,
    plan_renewal,
    renewed_policies,
)
from desktop_app.services.production.renewal_write import write_renewals

__all__ = [
    "CarriedPerson",
    "LeavingPerson",
    "RenewalDone",
    "RenewalPlan",
    "preview_renewal",
    "renew_policy",
]


def _check_rate(ctx: ServiceContext, rate: Decimal | None, reason: str) -> None:
    if rate is not None or reason.strip():
        ctx.require(Permission.ADJUST_RENEWAL)


def _plan(
    session: Session, policy: Policy, year: int, rate: Decimal | None, reason: str
) -> RenewalPlan:
    check_year(year)
    return plan_renewal(
        policy,
        person_rows(session, [policy.id], date(year, 1, 1))[policy.id],
        year,
        prices=Prices(pricing.load_tariff(session)),
        table=pricing.load_adjustment(session),
        loss_ratio=loss_ratios(session, year - 1, policy.id)[policy.id],
        renewed=policy.id in renewed_policies(session, [policy.id], year),
        rate=rate,
        reason=reason,
    )


def preview_renewal(
    ctx: ServiceContext,
    policy_id: int,
    year: int | None = None,
    rate: Decimal | None = None,
    reason: str = "",
) -> RenewalPlan:
    """What renewing the policy would do (``year``: by default the one after its expiry)."""
    ctx.require(Permission.EDIT_PRODUCTION)
    _check_rate(ctx, rate, reason)
    with ctx.read() as session:
        policy = session.get(Policy, policy_id)
        if policy is None:
            raise NotFound("Police introuvable.")
        return _plan(session, policy, year or policy.expiry_date.year + 1, rate, reason)


def renew_policy(
    ctx: ServiceContext,
    policy_id: int,
    year: int,
    rate: Decimal | None = None,
    reason: str = "",
) -> RenewalDone:
    """Renew one policy for ``year`` (§8): all of it in one unit of work, or nothing.
    ``rate``: another change than the clause's, with its ``reason`` (right required)."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    _check_rate(ctx, rate, reason)
    with ctx.write() as session:
        policy = get_locked(session, Policy, policy_id, "Police introuvable.")
        plan = _plan(session, policy, year, rate, reason)
        if plan.refusal:
            raise Conflict(plan.refusal)
        (done,) = write_renewals(
            session, actor, [(policy, plan)], ctx.now(), company_snapshot(session)
        )
        return done
