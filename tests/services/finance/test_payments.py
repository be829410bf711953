"""Recording and allocating premium payments, reversals, refusals (domain.md §11, issue 9
worked figures; architecture.md rules 4, 5, 6)."""

from __future__ import annotations

import tempfile
import threading
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.collection import (
    Allocation,
    CollectionMode,
    MobileOperator,
    PayerKind,
    PaymentState,
)
from desktop_app.domain.errors import DomainError, FieldError, PermissionDenied, ValidationFailed
from desktop_app.domain.issued_documents import DocumentKind
from desktop_app.domain.kinds import IntermediaryKind
from desktop_app.domain.quittance_workflow import QuittanceState
from desktop_app.persistence.models import (
    IssuedDocument,
    PremiumAllocation,
    PremiumPayment,
    Quittance,
    StateTransition,
)
from desktop_app.services.administration import reference
from desktop_app.services.context import ServiceContext
from desktop_app.services.finance import payments
from desktop_app.services.finance.payments import PaymentInput
from tests.conftest import ON_POSTGRES
from tests.documents.pdftools import text as _pdf_text
from tests.services.finance.builders import TODAY, debtor, office, quittance

TRANSFER = CollectionMode.TRANSFER


def pdf_text(pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        return " ".join(_pdf_text(pdf, Path(folder)).split())


def pay(
    subscriber: int, amount: int, mode: CollectionMode = TRANSFER, **kw: object
) -> PaymentInput:
    return replace(
        PaymentInput(TODAY, PayerKind.SUBSCRIBER, subscriber, mode, amount),
        **kw,  # type: ignore[arg-type]
    )


def state(ctx: ServiceContext, quittance_id: int) -> QuittanceState:
    with ctx.read() as session:
        q = session.get(Quittance, quittance_id)
        assert q is not None
        return q.status


def balances(ctx: ServiceContext, subscriber: int) -> dict[str, int]:
    return {
        q.number.split("-")[2]: q.balance
        for q, _ in payments.preview_allocation(ctx, PayerKind.SUBSCRIBER, subscriber, 0)
    }


def test_issue_9_worked_figures_oldest_due_first_then_credit(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """domain.md §11, issue 9: Q1 221 711 (due first) and Q2 124 800; a transfer of
    300 000 pays Q1 (221 711) and 78 289 of Q2, leaving 46 511 due and no credit; a second
    payment of 50 000 pays Q2's 46 511 and leaves a credit of 3 489."""
    o = office(admin, clerk)
    sub, _, (q1, q2) = debtor(
        o, "Koné Aïcha", (221_711, date(2026, 2, 1)), (124_800, date(2026, 3, 1))
    )
    first = payments.record_payment(o.cashier, pay(sub, 300_000, reference="VIR 0042"))
    assert (first.number, first.allocated, first.credit) == ("RE-2026-000001", 300_000, 0)
    assert 221_711 + 78_289 == 300_000 and 124_800 - 78_289 == 46_511
    assert state(o.admin, q1) is QuittanceState.PAID
    assert state(o.admin, q2) is QuittanceState.PARTLY_PAID
    preview = payments.preview_allocation(o.cashier, PayerKind.SUBSCRIBER, sub, 50_000)
    assert [(q.quittance_id, q.balance, part) for q, part in preview] == [(q2, 46_511, 46_511)]

    second = payments.record_payment(o.cashier, pay(sub, 50_000))
    assert (second.number, second.allocated, second.credit) == ("RE-2026-000002", 46_511, 3_489)
    assert state(o.admin, q2) is QuittanceState.PAID
    # Each move went through the quittance's workflow and is on record.
    with o.admin.read() as session:
        moves = session.execute(
            select(StateTransition.record_id, StateTransition.transition)
            .where(StateTransition.table_name == "quittances")
            .order_by(StateTransition.id)
        ).all()
    assert moves == [(q1, "collect"), (q2, "collect_part"), (q2, "collect")]
    # The receipt is a stored snapshot: its PDF says the amount, the allocation and the credit.
    text = pdf_text(payments.receipt_pdf(o.cashier, second.payment_id))
    assert "RE-2026-000002" in text and "46 511" in text and "3 489" in text


def test_credit_is_allocated_later_to_a_new_quittance(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§11: the 3 489 left on the account are allocated when a quittance of 10 000 comes:
    it is partly paid, 6 511 still due, and no credit remains."""
    o = office(admin, clerk)
    sub, pid, (q1,) = debtor(o, "Bamba Issa", (46_511, date(2026, 2, 1)))
    done = payments.record_payment(o.cashier, pay(sub, 50_000))
    assert done.credit == 3_489
    q4 = quittance(o.admin, pid, 10_000, date(2026, 12, 1))
    later = payments.allocate_credit(o.cashier, done.payment_id)
    assert (later.allocated, later.credit) == (3_489, 0)
    assert state(o.admin, q4) is QuittanceState.PARTLY_PAID
    assert [
        (q.quittance_id, q.balance)
        for q, _ in payments.preview_allocation(o.cashier, PayerKind.SUBSCRIBER, sub, 0)
    ] == [(q4, 6_511)]
    with pytest.raises(FieldError, match="pas de crédit"):
        payments.allocate_credit(o.cashier, done.payment_id)
    # The receipt keeps its number and now shows both allocations.
    text = pdf_text(payments.receipt_pdf(o.cashier, done.payment_id))
    assert text.count("RE-2026-000001") >= 1 and "3 489" in text
    assert state(o.admin, q1) is QuittanceState.PAID


def test_a_bounced_cheque_reopens_the_debt_with_its_reason(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Issue 9: Q3 of 124 800 paid by one cheque of 124 800 which bounces: Q3 is unpaid again
    with 124 800 due, the reversal and its reason on Q3, the receipt keeps its number and
    shows the reversal. Nothing is deleted: the allocation and its counter-entry remain."""
    o = office(admin, clerk)
    sub, _, (q3,) = debtor(o, "Yao Serge", (124_800, date(2026, 10, 1)))
    cheque = pay(
        sub,
        124_800,
        CollectionMode.CHEQUE,
        bank="SGBCI",
        cheque_number="0012345",
        drawer="Yao Serge",
    )
    done = payments.record_payment(o.cashier, cheque)
    assert state(o.admin, q3) is QuittanceState.PAID
    with pytest.raises(FieldError, match="motif"):
        payments.reverse_payment(o.cashier, done.payment_id, "  ")
    payments.reverse_payment(o.cashier, done.payment_id, "Chèque rejeté : provision insuffisante")
    assert state(o.admin, q3) is QuittanceState.ISSUED
    assert balances(o.cashier, sub) == {"000001": 124_800} or list(
        balances(o.cashier, sub).values()
    ) == [124_800]
    with o.admin.read() as session:
        rows = session.scalars(
            select(PremiumAllocation.amount)
            .where(PremiumAllocation.quittance_id == q3)
            .order_by(PremiumAllocation.id)
        ).all()
        move = session.execute(
            select(StateTransition.transition, StateTransition.reason)
            .where(StateTransition.table_name == "quittances", StateTransition.record_id == q3)
            .order_by(StateTransition.id.desc())
        ).first()
        payment = session.get(PremiumPayment, done.payment_id)
        assert payment is not None and payment.status is PaymentState.REVERSED
        receipts = session.scalars(
            select(IssuedDocument.status).where(IssuedDocument.kind == DocumentKind.RECEIPT)
        ).all()
    assert list(rows) == [124_800, -124_800]
    assert (
        move is not None
        and move[0] == "reverse_all_collections"
        and "provision insuffisante" in move[1]
    )
    assert len(receipts) == 2  # the first superseded, the current one shows the reversal
    text = pdf_text(payments.receipt_pdf(o.cashier, done.payment_id))
    assert done.number in text and "CONTRE-PASSÉ" in text and "provision insuffisante" in text
    with pytest.raises(DomainError, match="Impayé|état"):
        payments.reverse_payment(o.cashier, done.payment_id, "encore")


def test_refusals_in_french_nothing_saved(admin: ServiceContext, clerk: ServiceContext) -> None:
    """Issue 9: amount zero, negative, with decimals or absurd; a future date; mobile money
    without a transaction id or with one already recorded; an allocation above the payment
    or above a quittance's balance; a cancelled quittance. Each refused, nothing saved, no
    receipt number taken."""
    o = office(admin, clerk)
    sub, pid, (q1, q2) = debtor(
        o, "Diallo Awa", (100_000, date(2026, 2, 1)), (50_000, date(2026, 3, 1))
    )
    cancelled = quittance(o.admin, pid, 30_000, date(2026, 1, 15), status=QuittanceState.CANCELLED)

    def refused(data: PaymentInput, field: str, words: str) -> None:
        with pytest.raises(ValidationFailed) as caught:
            payments.record_payment(o.cashier, data)
        assert words in caught.value.by_field()[field], caught.value.by_field()

    refused(pay(sub, 0), "amount", "supérieur à zéro")
    refused(pay(sub, -5_000), "amount", "supérieur à zéro")
    refused(pay(sub, 1_000.5), "amount", "sans décimales")  # type: ignore[arg-type]
    refused(pay(sub, 5_000_000_000), "amount", "invraisemblable")
    refused(replace(pay(sub, 10_000), payment_date=date(2026, 11, 22)), "payment_date", "futur")
    momo = pay(sub, 10_000, CollectionMode.MOBILE_MONEY, operator=MobileOperator.ORANGE_MONEY)
    refused(momo, "transaction_id", "obligatoire")
    refused(pay(sub, 10_000, CollectionMode.CHEQUE), "bank", "obligatoire")
    refused(
        pay(sub, 200_000, allocations=(Allocation(q1, 100_000), Allocation(q2, 60_000))),
        "allocations",
        "ne reste due que de 50",
    )
    refused(
        pay(sub, 100_000, allocations=(Allocation(q1, 100_000), Allocation(q2, 10_000))),
        "allocations",
        "dépasse ce qui reste du paiement",
    )
    refused(
        pay(sub, 30_000, allocations=(Allocation(cancelled, 30_000),)), "allocations", "annulée"
    )
    refused(pay(sub, 30_000, allocations=(Allocation(q1, 0),)), "allocations", "positif")
    with o.admin.read() as session:
        assert session.scalar(select(func.count()).select_from(PremiumPayment)) == 0
        assert session.scalar(select(func.count()).select_from(PremiumAllocation)) == 0

    first = payments.record_payment(o.cashier, replace(momo, transaction_id="om2611.0042"))
    assert first.number == "RE-2026-000001"
    refused(
        replace(momo, transaction_id="OM2611.0042"),
        "transaction_id",
        "déjà enregistrée (reçu RE-2026-000001)",
    )
    # The same id at another operator is another transaction.
    other = payments.record_payment(
        o.cashier, replace(momo, operator=MobileOperator.WAVE, transaction_id="OM2611.0042")
    )
    assert other.number == "RE-2026-000002"  # gap-free: the refusals took no number
    # A chosen allocation, the rest kept as credit; none at all: everything is credit.
    chosen = payments.record_payment(
        o.cashier, pay(sub, 20_000, allocations=(Allocation(q2, 5_000),))
    )
    assert (chosen.allocated, chosen.credit) == (5_000, 15_000)
    kept = payments.record_payment(o.cashier, pay(sub, 7_000, allocations=()))
    assert (kept.allocated, kept.credit) == (0, 7_000)
    with pytest.raises(PermissionDenied):
        payments.record_payment(o.clerk, pay(sub, 1_000))


def test_broker_cash_above_a_million_or_cheque_not_to_the_insurer_is_flagged(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§11, CIMA art. 541: cash through a broker above 1 000 000 FCFA for one policy, or a
    broker's cheque not made out to the insurer, is flagged (recorded, not refused)."""
    o = office(admin, clerk)
    broker, _ = reference.save_intermediary(
        o.admin,
        reference.IntermediaryData(
            "CRT01", IntermediaryKind.BROKER, "Courtage Ivoire", Decimal("0.1")
        ),
    )
    from tests.services.factories import draft_policy

    pid = draft_policy(o.clerk, broker, o.adm, date(2026, 1, 1), name="Société Akwaba")
    quittance(o.admin, pid, 1_500_000, date(2026, 2, 1))
    base = PaymentInput(TODAY, PayerKind.INTERMEDIARY, broker, CollectionMode.CASH, 1_000_000)
    assert payments.record_payment(o.cashier, base).flag == ""  # exactly 1 000 000: allowed
    over = payments.record_payment(o.cashier, replace(base, amount=1))
    assert "Art. 541" in over.flag and "espèces" in over.flag  # 1 000 001 on the policy
    cheque = replace(
        base,
        mode=CollectionMode.CHEQUE,
        amount=1_000,
        bank="BICICI",
        cheque_number="77",
        drawer="Courtage Ivoire",
        cheque_to_insurer=False,
    )
    assert "pas à l'ordre de l'assureur" in payments.record_payment(o.cashier, cheque).flag


@pytest.mark.skipif(not ON_POSTGRES, reason="two connections at once: PostgreSQL")
def test_two_cashiers_at_once_never_allocate_more_than_the_ttc(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Issue 9: two cashiers allocate to the same quittance of 124 800 at the same moment
    (separate connections): the total allocated stays 124 800, the rest is credit, the
    receipt numbers are 1…8 without a gap."""
    o = office(admin, clerk)
    sub, _, (q,) = debtor(o, "Ouattara Fatou", (124_800, date(2026, 2, 1)))
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def one(ctx: ServiceContext) -> None:
        try:
            barrier.wait()
            payments.record_payment(ctx, pay(sub, 40_000))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=one, args=((o.cashier, o.second)[i % 2],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with o.admin.read() as session:
        total = session.scalar(
            select(func.sum(PremiumAllocation.amount)).where(PremiumAllocation.quittance_id == q)
        )
        numbers = sorted(session.scalars(select(PremiumPayment.number)))
    assert total == 124_800
    assert numbers == [f"RE-2026-{i:06d}" for i in range(1, 9)]
    assert state(o.admin, q) is QuittanceState.PAID
