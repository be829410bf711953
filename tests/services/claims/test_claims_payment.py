"""Ordonnancement and règlement (domain.md §10.3, §10.4; architecture.md rules 4, 5, 6, 11):
the full path of a file, the four-eyes signature, and a décompte paid at most once — on
SQLite one after the other, on PostgreSQL by two clerks at the same moment."""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop_app.domain.care import CareCategory
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import (
    Conflict,
    DomainError,
    FieldError,
    PermissionDenied,
    ValidationFailed,
)
from desktop_app.domain.kinds import PaymentMode
from desktop_app.domain.payment_order_workflow import PaymentOrderState
from desktop_app.domain.roles import Role
from desktop_app.domain.workflow import ForbiddenTransition
from desktop_app.persistence.models import AuditEntry, ClaimPayment, PaymentOrder, StateTransition
from desktop_app.services.administration import users
from desktop_app.services.claims import assessments, payment_orders
from desktop_app.services.claims import documents as claim_documents
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.claims.payment_orders import PaymentInput, SignatoryCredentials
from desktop_app.services.context import ServiceContext
from tests.conftest import make_user
from tests.services.claims.test_claims_builders import (
    TODAY,
    assessed,
    at,
    issued_policy,
    line,
    office,
    ordered,
    receive,
)

PHARMACY = CareCategory.PHARMACY
CHEQUE = PaymentInput(TODAY, PaymentMode.CHEQUE, "CHQ 0012345")


def test_full_path_received_assessed_ordered_paid_then_reversed(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Two files of 10 000 and 25 000 claimed at 80 %: 8 000 + 20 000 = 28 000 ordered,
    signed and paid; one payment reversed with a −20 000 counter-entry: its file leaves the
    order (« Décompté »), and is paid again only through a new order, signed again (four
    eyes on every payment). Nothing is deleted: four payment rows remain."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi", "Bamba"])
    a = assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])
    b = assessed(o, ids["Bamba"], [line(date(2026, 10, 2), PHARMACY, 25_000)])
    created = payment_orders.create_payment_order(o.claims, [a, b], TODAY)
    assert (created.number, created.total) == ("OP-2026-00001", 28_000)
    assert claim_queries.get_claim(o.claims, a).status is ClaimState.ORDERED
    (order,) = payment_orders.list_orders(o.claims)
    assert [(i.claim_id, i.amount, i.paid) for i in order.items] == [
        (a, 8_000, False),
        (b, 20_000, False),
    ]
    assert (order.status, order.signatory) == (PaymentOrderState.TO_SIGN, "")
    with pytest.raises(Conflict, match="n'est pas signé"):
        payment_orders.pay_order(o.claims, created.order_id, CHEQUE)
    payment_orders.sign_payment_order(o.signatory, created.order_id)
    (order,) = payment_orders.list_orders(o.claims)
    assert (order.status, order.signatory) == (PaymentOrderState.SIGNED, "Sig")

    paid = payment_orders.pay_order(o.claims, created.order_id, CHEQUE)
    assert paid.total == 28_000 and len(paid.payment_ids) == 2
    (order,) = payment_orders.list_orders(o.claims)
    assert order.status is PaymentOrderState.PAID and all(i.paid for i in order.items)
    assert claim_queries.get_claim(o.claims, b).status is ClaimState.PAID

    b_payment = paid.payment_ids[1]
    with pytest.raises(FieldError):
        payment_orders.reverse_payment(o.claims, b_payment, "   ")  # a reason is required
    payment_orders.reverse_payment(o.claims, b_payment, "Chèque libellé au mauvais bénéficiaire")
    assert claim_queries.get_claim(o.claims, b).status is ClaimState.ASSESSED
    (order,) = payment_orders.list_orders(o.claims)
    # The order stays paid, a record of what it paid; the reversed file left it.
    assert order.status is PaymentOrderState.PAID
    assert [(i.paid, i.withdrawn) for i in order.items] == [(True, False), (False, True)]
    with pytest.raises(Conflict, match="déjà réglé"):
        payment_orders.pay_order(
            o.claims, created.order_id, CHEQUE
        )  # no payment without a new signature
    rows = payment_orders.list_payments(o.claims)
    assert sorted(r.amount for r in rows) == [-20_000, 8_000, 20_000]
    assert [r.reversed for r in rows if r.id == b_payment] == [True]
    printed = claim_documents.payment_order_snapshot(o.claims, created.order_id)
    assert (
        printed.notes and "contre-passé" in printed.notes[0] and "S-2026-000002" in printed.notes[0]
    )

    again_order = ordered(o, [b])
    again = payment_orders.pay_order(
        o.claims, again_order, PaymentInput(TODAY, PaymentMode.TRANSFER, "VIR 778")
    )
    assert again.total == 20_000 and claim_queries.get_claim(o.claims, b).status is ClaimState.PAID
    with o.claims.read() as session:
        assert session.scalar(select(func.count(ClaimPayment.id))) == 4
        assert session.scalar(select(func.sum(ClaimPayment.amount))) == 28_000  # what left the bank
    kinds = [e.kind for e in claim_timeline.timeline(o.claims, b)]
    assert kinds == [
        "received",
        "assessed",
        "ordered",
        "signed",
        "paid",
        "payment_reversed",
        "ordered",
        "signed",
        "paid",
    ]
    with o.claims.read() as session:  # rule 6: every move of the order is recorded
        moves = session.execute(
            select(StateTransition.transition, StateTransition.user_code)
            .where(StateTransition.table_name == "payment_orders")
            .order_by(StateTransition.id)
        ).all()
    assert moves == [("sign", "sig"), ("pay", "sin"), ("sign", "sig"), ("pay", "sin")]
    with o.claims.read() as session:  # the file's moves too, through the same workflow service
        file_moves = session.scalars(
            select(StateTransition.transition)
            .where(StateTransition.table_name == "claims", StateTransition.record_id == b)
            .order_by(StateTransition.id)
        ).all()
    assert file_moves == ["assess", "order", "pay", "reverse_payment", "order", "pay"]
    with o.claims.read() as session:  # rule 5: every change is in the audit trail, nothing deleted
        actions = session.execute(
            select(AuditEntry.action, func.count())
            .where(AuditEntry.table_name == "claim_payments")
            .group_by(AuditEntry.action)
        ).all()
    assert dict(actions) == {"insert": 4, "update": 1}  # the reversed payment: no longer live


def test_four_eyes_signature(admin: ServiceContext, clerk: ServiceContext) -> None:
    """§10.3, architecture.md rule 11: an order is signed by a user holding the Signataire
    right who assessed none of its files — in their own session, or by typing their own code
    and password at the clerk's desk; the clerk cannot sign for themselves; the signature
    (who, when) prints on the order."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    # A senior clerk who both assesses and holds the Signataire right.
    make_user(o.admin, "chef", Role.CLAIMS, Role.SIGNATORY)
    senior = at(users.login(o.admin, "chef", "motdepasse1"))
    mine = receive(o, ids["Kouassi"], 10_000)
    assessments.assess_claim(senior, mine, [line(date(2026, 10, 1), PHARMACY, 10_000)])
    theirs = assessed(o, ids["Kouassi"], [line(date(2026, 10, 2), PHARMACY, 20_000, "P-2")])
    order = payment_orders.create_payment_order(o.claims, [mine, theirs], TODAY).order_id

    # The claims clerk tries to sign for themselves, in their session and by their password.
    with pytest.raises(FieldError, match="n'a pas le droit de signer") as refused:
        payment_orders.sign_payment_order(o.claims, order)
    assert refused.value.field == "signatory"
    with pytest.raises(FieldError, match="n'a pas le droit de signer"):
        payment_orders.sign_payment_order(
            o.claims, order, SignatoryCredentials("sin", "motdepasse1")
        )
    # The senior clerk assessed one of its files: four eyes refuse them, naming the file.
    with pytest.raises(FieldError, match="qui décompte ne signe pas") as refused:
        payment_orders.sign_payment_order(senior, order)
    assert (
        "S-2026-000001 :" in refused.value.message and "S-2026-000002" not in refused.value.message
    )
    # A wrong password typed at the desk is refused next to the password field.
    with pytest.raises(FieldError) as refused:
        payment_orders.sign_payment_order(
            o.claims, order, SignatoryCredentials("sig", "faux-mot-1")
        )
    assert refused.value.field == "signatory_password" and "incorrect" in refused.value.message
    with pytest.raises(ValidationFailed) as empty:
        payment_orders.sign_payment_order(o.claims, order, SignatoryCredentials(" ", ""))
    assert set(empty.value.by_field()) == {"signatory_code", "signatory_password"}
    # Nothing of the above signed anything.
    (row,) = payment_orders.list_orders(o.claims)
    assert row.status is PaymentOrderState.TO_SIGN
    with pytest.raises(Conflict, match="n'est pas signé"):
        payment_orders.pay_order(o.claims, order, CHEQUE)

    # The signatory types their code and password in the clerk's window: signed by them.
    signed_at = datetime(2026, 11, 21, 14, 5)
    payment_orders.sign_payment_order(
        at(o.claims, signed_at), order, SignatoryCredentials("SIG", "motdepasse1")
    )
    with o.claims.read() as session:
        saved = session.get(PaymentOrder, order)
        assert saved is not None
        assert (saved.status, saved.signatory_id, saved.signatory, saved.signed_at) == (
            PaymentOrderState.SIGNED,
            o.signatory_id,
            "Sig",
            signed_at,
        )
        move = session.scalar(
            select(StateTransition).where(
                StateTransition.table_name == "payment_orders", StateTransition.record_id == order
            )
        )
        assert move is not None and (move.transition, move.user_id, move.user_code) == (
            "sign",
            o.signatory_id,
            "sig",
        )
    printed = claim_documents.payment_order_snapshot(o.claims, order)
    assert (printed.signatory, printed.signed_on, printed.signed_time) == ("Sig", TODAY, "14:05")
    with pytest.raises(ForbiddenTransition, match="« Signé »"):
        payment_orders.sign_payment_order(o.signatory, order)  # signed once
    assert payment_orders.pay_order(o.claims, order, CHEQUE).total == 8_000 + 16_000


def test_a_signatory_whose_right_was_removed_cannot_sign(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """The rights checked are the database's, not those of a session opened earlier."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    order = payment_orders.create_payment_order(
        o.claims, [assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])], TODAY
    ).order_id
    users.update_user(
        o.admin, o.signatory_id, users.UserInput("sig", "Sig", frozenset({Role.ACCOUNTING}))
    )
    with pytest.raises(PermissionDenied, match="signer les ordres de paiement"):
        payment_orders.sign_payment_order(o.signatory, order)  # in their own, older session
    with pytest.raises(FieldError, match="n'a pas le droit de signer"):  # at the clerk's desk
        payment_orders.sign_payment_order(
            o.claims, order, SignatoryCredentials("sig", "motdepasse1")
        )


def test_a_provisional_password_does_not_sign(admin: ServiceContext, clerk: ServiceContext) -> None:
    """An administrator reset the signatory's password: until they chose their own at their
    next login, the password the administrator typed signs nothing (issue 7 review)."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    order = payment_orders.create_payment_order(
        o.claims, [assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])], TODAY
    ).order_id
    users.reset_password(o.admin, o.signatory_id, "Provisoire-2026", "Provisoire-2026")
    with pytest.raises(FieldError, match="mot de passe provisoire"):
        payment_orders.sign_payment_order(
            o.claims, order, SignatoryCredentials("sig", "Provisoire-2026")
        )
    (row,) = payment_orders.list_orders(o.claims)
    assert row.status is PaymentOrderState.TO_SIGN


def test_ordering_rules(admin: ServiceContext, clerk: ServiceContext) -> None:
    """§10.3: only assessed files, each in one live order; a refused order takes no
    number; an order not paid yet is cancelled with a reason — before its signature by the
    clerk, once signed only by a signatory."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    mine = assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])
    received_only = receive(o, ids["Kouassi"], 5_000)
    with pytest.raises(ValidationFailed, match="seul un décompte validé"):
        payment_orders.create_payment_order(o.claims, [received_only], TODAY)
    with pytest.raises(ValidationFailed, match="futur"):
        payment_orders.create_payment_order(o.claims, [mine], date(2026, 11, 22))
    with pytest.raises(PermissionDenied):
        payment_orders.create_payment_order(o.signatory, [mine], TODAY)  # the clerk prepares it
    first = payment_orders.create_payment_order(o.claims, [mine], TODAY)
    assert first.number == "OP-2026-00001"
    with pytest.raises(ValidationFailed, match="Ordonnancé"):
        payment_orders.create_payment_order(o.claims, [mine], TODAY)
    # Cancelled by the clerk before its signature, the file may go into a new order.
    with pytest.raises(FieldError, match="motif"):
        payment_orders.cancel_payment_order(o.claims, first.order_id, "  ")
    payment_orders.cancel_payment_order(o.claims, first.order_id, "Erreur de bénéficiaire")
    assert claim_queries.get_claim(o.claims, mine).status is ClaimState.ASSESSED
    second = ordered(o, [mine])
    # Signed, only a signatory may cancel it.
    with pytest.raises(PermissionDenied, match="Annuler l'ordre"):
        payment_orders.cancel_payment_order(o.claims, second, "Changement d'avis")
    payment_orders.cancel_payment_order(o.signatory, second, "Montant contesté")
    with o.claims.read() as session:
        assert session.scalar(select(func.max(PaymentOrder.number))) == "OP-2026-00002"
        assert session.scalar(
            select(PaymentOrder.cancel_reason).where(PaymentOrder.id == second)
        ) == ("Montant contesté")


def test_paid_at_most_once_one_after_the_other(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])
    order = ordered(o, [claim_id])
    (payment_id,) = payment_orders.pay_order(o.claims, order, CHEQUE).payment_ids
    with pytest.raises(Conflict, match="déjà réglé"):
        payment_orders.pay_order(o.claims, order, CHEQUE)
    payment_orders.reverse_payment(o.claims, payment_id, "Chèque perdu")
    with pytest.raises(Conflict, match="déjà contre-passé"):
        payment_orders.reverse_payment(o.claims, payment_id, "Chèque perdu")
    order = ordered(o, [claim_id])  # paid again through a new order, signed again
    with pytest.raises(ValidationFailed, match="référence est obligatoire"):
        payment_orders.pay_order(o.claims, order, PaymentInput(TODAY, PaymentMode.CHEQUE))
    # The database itself refuses a second live payment of the same file.
    payment_orders.pay_order(o.claims, order, CHEQUE)
    with pytest.raises(Conflict) as refused, o.claims.write() as session:
        session.add(
            ClaimPayment(
                order_id=order,
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
    order_id = ordered(o, claim_ids)
    second_clerk = o.claims.as_actor(o.claims.actor)
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def press(ctx: ServiceContext) -> None:
        barrier.wait()
        try:
            outcomes.append(payment_orders.pay_order(ctx, order_id, CHEQUE))
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
        assert session.scalar(select(PaymentOrder.status)) is PaymentOrderState.PAID


def test_printed_statement_and_order_are_snapshots(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """Architecture rule 7: the décompte statement and the payment order reprint what was
    validated and signed, even after the person's name and the company changed; the order
    gains its mode of payment once paid."""
    from desktop_app.persistence.models import InsuredPerson

    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    a = assessed(o, ids["Kouassi"], [line(date(2026, 10, 1), PHARMACY, 10_000)])
    order_id = ordered(o, [a])
    statement = claim_documents.claim_statement_snapshot(o.claims, a)
    order = claim_documents.payment_order_snapshot(o.claims, order_id)
    assert statement.person_name.startswith("Kouassi") and order.mode_label == ""
    assert order.signatory == "Sig" and order.signed_on == TODAY
    with admin.write() as session:
        person = session.get(InsuredPerson, ids["Kouassi"])
        assert person is not None
        person.last_name = "Kouassi-Bamba"
    assert claim_documents.claim_statement_snapshot(o.claims, a) == statement
    assert claim_documents.payment_order_snapshot(o.claims, order_id) == order
    payment_orders.pay_order(o.claims, order_id, CHEQUE)
    paid = claim_documents.payment_order_snapshot(o.claims, order_id)
    assert paid.mode_label == "Chèque" and paid.items == order.items
    assert (paid.signatory, paid.signed_on) == ("Sig", TODAY)
    assert claim_documents.claim_statement_pdf(o.claims, a).startswith(b"%PDF")
