"""Quittances and the follow-up of a policy's documents (domain.md §2, §5).

``net + fees + taxes == total`` is checked by the database too: the DELASS bug
(100 000 + 20 000 + 5 000 printed as 120 000) cannot be stored.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.domain.quittance_workflow import QuittanceKind, QuittanceState
from desktop_app.persistence.base import Audited, Base
from desktop_app.persistence.models._enum import enum_column
from desktop_app.persistence.types import Rate, key_string


class Quittance(Audited, Base):
    """A quittance as issued: its amounts, dates and parties never change (the database
    refuses it); only its state moves, along its workflow (domain.quittance_workflow)."""

    __tablename__ = "quittances"
    __table_args__ = (CheckConstraint("net + fees + taxes = total", name="identity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(key_string(30), unique=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    kind: Mapped[QuittanceKind] = mapped_column(enum_column(QuittanceKind, check="kind"))
    act_label: Mapped[str] = mapped_column(String(60))
    status: Mapped[QuittanceState] = mapped_column(
        enum_column(QuittanceState, check="status"), default=QuittanceState.ISSUED, index=True
    )
    issue_date: Mapped[date] = mapped_column(Date, index=True)
    due_date: Mapped[date] = mapped_column(Date)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)  # last day covered
    net: Mapped[int] = mapped_column(Integer)
    fees: Mapped[int] = mapped_column(Integer)
    taxes: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    tax_rate: Mapped[Decimal] = mapped_column(Rate)
    commission_rate: Mapped[Decimal] = mapped_column(Rate)
    commission: Mapped[int] = mapped_column(Integer)
    management_fee_rate: Mapped[Decimal] = mapped_column(Rate)
    management_fee: Mapped[int] = mapped_column(Integer)
    cancels_id: Mapped[int | None] = mapped_column(ForeignKey("quittances.id"))
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    issued_by: Mapped[str] = mapped_column(String(30))
    # The parties as they were when the quittance was issued (architecture.md rule 5): the
    # production statement of a closed period reads them here, never from the live rows.
    policy_number: Mapped[str] = mapped_column(String(30), default="")
    administrator_ref: Mapped[str] = mapped_column(String(40), default="")
    subscriber_name: Mapped[str] = mapped_column(String(160), default="")
    intermediary_id: Mapped[int | None] = mapped_column(ForeignKey("intermediaries.id"), index=True)
    intermediary_code: Mapped[str] = mapped_column(String(20), default="")
    intermediary_name: Mapped[str] = mapped_column(String(120), default="")
    administrator_id: Mapped[int | None] = mapped_column(
        ForeignKey("administrators.id"), index=True
    )
    administrator_name: Mapped[str] = mapped_column(String(120), default="")


class QuittanceLine(Base):
    """The premium of one person on a quittance: annual premium × prorata."""

    __tablename__ = "quittance_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    quittance_id: Mapped[int] = mapped_column(
        ForeignKey("quittances.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("insured_persons.id"), index=True)
    annual_premium: Mapped[int] = mapped_column(Integer)
    start: Mapped[date] = mapped_column(Date)
    stop: Mapped[date] = mapped_column(Date)  # first day not covered
    days: Mapped[int] = mapped_column(Integer)
    prorated: Mapped[int] = mapped_column(Integer)  # display; the quittance's net is rounded once


class PolicyTracking(Audited, Base):
    """Follow-up of documents received and sent (domain.md §2, table c)."""

    __tablename__ = "policy_tracking"

    policy_id: Mapped[int] = mapped_column(
        ForeignKey("policies.id", ondelete="CASCADE"), primary_key=True
    )
    contract_received_on: Mapped[date | None] = mapped_column(Date)
    entered_on: Mapped[date | None] = mapped_column(Date)
    entered_by: Mapped[str] = mapped_column(String(30), default="")
    payment_amount: Mapped[int | None] = mapped_column(Integer)
    payment_type: Mapped[str] = mapped_column(String(20), default="")
    sent_to_subscriber_on: Mapped[date | None] = mapped_column(Date)
    signed_copy_returned_on: Mapped[date | None] = mapped_column(Date)
