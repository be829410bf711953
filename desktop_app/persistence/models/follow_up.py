"""The follow-up tables of §14: the requests log (table b: an endorsement request from the
subscriber's letter to the endorsement that answers it) and what the clerk records on the
renewal calendar (ticked checklist items per touchpoint, the client's decision). The
calendar's dates are not stored: they follow from each policy's expiry."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
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

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.renewal_calendar import ClientDecision
from desktop_app.domain.request_workflow import RequestState
from desktop_app.persistence.base import Audited, Base
from desktop_app.persistence.models._enum import enum_column


class EndorsementRequest(Audited, Base):
    """One request of the requests log (§14 b). Its state moves along
    ``REQUEST_WORKFLOW``; the database refuses a state without the date that makes it."""

    __tablename__ = "endorsement_requests"
    __table_args__ = (
        Index("ix_endorsement_requests_status", "status", "received_on"),
        CheckConstraint(
            "status NOT IN ('sent', 'confirmed') OR sent_to_administrator_on IS NOT NULL",
            name="sent",
        ),
        CheckConstraint(
            "status <> 'confirmed' OR administrator_confirmed_on IS NOT NULL", name="confirmed"
        ),
        CheckConstraint("status <> 'processed' OR endorsement_id IS NOT NULL", name="processed"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    kind: Mapped[EndorsementKind] = mapped_column(enum_column(EndorsementKind))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("insured_persons.id"))
    letter_date: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date] = mapped_column(Date)
    sent_to_administrator_on: Mapped[date | None] = mapped_column(Date)
    administrator_confirmed_on: Mapped[date | None] = mapped_column(Date)
    new_matricule: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[RequestState] = mapped_column(
        enum_column(RequestState, check="status"), default=RequestState.RECEIVED
    )
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    endorsement_id: Mapped[int | None] = mapped_column(ForeignKey("endorsements.id"), unique=True)
    created_by: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RenewalTouchpoint(Audited, Base):
    """A touchpoint of a policy year the clerk worked on: the items ticked and, once all
    are, the day it was done. ``expiry`` names the policy year."""

    __tablename__ = "renewal_touchpoints"
    __table_args__ = (
        UniqueConstraint("policy_id", "expiry", "offset_days"),
        CheckConstraint("offset_days IN (120, 90, 60, 30, 14)", name="offset"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"))
    expiry: Mapped[date] = mapped_column(Date)
    offset_days: Mapped[int] = mapped_column(Integer)
    items: Mapped[str] = mapped_column(Text, default="")  # ticked item codes, comma separated
    done_on: Mapped[date | None] = mapped_column(Date)
    updated_by: Mapped[str] = mapped_column(String(30))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RenewalDecision(Audited, Base):
    """The client's decision for a policy year (§14) and the date of its written
    confirmation."""

    __tablename__ = "renewal_decisions"
    __table_args__ = (UniqueConstraint("policy_id", "expiry"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"))
    expiry: Mapped[date] = mapped_column(Date)
    decision: Mapped[ClientDecision] = mapped_column(enum_column(ClientDecision, check="decision"))
    decided_on: Mapped[date] = mapped_column(Date)
    written_confirmation_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(30))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
