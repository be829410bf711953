"""card requests: each member card tracked from its request to its delivery

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-08 01:10:00

Cards one by one (issue 8, domain.md §15, §13 DLC): each card asked for — at issue, by an
endorsement, at renewal, or as the duplicate of a lost card — with the days it was asked,
printed and delivered. The attestation d'assurance joins the issued documents, the fee of
a duplicate card the quittances. The current cards of issued policies get a request
« imprimée » dated from their issue (the office printed them then; their delivery is not
known).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

DOCUMENT_KINDS_BEFORE = (
    "card",
    "contract",
    "quittance",
    "claim_statement",
    "payment_order",
    "endorsement",
    "receipt",  # 0010 (premium collection)
    "reminder_letter",  # 0010
)
DOCUMENT_KINDS = (*DOCUMENT_KINDS_BEFORE, "attestation")
QUITTANCE_KINDS_BEFORE = ("new_business", "endorsement", "renewal", "refund", "cancellation")
QUITTANCE_KINDS = (*QUITTANCE_KINDS_BEFORE, "card_fee")
REASONS = ("new_policy", "endorsement", "renewal", "duplicate")
STATES = ("to_print", "printed", "delivered", "cancelled")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _drop_triggers(table: str) -> list[str]:
    """SQLite: the triggers on ``table``, dropped (their SQL returned); a table copy would
    lose them. PostgreSQL keeps its triggers through ALTER TABLE."""
    if not _sqlite():
        return []
    conn = op.get_bind()
    rows = conn.execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"), {"t": table}
    ).all()
    for name, _ in rows:
        op.execute(f'DROP TRIGGER "{name}"')
    return [sql for _, sql in rows]


def _restore_triggers(saved: list[str]) -> None:
    for sql in saved:
        op.execute(sql)


def _kinds(table: str, values: tuple[str, ...]) -> None:
    saved = _drop_triggers(table)
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_constraint(op.f(f"ck_{table}_kind"), type_="check")
        batch_op.create_check_constraint(op.f(f"ck_{table}_kind"), _in("kind", values))
    _restore_triggers(saved)


def upgrade() -> None:
    op.create_table(
        "card_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("endorsement_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("quittance_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("printed_on", sa.Date(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("delivered_to", sa.String(length=120), nullable=False),
        sa.Column("requested_by", sa.String(length=30), nullable=False),
        sa.CheckConstraint(_in("reason", REASONS), name=op.f("ck_card_requests_reason")),
        sa.CheckConstraint(_in("state", STATES), name=op.f("ck_card_requests_state")),
        sa.CheckConstraint("printed_on IS NULL OR printed_on >= requested_on", name=op.f("ck_card_requests_printed")),
        sa.CheckConstraint(
            "delivered_on IS NULL OR (printed_on IS NOT NULL AND delivered_on >= printed_on)",
            name=op.f("ck_card_requests_delivered"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["issued_documents.id"], name=op.f("fk_card_requests_document_id_issued_documents")
        ),
        sa.ForeignKeyConstraint(
            ["endorsement_id"], ["endorsements.id"], name=op.f("fk_card_requests_endorsement_id_endorsements")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["insured_persons.id"], name=op.f("fk_card_requests_person_id_insured_persons")
        ),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], name=op.f("fk_card_requests_policy_id_policies")),
        sa.ForeignKeyConstraint(
            ["quittance_id"], ["quittances.id"], name=op.f("fk_card_requests_quittance_id_quittances")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_requests")),
    )
    op.create_index("ix_card_requests_policy_id", "card_requests", ["policy_id"])
    op.create_index("ix_card_requests_person_id", "card_requests", ["person_id"])
    op.create_index("ix_card_requests_state", "card_requests", ["state", "requested_on"])
    op.execute(
        "INSERT INTO card_requests (policy_id, person_id, reason, endorsement_id, document_id, state, "
        "requested_on, printed_on, delivered_to, requested_by) "
        "SELECT d.policy_id, d.person_id, CASE WHEN d.endorsement_id IS NULL THEN 'new_policy' "
        "ELSE 'endorsement' END, d.endorsement_id, d.id, 'printed', "
        + ("DATE(d.issued_at)" if _sqlite() else "CAST(d.issued_at AS DATE)")
        + ", " + ("DATE(d.issued_at)" if _sqlite() else "CAST(d.issued_at AS DATE)")
        + ", '', d.issued_by FROM issued_documents d "
        "WHERE d.kind = 'card' AND d.status = 'issued' AND d.person_id IS NOT NULL"
    )
    _kinds("issued_documents", DOCUMENT_KINDS)
    _kinds("quittances", QUITTANCE_KINDS)


def downgrade() -> None:
    """A database holding duplicate-card fees is not downgraded: the quittances' CHECK refuses
    them (a quittance is never deleted)."""
    op.drop_table("card_requests")
    saved = _drop_triggers("issued_documents")
    if not _sqlite():
        op.execute("ALTER TABLE issued_documents DISABLE TRIGGER USER")
    op.execute("DELETE FROM issued_documents WHERE kind = 'attestation'")
    if not _sqlite():
        op.execute("ALTER TABLE issued_documents ENABLE TRIGGER USER")
    _restore_triggers(saved)
    _kinds("issued_documents", DOCUMENT_KINDS_BEFORE)
    _kinds("quittances", QUITTANCE_KINDS_BEFORE)
