"""Insured persons: members (assurés principaux) and their dependents (domain.md §3).

One table, two mapped classes. Each person carries their own guarantees; a dependent's
are proposed from their member's but never forced.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.domain.kinds import CoverState, Gender, Relationship
from desktop_app.persistence.base import Audited, Base, Timestamped
from desktop_app.persistence.models._enum import enum_column
from desktop_app.persistence.models.policy import Policy
from desktop_app.persistence.types import Rate, key_string


class InsuredPerson(Audited, Timestamped, Base):
    __tablename__ = "insured_persons"
    __table_args__ = (
        Index("ix_insured_persons_last_first", "last_name_key", "first_names_key", "id"),
        Index("ix_insured_persons_first_last", "first_names_key", "last_name_key", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "member" or "dependent"
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("insured_persons.id"), index=True)
    relationship_: Mapped[Relationship] = mapped_column(
        "relationship", enum_column(Relationship), default=Relationship.SELF
    )

    matricule: Mapped[str] = mapped_column(key_string(30), unique=True)
    last_name: Mapped[str] = mapped_column(String(80))
    first_names: Mapped[str] = mapped_column(String(120))
    # Indexed together (see __table_args__): a name search walks one index in name order
    # and stops at the limit instead of sorting every match.
    last_name_key: Mapped[str] = mapped_column(key_string(80))
    first_names_key: Mapped[str] = mapped_column(key_string(120))
    birth_date: Mapped[date] = mapped_column(Date)
    birth_place: Mapped[str] = mapped_column(String(80), default="")
    gender: Mapped[Gender] = mapped_column(enum_column(Gender, 1))
    cmu_number: Mapped[str] = mapped_column(String(13), default="")

    entry_date: Mapped[date] = mapped_column(Date)
    exit_date: Mapped[date | None] = mapped_column(Date)
    cover_state: Mapped[CoverState] = mapped_column(
        enum_column(CoverState), default=CoverState.COVERED
    )

    coverage_rate: Mapped[int] = mapped_column(Integer)  # percent: 100, 90, 80, 70 or 60
    zone: Mapped[int] = mapped_column(Integer)
    annual_ceiling: Mapped[int] = mapped_column(Integer)
    annual_net_premium: Mapped[int] = mapped_column(Integer)
    medical_surcharge_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    surcharge_reason: Mapped[str] = mapped_column(Text, default="")
    exclusions: Mapped[str] = mapped_column(Text, default="")
    # The tariff's premium when the person was priced; annual_net_premium is the one
    # applied (typed by hand if it differs, domain.md §4: the difference is flagged).
    computed_annual_premium: Mapped[int | None] = mapped_column(Integer)
    age_override_reason: Mapped[str] = mapped_column(Text, default="")
    age_override_by: Mapped[str] = mapped_column(String(30), default="")

    policy: Mapped[Policy] = relationship()

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_abstract": True}

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_names}".strip()


class Member(InsuredPerson):
    __mapper_args__ = {"polymorphic_identity": "member"}

    dependents: Mapped[list[Dependent]] = relationship(
        back_populates="member", foreign_keys="Dependent.member_id"
    )


class Dependent(InsuredPerson):
    __mapper_args__ = {"polymorphic_identity": "dependent"}

    member: Mapped[Member] = relationship(
        back_populates="dependents",
        remote_side="InsuredPerson.id",
        foreign_keys="Dependent.member_id",
    )


class PersonPhoto(Base):
    """Kept apart so lists of persons never load images."""

    __tablename__ = "person_photos"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("insured_persons.id", ondelete="CASCADE"), primary_key=True
    )
    mime_type: Mapped[str] = mapped_column(String(30), default="image/png")
    data: Mapped[bytes] = mapped_column(LargeBinary)
