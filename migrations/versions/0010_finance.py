"""finance: premium payments, their allocations, cash days, recovery letters, receipts, instalment plans

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08 01:00:00

Premium collection (issue 9, domain.md §11). Receipts (reçus d'encaissement) and recovery
letters join the one store of printed documents: ``issued_documents`` gets the payment it
belongs to, and its CHECK lists of kinds and owners are rewritten with them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

DOCUMENT_KINDS_BEFORE = ("card", "contract", "quittance", "claim_statement", "payment_order", "endorsement")
DOCUMENT_KINDS = (*DOCUMENT_KINDS_BEFORE, "receipt", "reminder_letter")
OWNER_BEFORE = "policy_id IS NOT NULL OR claim_id IS NOT NULL OR payment_order_id IS NOT NULL"
OWNER = OWNER_BEFORE + " OR premium_payment_id IS NOT NULL"
MODES = ("cash", "cheque", "bill", "transfer", "mobile_money")
OPERATORS = ("orange_money", "mtn_momo", "moov_money", "wave")
PAYMENT_STATES = ("received", "reversed")
DAY_STATES = ("open", "closed", "checked")
PAYER_KINDS = ("subscriber", "intermediary")
# Allocations are written once (a reversal writes their counter-entry); payments and
# cash days are never deleted; the figures of a payment never change.
FROZEN = ("premium_allocations", "reminder_letters")
UNDELETABLE = ("premium_payments", "cash_days")
FROZEN_COLUMNS = {
    "premium_payments": ("number", "payment_date", "payer_kind", "subscriber_id", "intermediary_id", "mode",
                         "amount", "cash_day_id", "operator", "transaction_id", "received_by"),
}


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "cash_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cashier_id", sa.Integer(), nullable=False),
        sa.Column("cashier_code", sa.String(length=30), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.Column("checked_by_id", sa.Integer(), nullable=True),
        sa.Column("checked_by_code", sa.String(length=30), nullable=False),
        sa.CheckConstraint(_in("status", DAY_STATES), name=op.f("ck_cash_days_status")),
        sa.ForeignKeyConstraint(["cashier_id"], ["users.id"], name=op.f("fk_cash_days_cashier_id_users")),
        sa.ForeignKeyConstraint(["checked_by_id"], ["users.id"], name=op.f("fk_cash_days_checked_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_days")),
        sa.UniqueConstraint("cashier_id", "day", name=op.f("uq_cash_days_cashier_id")),
    )
    op.create_index("ix_cash_days_cashier_id", "cash_days", ["cashier_id"])
    op.create_index("ix_cash_days_day", "cash_days", ["day"])
    op.create_table(
        "premium_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("payment_date", sa.Date(), nullable=False),
        sa.Column("payer_kind", sa.String(length=20), nullable=False),
        sa.Column("subscriber_id", sa.Integer(), nullable=True),
        sa.Column("intermediary_id", sa.Integer(), nullable=True),
        sa.Column("payer_name", sa.String(length=160), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("bank", sa.String(length=80), nullable=False),
        sa.Column("cheque_number", sa.String(length=40), nullable=False),
        sa.Column("drawer", sa.String(length=120), nullable=False),
        sa.Column("cheque_to_insurer", sa.Boolean(), nullable=False),
        sa.Column("bill_due_date", sa.Date(), nullable=True),
        sa.Column("operator", sa.String(length=20), nullable=True),
        sa.Column("transaction_id", sa.String(length=60), nullable=True),
        sa.Column("flag", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cash_day_id", sa.Integer(), nullable=False),
        sa.Column("received_by", sa.String(length=30), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("reversed_on", sa.Date(), nullable=True),
        sa.Column("reversal_reason", sa.Text(), nullable=False),
        sa.Column("reversal_day_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_premium_payments_amount")),
        sa.CheckConstraint(
            "(payer_kind = 'subscriber' AND subscriber_id IS NOT NULL) OR "
            "(payer_kind = 'intermediary' AND intermediary_id IS NOT NULL)",
            name=op.f("ck_premium_payments_payer"),
        ),
        sa.CheckConstraint(_in("payer_kind", PAYER_KINDS), name=op.f("ck_premium_payments_payer_kind")),
        sa.CheckConstraint(_in("mode", MODES), name=op.f("ck_premium_payments_mode")),
        sa.CheckConstraint(_in("operator", OPERATORS), name=op.f("ck_premium_payments_operator")),
        sa.CheckConstraint(_in("status", PAYMENT_STATES), name=op.f("ck_premium_payments_status")),
        sa.ForeignKeyConstraint(["cash_day_id"], ["cash_days.id"], name=op.f("fk_premium_payments_cash_day_id_cash_days")),
        sa.ForeignKeyConstraint(
            ["intermediary_id"], ["intermediaries.id"], name=op.f("fk_premium_payments_intermediary_id_intermediaries")
        ),
        sa.ForeignKeyConstraint(
            ["reversal_day_id"], ["cash_days.id"], name=op.f("fk_premium_payments_reversal_day_id_cash_days")
        ),
        sa.ForeignKeyConstraint(
            ["subscriber_id"], ["subscribers.id"], name=op.f("fk_premium_payments_subscriber_id_subscribers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_premium_payments")),
        sa.UniqueConstraint("number", name=op.f("uq_premium_payments_number")),
        sa.UniqueConstraint("operator", "transaction_id", name=op.f("uq_premium_payments_operator")),
    )
    op.create_index("ix_premium_payments_cash_day_id", "premium_payments", ["cash_day_id"])
    op.create_index("ix_premium_payments_payment_date", "premium_payments", ["payment_date"])
    op.create_index("ix_premium_payments_reversal_day_id", "premium_payments", ["reversal_day_id"])
    op.create_index("ix_premium_payments_subscriber", "premium_payments", ["subscriber_id", "payment_date"])
    op.create_index("ix_premium_payments_intermediary", "premium_payments", ["intermediary_id", "payment_date"])
    op.create_table(
        "premium_allocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("quittance_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_code", sa.String(length=30), nullable=False),
        sa.Column("reversal", sa.Boolean(), nullable=False),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_premium_allocations_amount")),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["premium_payments.id"], name=op.f("fk_premium_allocations_payment_id_premium_payments")
        ),
        sa.ForeignKeyConstraint(
            ["quittance_id"], ["quittances.id"], name=op.f("fk_premium_allocations_quittance_id_quittances")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_premium_allocations")),
    )
    op.create_index("ix_premium_allocations_payment_id", "premium_allocations", ["payment_id"])
    op.create_index("ix_premium_allocations_quittance_id", "premium_allocations", ["quittance_id"])
    op.create_table(
        "reminder_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quittance_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.Column("generated_on", sa.Date(), nullable=False),
        sa.Column("generated_by", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], name=op.f("fk_reminder_letters_policy_id_policies")),
        sa.ForeignKeyConstraint(
            ["quittance_id"], ["quittances.id"], name=op.f("fk_reminder_letters_quittance_id_quittances")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_letters")),
        sa.UniqueConstraint("quittance_id", "step", name=op.f("uq_reminder_letters_quittance_id")),
    )
    op.create_index("ix_reminder_letters_policy_id", "reminder_letters", ["policy_id"])
    op.create_index("ix_reminder_letters_quittance_id", "reminder_letters", ["quittance_id"])

    op.create_table(
        "quittance_instalments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quittance_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_quittance_instalments_amount")),
        sa.ForeignKeyConstraint(
            ["quittance_id"], ["quittances.id"], name=op.f("fk_quittance_instalments_quittance_id_quittances")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quittance_instalments")),
        sa.UniqueConstraint("quittance_id", "seq", name=op.f("uq_quittance_instalments_quittance_id")),
    )
    op.create_index("ix_quittance_instalments_quittance_id", "quittance_instalments", ["quittance_id"])

    saved = _drop_triggers("issued_documents")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("premium_payment_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_issued_documents_premium_payment_id_premium_payments"), "premium_payments",
            ["premium_payment_id"], ["id"])
        batch_op.create_index("ix_issued_documents_premium_payment_id", ["premium_payment_id"])
        batch_op.drop_constraint(op.f("ck_issued_documents_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_issued_documents_kind"), _in("kind", DOCUMENT_KINDS))
        batch_op.drop_constraint(op.f("ck_issued_documents_owner"), type_="check")
        batch_op.create_check_constraint(op.f("ck_issued_documents_owner"), OWNER)
    _restore_triggers(saved)
    _freeze()


def _drop_triggers(table: str) -> list[str]:
    """SQLite: the triggers on ``table``, dropped (their SQL returned) around a table copy."""
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


def _freeze() -> None:
    if _sqlite():
        for table in FROZEN:
            for verb in ("UPDATE", "DELETE"):
                op.execute(f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, '{table}: ce qui a été écrit ne se modifie pas'); END")
        for table in UNDELETABLE:
            op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, '{table}: ne se supprime pas'); END")
        for table, columns in FROZEN_COLUMNS.items():
            changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
            op.execute(
                f"CREATE TRIGGER {table}_amounts_frozen BEFORE UPDATE OF {', '.join(columns)} ON {table} "
                f"WHEN {changed} "
                f"BEGIN SELECT RAISE(ABORT, '{table}: un montant encaissé ne se modifie pas'); END")
        return
    for table in FROZEN:
        op.execute(f"CREATE TRIGGER {table}_frozen BEFORE UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION pst_refuse_change()")
    for table in UNDELETABLE:
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION pst_refuse_change()")
    for table, columns in FROZEN_COLUMNS.items():
        changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns)
        op.execute(f"CREATE TRIGGER {table}_amounts_frozen BEFORE UPDATE OF {', '.join(columns)} ON {table} "
                   f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION pst_refuse_change()")


def downgrade() -> None:
    saved = _drop_triggers("issued_documents")
    if not _sqlite():
        op.execute("ALTER TABLE issued_documents DISABLE TRIGGER issued_documents_no_delete")
    op.execute("DELETE FROM issued_documents WHERE kind IN ('receipt', 'reminder_letter')")
    if not _sqlite():
        op.execute("ALTER TABLE issued_documents ENABLE TRIGGER issued_documents_no_delete")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_issued_documents_owner"), type_="check")
        batch_op.drop_constraint(op.f("ck_issued_documents_kind"), type_="check")
        batch_op.drop_index("ix_issued_documents_premium_payment_id")
        batch_op.drop_constraint(
            op.f("fk_issued_documents_premium_payment_id_premium_payments"), type_="foreignkey")
        batch_op.drop_column("premium_payment_id")
        batch_op.create_check_constraint(op.f("ck_issued_documents_kind"), _in("kind", DOCUMENT_KINDS_BEFORE))
        batch_op.create_check_constraint(op.f("ck_issued_documents_owner"), OWNER_BEFORE)
    _restore_triggers(saved)
    # The tables go with their triggers (both back ends drop a table's triggers with it).
    op.drop_table("quittance_instalments")
    op.drop_table("reminder_letters")
    op.drop_table("premium_allocations")
    op.drop_table("premium_payments")
    op.drop_table("cash_days")
