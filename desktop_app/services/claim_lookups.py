"""Small reads the claims screens need beside the use cases (domain.md §10.3, §10.4): who
may sign a payment order, how many payments the list holds, the period labels of a
payment date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desktop_app.domain.roles import Permission, permissions_of
from desktop_app.exports.decades import MONTHS, decade_label, decade_of
from desktop_app.persistence.models import ClaimPayment, User
from desktop_app.services.context import ServiceContext


@dataclass(frozen=True)
class SignatoryRow:
    user_id: int
    code: str
    full_name: str


def list_signatories(ctx: ServiceContext) -> list[SignatoryRow]:
    """Active users whose roles let them sign payment orders, by name."""
    ctx.require(Permission.VIEW_CLAIMS)
    with ctx.read() as session:
        users = session.scalars(
            select(User).where(User.active.is_(True)).order_by(User.full_name, User.code)
        )
        return [
            SignatoryRow(u.id, u.code, u.full_name)
            for u in users
            if Permission.SIGN_PAYMENT_ORDERS in permissions_of(u.role_set)
        ]


def count_payments(ctx: ServiceContext) -> int:
    """How many payments and counter-entries ``payment_orders.list_payments`` pages through."""
    ctx.require(Permission.VIEW_CLAIMS)
    with ctx.read() as session:
        return int(session.scalar(select(func.count(ClaimPayment.id))) or 0)


def payment_periods(day: date) -> tuple[str, str]:
    """The décade and the month of a payment date, as the accounting labels them:
    ``("3e décade de novembre 2026", "novembre 2026")``."""
    return decade_label(decade_of(day)), f"{MONTHS[day.month - 1]} {day.year}"
