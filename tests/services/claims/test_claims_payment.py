"""Ordonnancement and règlement (domain.md §10.3, §10.4; architecture.md rules 4 and 5):
the full path of a file, the signatory rules, and a décompte paid at most once — on SQLite
one after the other, on PostgreSQL by two clerks at the same moment."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop_app.domain.care import CareCategory
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import Conflict, DomainError, FieldError, ValidationFailed
from desktop_app.domain.kinds import PaymentMode
from desktop_app.domain.roles import Role
from desktop_app.persistence.models import AuditEntry, ClaimPayment, PaymentOrder
from desktop_app.services.administration import users
from desktop_app.services.claims import assessments, payment_orders
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.claims.payment_orders import PaymentInput
from desktop_app.services.context import ServiceContext
from tests.conftest import make_user
from tests.services.claims.test_claims_builders import (
    TODAY,
    assessed,
    at,
    issued_policy,
    line,
    office,
    receive,
)

PHARMACY = CareCategory.PHARMACY
CHEQUE = PaymentInput(TODAY, PaymentMode.CHEQUE, "CHQ 0012345")


def test_full_path_received_assessed_ordered_paid_then_reversed(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Two files of 10 000 and 25 000 claimed at 80 %: 8 000 + 20 000 = 28 000 ordered and
    paid; one payment reversed goes back to « Ordonnancé » with a −20 000 counter-entry,
    then is paid again. Nothing is deleted: three payment rows remain."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi", "Bamba"])
    a = assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])
    b = assessed(o, ids["Bamba"], [line(date(2026, 10, 2), PHARMACY, 25_000)])
    created = payment_orders.create_payment_order(o.claims, [a, b], TODAY, o.signatory_id)
    assert (created.number, created.total) == ("OP-2026-00001", 28_000)
    assert claim_queries.get_claim(o.claims, a).status is ClaimState.ORDERED
    (order,) = payment_orders.list_orders(o.claims)
    assert [(i.claim_id, i.amount, i.paid) for i in order.items] == [
        (a, 8_000, False),
        (b, 20_000, False),
    ]

    paid = payment_orders.pay_order(o.claims, created.order_id, CHEQUE)
    assert paid.total == 28_000 and len(paid.payment_ids) == 2
    (order,) = payment_orders.list_orders(o.claims)
    assert order.status == "paid" and all(i.paid for i in order.items)
    assert claim_queries.get_claim(o.claims, b).status is ClaimState.PAID

    b_payment = paid.payment_ids[1]
    with pytest.raises(FieldError):
        payment_orders.reverse_payment(o.claims, b_payment, "   ")  # a reason is required
    payment_orders.reverse_payment(o.claims, b_payment, "Chèque libellé au mauvais bénéficiaire")
    assert claim_queries.get_claim(o.claims, b).status is ClaimState.ORDERED
    (order,) = payment_orders.list_orders(o.claims)
    assert order.status == "open" and [i.paid for i in order.items] == [True, False]
    rows = payment_orders.list_payments(o.claims)
    assert sorted(r.amount for r in rows) == [-20_000, 8_000, 20_000]
    assert [r.reversed for r in rows if r.id == b_payment] == [True]

    again = payment_orders.pay_order(
        o.claims, created.order_id, PaymentInput(TODAY, PaymentMode.TRANSFER, "VIR 778")
    )
    assert again.total == 20_000 and claim_queries.get_claim(o.claims, b).status is ClaimState.PAID
    with o.claims.read() as session:
        assert session.scalar(select(func.count(ClaimPayment.id))) == 4
        assert session.scalar(select(func.sum(ClaimPayment.amount))) == 28_000  # what left the bank
    kinds = [e.kind for e in claim_timeline.timeline(o.claims, b)]
    assert kinds == ["received", "assessed", "ordered", "paid", "payment_reversed", "paid"]
    with o.claims.read() as session:  # rule 5: every change is in the audit trail, nothing deleted
        actions = session.execute(
            select(AuditEntry.action, func.count())
            .where(AuditEntry.table_name == "claim_payments")
            .group_by(AuditEntry.action)
        ).all()
    assert dict(actions) == {"insert": 4, "update": 1}


def test_signatory_rules(admin: ServiceContext, clerk: ServiceContext) -> None:
    """§10.3: the signatory may sign orders and did not assess the décomptes; only assessed
    files, each in one live order. A refused order takes no number."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    # A senior clerk both assessing and signing: may not sign what they assessed.
    senior_id = make_user(o.admin, "chef", Role.CLAIMS, Role.SIGNATORY)
    senior = at(users.login(o.admin, "chef", "motdepasse1"))
    mine = receive(o, ids["Kouassi"], 10_000)
    assessments.assess_claim(senior, mine, [line(date(2026, 10, 1), PHARMACY, 10_000)])
    with pytest.raises(ValidationFailed) as refused:
        payment_orders.create_payment_order(o.claims, [mine], TODAY, senior_id)
    assert "un autre signataire" in refused.value.by_field()["signatory_id"]
    with pytest.raises(FieldError, match="n'a pas le droit de signer"):
        payment_orders.create_payment_order(o.claims, [mine], TODAY, o.claims_id)
    received_only = receive(o, ids["Kouassi"], 5_000)
    with pytest.raises(ValidationFailed, match="seul un décompte validé"):
        payment_orders.create_payment_order(o.claims, [received_only], TODAY, o.signatory_id)
    with pytest.raises(ValidationFailed, match="futur"):
        payment_orders.create_payment_order(o.claims, [mine], date(2026, 11, 22), o.signatory_id)
    first = payment_orders.create_payment_order(o.claims, [mine], TODAY, o.signatory_id)
    assert first.number == "OP-2026-00001"
    with pytest.raises(ValidationFailed, match="Ordonnancé"):
        payment_orders.create_payment_order(o.claims, [mine], TODAY, o.signatory_id)
    # Cancelled before payment, the file may go into a new order.
    payment_orders.cancel_payment_order(o.signatory, first.order_id, "Erreur de bénéficiaire")
    assert claim_queries.get_claim(o.claims, mine).status is ClaimState.ASSESSED
    assert (
        payment_orders.create_payment_order(o.claims, [mine], TODAY, o.signatory_id).number
        == "OP-2026-00002"
    )


def test_paid_at_most_once_one_after_the_other(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])
    order = payment_orders.create_payment_order(o.claims, [claim_id], TODAY, o.signatory_id)
    (payment_id,) = payment_orders.pay_order(o.claims, order.order_id, CHEQUE).payment_ids
    with pytest.raises(Conflict, match="déjà réglé"):
        payment_orders.pay_order(o.claims, order.order_id, CHEQUE)
    payment_orders.reverse_payment(o.claims, payment_id, "Chèque perdu")
    with pytest.raises(Conflict, match="déjà contre-passé"):
        payment_orders.reverse_payment(o.claims, payment_id, "Chèque perdu")
    with pytest.raises(ValidationFailed, match="référence est obligatoire"):
        payment_orders.pay_order(o.claims, order.order_id, PaymentInput(TODAY, PaymentMode.CHEQUE))
    # The database itself refuses a second live payment of the same file.
    payment_orders.pay_order(o.claims, order.order_id, CHEQUE)
    with pytest.raises(Conflict) as refused, o.claims.write() as session:
        session.add(
            ClaimPayment(
                order_id=order.order_id,
                claim_id=claim_id,
                paid_claim_id=claim_id,
                payment_date=date(2026, 11, 13),
                period_label="x",
                mode=PaymentMode.CASH,
                reference="",
                payee="x",
                amount=8_000,
                reason="",
                created_by="x",
                created_at=o.claims.now(),
            )
        )
        session.flush()
    assert isinstance(refused.value.__cause__, IntegrityError)
    with o.claims.read() as session:
        assert session.scalar(select(func.sum(ClaimPayment.amount))) == 8_000


@pytest.mark.postgres_only
def test_two_clerks_pay_the_same_order_at_the_same_moment(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Two threads press « Régler » together: exactly one payment, one French Conflict."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_ids = [
        assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000 + n, f"P-{n}")])
        for n in range(3)
    ]
    order = payment_orders.create_payment_order(o.claims, claim_ids, TODAY, o.signatory_id)
    second_clerk = o.claims.as_actor(o.claims.actor)
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def press(ctx: ServiceContext) -> None:
        barrier.wait()
        try:
            outcomes.append(payment_orders.pay_order(ctx, order.order_id, CHEQUE))
        except DomainError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=press, args=(ctx,)) for ctx in (o.claims, second_clerk)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    done = [x for x in outcomes if isinstance(x, payment_orders.PaymentDone)]
    refused = [x for x in outcomes if isinstance(x, Conflict)]
    assert len(done) == 1 and len(refused) == 1, outcomes
    assert "réglé" in refused[0].message
    with o.claims.read() as session:
        assert session.scalar(select(func.count(ClaimPayment.id))) == 3
        assert session.scalar(select(func.sum(ClaimPayment.amount))) == 8_000 + 8_001 + 8_002
        assert session.scalar(select(PaymentOrder.status)) == "paid"


def test_printed_statement_and_order_are_snapshots(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Architecture rule 7: the décompte statement and the payment order reprint what was
    validated and signed, even after the person's name and the company changed; the order
    gains its mode of payment once paid."""
    from desktop_app.persistence.models import InsuredPerson
    from desktop_app.services.claims import documents as claim_documents

    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    a = assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])
    created = payment_orders.create_payment_order(o.claims, [a], TODAY, o.signatory_id)
    statement = claim_documents.claim_statement_snapshot(o.claims, a)
    order = claim_documents.payment_order_snapshot(o.claims, created.order_id)
    assert statement.person_name.startswith("Kouassi") and order.mode_label == ""
    with admin.write() as session:
        person = session.get(InsuredPerson, ids["Kouassi"])
        assert person is not None
        person.last_name = "Kouassi-Bamba"
    assert claim_documents.claim_statement_snapshot(o.claims, a) == statement
    assert claim_documents.payment_order_snapshot(o.claims, created.order_id) == order
    payment_orders.pay_order(o.claims, created.order_id, CHEQUE)
    paid = claim_documents.payment_order_snapshot(o.claims, created.order_id)
    assert paid.mode_label == "Chèque" and paid.items == order.items
    assert claim_documents.claim_statement_pdf(o.claims, a).startswith(b"%PDF")
