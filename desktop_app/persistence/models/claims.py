"""Claim files and what follows them (domain.md §7, §10, §14): the file received, its
décompte lines, prior approvals, payment orders, payments and the file's timeline.

Money columns are whole FCFA. Two rules that protect money are kept by the database as
well as by the services: a claim sits in at most one live payment order
(``payment_order_items.open_claim_id`` is unique), and a claim has at most one live payment
(``claim_payments.paid_claim_id`` is unique; a reversal clears it and adds a counter-entry
with a negative amount, never deleting the payment — architecture.md rule 5).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
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

from desktop_app.domain.care import Condition
from desktop_app.domain.claim_workflow import ApprovalState, ClaimState
from desktop_app.domain.kinds import ManagementSystem, PaymentMode
from desktop_app.domain.payment_order_workflow import PaymentOrderState
from desktop_app.persistence.base import Audited, Base
from desktop_app.persistence.models._enum import enum_column
from desktop_app.persistence.types import Rate, key_string


class Claim(Audited, Base):
    """A claim file (dossier sinistre), numbered in order of arrival (§10.1)."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint("amount_claimed >= 0", name="amount_claimed"),
        CheckConstraint("reimbursed >= 0", name="reimbursed"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(key_string(30), unique=True)
    reception_date: Mapped[date] = mapped_column(Date, index=True)
    administrator_id: Mapped[int | None] = mapped_column(
        ForeignKey("administrators.id"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("insured_persons.id"), index=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    condition: Mapped[Condition] = mapped_column(enum_column(Condition))
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("providers.id"), index=True)
    mode: Mapped[ManagementSystem] = mapped_column(enum_column(ManagementSystem))
    payee_name: Mapped[str] = mapped_column(String(160))
    amount_claimed: Mapped[int] = mapped_column(Integer)
    documents: Mapped[str] = mapped_column(Text, default="{}")  # JSON: checklist key → received
    approval_ref: Mapped[str] = mapped_column(String(40), default="")
    next_action_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ClaimState] = mapped_column(
        enum_column(ClaimState), default=ClaimState.RECEIVED, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    received_by: Mapped[str] = mapped_column(String(30))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    simplified: Mapped[bool] = mapped_column(Boolean, default=False)
    reimbursed: Mapped[int] = mapped_column(Integer, default=0)
    member_pays: Mapped[int] = mapped_column(Integer, default=0)
    assessed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assessed_by: Mapped[str] = mapped_column(String(30), default="")
    assessed_at: Mapped[datetime | None] = mapped_column(DateTime)


class AssessmentLine(Audited, Base):
    """One line of a décompte (§10.2): what was typed, then what the domain computed."""

    __tablename__ = "assessment_lines"
    __table_args__ = (
        UniqueConstraint("claim_id", "line_no"),
        Index("ix_assessment_lines_person_care", "person_id", "care_date"),
        # « Liste décompte » of every person, latest care first: walked in order, not sorted.
        Index("ix_assessment_lines_care", "care_date", "claim_id"),
        CheckConstraint("claimed > 0 AND cmu_share >= 0 AND excluded >= 0", name="amounts"),
        CheckConstraint("cmu_share + excluded <= claimed", name="deductions"),
        CheckConstraint(
            "reimbursed >= 0 AND member_pays = claimed - cmu_share - reimbursed", name="member_pays"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int] = mapped_column(ForeignKey("insured_persons.id"))
    care_date: Mapped[date] = mapped_column(Date)
    prestation_number: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str] = mapped_column(String(8))
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("providers.id"))
    claimed: Mapped[int] = mapped_column(Integer)
    cmu_share: Mapped[int] = mapped_column(Integer, default=0)
    excluded: Mapped[int] = mapped_column(Integer, default=0)
    exclusion_reason: Mapped[str] = mapped_column(String(12), default="")
    approval_ref: Mapped[str] = mapped_column(String(40), default="")
    stay_days: Mapped[int | None] = mapped_column(Integer)
    acts: Mapped[int] = mapped_column(Integer, default=1)
    public_facility: Mapped[bool] = mapped_column(Boolean, default=False)
    abroad: Mapped[bool] = mapped_column(Boolean, default=False)
    scanner: Mapped[bool] = mapped_column(Boolean, default=False)
    base: Mapped[int] = mapped_column(Integer)
    rate: Mapped[Decimal] = mapped_column(Rate)
    at_rate: Mapped[int] = mapped_column(Integer)
    reimbursed: Mapped[int] = mapped_column(Integer)
    member_pays: Mapped[int] = mapped_column(Integer)
    cap: Mapped[str] = mapped_column(String(20))
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    duplicate_confirmed_by: Mapped[str] = mapped_column(String(30), default="")


class PriorApproval(Audited, Base):
    """A prior-approval request (entente préalable, §7) and the company's decision."""

    __tablename__ = "prior_approvals"
    __table_args__ = (CheckConstraint("estimated_amount >= 0", name="estimated_amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(key_string(40), unique=True)
    asked_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    asked_by: Mapped[str] = mapped_column(String(30))
    person_id: Mapped[int] = mapped_column(ForeignKey("insured_persons.id"), index=True)
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("providers.id"))
    category: Mapped[str] = mapped_column(String(8))
    estimated_amount: Mapped[int] = mapped_column(Integer)
    stay_days: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[ApprovalState] = mapped_column(
        enum_column(ApprovalState), default=ApprovalState.ASKED, index=True
    )
    agreed_amount: Mapped[int | None] = mapped_column(Integer)
    agreed_days: Mapped[int | None] = mapped_column(Integer)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_by: Mapped[str] = mapped_column(String(30), default="")
    decision_reason: Mapped[str] = mapped_column(Text, default="")


class PaymentOrder(Audited, Base):
    """An order to pay one or more assessed décomptes (ordonnancement, §10.3), signed by a
    user with the Signataire right who assessed none of them (four eyes), then paid.

    ``signatory_id``, ``signatory`` (the name as signed) and ``signed_at`` are empty until
    the signatory signs. What the order printed is in ``issued_documents``."""

    __tablename__ = "payment_orders"
    __table_args__ = (
        # A signed or paid order names its signatory (orders paid before signatures were
        # recorded keep the signatory named at their creation, without a signing time).
        CheckConstraint(
            "status IN ('to_sign', 'cancelled') OR signatory_id IS NOT NULL", name="signed"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(key_string(30), unique=True)
    order_date: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[PaymentOrderState] = mapped_column(
        enum_column(PaymentOrderState, check="status"),
        default=PaymentOrderState.TO_SIGN,
        index=True,
    )
    total: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signatory: Mapped[str] = mapped_column(String(120), default="")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class PaymentOrderItem(Audited, Base):
    """One décompte in a payment order, with the amount and the payee the signature covers.
    ``open_claim_id`` repeats ``claim_id`` while the décompte is in the live order and is
    cleared when the order is cancelled or its payment reversed: unique, so a claim is never
    in two live orders."""

    __tablename__ = "payment_order_items"
    __table_args__ = (
        UniqueConstraint("order_id", "claim_id"),
        CheckConstraint("open_claim_id IS NULL OR open_claim_id = claim_id", name="open_claim"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("payment_orders.id"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    open_claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), unique=True)
    amount: Mapped[int] = mapped_column(Integer)
    payee: Mapped[str] = mapped_column(String(160))  # as ordered and signed: paid to them only


class ClaimPayment(Audited, Base):
    """A payment of one décompte (règlement, §10.4), or the counter-entry reversing one.

    ``paid_claim_id`` repeats ``claim_id`` while the payment stands (unique: a claim is paid
    at most once) and is cleared when it is reversed. A counter-entry has a negative amount,
    the reversed payment in ``reversal_of_id`` (unique: reversed at most once) and a reason.
    """

    __tablename__ = "claim_payments"
    __table_args__ = (
        CheckConstraint(
            "(reversal_of_id IS NULL AND amount > 0) OR "
            "(reversal_of_id IS NOT NULL AND amount < 0)",
            name="sign",
        ),
        CheckConstraint(
            "paid_claim_id IS NULL OR (paid_claim_id = claim_id AND reversal_of_id IS NULL)",
            name="paid_claim",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("payment_orders.id"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    paid_claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), unique=True)
    payment_date: Mapped[date] = mapped_column(Date, index=True)
    period_label: Mapped[str] = mapped_column(String(60))
    mode: Mapped[PaymentMode] = mapped_column(enum_column(PaymentMode))
    reference: Mapped[str] = mapped_column(String(60), default="")
    payee: Mapped[str] = mapped_column(String(160))
    amount: Mapped[int] = mapped_column(Integer)
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("claim_payments.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PaidClaimLine(Base):
    """What a payment paid, line by line, frozen when it was paid (architecture.md rule 5).

    Written once by ``pay_order`` from the décompte lines as they were at that moment, with
    the names and numbers as they read then; a reversal writes the exact negation of its
    payment's rows. Nothing updates or deletes these rows (the database refuses it), so a
    statement or an indicator of paid claims, which reads only them, says the same thing
    next year whatever happens to the file afterwards (reopened, assessed again, paid
    again). Not in the audit trail: they are written once, with their payment, which is."""

    __tablename__ = "paid_claim_lines"
    __table_args__ = (
        UniqueConstraint("payment_id", "line_no"),
        # The claims-paid statement walks the payments of a period in date order.
        Index("ix_paid_claim_lines_date", "payment_date", "payment_id", "line_no"),
        CheckConstraint("member_pays = claimed - cmu_share - reimbursed", name="member_pays"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("claim_payments.id"))
    payment_date: Mapped[date] = mapped_column(Date)
    line_no: Mapped[int] = mapped_column(Integer)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policies.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("insured_persons.id"), index=True)
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("providers.id"))
    administrator_id: Mapped[int | None] = mapped_column(ForeignKey("administrators.id"))
    intermediary_id: Mapped[int | None] = mapped_column(ForeignKey("intermediaries.id"))
    direct_billing: Mapped[bool] = mapped_column(Boolean)  # tiers payant: the provider was paid
    claim_number: Mapped[str] = mapped_column(String(30))
    policy_number: Mapped[str] = mapped_column(String(30))
    person_name: Mapped[str] = mapped_column(String(200))
    matricule: Mapped[str] = mapped_column(String(40))
    provider_name: Mapped[str] = mapped_column(String(160))
    category: Mapped[str] = mapped_column(String(8))  # "" for a line rebuilt from a total
    category_label: Mapped[str] = mapped_column(String(120))
    care_date: Mapped[date | None] = mapped_column(Date)
    claimed: Mapped[int] = mapped_column(Integer)
    cmu_share: Mapped[int] = mapped_column(Integer)
    excluded: Mapped[int] = mapped_column(Integer)
    reimbursed: Mapped[int] = mapped_column(Integer)
    member_pays: Mapped[int] = mapped_column(Integer)


class ClaimEvent(Audited, Base):
    """One entry of a claim file's timeline (§10, §14): a step, a reminder, an escalation,
    a complaint, a note. ``medical`` entries are shown only to users who may see medical
    details (§14)."""

    __tablename__ = "claim_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_code: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(30), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    medical: Mapped[bool] = mapped_column(Boolean, default=False)
