"""claims indexes: « Liste décompte » in care-date order, the audit journal by table

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21 06:00:00

Measured on 1 000 000 décompte lines and 1 470 000 audit rows (bench/README.md, claims):
the first page of « Liste décompte » (latest care first) read and sorted every line
(≈ 340 ms; 0.4 ms with ``ix_assessment_lines_care``), and the audit journal filtered by
table sorted every entry of that table by id (≈ 1.1 s; 0.2 ms with ``ix_audit_entries_table``).
"""
from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('assessment_lines', schema=None) as batch_op:
        batch_op.create_index('ix_assessment_lines_care', ['care_date', 'claim_id'], unique=False)
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entries_table', ['table_name', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_table')
    with op.batch_alter_table('assessment_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_assessment_lines_care')
