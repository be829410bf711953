"""The health policy (domain.md §2). Its category is derived from its members, never stored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.domain.kinds import (
    CareNetwork,
    Coinsurance,
    ManagementSystem,
    PaymentTerms,
    PolicyStatus,
)
from desktop_app.persistence.base import Audited, Base, Timestamped
from desktop_app.persistence.models._enum import enum_column
from desktop_app.persistence.models.parties import Administrator, Intermediary, Subscriber
from desktop_app.persistence.types import Rate, key_string


class Policy(Audited, Timestamped, Base):
    __tablename__ = "policies"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Given when the policy is issued, from the numbering mechanism; a draft has none.
    number: Mapped[str | None] = mapped_column(key_string(30), unique=True)
    administrator_ref: Mapped[str] = mapped_column(key_string(40), default="", index=True)
    status: Mapped[PolicyStatus] = mapped_column(
        enum_column(PolicyStatus), default=PolicyStatus.DRAFT
    )

    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id"), index=True)
    intermediary_id: Mapped[int | None] = mapped_column(ForeignKey("intermediaries.id"), index=True)
    administrator_id: Mapped[int | None] = mapped_column(
        ForeignKey("administrators.id"), index=True
    )

    issue_date: Mapped[date | None] = mapped_column(Date)
    effective_date: Mapped[date] = mapped_column(Date)
    expiry_date: Mapped[date] = mapped_column(Date, index=True)  # the renewal calendar

    tacit_renewal: Mapped[bool] = mapped_column(Boolean, default=True)
    payment_terms: Mapped[PaymentTerms] = mapped_column(
        enum_column(PaymentTerms), default=PaymentTerms.CASH
    )
    coinsurance: Mapped[Coinsurance] = mapped_column(
        enum_column(Coinsurance), default=Coinsurance.NONE
    )
    coinsurance_share: Mapped[Decimal | None] = mapped_column(Rate)
    cancellation_notice_days: Mapped[int] = mapped_column(Integer, default=60)

    management_system: Mapped[ManagementSystem] = mapped_column(
        enum_column(ManagementSystem), default=ManagementSystem.DIRECT_BILLING
    )
    care_network: Mapped[CareNetwork] = mapped_column(
        enum_column(CareNetwork), default=CareNetwork.ALL
    )
    commission_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    management_fee_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    overall_annual_ceiling: Mapped[int | None] = mapped_column(Integer)
    # Terms: a person removed during the year gets the unused days back (§8 « retrait »).
    refund_unused_days: Mapped[bool] = mapped_column(Boolean, default=True)
    # After a résiliation (§8): the first day no longer covered.
    end_date: Mapped[date | None] = mapped_column(Date)

    subscriber: Mapped[Subscriber] = relationship()
    intermediary: Mapped[Intermediary | None] = relationship()
    administrator: Mapped[Administrator | None] = relationship()
