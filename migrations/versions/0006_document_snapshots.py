"""claims: the décompte statement and the payment order keep what they printed

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 06:05:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('statement_snapshot', sa.Text(), nullable=True))
    with op.batch_alter_table('payment_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('snapshot', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('payment_orders', schema=None) as batch_op:
        batch_op.drop_column('snapshot')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_column('statement_snapshot')
