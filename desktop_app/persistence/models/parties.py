"""Intermediaries, administrators, providers and subscribers (domain.md §1)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.domain.kinds import IntermediaryKind, ProviderKind, SubscriberKind
from desktop_app.persistence.base import Audited, Base, Timestamped
from desktop_app.persistence.models._enum import enum_column
from desktop_app.persistence.types import Rate, key_string


class Intermediary(Audited, Timestamped, Base):
    __tablename__ = "intermediaries"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[IntermediaryKind] = mapped_column(enum_column(IntermediaryKind))
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    commission_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Administrator(Audited, Timestamped, Base):
    """A third-party administrator (gestionnaire) running claims and cards."""

    __tablename__ = "administrators"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    movements_email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    management_fee_rate: Mapped[Decimal] = mapped_column(Rate, default=Decimal(0))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Provider(Audited, Timestamped, Base):
    __tablename__ = "providers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[ProviderKind] = mapped_column(enum_column(ProviderKind))
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    in_network: Mapped[bool] = mapped_column(Boolean, default=True)
    city: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Subscriber(Audited, Timestamped, Base):
    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SubscriberKind] = mapped_column(enum_column(SubscriberKind))
    name: Mapped[str] = mapped_column(String(160))
    name_key: Mapped[str] = mapped_column(key_string(160), index=True)
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone2: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    tax_id: Mapped[str] = mapped_column(String(60), default="")
    contact_person: Mapped[str] = mapped_column(String(120), default="")
