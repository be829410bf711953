"""search: composite name indexes so a name search walks the index in order

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 05:45:00
"""
from __future__ import annotations

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('insured_persons', schema=None) as batch_op:
        batch_op.create_index('ix_insured_persons_last_first', ['last_name_key', 'first_names_key', 'id'], unique=False)
        batch_op.create_index('ix_insured_persons_first_last', ['first_names_key', 'last_name_key', 'id'], unique=False)
        batch_op.drop_index('ix_insured_persons_last_name_key')
        batch_op.drop_index('ix_insured_persons_first_names_key')


def downgrade() -> None:
    with op.batch_alter_table('insured_persons', schema=None) as batch_op:
        batch_op.create_index('ix_insured_persons_first_names_key', ['first_names_key'], unique=False)
        batch_op.create_index('ix_insured_persons_last_name_key', ['last_name_key'], unique=False)
        batch_op.drop_index('ix_insured_persons_first_last')
        batch_op.drop_index('ix_insured_persons_last_first')
