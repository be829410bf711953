"""Premium collection (domain.md §11): payments, their allocations to quittances, the
cashiers' days, and the recovery letters sent.

A payment is never edited nor deleted: a bounced cheque is reversed (its state moves, and
each allocation gets its exact counter-allocation). Allocations are frozen rows (the
database refuses their update and deletion): what a quittance collected is always the sum
of its allocation rows.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.domain.collection import (
    CashDayState,
    CollectionMode,
    MobileOperator,
    PayerKind,
    PaymentState,
)
from desktop_app.persistence.base import Audited, Base
from desktop_app.persistence.models._enum import enum_column
from desktop_app.persistence.types import key_string


class CashDay(Audited, Base):
    """A cashier's day (brouillard de caisse): open, closed by the cashier, checked by a
    second user. Nothing is dated in a day once it is closed."""

    __tablename__ = "cash_days"
    __table_args__ = (UniqueConstraint("cashier_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    cashier_code: Mapped[str] = mapped_column(String(30))
    day: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[CashDayState] = mapped_column(
        enum_column(CashDayState, check="status"), default=CashDayState.OPEN
    )
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    checked_by_code: Mapped[str] = mapped_column(String(30), default="")


class PremiumPayment(Audited, Base):
    """Money received from a subscriber or an intermediary (encaissement), numbered by its
    receipt (reçu d'encaissement)."""

    __tablename__ = "premium_payments"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount"),
        CheckConstraint(
            "(payer_kind = 'subscriber' AND subscriber_id IS NOT NULL) OR "
            "(payer_kind = 'intermediary' AND intermediary_id IS NOT NULL)",
            name="payer",
        ),
        UniqueConstraint("operator", "transaction_id"),
        Index("ix_premium_payments_subscriber", "subscriber_id", "payment_date"),
        Index("ix_premium_payments_intermediary", "intermediary_id", "payment_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(key_string(30), unique=True)
    payment_date: Mapped[date] = mapped_column(Date, index=True)
    payer_kind: Mapped[PayerKind] = mapped_column(enum_column(PayerKind, check="payer_kind"))
    subscriber_id: Mapped[int | None] = mapped_column(ForeignKey("subscribers.id"))
    intermediary_id: Mapped[int | None] = mapped_column(ForeignKey("intermediaries.id"))
    payer_name: Mapped[str] = mapped_column(String(160))
    mode: Mapped[CollectionMode] = mapped_column(enum_column(CollectionMode, check="mode"))
    amount: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(80), default="")
    bank: Mapped[str] = mapped_column(String(80), default="")
    cheque_number: Mapped[str] = mapped_column(String(40), default="")
    drawer: Mapped[str] = mapped_column(String(120), default="")
    cheque_to_insurer: Mapped[bool] = mapped_column(Boolean, default=True)
    bill_due_date: Mapped[date | None] = mapped_column(Date)
    operator: Mapped[MobileOperator | None] = mapped_column(
        enum_column(MobileOperator, check="operator")
    )
    transaction_id: Mapped[str | None] = mapped_column(String(60))
    flag: Mapped[str] = mapped_column(Text, default="")  # art. 541 warning, "" when none
    status: Mapped[PaymentState] = mapped_column(
        enum_column(PaymentState, check="status"), default=PaymentState.RECEIVED
    )
    cash_day_id: Mapped[int] = mapped_column(ForeignKey("cash_days.id"), index=True)
    received_by: Mapped[str] = mapped_column(String(30))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    reversed_on: Mapped[date | None] = mapped_column(Date)
    reversal_reason: Mapped[str] = mapped_column(Text, default="")
    reversal_day_id: Mapped[int | None] = mapped_column(ForeignKey("cash_days.id"), index=True)


class PremiumAllocation(Audited, Base):
    """Part of a payment put on a quittance (positive), or the exact counter-entry of one
    when the payment is reversed (negative). Never updated, never deleted."""

    __tablename__ = "premium_allocations"
    __table_args__ = (CheckConstraint("amount <> 0", name="amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("premium_payments.id"), index=True)
    quittance_id: Mapped[int] = mapped_column(ForeignKey("quittances.id"), index=True)
    amount: Mapped[int] = mapped_column(Integer)
    on_date: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(DateTime)
    by_code: Mapped[str] = mapped_column(String(30))
    reversal: Mapped[bool] = mapped_column(Boolean, default=False)


class ReminderLetter(Audited, Base):
    """A recovery letter generated for a quittance at one step (5, 15 or 45 days): never
    twice for the same step."""

    __tablename__ = "reminder_letters"
    __table_args__ = (UniqueConstraint("quittance_id", "step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quittance_id: Mapped[int] = mapped_column(ForeignKey("quittances.id"), index=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    step: Mapped[int] = mapped_column(Integer)
    balance: Mapped[int] = mapped_column(Integer)
    generated_on: Mapped[date] = mapped_column(Date)
    generated_by: Mapped[str] = mapped_column(String(30))


class QuittanceInstalment(Audited, Base):
    """One dated instalment of a quittance paid by an instalment plan (échéancier, §2):
    the instalments add up to the quittance's TTC, the last one no later than expiry."""

    __tablename__ = "quittance_instalments"
    __table_args__ = (
        UniqueConstraint("quittance_id", "seq"),
        CheckConstraint("amount > 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quittance_id: Mapped[int] = mapped_column(ForeignKey("quittances.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)
