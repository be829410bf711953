"""Every move of a record along its workflow table (architecture.md rule 6): which record,
which transition, from which state to which, by whom, when and why. Written by
``services.workflow.apply`` in the same unit of work as the move itself."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.persistence.base import Base


class StateTransition(Base):
    __tablename__ = "state_transitions"
    __table_args__ = (Index("ix_state_transitions_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int] = mapped_column()
    transition: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_code: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
