"""renewal: the policy years, each with the loss ratio that set its premium

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 23:30:00

Every issued policy gets the row of its current year (from its effective date to its
expiry); each renewal adds the next one. A year is written once (issue 8, §9).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "policy_years",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=False),
        sa.Column("endorsement_id", sa.Integer(), nullable=True),
        sa.Column("quittance_id", sa.Integer(), nullable=True),
        sa.Column("claims_paid", sa.BigInteger(), nullable=False),
        sa.Column("claims_outstanding", sa.BigInteger(), nullable=False),
        sa.Column("earned_premium", sa.BigInteger(), nullable=False),
        sa.Column("table_rate", sa.Integer(), nullable=False),
        sa.Column("rate", sa.Integer(), nullable=False),
        sa.Column("band_label", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("persons_left", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("expiry >= start", name=op.f("ck_policy_years_span")),
        sa.ForeignKeyConstraint(
            ["endorsement_id"], ["endorsements.id"], name=op.f("fk_policy_years_endorsement_id_endorsements")
        ),
        sa.ForeignKeyConstraint(["policy_id"], ["policies.id"], name=op.f("fk_policy_years_policy_id_policies")),
        sa.ForeignKeyConstraint(
            ["quittance_id"], ["quittances.id"], name=op.f("fk_policy_years_quittance_id_quittances")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_years")),
        sa.UniqueConstraint("policy_id", "year", name=op.f("uq_policy_years_policy_id")),
    )
    op.create_index("ix_policy_years_policy_id", "policy_years", ["policy_id"])
    # The current year of each issued policy, as it stands.
    op.execute(
        "INSERT INTO policy_years (policy_id, year, start, expiry, quittance_id, claims_paid, "
        "claims_outstanding, earned_premium, table_rate, rate, band_label, reason, persons, "
        "persons_left, created_by, created_at) "
        "SELECT p.id, CAST(" + ("strftime('%Y', p.expiry_date)" if _sqlite() else "EXTRACT(YEAR FROM p.expiry_date)")
        + " AS INTEGER), p.effective_date, p.expiry_date, "
        "(SELECT MIN(q.id) FROM quittances q WHERE q.policy_id = p.id), 0, 0, 0, 0, 0, '', '', "
        "(SELECT COUNT(*) FROM insured_persons i WHERE i.policy_id = p.id), 0, 'migration', "
        "CURRENT_TIMESTAMP FROM policies p WHERE p.status <> 'draft'"
    )
    if _sqlite():
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER policy_years_no_{verb.lower()} BEFORE {verb} ON policy_years "
                "BEGIN SELECT RAISE(ABORT, 'policy_years: ce qui a été écrit ne se modifie pas'); END"
            )
    else:
        op.execute(
            "CREATE TRIGGER policy_years_frozen BEFORE UPDATE OR DELETE ON policy_years "
            "FOR EACH ROW EXECUTE FUNCTION pst_refuse_change()"
        )


def downgrade() -> None:
    if _sqlite():
        for name in ("policy_years_no_update", "policy_years_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS policy_years_frozen ON policy_years")
    op.drop_index("ix_policy_years_policy_id", table_name="policy_years")
    op.drop_table("policy_years")
