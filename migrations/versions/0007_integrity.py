"""integrity: frozen paid lines, signed payment orders, declared states, one document store

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 19:00:00

What this revision does (issue 7, docs/decisions.md D11–D14):

* ``paid_claim_lines``: what each payment paid, line by line, written once when it was
  paid; a reversal writes the negation. Payments made before this revision are rebuilt
  from their décompte lines when those still add up to the amount paid, else as one line
  carrying the amount (the detail was lost when the file was assessed again). The database
  refuses any UPDATE or DELETE of these rows, and any DELETE of a payment.
* payment orders wait for a real signature: « open » orders become « à signer » (their
  named signatory never signed); paid orders keep the signatory named at their creation.
* statuses are checked by the database (payment orders, quittances, issued documents).
* the décompte statement and the payment order move into ``issued_documents``, keyed by
  their claim file or order; ``state_transitions`` records every move of a workflow.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

ORDER_STATES = ("to_sign", "signed", "paid", "cancelled")
QUITTANCE_STATES = ("issued", "partly_paid", "paid", "cancelled")
QUITTANCE_KINDS = ("new_business", "endorsement", "renewal", "refund", "cancellation")
DOCUMENT_KINDS = ("card", "contract", "quittance", "claim_statement", "payment_order")
DOCUMENT_STATES = ("issued", "superseded", "cancelled")
# Rows written once and never changed: what was paid, every move of a workflow, the audit trail.
FROZEN = ("paid_claim_lines", "state_transitions", "audit_entries")
# Rows never deleted: payments, payment orders and their lines, printed documents.
UNDELETABLE = ("claim_payments", "payment_orders", "payment_order_items", "issued_documents")
# The columns that say what left the office, was ordered, signed, invoiced or printed: never
# updated once written. What moves stays free: states, a payment's live mark (cleared by its
# reversal), an order line's live mark, a document's state.
FROZEN_COLUMNS = {
    "claim_payments": ("order_id", "claim_id", "payment_date", "mode", "reference", "payee", "amount",
                       "reversal_of_id"),
    "quittances": ("number", "policy_id", "kind", "issue_date", "period_start", "period_end", "net", "fees",
                   "taxes", "total", "tax_rate", "commission_rate", "commission", "management_fee_rate",
                   "management_fee", "policy_number", "administrator_ref", "subscriber_name", "intermediary_id",
                   "intermediary_code", "intermediary_name", "administrator_id", "administrator_name"),
    "payment_orders": ("number", "order_date", "total", "created_by", "created_at"),
    "payment_order_items": ("order_id", "claim_id", "amount", "payee"),
    "issued_documents": ("kind", "snapshot", "policy_id", "person_id", "quittance_id", "claim_id",
                         "payment_order_id", "issued_at", "issued_by"),
}
# Columns written once, when the event happens, then never again: a signature.
SET_ONCE = {"payment_orders": ("signatory_id", "signatory", "signed_at")}
LOST_DETAIL = "Règlement (détail des lignes non conservé)"


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _defer_foreign_keys() -> None:
    """A batch « move and copy » on SQLite drops the old table: with foreign keys on, that
    drop would delete the children of ``quittances`` (ON DELETE CASCADE) or fail. The
    program runs its migrations with foreign keys off (``migrate.migration_connection``);
    refuse to run otherwise rather than lose rows."""
    if _sqlite() and op.get_bind().exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError("Migration 0007 : lancez-la par le programme (clés étrangères désactivées).")


def _create_tables() -> None:
    op.create_table(
        "state_transitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("transition", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("target", sa.String(length=20), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("user_code", sa.String(length=30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_state_transitions_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_state_transitions")),
    )
    op.create_index("ix_state_transitions_record", "state_transitions", ["table_name", "record_id"])
    op.create_table(
        "paid_claim_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("payment_date", sa.Date(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=True),
        sa.Column("administrator_id", sa.Integer(), nullable=True),
        sa.Column("intermediary_id", sa.Integer(), nullable=True),
        sa.Column("direct_billing", sa.Boolean(), nullable=False),
        sa.Column("claim_number", sa.String(length=30), nullable=False),
        sa.Column("policy_number", sa.String(length=30), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("matricule", sa.String(length=40), nullable=False),
        sa.Column("provider_name", sa.String(length=160), nullable=False),
        sa.Column("category", sa.String(length=8), nullable=False),
        sa.Column("category_label", sa.String(length=120), nullable=False),
        sa.Column("care_date", sa.Date(), nullable=True),
        sa.Column("claimed", sa.Integer(), nullable=False),
        sa.Column("cmu_share", sa.Integer(), nullable=False),
        sa.Column("excluded", sa.Integer(), nullable=False),
        sa.Column("reimbursed", sa.Integer(), nullable=False),
        sa.Column("member_pays", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "member_pays = claimed - cmu_share - reimbursed", name=op.f("ck_paid_claim_lines_member_pays")
        ),
        sa.ForeignKeyConstraint(
            ["administrator_id"], ["administrators.id"],
            name=op.f("fk_paid_claim_lines_administrator_id_administrators"),
        ),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name=op.f("fk_paid_claim_lines_claim_id_claims")),
        sa.ForeignKeyConstraint(
            ["intermediary_id"], ["intermediaries.id"],
            name=op.f("fk_paid_claim_lines_intermediary_id_intermediaries"),
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["claim_payments.id"], name=op.f("fk_paid_claim_lines_payment_id_claim_payments")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["insured_persons.id"], name=op.f("fk_paid_claim_lines_person_id_insured_persons")
        ),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], name=op.f("fk_paid_claim_lines_policy_id_policies")),
        sa.ForeignKeyConstraint(
            ["provider_id"], ["providers.id"], name=op.f("fk_paid_claim_lines_provider_id_providers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_paid_claim_lines")),
        sa.UniqueConstraint("payment_id", "line_no", name=op.f("uq_paid_claim_lines_payment_id")),
    )
    op.create_index("ix_paid_claim_lines_claim_id", "paid_claim_lines", ["claim_id"])
    op.create_index("ix_paid_claim_lines_person_id", "paid_claim_lines", ["person_id"])
    op.create_index("ix_paid_claim_lines_policy_id", "paid_claim_lines", ["policy_id"])
    op.create_index("ix_paid_claim_lines_date", "paid_claim_lines", ["payment_date", "payment_id", "line_no"])


def _rebuild_paid_lines() -> None:
    """Each payment made before this revision, line by line, from its décompte as it is now
    (see the module docstring); each reversal as the negation of its payment's lines.

    One streamed query for the payments and their lines, inserted in batches, then one
    statement for the reversals: a portfolio of a million décompte lines upgrades in seconds,
    not one query per payment."""
    from itertools import groupby

    from desktop_app.domain.care import CARE_LABELS

    conn = op.get_bind()
    labels = {c.value: text for c, text in CARE_LABELS.items()}
    labels.update(dict(conn.execute(sa.text("SELECT code, label FROM care_categories")).all()))
    columns = ("payment_id, payment_date, line_no, claim_id, policy_id, person_id, provider_id, administrator_id,"
               " intermediary_id, direct_billing, claim_number, policy_number, person_name, matricule,"
               " provider_name, category, category_label, care_date, claimed, cmu_share, excluded, reimbursed,"
               " member_pays")
    names = [c.strip() for c in columns.split(",")]
    # Through the driver, with plain tuples: building SQLAlchemy parameters for 600 000 rows
    # cost more than the inserts themselves.
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    insert = f"INSERT INTO paid_claim_lines ({columns}) VALUES ({', '.join([mark] * len(names))})"
    # Streamed (a server-side cursor on PostgreSQL): options on the statement, not on the
    # connection, which would keep them for the inserts that follow.
    result = conn.execute(sa.text(
        "SELECT p.id, p.payment_date, p.claim_id, p.amount, c.number, c.policy_id, c.person_id, c.provider_id,"
        " c.administrator_id, c.mode, pol.number, pol.intermediary_id, per.last_name, per.first_names,"
        " per.matricule, prov.name, l.line_no, l.person_id, l.provider_id, lprov.name, l.category, l.care_date,"
        " l.claimed, l.cmu_share, l.excluded, l.reimbursed, l.member_pays"
        " FROM claim_payments p JOIN claims c ON c.id = p.claim_id"
        " JOIN policies pol ON pol.id = c.policy_id JOIN insured_persons per ON per.id = c.person_id"
        " LEFT JOIN providers prov ON prov.id = c.provider_id"
        " LEFT JOIN assessment_lines l ON l.claim_id = p.claim_id"
        " LEFT JOIN providers lprov ON lprov.id = l.provider_id"
        " WHERE p.reversal_of_id IS NULL ORDER BY p.id, l.line_no").execution_options(
            stream_results=True, yield_per=5_000))
    batch: list[dict[str, object]] = []
    for _, group in groupby(result, key=lambda r: r[0]):
        found = list(group)
        (pid, paid_on, claim_id, amount, number, policy_id, person_id, provider_id, administrator_id, mode,
         policy_number, intermediary_id, last, first, matricule, provider) = found[0][:16]
        common = {
            "payment_id": pid, "payment_date": paid_on, "claim_id": claim_id, "policy_id": policy_id,
            "administrator_id": administrator_id, "intermediary_id": intermediary_id,
            "direct_billing": mode == "direct_billing", "claim_number": number,
            "policy_number": policy_number or "", "person_name": f"{last} {first}".strip(), "matricule": matricule,
        }
        lines = [r[16:] for r in found if r[16] is not None]
        if lines and sum(int(r[9]) for r in lines) == amount:
            batch.extend({**common, "line_no": r[0], "person_id": r[1], "provider_id": r[2] or provider_id,
                          "provider_name": r[3] or provider or "", "category": r[4],
                          "category_label": labels.get(r[4], r[4]), "care_date": r[5], "claimed": r[6],
                          "cmu_share": r[7], "excluded": r[8], "reimbursed": r[9], "member_pays": r[10]}
                         for r in lines)
        else:
            batch.append({**common, "line_no": 1, "person_id": person_id, "provider_id": provider_id,
                          "provider_name": provider or "", "category": "", "category_label": LOST_DETAIL,
                          "care_date": None, "claimed": amount, "cmu_share": 0, "excluded": 0,
                          "reimbursed": amount, "member_pays": 0})
        if len(batch) >= 5_000:
            conn.exec_driver_sql(insert, [tuple(row[n] for n in names) for row in batch])
            batch = []
    if batch:
        conn.exec_driver_sql(insert, [tuple(row[n] for n in names) for row in batch])
    negated = ", ".join(
        f"-l.{c}" if c in ("claimed", "cmu_share", "excluded", "reimbursed", "member_pays")
        else "r.id" if c == "payment_id" else "r.payment_date" if c == "payment_date" else f"l.{c}"
        for c in names)
    op.execute(f"INSERT INTO paid_claim_lines ({columns}) SELECT {negated} FROM claim_payments r "
               "JOIN paid_claim_lines l ON l.payment_id = r.reversal_of_id ORDER BY r.id, l.line_no")


def _freeze() -> None:
    """The database itself refuses to change what was paid (architecture.md rule 5)."""
    if _sqlite():
        for table in FROZEN:
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table}: ce qui a été écrit ne se modifie pas'); END")
        for table in UNDELETABLE:
            op.execute(
                f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table}: ne se supprime pas'); END")
        for table, columns in SET_ONCE.items():
            changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
            op.execute(
                f"CREATE TRIGGER {table}_set_once BEFORE UPDATE OF {', '.join(columns)} ON {table} "
                f"WHEN OLD.{columns[0]} IS NOT NULL AND ({changed}) "
                f"BEGIN SELECT RAISE(ABORT, '{table}: une signature ne se modifie pas'); END")
        for table, columns in FROZEN_COLUMNS.items():
            changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
            op.execute(
                f"CREATE TRIGGER {table}_amounts_frozen BEFORE UPDATE OF {', '.join(columns)} ON {table} "
                f"WHEN {changed} "
                f"BEGIN SELECT RAISE(ABORT, '{table}: un montant émis ou payé ne se modifie pas'); END")
        return
    op.execute(
        "CREATE FUNCTION pst_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION '%: ce qui a été écrit ne se modifie pas ni ne se supprime', TG_TABLE_NAME; "
        "END $$")
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
    for table, columns in SET_ONCE.items():
        changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns)
        op.execute(f"CREATE TRIGGER {table}_set_once BEFORE UPDATE OF {', '.join(columns)} ON {table} "
                   f"FOR EACH ROW WHEN (OLD.{columns[0]} IS NOT NULL AND ({changed})) "
                   "EXECUTE FUNCTION pst_refuse_change()")


def _unfreeze() -> None:
    if _sqlite():
        for table in FROZEN:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        for table in UNDELETABLE:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        for table in FROZEN_COLUMNS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_amounts_frozen")
        for table in SET_ONCE:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_set_once")
        return
    for table in FROZEN:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_frozen ON {table}")
    for table in UNDELETABLE:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete ON {table}")
    for table in FROZEN_COLUMNS:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_amounts_frozen ON {table}")
    for table in SET_ONCE:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_set_once ON {table}")
    op.execute("DROP FUNCTION IF EXISTS pst_refuse_change()")


def _documents_upgrade() -> None:
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(length=20), nullable=False, server_default="issued"))
        batch_op.add_column(sa.Column("claim_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("payment_order_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cancel_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.alter_column("policy_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_foreign_key(
            batch_op.f("fk_issued_documents_claim_id_claims"), "claims", ["claim_id"], ["id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_issued_documents_payment_order_id_payment_orders"), "payment_orders",
            ["payment_order_id"], ["id"])
        batch_op.create_check_constraint(
            op.f("ck_issued_documents_owner"), "policy_id IS NOT NULL OR claim_id IS NOT NULL OR payment_order_id IS NOT NULL")
        batch_op.create_check_constraint(op.f("ck_issued_documents_kind"), _in("kind", DOCUMENT_KINDS))
        batch_op.create_check_constraint(op.f("ck_issued_documents_status"), _in("status", DOCUMENT_STATES))
        batch_op.create_index("ix_issued_documents_claim", ["claim_id", "kind"])
        batch_op.create_index("ix_issued_documents_order", ["payment_order_id", "kind"])
    # An earlier card of the same person, an earlier contract of the same policy: superseded.
    op.execute(
        "UPDATE issued_documents SET status = 'superseded' WHERE kind = 'card' AND id < "
        "(SELECT MAX(d.id) FROM issued_documents d WHERE d.kind = 'card' "
        "AND d.policy_id = issued_documents.policy_id AND d.person_id = issued_documents.person_id)")
    op.execute(
        "UPDATE issued_documents SET status = 'superseded' WHERE kind = 'contract' AND id < "
        "(SELECT MAX(d.id) FROM issued_documents d WHERE d.kind = 'contract' "
        "AND d.policy_id = issued_documents.policy_id)")
    op.execute(
        "INSERT INTO issued_documents (kind, status, claim_id, issued_at, issued_by, snapshot, cancel_reason) "
        "SELECT 'claim_statement', 'issued', id, assessed_at, assessed_by, statement_snapshot, '' "
        "FROM claims WHERE statement_snapshot IS NOT NULL AND assessed_at IS NOT NULL")
    op.execute(
        "INSERT INTO issued_documents (kind, status, payment_order_id, issued_at, issued_by, snapshot, "
        "cancel_reason) SELECT 'payment_order', 'issued', id, created_at, created_by, snapshot, '' "
        "FROM payment_orders WHERE snapshot IS NOT NULL")


QUITTANCE_PARTY_TEXTS = {
    "policy_number": 30, "administrator_ref": 40, "subscriber_name": 160, "intermediary_code": 20,
    "intermediary_name": 120, "administrator_name": 120,
}


def _quittance_parties() -> None:
    """The parties of each quittance as they are now (the best that can be known of the
    moment it was issued): from now on they are written when a quittance is issued."""
    with op.batch_alter_table("quittances", schema=None) as batch_op:
        for column, length in QUITTANCE_PARTY_TEXTS.items():
            batch_op.add_column(sa.Column(column, sa.String(length=length), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("intermediary_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("administrator_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_quittances_intermediary_id_intermediaries"), "intermediaries", ["intermediary_id"], ["id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_quittances_administrator_id_administrators"), "administrators", ["administrator_id"],
            ["id"])
        batch_op.create_index("ix_quittances_intermediary_id", ["intermediary_id"])
        batch_op.create_index("ix_quittances_administrator_id", ["administrator_id"])
    policy = "(SELECT {} FROM policies p WHERE p.id = quittances.policy_id)"
    op.execute(
        "UPDATE quittances SET "
        f"policy_number = COALESCE({policy.format('p.number')}, ''), "
        f"administrator_ref = COALESCE({policy.format('p.administrator_ref')}, ''), "
        f"intermediary_id = {policy.format('p.intermediary_id')}, "
        f"administrator_id = {policy.format('p.administrator_id')}")
    op.execute(
        "UPDATE quittances SET "
        "subscriber_name = COALESCE((SELECT s.name FROM policies p JOIN subscribers s ON s.id = p.subscriber_id "
        "WHERE p.id = quittances.policy_id), ''), "
        "intermediary_code = COALESCE((SELECT i.code FROM intermediaries i WHERE i.id = quittances.intermediary_id), ''), "
        "intermediary_name = COALESCE((SELECT i.name FROM intermediaries i WHERE i.id = quittances.intermediary_id), ''), "
        "administrator_name = COALESCE((SELECT a.name FROM administrators a "
        "WHERE a.id = quittances.administrator_id), '')")


def _drop_column(table: str, column: str) -> None:
    """SQLite 3.35+ and PostgreSQL drop a column in place (no copy of a large table)."""
    op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def upgrade() -> None:
    _defer_foreign_keys()
    _create_tables()
    _documents_upgrade()
    _drop_column("claims", "statement_snapshot")

    with op.batch_alter_table("payment_orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signed_at", sa.DateTime(), nullable=True))
        batch_op.alter_column("signatory_id", existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column("signatory", existing_type=sa.String(length=120), server_default="")
    # A reversed payment now takes its file out of the order (paid again only through a new,
    # signed order): files waiting to be paid again after a reversal leave their order.
    reversed_here = ("EXISTS (SELECT 1 FROM claim_payments r WHERE r.reversal_of_id IS NOT NULL "
                     "AND r.order_id = payment_order_items.order_id AND r.claim_id = payment_order_items.claim_id)")
    waiting = "(SELECT c.status FROM claims c WHERE c.id = payment_order_items.claim_id) = 'ordered'"
    op.execute(f"UPDATE claims SET status = 'assessed' WHERE id IN (SELECT claim_id FROM payment_order_items "
               f"WHERE open_claim_id IS NOT NULL AND {waiting} AND {reversed_here})")
    op.execute(f"UPDATE payment_order_items SET open_claim_id = NULL WHERE open_claim_id IS NOT NULL "
               f"AND (SELECT c.status FROM claims c WHERE c.id = payment_order_items.claim_id) = 'assessed' "
               f"AND {reversed_here}")
    # An open order none of whose files waits for payment any more was paid: it stays paid.
    op.execute("UPDATE payment_orders SET status = 'paid' WHERE status = 'open' AND NOT EXISTS ("
               "SELECT 1 FROM payment_order_items i JOIN claims c ON c.id = i.claim_id "
               "WHERE i.order_id = payment_orders.id AND i.open_claim_id IS NOT NULL AND c.status = 'ordered') "
               "AND EXISTS (SELECT 1 FROM claim_payments p WHERE p.order_id = payment_orders.id)")
    # An open order's signatory was only named, never signed: it waits for a real signature.
    op.execute("UPDATE payment_orders SET status = 'to_sign', signatory_id = NULL, signatory = '' "
               "WHERE status = 'open'")
    _drop_column("payment_orders", "snapshot")
    # The payee the signature covers, frozen on the order's line (the file's payee today).
    with op.batch_alter_table("payment_order_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payee", sa.String(length=160), nullable=False, server_default=""))
    op.execute("UPDATE payment_order_items SET payee = COALESCE((SELECT c.payee_name FROM claims c "
               "WHERE c.id = payment_order_items.claim_id), '')")
    with op.batch_alter_table("payment_order_items", schema=None) as batch_op:
        batch_op.alter_column("payee", existing_type=sa.String(length=160), server_default=None)
    with op.batch_alter_table("payment_orders", schema=None) as batch_op:
        batch_op.alter_column("signatory", existing_type=sa.String(length=120), server_default=None)
        batch_op.create_check_constraint(op.f("ck_payment_orders_status"), _in("status", ORDER_STATES))
        batch_op.create_check_constraint(op.f("ck_payment_orders_signed"), "status IN ('to_sign', 'cancelled') OR signatory_id IS NOT NULL")
        batch_op.create_index("ix_payment_orders_status", ["status"])

    _quittance_parties()
    with op.batch_alter_table("quittances", schema=None) as batch_op:
        batch_op.create_check_constraint(op.f("ck_quittances_kind"), _in("kind", QUITTANCE_KINDS))
        batch_op.create_check_constraint(op.f("ck_quittances_status"), _in("status", QUITTANCE_STATES))
        batch_op.create_index("ix_quittances_status", ["status"])
        for column in QUITTANCE_PARTY_TEXTS:
            batch_op.alter_column(column, existing_type=sa.String(), server_default=None)
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.alter_column("status", existing_type=sa.String(length=20), server_default=None)
        batch_op.alter_column("cancel_reason", existing_type=sa.Text(), server_default=None)

    _rebuild_paid_lines()
    _freeze()


def downgrade() -> None:
    conn = op.get_bind()
    unsigned = conn.execute(sa.text("SELECT COUNT(*) FROM payment_orders WHERE signatory_id IS NULL")).scalar()
    if unsigned:
        raise RuntimeError(
            f"{unsigned} ordre(s) de paiement sans signataire : la version précédente exige un signataire "
            "nommé. Signez-les ou annulez-les avant de revenir en arrière.")
    _defer_foreign_keys()
    _unfreeze()
    op.drop_index("ix_paid_claim_lines_date", table_name="paid_claim_lines")
    op.drop_index("ix_paid_claim_lines_policy_id", table_name="paid_claim_lines")
    op.drop_index("ix_paid_claim_lines_person_id", table_name="paid_claim_lines")
    op.drop_index("ix_paid_claim_lines_claim_id", table_name="paid_claim_lines")
    op.drop_table("paid_claim_lines")

    with op.batch_alter_table("quittances", schema=None) as batch_op:
        batch_op.drop_index("ix_quittances_status")
        batch_op.drop_constraint(op.f("ck_quittances_status"), type_="check")
        batch_op.drop_constraint(op.f("ck_quittances_kind"), type_="check")
        batch_op.drop_index("ix_quittances_administrator_id")
        batch_op.drop_index("ix_quittances_intermediary_id")
        batch_op.drop_constraint(op.f("fk_quittances_administrator_id_administrators"), type_="foreignkey")
        batch_op.drop_constraint(op.f("fk_quittances_intermediary_id_intermediaries"), type_="foreignkey")
        for column in (*QUITTANCE_PARTY_TEXTS, "intermediary_id", "administrator_id"):
            batch_op.drop_column(column)

    with op.batch_alter_table("payment_order_items", schema=None) as batch_op:
        batch_op.drop_column("payee")
    with op.batch_alter_table("payment_orders", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_orders_status")
        batch_op.drop_constraint(op.f("ck_payment_orders_signed"), type_="check")
        batch_op.drop_constraint(op.f("ck_payment_orders_status"), type_="check")
        batch_op.add_column(sa.Column("snapshot", sa.Text(), nullable=True))
    op.execute("UPDATE payment_orders SET status = 'open' WHERE status IN ('to_sign', 'signed')")
    op.execute(
        "UPDATE payment_orders SET snapshot = (SELECT d.snapshot FROM issued_documents d "
        "WHERE d.payment_order_id = payment_orders.id AND d.kind = 'payment_order' "
        "ORDER BY d.id DESC LIMIT 1)")
    with op.batch_alter_table("payment_orders", schema=None) as batch_op:
        batch_op.drop_column("signed_at")
        batch_op.alter_column("signatory_id", existing_type=sa.Integer(), nullable=False)

    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("statement_snapshot", sa.Text(), nullable=True))
    op.execute(
        "UPDATE claims SET statement_snapshot = (SELECT d.snapshot FROM issued_documents d "
        "WHERE d.claim_id = claims.id AND d.kind = 'claim_statement' AND d.status = 'issued' "
        "ORDER BY d.id DESC LIMIT 1)")

    op.execute("DELETE FROM issued_documents WHERE policy_id IS NULL")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_documents_order")
        batch_op.drop_index("ix_issued_documents_claim")
        batch_op.drop_constraint(op.f("ck_issued_documents_status"), type_="check")
        batch_op.drop_constraint(op.f("ck_issued_documents_kind"), type_="check")
        batch_op.drop_constraint(op.f("ck_issued_documents_owner"), type_="check")
        batch_op.drop_constraint(op.f("fk_issued_documents_payment_order_id_payment_orders"), type_="foreignkey")
        batch_op.drop_constraint(op.f("fk_issued_documents_claim_id_claims"), type_="foreignkey")
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("payment_order_id")
        batch_op.drop_column("claim_id")
        batch_op.drop_column("status")
        batch_op.alter_column("policy_id", existing_type=sa.Integer(), nullable=False)

    op.drop_index("ix_state_transitions_record", table_name="state_transitions")
    op.drop_table("state_transitions")
