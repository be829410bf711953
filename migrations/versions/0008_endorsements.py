"""endorsements: numbered endorsements, their movements, dated guarantees, suspensions

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 22:00:00

Every person of an issued policy gets their first dated term (their guarantees from their
first day covered), so that claims read the guarantees in force on the date of care
(issue 8). Endorsement documents join the one store of printed documents.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

DOCUMENT_KINDS_BEFORE = ("card", "contract", "quittance", "claim_statement", "payment_order")
DOCUMENT_KINDS = (*DOCUMENT_KINDS_BEFORE, "endorsement")
ENDORSEMENT_KINDS = ("addition", "removal", "regularisation", "cover_change", "suspension",
                     "reinstatement", "cancellation", "renewal")
MOVEMENT_KINDS = ("addition", "removal", "cover_change", "suspension", "reinstatement", "cancellation")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "endorsements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("quittance_id", sa.Integer(), nullable=True),
        sa.Column("refund", sa.Boolean(), nullable=False),
        sa.Column("letter_date", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("sent_to_administrator_on", sa.Date(), nullable=True),
        sa.Column("administrator_confirmed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("issued_by", sa.String(length=30), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(_in("kind", ENDORSEMENT_KINDS), name=op.f("ck_endorsements_kind")),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], name=op.f("fk_endorsements_policy_id_policies")),
        sa.ForeignKeyConstraint(
            ["quittance_id"], ["quittances.id"], name=op.f("fk_endorsements_quittance_id_quittances")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_endorsements")),
        sa.UniqueConstraint("policy_id", "number", name=op.f("uq_endorsements_policy_id")),
    )
    op.create_index("ix_endorsements_policy_id", "endorsements", ["policy_id"])
    op.create_table(
        "endorsement_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("endorsement_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("annual_before", sa.Integer(), nullable=False),
        sa.Column("annual_after", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("prorated", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.CheckConstraint(_in("kind", MOVEMENT_KINDS), name=op.f("ck_endorsement_movements_kind")),
        sa.ForeignKeyConstraint(
            ["endorsement_id"], ["endorsements.id"],
            name=op.f("fk_endorsement_movements_endorsement_id_endorsements"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["insured_persons.id"], name=op.f("fk_endorsement_movements_person_id_insured_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_endorsement_movements")),
        sa.UniqueConstraint("endorsement_id", "line_no", name=op.f("uq_endorsement_movements_endorsement_id")),
    )
    op.create_index("ix_endorsement_movements_endorsement_id", "endorsement_movements", ["endorsement_id"])
    op.create_index("ix_endorsement_movements_person_id", "endorsement_movements", ["person_id"])
    op.create_table(
        "person_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("stop", sa.Date(), nullable=True),
        sa.Column("coverage_rate", sa.Integer(), nullable=False),
        sa.Column("zone", sa.Integer(), nullable=False),
        sa.Column("annual_ceiling", sa.Integer(), nullable=False),
        sa.Column("annual_net_premium", sa.Integer(), nullable=False),
        sa.Column("medical_surcharge_rate", sa.Integer(), nullable=False),
        sa.Column("endorsement_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("stop IS NULL OR stop > start", name=op.f("ck_person_terms_span")),
        sa.ForeignKeyConstraint(
            ["endorsement_id"], ["endorsements.id"], name=op.f("fk_person_terms_endorsement_id_endorsements")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["insured_persons.id"], name=op.f("fk_person_terms_person_id_insured_persons")
        ),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], name=op.f("fk_person_terms_policy_id_policies")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_terms")),
    )
    op.create_index("ix_person_terms_person", "person_terms", ["person_id", "start"])
    op.create_index("ix_person_terms_policy_id", "person_terms", ["policy_id"])
    op.create_table(
        "cover_suspensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("stop", sa.Date(), nullable=True),
        sa.Column("suspended_by_id", sa.Integer(), nullable=False),
        sa.Column("reinstated_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("stop IS NULL OR stop > start", name=op.f("ck_cover_suspensions_span")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["insured_persons.id"], name=op.f("fk_cover_suspensions_person_id_insured_persons")
        ),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], name=op.f("fk_cover_suspensions_policy_id_policies")),
        sa.ForeignKeyConstraint(
            ["reinstated_by_id"], ["endorsements.id"],
            name=op.f("fk_cover_suspensions_reinstated_by_id_endorsements"),
        ),
        sa.ForeignKeyConstraint(
            ["suspended_by_id"], ["endorsements.id"],
            name=op.f("fk_cover_suspensions_suspended_by_id_endorsements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cover_suspensions")),
    )
    op.create_index("ix_cover_suspensions_person_id", "cover_suspensions", ["person_id"])
    op.create_index("ix_cover_suspensions_policy_id", "cover_suspensions", ["policy_id"])

    with op.batch_alter_table("policies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("refund_unused_days", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("end_date", sa.Date(), nullable=True))
    with op.batch_alter_table("policies", schema=None) as batch_op:
        batch_op.alter_column("refund_unused_days", existing_type=sa.Boolean(), server_default=None)

    # The issued documents' triggers (0007) do not survive a SQLite table copy: they are
    # dropped around it and put back as they were.
    saved = _drop_triggers("issued_documents")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("endorsement_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_issued_documents_endorsement_id_endorsements"), "endorsements",
            ["endorsement_id"], ["id"])
        batch_op.create_index("ix_issued_documents_endorsement_id", ["endorsement_id"])
        batch_op.drop_constraint(op.f("ck_issued_documents_kind"), type_="check")
        batch_op.create_check_constraint(op.f("ck_issued_documents_kind"), _in("kind", DOCUMENT_KINDS))
    _restore_triggers(saved)

    # Each person of an issued policy: their guarantees from their first day covered.
    op.execute(
        "INSERT INTO person_terms (person_id, policy_id, start, stop, coverage_rate, zone, annual_ceiling, "
        "annual_net_premium, medical_surcharge_rate) "
        "SELECT p.id, p.policy_id, CASE WHEN p.entry_date > pol.effective_date THEN p.entry_date "
        "ELSE pol.effective_date END, p.exit_date, p.coverage_rate, p.zone, p.annual_ceiling, "
        "p.annual_net_premium, p.medical_surcharge_rate FROM insured_persons p "
        "JOIN policies pol ON pol.id = p.policy_id WHERE pol.status <> 'draft' "
        "AND (p.exit_date IS NULL OR p.exit_date > CASE WHEN p.entry_date > pol.effective_date "
        "THEN p.entry_date ELSE pol.effective_date END)")
    _freeze()


def _drop_triggers(table: str) -> list[str]:
    """SQLite: the triggers on ``table``, dropped (their SQL returned). PostgreSQL keeps
    its triggers through ALTER TABLE: nothing to do."""
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
    """An endorsement and its movements are what was agreed and billed: never deleted,
    the movements never changed (architecture.md rule 5)."""
    if _sqlite():
        op.execute("CREATE TRIGGER endorsements_no_delete BEFORE DELETE ON endorsements "
                   "BEGIN SELECT RAISE(ABORT, 'endorsements: ne se supprime pas'); END")
        for verb in ("UPDATE", "DELETE"):
            op.execute(f"CREATE TRIGGER endorsement_movements_no_{verb.lower()} BEFORE {verb} ON "
                       "endorsement_movements BEGIN SELECT RAISE(ABORT, "
                       "'endorsement_movements: ce qui a été écrit ne se modifie pas'); END")
        return
    op.execute("CREATE TRIGGER endorsements_no_delete BEFORE DELETE ON endorsements "
               "FOR EACH ROW EXECUTE FUNCTION pst_refuse_change()")
    op.execute("CREATE TRIGGER endorsement_movements_frozen BEFORE UPDATE OR DELETE ON endorsement_movements "
               "FOR EACH ROW EXECUTE FUNCTION pst_refuse_change()")


def downgrade() -> None:
    if _sqlite():
        for name in ("endorsements_no_delete", "endorsement_movements_no_update", "endorsement_movements_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS endorsements_no_delete ON endorsements")
        op.execute("DROP TRIGGER IF EXISTS endorsement_movements_frozen ON endorsement_movements")
    saved = _drop_triggers("issued_documents")
    if not _sqlite():
        op.execute("ALTER TABLE issued_documents DISABLE TRIGGER issued_documents_no_delete")
    op.execute("DELETE FROM issued_documents WHERE kind = 'endorsement'")
    if not _sqlite():
        op.execute("ALTER TABLE issued_documents ENABLE TRIGGER issued_documents_no_delete")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_issued_documents_kind"), type_="check")
        batch_op.drop_index("ix_issued_documents_endorsement_id")
        batch_op.drop_constraint(op.f("fk_issued_documents_endorsement_id_endorsements"), type_="foreignkey")
        batch_op.drop_column("endorsement_id")
        batch_op.create_check_constraint(op.f("ck_issued_documents_kind"), _in("kind", DOCUMENT_KINDS_BEFORE))
    _restore_triggers(saved)
    with op.batch_alter_table("policies", schema=None) as batch_op:
        batch_op.drop_column("end_date")
        batch_op.drop_column("refund_unused_days")
    op.drop_index("ix_cover_suspensions_policy_id", table_name="cover_suspensions")
    op.drop_index("ix_cover_suspensions_person_id", table_name="cover_suspensions")
    op.drop_table("cover_suspensions")
    op.drop_index("ix_person_terms_policy_id", table_name="person_terms")
    op.drop_index("ix_person_terms_person", table_name="person_terms")
    op.drop_table("person_terms")
    op.drop_index("ix_endorsement_movements_person_id", table_name="endorsement_movements")
    op.drop_index("ix_endorsement_movements_endorsement_id", table_name="endorsement_movements")
    op.drop_table("endorsement_movements")
    op.drop_index("ix_endorsements_policy_id", table_name="endorsements")
    op.drop_table("endorsements")
