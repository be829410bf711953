"""The one store of printed documents (domain.md §15, architecture.md rule 7): what a card,
contract, quittance, décompte statement or payment order said when it was issued, keyed by
what it belongs to. A reprint renders this snapshot, never the live data; a document issued
again for the same owner supersedes the earlier one, which stays on record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.domain.issued_documents import DocumentKind, DocumentState
from desktop_app.persistence.base import Base
from desktop_app.persistence.models._enum import enum_column


class IssuedDocument(Base):
    __tablename__ = "issued_documents"
    __table_args__ = (
        CheckConstraint(
            "policy_id IS NOT NULL OR claim_id IS NOT NULL OR payment_order_id IS NOT NULL "
            "OR premium_payment_id IS NOT NULL",
            name="owner",
        ),
        Index("ix_issued_documents_claim", "claim_id", "kind"),
        Index("ix_issued_documents_order", "payment_order_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DocumentKind] = mapped_column(enum_column(DocumentKind, check="kind"), index=True)
    status: Mapped[DocumentState] = mapped_column(
        enum_column(DocumentState, check="status"), default=DocumentState.ISSUED
    )
    # What the document belongs to: a policy (with a person for a card, a quittance for a
    # quittance or a contract), a claim file, or a payment order.
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("policies.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("insured_persons.id"), index=True)
    quittance_id: Mapped[int | None] = mapped_column(ForeignKey("quittances.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"))
    payment_order_id: Mapped[int | None] = mapped_column(ForeignKey("payment_orders.id"))
    endorsement_id: Mapped[int | None] = mapped_column(ForeignKey("endorsements.id"), index=True)
    premium_payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("premium_payments.id"), index=True
    )
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[str] = mapped_column(String(30))
    snapshot: Mapped[str] = mapped_column(Text)  # JSON of the documents.snapshots dataclass
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
