"""Endorsements and the dated history they write (domain.md §8): the numbered endorsement
of a policy, its movements, each person's guarantees over time (``person_terms``) and the
suspension periods (``cover_suspensions``). Claims read the guarantees in force on the
date of care from these rows."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
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

from desktop_app.domain.endorsements import EndorsementKind, MovementKind
from desktop_app.persistence.base import Audited, Base
from desktop_app.persistence.models._enum import enum_column
from desktop_app.persistence.types import Rate


class Endorsement(Audited, Base):
    """An endorsement (avenant) as validated: numbered 1, 2, 3… per policy, never skipped
    (the database refuses two of the same number); with the request it answers (follow-up
    table b of §8) and the quittance it made, if any."""

    __tablename__ = "endorsements"
    __table_args__ = (UniqueConstraint("policy_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[EndorsementKind] = mapped_column(enum_column(EndorsementKind, check="kind"))
    effective_date: Mapped[date] = mapped_column(Date)  # the earliest movement's date
    quittance_id: Mapped[int | None] = mapped_column(ForeignKey("quittances.id"))
    refund: Mapped[bool] = mapped_column(Boolean, default=True)
    letter_date: Mapped[date | None] = mapped_column(Date)  # the subscriber's letter
    received_on: Mapped[date | None] = mapped_column(Date)
    sent_to_administrator_on: Mapped[date | None] = mapped_column(Date)
    administrator_confirmed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    issued_by: Mapped[str] = mapped_column(String(30))
    issued_at: Mapped[datetime] = mapped_column(DateTime)


class EndorsementMovement(Base):
    """One movement of an endorsement: who, what, from when, and the premium it moved.
    Written once with its endorsement (the audit trail has the endorsement)."""

    __tablename__ = "endorsement_movements"
    __table_args__ = (UniqueConstraint("endorsement_id", "line_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    endorsement_id: Mapped[int] = mapped_column(ForeignKey("endorsements.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    kind: Mapped[MovementKind] = mapped_column(enum_column(MovementKind, check="kind"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("insured_persons.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    annual_before: Mapped[int] = mapped_column(Integer, default=0)
    annual_after: Mapped[int] = mapped_column(Integer, default=0)
    days: Mapped[int] = mapped_column(Integer, default=0)  # prorated days billed (0: none)
    prorated: Mapped[int] = mapped_column(Integer, default=0)  # display; the net is rounded once
    description: Mapped[str] = mapped_column(Text, default="")  # as printed on the endorsement


class PersonTerm(Base):
    """A person's guarantees over a span of days (§3, §8): from ``start`` (first day
    covered) to ``stop`` (first day no longer covered; None: open). Issue writes the first
    term; an endorsement closes one and opens the next; claims read the term in force on
    the date of care."""

    __tablename__ = "person_terms"
    __table_args__ = (
        Index("ix_person_terms_person", "person_id", "start"),
        CheckConstraint("stop IS NULL OR stop > start", name="span"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("insured_persons.id"))
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    start: Mapped[date] = mapped_column(Date)
    stop: Mapped[date | None] = mapped_column(Date)
    coverage_rate: Mapped[int] = mapped_column(Integer)
    zone: Mapped[int] = mapped_column(Integer)
    annual_ceiling: Mapped[int] = mapped_column(Integer)
    annual_net_premium: Mapped[int] = mapped_column(Integer)
    medical_surcharge_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    endorsement_id: Mapped[int | None] = mapped_column(ForeignKey("endorsements.id"))


class CoverSuspension(Base):
    """A suspension of the whole policy (``person_id`` None) or of one person, from
    ``start`` to ``stop`` (the first day covered again; None: until a reinstatement).
    No claim is payable for care inside it (§8)."""

    __tablename__ = "cover_suspensions"
    __table_args__ = (CheckConstraint("stop IS NULL OR stop > start", name="span"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("insured_persons.id"), index=True)
    start: Mapped[date] = mapped_column(Date)
    stop: Mapped[date | None] = mapped_column(Date)
    suspended_by_id: Mapped[int] = mapped_column(ForeignKey("endorsements.id"))
    reinstated_by_id: Mapped[int | None] = mapped_column(ForeignKey("endorsements.id"))


class PolicyYear(Base):
    """One policy year of a policy (§8, §9): its first, from the effective date, and each
    renewal's, 1 January – 31 December, with the loss ratio that set its premium (S paid and
    outstanding, P earned, the row of the clause, the change applied and, when it differs
    from the table's, who changed it and why). Written once: the database refuses two
    years of the same number for a policy and any change afterwards."""

    __tablename__ = "policy_years"
    __table_args__ = (UniqueConstraint("policy_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    start: Mapped[date] = mapped_column(Date)
    expiry: Mapped[date] = mapped_column(Date)  # 31 December, the last day of the year
    endorsement_id: Mapped[int | None] = mapped_column(ForeignKey("endorsements.id"))
    quittance_id: Mapped[int | None] = mapped_column(ForeignKey("quittances.id"))
    claims_paid: Mapped[int] = mapped_column(BigInteger, default=0)
    claims_outstanding: Mapped[int] = mapped_column(BigInteger, default=0)
    earned_premium: Mapped[int] = mapped_column(BigInteger, default=0)
    table_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    band_label: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    persons: Mapped[int] = mapped_column(Integer, default=0)  # carried into the year
    persons_left: Mapped[int] = mapped_column(Integer, default=0)  # left for age at renewal
    created_by: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(DateTime)
