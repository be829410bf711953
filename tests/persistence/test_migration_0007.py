"""Migration 0007 on a portfolio with claims paid before it (issue 7): taken back to 0006
and forward again, what each payment paid is rebuilt line by line where the décompte still
adds up to it, as one line carrying the amount where the file was assessed again since;
open orders wait for a real signature; the stored claim documents move into the one store."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desktop_app.domain.care import CareCategory
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.issued_documents import DocumentKind, DocumentState
from desktop_app.domain.kinds import PaymentMode
from desktop_app.domain.payment_order_workflow import PaymentOrderState
from desktop_app.persistence import migrate
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import (
    Claim,
    ClaimPayment,
    IssuedDocument,
    PaidClaimLine,
    PaymentOrder,
    Quittance,
)
from desktop_app.services.claims import assessments, payment_orders
from desktop_app.services.claims import reception as claims
from desktop_app.services.context import ServiceContext
from tests.services.claims.test_claims_builders import (
    TODAY,
    assessed,
    issued_policy,
    line,
    office,
    ordered,
)

PHARMACY = CareCategory.PHARMACY
CASH = payment_orders.PaymentInput(TODAY, PaymentMode.CASH)


def _step(db: Database, target: str, down: bool = False) -> None:
    config = migrate.alembic_config(db)
    with migrate.migration_connection(db) as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)


def _lines(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(
                    PaidClaimLine.payment_id,
                    PaidClaimLine.line_no,
                    PaidClaimLine.category,
                    PaidClaimLine.claimed,
                    PaidClaimLine.reimbursed,
                    PaidClaimLine.payment_date,
                ).order_by(PaidClaimLine.payment_id, PaidClaimLine.line_no)
            )
        ]


def test_payments_made_before_0007_are_rebuilt(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    o = office(admin, clerk)
    db = o.claims.db
    _, ids = issued_policy(o, ["Kouassi", "Bamba"])
    # File 1: two lines, 10 000 + 5 000 at 80 % = 12 000, paid.
    one = assessed(
        o,
        ids["Kouassi"],
        [
            line(date(2026, 10, 1), PHARMACY, 10_000, "A"),
            line(date(2026, 10, 1), PHARMACY, 5_000, "B"),
        ],
    )
    payment_orders.pay_order(o.claims, ordered(o, [one]), CASH)
    # File 2: 10 000 → 8 000 paid, reversed, assessed again at 5 000 → 4 000, paid again.
    two = assessed(o, ids["Bamba"], [line(date(2026, 10, 2), PHARMACY, 10_000, "C")])
    first = payment_orders.pay_order(o.claims, ordered(o, [two]), CASH)
    payment_orders.reverse_payment(o.claims, first.payment_ids[0], "Montant erroné")
    claims.reopen_claim(o.claims, two, "Facture rectifiée")
    assessments.assess_claim(o.claims, two, [line(date(2026, 10, 2), PHARMACY, 5_000, "C")])
    payment_orders.pay_order(o.claims, ordered(o, [two]), CASH)
    # File 3: ordered and signed, not paid.
    three = assessed(o, ids["Kouassi"], [line(date(2026, 10, 3), PHARMACY, 2_000, "D")])
    waiting = ordered(o, [three])
    # File 4: 3 000 → 2 400 paid, then reversed.
    four = assessed(o, ids["Bamba"], [line(date(2026, 10, 4), PHARMACY, 3_000, "E")])
    four_order = ordered(o, [four])
    four_paid = payment_orders.pay_order(o.claims, four_order, CASH)
    payment_orders.reverse_payment(o.claims, four_paid.payment_ids[0], "Chèque perdu")
    frozen = _lines(db)
    assert [r[4] for r in frozen] == [8_000, 4_000, 8_000, -8_000, 4_000, 2_400, -2_400]

    _step(db, "0006", down=True)
    # Before 0007 a reversed file went back into its order, waiting to be paid again, and
    # its order was « open »: as file 4 would have been.
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE claims SET status = 'ordered' WHERE id = :c"), {"c": four})
        conn.execute(
            text("UPDATE payment_order_items SET open_claim_id = claim_id WHERE claim_id = :c"),
            {"c": four},
        )
        conn.execute(
            text("UPDATE payment_orders SET status = 'open' WHERE id = :o"), {"o": four_order}
        )
    with db.engine.begin() as conn:
        assert (
            conn.execute(
                text("SELECT status FROM payment_orders WHERE id = :i"), {"i": waiting}
            ).scalar()
            == "open"
        )
        assert (
            conn.execute(
                text("SELECT COUNT(*) FROM claims WHERE statement_snapshot IS NOT NULL")
            ).scalar()
            == 4
        )
    _step(db, "head")

    rebuilt = _lines(db)
    # File 1 as it was; file 2's first payment and its reversal as one line of the amount
    # (its décompte now says 4 000); its second payment as it was.
    assert rebuilt[:2] == frozen[:2]
    assert [(r[1], r[2], r[3], r[4]) for r in rebuilt[2:4]] == [
        (1, "", 8_000, 8_000),
        (1, "", -8_000, -8_000),
    ]
    assert rebuilt[4:] == frozen[4:]
    with db.read() as session:
        assert (
            session.scalar(select(func.sum(PaidClaimLine.reimbursed)))
            == session.scalar(select(func.sum(ClaimPayment.amount)))
            == 16_000
        )
        # File 4 left its order, which stays paid (a new, signed order will pay it again).
        assert session.scalar(select(Claim.status).where(Claim.id == four)) is ClaimState.ASSESSED
        assert session.scalar(select(PaymentOrder.status).where(PaymentOrder.id == four_order)) is (
            PaymentOrderState.PAID
        )
        signed = session.get(PaymentOrder, waiting)
        assert signed is not None and (signed.status, signed.signatory_id) == (
            PaymentOrderState.TO_SIGN,
            None,
        )
        statements = session.scalars(
            select(IssuedDocument).where(IssuedDocument.kind == DocumentKind.CLAIM_STATEMENT)
        ).all()
        assert sorted(d.claim_id or 0 for d in statements) == sorted([one, two, three, four])
        assert {d.status for d in statements} == {DocumentState.ISSUED}
        # The quittances keep their parties, filled from the policy when they had none.
        parties = session.execute(
            select(Quittance.subscriber_name, Quittance.intermediary_code)
        ).all()
        assert parties == [("Société Ivoirienne de Banque", "AG01")]
    with pytest.raises(DBAPIError), db.engine.begin() as conn:  # frozen again after the upgrade
        conn.execute(text("UPDATE paid_claim_lines SET reimbursed = 0"))
    with pytest.raises(DBAPIError), db.engine.begin() as conn:
        conn.execute(text("UPDATE quittances SET subscriber_name = 'x'"))


def test_the_migration_refuses_to_run_with_sqlite_foreign_keys_on(empty_db: Database) -> None:
    """A table copy with foreign keys on would delete the quittances' lines (ON DELETE
    CASCADE): 0007 refuses to run outside ``migrate.migration_connection``."""
    if not empty_db.is_sqlite:
        pytest.skip("SQLite only: PostgreSQL alters tables in place")
    _step(empty_db, "0006")
    config = migrate.alembic_config(empty_db)
    with empty_db.write_engine.begin() as connection, pytest.raises(RuntimeError, match="0007"):
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    assert migrate.current_revision(empty_db) == "0006"
