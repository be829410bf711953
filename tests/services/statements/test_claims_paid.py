"""The claims-paid statement read back from the .xlsx (domain.md §10.4, §12): to the franc
what the database says was paid, tiers payant apart, by décade, reversals included."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from desktop_app.domain.assessment_facts import LineInput
from desktop_app.domain.care import CareCategory
from desktop_app.domain.kinds import ManagementSystem, PaymentMode
from desktop_app.domain.payment_order_workflow import PaymentOrderState
from desktop_app.exports.claims_paid_statement import DIRECT_SHEET, OUTSIDE_SHEET
from desktop_app.persistence.models import Claim, ClaimPayment, PaidClaimLine
from desktop_app.services.claims import assessments, payment_orders
from desktop_app.services.claims import reception as claims
from desktop_app.services.context import ServiceContext
from desktop_app.services.statements import production as statements
from desktop_app.services.statements.claims_paid import export_claims_paid
from desktop_app.services.statements.cli import export_statement_cli
from tests.services.claims.test_claims_builders import (
    Office,
    at,
    issued_policy,
    line,
    office,
    ordered,
    receive,
)

PHARMACY, CONSULTATION = CareCategory.PHARMACY, CareCategory.CONSULTATION


def _paid(
    o: Office,
    person_id: int,
    lines: list[LineInput],
    day: date,
    mode: ManagementSystem = ManagementSystem.DIRECT_BILLING,
) -> tuple[int, int]:
    """Received, assessed, ordered and paid on ``day`` (cash). Returns (claim, payment)."""
    ctx = at(o.claims, datetime.combine(day, datetime.min.time()).replace(hour=10))
    claim_id = receive(o, person_id, sum(x.claimed for x in lines), received=day, mode=mode)
    assessments.assess_claim(ctx, claim_id, lines)
    order = ordered(o, [claim_id], day, clerk=ctx)
    done = payment_orders.pay_order(ctx, order, payment_orders.PaymentInput(day, PaymentMode.CASH))
    return claim_id, done.payment_ids[0]


def _sheet(path: Path, title: str) -> list[tuple[object, ...]]:
    rows = list(openpyxl.load_workbook(path)[title].iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "Date de règlement")
    return [r for r in rows[header + 1 :] if r and isinstance(r[0], datetime)]


def _reimbursed(rows: list[tuple[object, ...]]) -> int:
    """The « Montant remboursé » column, summed."""
    amounts = [r[13] for r in rows]
    assert all(isinstance(a, int) for a in amounts)
    return sum(a for a in amounts if isinstance(a, int))


def test_claims_paid_statement_matches_the_database(
    admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:
    """October 2026, at 80 %:
    - 08/10, tiers payant: pharmacy 10 000 → 8 000 and consultation 20 000 → 16 000;
    - 15/10, classique: pharmacy 50 000 → 40 000 paid to the member;
    - 25/10, tiers payant: pharmacy 7 000 → 5 600, reversed on 28/10 (−5 600);
    - 02/11: pharmacy 1 000 → 800, outside the period.
    Tiers payant: 24 000 (1st décade 24 000, 3rd décade 0); hors tiers payant: 40 000."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi", "Bamba"])
    k, b = ids["Kouassi"], ids["Bamba"]
    _paid(
        o,
        k,
        [
            line(date(2026, 10, 6), PHARMACY, 10_000, "A-1"),
            line(date(2026, 10, 6), CONSULTATION, 20_000, "A-2"),
        ],
        date(2026, 10, 8),
    )
    _paid(
        o,
        b,
        [line(date(2026, 10, 13), PHARMACY, 50_000, "B-1")],
        date(2026, 10, 15),
        mode=ManagementSystem.REIMBURSEMENT,
    )
    _, reversed_id = _paid(
        o, k, [line(date(2026, 10, 20), PHARMACY, 7_000, "C-1")], date(2026, 10, 25)
    )
    payment_orders.reverse_payment(
        at(o.claims, datetime(2026, 10, 28, 11)), reversed_id, "Payé en double", date(2026, 10, 28)
    )
    _paid(o, b, [line(date(2026, 10, 30), PHARMACY, 1_000, "D-1")], date(2026, 11, 2))

    scope = statements.StatementScope(date(2026, 10, 1), date(2026, 10, 31))
    out = tmp_path / "sinistres.xlsx"
    result = export_claims_paid(o.accountant, scope, out)
    direct, outside = _sheet(out, DIRECT_SHEET), _sheet(out, OUTSIDE_SHEET)
    assert [r[13] for r in direct] == [8_000, 16_000, 5_600, -5_600]
    assert [r[13] for r in outside] == [40_000]
    assert [r[1] for r in direct] == ["1re décade d'octobre 2026"] * 2 + [
        "3e décade d'octobre 2026"
    ] * 2
    assert direct[3][16] == "Contre-passation" and outside[0][14] == "Bamba Jean"
    assert all(r[8] in (None, "") for r in direct + outside)  # no care category for the accountant
    heading = [
        c
        for r in openpyxl.load_workbook(out)[DIRECT_SHEET].iter_rows(max_row=6, values_only=True)
        for c in r
    ]
    assert any(isinstance(c, str) and "secret médical" in c for c in heading)  # and says why
    assert result.reimbursed_by_decade[DIRECT_SHEET] == {(2026, 10, 1): 24_000, (2026, 10, 3): 0}
    assert result.reimbursed_by_decade[OUTSIDE_SHEET] == {(2026, 10, 2): 40_000}

    with o.claims.read() as session:
        by_mode: dict[ManagementSystem, int] = dict(
            session.execute(  # type: ignore[arg-type]
                select(Claim.mode, func.sum(ClaimPayment.amount))
                .join(Claim, Claim.id == ClaimPayment.claim_id)
                .where(ClaimPayment.payment_date.between(scope.start, scope.end))
                .group_by(Claim.mode)
            ).all()
        )
    assert _reimbursed(direct) == by_mode[ManagementSystem.DIRECT_BILLING] == 24_000
    assert _reimbursed(outside) == by_mode[ManagementSystem.REIMBURSEMENT] == 40_000

    # The administrator's command-line verb runs as the system: the categories are printed.
    cli_out = tmp_path / "cli.xlsx"
    assert export_statement_cli(o.admin.db, "claims-paid", scope.start, scope.end, cli_out) == 5
    assert [r[8] for r in _sheet(cli_out, OUTSIDE_SHEET)] == ["Pharmacie"]


def _month(o: Office, tmp_path: Path, start: date, end: date) -> list[tuple[object, ...]]:
    out = tmp_path / f"sinistres-{start:%Y-%m}.xlsx"
    export_claims_paid(o.accountant, statements.StatementScope(start, end), out)
    return _sheet(out, DIRECT_SHEET) + _sheet(out, OUTSIDE_SHEET)


def test_a_closed_month_says_the_same_after_the_file_is_paid_again(
    admin: ServiceContext, clerk: ServiceContext, tmp_path: Path
) -> None:
    """Architecture rule 5, issue 7: pharmacy 10 000 at 80 % paid 8 000 on 08/10; the payment
    is reversed on 03/11, the file reopened, its décompte redone at 5 000 claimed (4 000
    paid) and paid on 05/11. October's statement still says 8 000 — what left the bank in
    October —; November's says −8 000 and +4 000; all statements together equal the bank
    movements to the franc (8 000 − 8 000 + 4 000 = 4 000)."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id, payment_id = _paid(
        o, ids["Kouassi"], [line(date(2026, 10, 6), PHARMACY, 10_000, "A-1")], date(2026, 10, 8)
    )
    october = _month(o, tmp_path, date(2026, 10, 1), date(2026, 10, 31))
    assert [(r[3], r[10], r[13]) for r in october] == [("S-2026-000001", 10_000, 8_000)]

    november_3 = at(o.claims, datetime(2026, 11, 3, 9))
    payment_orders.reverse_payment(november_3, payment_id, "Montant erroné", date(2026, 11, 3))
    # The reversed file left its order (still « Réglé »: a record of what it paid).
    (order,) = payment_orders.list_orders(o.claims)
    assert order.status is PaymentOrderState.PAID and order.items[0].withdrawn
    claims.reopen_claim(november_3, claim_id, "Facture rectifiée par la pharmacie")
    assessments.assess_claim(
        at(o.claims, datetime(2026, 11, 4, 9)),
        claim_id,
        [line(date(2026, 10, 6), PHARMACY, 5_000, "A-1")],
    )
    november_5 = at(o.claims, datetime(2026, 11, 5, 9))
    payment_orders.pay_order(
        november_5,
        ordered(o, [claim_id], date(2026, 11, 5), clerk=november_5),
        payment_orders.PaymentInput(date(2026, 11, 5), PaymentMode.CASH),
    )

    assert _month(o, tmp_path, date(2026, 10, 1), date(2026, 10, 31)) == october
    november = _month(o, tmp_path, date(2026, 11, 1), date(2026, 11, 30))
    assert [(r[10], r[13], r[16]) for r in november] == [
        (-10_000, -8_000, "Contre-passation"),
        (5_000, 4_000, None),
    ]
    with o.claims.read() as session:
        bank = session.scalar(select(func.sum(ClaimPayment.amount)))
    assert _reimbursed(october) + _reimbursed(november) == bank == 4_000


def test_what_was_paid_cannot_be_changed_or_deleted(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """The database itself refuses to update or delete a frozen paid line, to delete a
    payment, or to change the amounts and dates of a payment or a quittance once written
    (architecture.md rule 5), on SQLite and PostgreSQL alike."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    _, payment_id = _paid(
        o, ids["Kouassi"], [line(date(2026, 10, 6), PHARMACY, 10_000, "A-1")], date(2026, 10, 8)
    )
    for statement in (
        "UPDATE paid_claim_lines SET reimbursed = 1",
        "DELETE FROM paid_claim_lines",
        f"DELETE FROM claim_payments WHERE id = {payment_id}",
        f"UPDATE claim_payments SET amount = 1 WHERE id = {payment_id}",
        f"UPDATE claim_payments SET payment_date = '2026-10-09' WHERE id = {payment_id}",
        "UPDATE quittances SET total = total + 1, net = net + 1",
    ):
        with pytest.raises(DBAPIError, match="ne se"), o.claims.db.engine.begin() as conn:
            conn.execute(text(statement))
    with o.claims.read() as session:
        assert session.scalar(select(func.sum(PaidClaimLine.reimbursed))) == 8_000
    # What moves stays free: a quittance's state, a payment's live mark (cleared by a reversal).
    with o.claims.db.engine.begin() as conn:
        conn.execute(text("UPDATE quittances SET status = 'paid'"))
        conn.execute(text("UPDATE claim_payments SET paid_claim_id = NULL"))
