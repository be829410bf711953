"""The cash desk (issue 9): each cashier's day (brouillard de caisse) with its totals by
mode, closed by the cashier and checked by a second user (four eyes, architecture.md rule
11); a closed day takes nothing more. The cheques of a day go to the bank on one remittance
slip (bordereau de remise en banque).

A day lists what was received on it (each payment as received, even if it was reversed
later) and the reversals dated on it (negative): a later impayé is a counter-entry in the
day it happens, so a closed day's totals never change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.documents.finance import RemittanceCheque, RemittanceSnapshot, render_remittance
from desktop_app.domain.collection import (
    CASH_DAY_WORKFLOW,
    COLLECTION_MODE_LABELS,
    CashDayState,
    CollectionMode,
)
from desktop_app.domain.errors import Conflict, PermissionDenied
from desktop_app.domain.roles import Permission
from desktop_app.persistence.models import CashDay, PremiumPayment
from desktop_app.services import workflow
from desktop_app.services.context import Changes, ServiceContext
from desktop_app.services.issued_documents import company_snapshot
from desktop_app.services.locking import get_locked

DAY_MISSING = "Journée de caisse introuvable."


@dataclass(frozen=True)
class DayLine:
    payment_id: int
    number: str
    payer_name: str
    mode: CollectionMode
    amount: int  # negative for a reversal dated this day
    detail: str
    reversal: bool


@dataclass(frozen=True)
class DaySummary:
    id: int
    day: date
    cashier: str
    status: CashDayState
    closed_at: datetime | None
    checked_by: str
    checked_at: datetime | None
    lines: tuple[DayLine, ...]

    @property
    def totals(self) -> dict[CollectionMode, int]:
        """Net total per mode, every mode listed (zeros included)."""
        sums = dict.fromkeys(CollectionMode, 0)
        for line in self.lines:
            sums[line.mode] += line.amount
        return sums

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)


def _lines(session: Session, day_id: int) -> tuple[DayLine, ...]:
    p = PremiumPayment
    rows = session.scalars(
        select(p).where(or_(p.cash_day_id == day_id, p.reversal_day_id == day_id)).order_by(p.id)
    )
    out: list[DayLine] = []
    for pay in rows:
        detail = pay.cheque_number or (pay.transaction_id or "") or pay.reference
        if pay.cash_day_id == day_id:
            out.append(
                DayLine(pay.id, pay.number, pay.payer_name, pay.mode, pay.amount, detail, False)
            )
        if pay.reversal_day_id == day_id:
            out.append(
                DayLine(pay.id, pay.number, pay.payer_name, pay.mode, -pay.amount, detail, True)
            )
    return tuple(out)


def _summary(session: Session, cash_day: CashDay) -> DaySummary:
    return DaySummary(
        cash_day.id,
        cash_day.day,
        cash_day.cashier_code,
        cash_day.status,
        cash_day.closed_at,
        cash_day.checked_by_code,
        cash_day.checked_at,
        _lines(session, cash_day.id),
    )


def day_summary(ctx: ServiceContext, day_id: int) -> DaySummary:
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        cash_day = session.get(CashDay, day_id)
        if cash_day is None:
            raise Conflict(DAY_MISSING)
        return _summary(session, cash_day)


def list_days(ctx: ServiceContext, limit: int = 200) -> list[DaySummary]:
    """The latest cash days of every cashier, newest first."""
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        days = session.scalars(
            select(CashDay).order_by(CashDay.day.desc(), CashDay.id.desc()).limit(limit)
        )
        return [_summary(session, d) for d in days]


def close_day(ctx: ServiceContext, day_id: int) -> Changes:
    """The cashier closes their own day: nothing more is dated in it."""
    actor = ctx.require(Permission.EDIT_FINANCE)
    with ctx.write() as session:
        cash_day = get_locked(session, CashDay, day_id, DAY_MISSING)
        if cash_day.cashier_id != actor.user_id:
            raise PermissionDenied("Seul le caissier de la journée peut la clôturer.")
        workflow.move(
            session,
            CASH_DAY_WORKFLOW,
            cash_day,
            "close",
            user_id=actor.user_id,
            user_code=actor.code,
            at=ctx.now(),
            granted=actor.permissions,
        )
        cash_day.closed_at = ctx.now()
        return Changes.of("cash_days", cash_day.id)


def check_day(ctx: ServiceContext, day_id: int) -> Changes:
    """A second user checks a closed day (four eyes): never the cashier of the day."""
    actor = ctx.require(Permission.EDIT_FINANCE)
    with ctx.write() as session:
        cash_day = get_locked(session, CashDay, day_id, DAY_MISSING)
        if cash_day.cashier_id == actor.user_id:
            raise PermissionDenied(
                "Un caissier ne contrôle pas sa propre journée : un second utilisateur doit "
                "la contrôler."
            )
        workflow.move(
            session,
            CASH_DAY_WORKFLOW,
            cash_day,
            "check",
            user_id=actor.user_id,
            user_code=actor.code,
            at=ctx.now(),
            granted=actor.permissions,
        )
        cash_day.checked_at = ctx.now()
        cash_day.checked_by_id = actor.user_id
        cash_day.checked_by_code = actor.code
        return Changes.of("cash_days", cash_day.id)


def remittance_snapshot(ctx: ServiceContext, day_id: int) -> RemittanceSnapshot:
    """The day's cheques as received (a cheque reversed later was still remitted)."""
    ctx.require(Permission.VIEW_FINANCE)
    with ctx.read() as session:
        cash_day = session.get(CashDay, day_id)
        if cash_day is None:
            raise Conflict(DAY_MISSING)
        p = PremiumPayment
        cheques = session.scalars(
            select(p).where(p.cash_day_id == day_id, p.mode == CollectionMode.CHEQUE).order_by(p.id)
        )
        return RemittanceSnapshot(
            company_snapshot(session),
            cash_day.day,
            cash_day.cashier_code,
            tuple(
                RemittanceCheque(c.number, c.bank, c.cheque_number, c.drawer, c.amount)
                for c in cheques
            ),
        )


def remittance_pdf(ctx: ServiceContext, day_id: int) -> bytes:
    return render_remittance(remittance_snapshot(ctx, day_id))


MODE_LABELS = COLLECTION_MODE_LABELS
