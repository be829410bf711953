"""The audit trail: one row per insert, update or delete of a business record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.persistence.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_record", "table_name", "record_id"),
        Index("ix_audit_entries_at", "at"),
        # The journal filtered by table, newest first: walked in order, not sorted.
        Index("ix_audit_entries_table", "table_name", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    user_code: Mapped[str] = mapped_column(String(30))
    action: Mapped[str] = mapped_column(String(10))  # insert, update, delete
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(60))
    before: Mapped[str | None] = mapped_column(Text)  # JSON object of the changed columns
    after: Mapped[str | None] = mapped_column(Text)
