"""Card requests (domain.md §15, §13 DLC): each member card asked for — at issue, by an
endorsement, at renewal, or as a duplicate of a lost card — with the day it was asked,
printed and delivered, to whom, and the card document it prints."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.domain.cards import CardReason, CardRequestState
from desktop_app.persistence.base import Audited, Base
from desktop_app.persistence.models._enum import enum_column


class CardRequest(Audited, Base):
    __tablename__ = "card_requests"
    __table_args__ = (
        CheckConstraint("printed_on IS NULL OR printed_on >= requested_on", name="printed"),
        CheckConstraint(
            "delivered_on IS NULL OR (printed_on IS NOT NULL AND delivered_on >= printed_on)",
            name="delivered",
        ),
        Index("ix_card_requests_state", "state", "requested_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("insured_persons.id"), index=True)
    reason: Mapped[CardReason] = mapped_column(enum_column(CardReason, check="reason"))
    endorsement_id: Mapped[int | None] = mapped_column(ForeignKey("endorsements.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("issued_documents.id"))
    quittance_id: Mapped[int | None] = mapped_column(ForeignKey("quittances.id"))  # a fee
    state: Mapped[CardRequestState] = mapped_column(
        enum_column(CardRequestState, check="state"), default=CardRequestState.TO_PRINT
    )
    requested_on: Mapped[date] = mapped_column(Date)
    printed_on: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    delivered_to: Mapped[str] = mapped_column(String(120), default="")
    requested_by: Mapped[str] = mapped_column(String(30))
