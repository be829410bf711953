"""The office itself: one row (domain.md §1)."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.persistence.base import Audited, Base, Timestamped


class Company(Audited, Timestamped, Base):
    __tablename__ = "company"
    __audit_exclude__ = frozenset({"logo"})

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    licence_number: Mapped[str] = mapped_column(String(60), default="")
    tax_id: Mapped[str] = mapped_column(String(60), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
