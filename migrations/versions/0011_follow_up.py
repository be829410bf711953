"""follow-up: the requests log and the renewal calendar's records (domain.md §14)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 01:00:00

The requests log (follow-up table b: an endorsement request from the subscriber's letter
to the endorsement that answers it), the checklist items ticked on the renewal calendar's
touchpoints and the client's decision; an index on the policies' expiry so that the
calendar's « cette semaine » list is five index ranges (issue 8).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

REQUEST_STATES = ("received", "sent", "confirmed", "processed", "rejected")
DECISIONS = ("renew", "renew_changed", "cancel", "no_answer")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    op.create_table(
        "endorsement_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("letter_date", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("sent_to_administrator_on", sa.Date(), nullable=True),
        sa.Column("administrator_confirmed_on", sa.Date(), nullable=True),
        sa.Column("new_matricule", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("rejection_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("endorsement_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(_in("status", REQUEST_STATES), name=op.f("ck_endorsement_requests_status")),
        sa.CheckConstraint(
            "status NOT IN ('sent', 'confirmed') OR sent_to_administrator_on IS NOT NULL",
            name=op.f("ck_endorsement_requests_sent"),
        ),
        sa.CheckConstraint(
            "status <> 'confirmed' OR administrator_confirmed_on IS NOT NULL",
            name=op.f("ck_endorsement_requests_confirmed"),
        ),
        sa.CheckConstraint(
            "status <> 'processed' OR endorsement_id IS NOT NULL",
            name=op.f("ck_endorsement_requests_processed"),
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policies.id"], name=op.f("fk_endorsement_requests_policy_id_policies")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["insured_persons.id"],
            name=op.f("fk_endorsement_requests_person_id_insured_persons"),
        ),
        sa.ForeignKeyConstraint(
            ["endorsement_id"], ["endorsements.id"],
            name=op.f("fk_endorsement_requests_endorsement_id_endorsements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_endorsement_requests")),
        sa.UniqueConstraint("endorsement_id", name=op.f("uq_endorsement_requests_endorsement_id")),
    )
    op.create_index("ix_endorsement_requests_policy_id", "endorsement_requests", ["policy_id"])
    op.create_index(
        "ix_endorsement_requests_status", "endorsement_requests", ["status", "received_on"]
    )
    op.create_table(
        "renewal_touchpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("updated_by", sa.String(length=30), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "offset_days IN (120, 90, 60, 30, 14)", name=op.f("ck_renewal_touchpoints_offset")
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policies.id"], name=op.f("fk_renewal_touchpoints_policy_id_policies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_touchpoints")),
        sa.UniqueConstraint(
            "policy_id", "expiry", "offset_days", name=op.f("uq_renewal_touchpoints_policy_id")
        ),
    )
    op.create_table(
        "renewal_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("written_confirmation_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=30), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(_in("decision", DECISIONS), name=op.f("ck_renewal_decisions_decision")),
        sa.ForeignKeyConstraint(
            ["policy_id"], ["policies.id"], name=op.f("fk_renewal_decisions_policy_id_policies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_renewal_decisions")),
        sa.UniqueConstraint("policy_id", "expiry", name=op.f("uq_renewal_decisions_policy_id")),
    )
    op.create_index("ix_policies_expiry_date", "policies", ["expiry_date"])


def downgrade() -> None:
    op.drop_index("ix_policies_expiry_date", table_name="policies")
    op.drop_table("renewal_decisions")
    op.drop_table("renewal_touchpoints")
    op.drop_index("ix_endorsement_requests_status", table_name="endorsement_requests")
    op.drop_index("ix_endorsement_requests_policy_id", table_name="endorsement_requests")
    op.drop_table("endorsement_requests")
