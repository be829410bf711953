"""Builders for the premium-collection tests: subscribers with policies and quittances of
chosen amounts (written as production issues them), cashiers signed in at a fixed date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.domain.roles import Role
from desktop_app.persistence.models import Policy, Quittance
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from tests.conftest import make_user
from tests.services.factories import draft_policy, reference_data

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 9, 30)


def at(ctx: ServiceContext, moment: datetime = NOW) -> ServiceContext:
    return replace(ctx, clock=lambda: moment)


@dataclass
class Office:
    admin: ServiceContext
    clerk: ServiceContext
    cashier: ServiceContext
    second: ServiceContext  # another cashier: closes their own day, checks the first's
    inter: int
    adm: int


def office(admin: ServiceContext, clerk: ServiceContext) -> Office:
    inter, adm = reference_data(admin)
    make_user(admin, "caisse1", Role.CASHIER)
    make_user(admin, "caisse2", Role.CASHIER)
    return Office(
        at(admin),
        at(clerk),
        at(users.login(admin, "caisse1", "motdepasse1")),
        at(users.login(admin, "caisse2", "motdepasse1")),
        inter,
        adm,
    )


_counter = {"n": 0}


def quittance(
    ctx: ServiceContext,
    policy_id: int,
    total: int,
    due: date,
    *,
    status: QuittanceState = QuittanceState.ISSUED,
) -> int:
    """A quittance of ``total`` TTC (net + fees + taxes == total) due on ``due``."""
    _counter["n"] += 1
    fees = 5_000
    taxes = (total - fees) * 8 // 108
    net = total - fees - taxes
    with ctx.write() as session:
        policy = session.get(Policy, policy_id)
        assert policy is not None
        if policy.number is None:
            policy.number = f"MAL-2026-{policy_id:06d}"
        q = Quittance(
            number=f"Q-2026-{_counter['n']:06d}-{policy_id}",
            policy_id=policy_id,
            kind=QuittanceKind.NEW_BUSINESS,
            act_label="Affaire nouvelle",
            status=status,
            issue_date=date(2026, 1, 1),
            due_date=due,
            period_start=date(2026, 1, 1),
            period_end=date(2026, 12, 31),
            net=net,
            fees=fees,
            taxes=taxes,
            total=total,
            tax_rate=Decimal("0.08"),
            commission_rate=Decimal("0.12"),
            commission=net * 12 // 100,
            management_fee_rate=Decimal("0.05"),
            management_fee=net * 5 // 100,
            cancel_reason="",
            issued_by="prod",
            policy_number=policy.number,
            subscriber_name="",
            intermediary_id=policy.intermediary_id,
            intermediary_name=policy.intermediary.name if policy.intermediary else "",
            administrator_id=policy.administrator_id,
        )
        session.add(q)
        session.flush()
        return q.id


def subscriber_of(ctx: ServiceContext, policy_id: int) -> int:
    with ctx.read() as session:
        policy = session.get(Policy, policy_id)
        assert policy is not None
        return policy.subscriber_id


def debtor(o: Office, name: str, *amounts_due: tuple[int, date]) -> tuple[int, int, list[int]]:
    """A subscriber with one policy and quittances (total, due date): (subscriber, policy,
    quittance ids)."""
    pid = draft_policy(o.clerk, o.inter, o.adm, date(2026, 1, 1), name=name)
    ids = [quittance(o.admin, pid, total, due) for total, due in amounts_due]
    return subscriber_of(o.admin, pid), pid, ids
