"""One claim file from réception to règlement through the Sinistres area's four tabs
(domain.md §10), typed and clicked like the clerks do; then the database, the lists and
the printed documents' data are checked.

The study's example (§10.2): optical care, 75 000 claimed, rate 80 %, optical ceiling
50 000 a year → at rate 60 000, reimbursed 50 000 (the category's annual ceiling bit),
the member pays 25 000.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog

from desktop_app.domain.assessment import Cap
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.kinds import PaymentMode
from desktop_app.domain.payment_order_workflow import PaymentOrderState
from desktop_app.services.claims import assessments, payment_orders
from desktop_app.services.claims import documents as claim_documents
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims.queries import ClaimFilter
from desktop_app.services.context import ServiceContext
from tests.services.claims.test_claims_builders import issued_policy, office
from tests.ui.helpers import click_and_wait, type_text
from tests.ui.test_claims_steps import (
    cell,
    choose,
    choose_cell,
    click,
    open_area,
    type_cell,
    type_date,
)


def test_a_file_from_reception_to_payment(
    qtbot,
    admin: ServiceContext,
    clerk: ServiceContext,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    area = open_area(qtbot, o.claims)

    # 1. Réception: the clerk finds the person by name and records the file.
    form = area.reception.form
    assert form is not None
    type_text(qtbot, form.person.search, "kouas")
    qtbot.keyClick(form.person.search, Qt.Key.Key_Return)
    assert form.person.person_id() == ids["Kouassi"]
    type_date(qtbot, form.reception_date, "02/11/2026")
    choose(form.provider, "Optique du Plateau")
    choose(form.condition, "Maladie courante")
    type_text(qtbot, form.amount, "75000")
    click(qtbot, form.documents["claim_form"])
    click(qtbot, form.documents["receipts"])
    type_text(qtbot, form.approval_ref, "")
    type_date(qtbot, form.next_action, "30/11/2026")
    click_and_wait(qtbot, form.save_button)
    assert form.receipt is not None, form.errors.general_message()
    number = form.receipt.number
    assert form.number.text() == f"Dossier n° {number} enregistré"
    view = claim_queries.get_claim(o.claims, form.receipt.claim_id)
    assert (view.status, view.amount_claimed, view.reception_date, view.payee_name) == (
        ClaimState.RECEIVED,
        75_000,
        date(2026, 11, 2),
        "Optique du Plateau",
    )
    assert (
        view.documents["claim_form"]
        and view.documents["receipts"]
        and not view.documents["prescriptions"]
    )
    assert view.next_action_date == date(2026, 11, 30)
    received = area.reception.list
    assert received.model.total == 1 and received.selected().number == number
    assert [e.label for e in area.reception.timeline.model.rows()] == ["Réception du dossier"]

    # 2. Décompte: the optical line, recomputed as it is typed, capped before saving.
    area.tabs.setCurrentWidget(area.decompte)
    page = area.assessment
    page.files.table.selectRow(0)
    assert number in page.heading.text() and "Maladie courante" in page.heading.text()
    type_cell(qtbot, page.table, 0, "care_date", "15/09/2026")
    type_cell(qtbot, page.table, 0, "prestation_number", "OPT-778")
    choose_cell(page.table, 0, "category", "Optique")
    type_cell(qtbot, page.table, 0, "claimed", "75000")
    qtbot.waitUntil(
        lambda: (
            page.model.lines[0].figures is not None
            and page.model.lines[0].figures.claimed == 75_000
        ),
        timeout=3000,
    )
    assert page.previews < 4  # the four cells typed in a burst: the preview waits for the last
    assert [
        cell(page.table, 0, k) for k in ("base", "at_rate", "reimbursed", "member_pays", "cap")
    ] == ["75 000", "60 000", "50 000", "25 000", "Plafond annuel de la catégorie"]
    assert "remboursé 50 000 FCFA" in page.totals.text().replace("\u00a0", " ")
    assert page.model.messages(0) == []
    assert (
        claim_queries.get_claim(o.claims, view.id).status is ClaimState.RECEIVED
    )  # nothing saved yet
    click_and_wait(qtbot, page.save_button)
    assert "enregistré : remboursé 50" in page.status.text()
    view = claim_queries.get_claim(o.claims, view.id)
    assert (view.status, view.reimbursed, view.member_pays, view.assessed_by) == (
        ClaimState.ASSESSED,
        50_000,
        25_000,
        "sin",
    )
    (saved,) = assessments.list_assessment_lines(o.claims, claim_id=view.id)
    assert (saved.care_date, saved.prestation_number, saved.reimbursed, saved.cap) == (
        date(2026, 9, 15),
        "OPT-778",
        50_000,
        Cap.CATEGORY_ANNUAL,
    )
    assert page.files.model.total == 0  # no longer waiting for its décompte
    assert area.assessment_list.model.total == 1
    assert area.assessment_list.model.rows()[0].reimbursed == 50_000

    # 3. Ordonnancement: the clerk ticks the décompte and creates the order « à signer ».
    area.tabs.setCurrentWidget(area.ordering)
    ordering = area.ordering
    assert ordering.files.total == 1
    rect = ordering.files_table.visualRect(ordering.files.index(0, 0))
    qtbot.mouseClick(
        ordering.files_table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + rect.height() // 2, rect.center().y()),
    )
    assert [r.id for r in ordering.files.checked_rows()] == [view.id]
    assert "50 000" in ordering.selection.text().replace("\u00a0", " ")
    click(qtbot, ordering.create_button)
    assert "créé" in ordering.result.text(), ordering.errors.general_message()
    assert claim_queries.get_claim(o.claims, view.id).status is ClaimState.ORDERED
    (order,) = payment_orders.list_orders(o.claims)
    assert (order.total, order.signatory, order.status) == (50_000, "", PaymentOrderState.TO_SIGN)
    assert ordering.files.total == 0 and ordering.orders.model.total == 1
    assert ordering.orders.selected().id == order.id
    assert [(i.claim_number, i.paid) for i in ordering.orders.items_model.rows()] == [
        (number, False)
    ]
    # Not signed, it is not offered for payment.
    assert area.payment.orders.model.total == 0

    # The signature, at the clerk's desk: four eyes (architecture.md rule 11).
    click(qtbot, ordering.sign_button)
    dialog = ordering.sign_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.own_session
    type_text(qtbot, dialog.code, "sin")  # the clerk tries to sign for themselves
    type_text(qtbot, dialog.password, "motdepasse1")
    click(qtbot, dialog.sign_button)
    assert "n'a pas le droit de signer" in dialog.errors.message("signatory")
    assert dialog.isVisible() and dialog.password.text() == ""
    dialog.code.clear()
    type_text(qtbot, dialog.code, "sig")
    type_text(qtbot, dialog.password, "mauvais-1")
    click(qtbot, dialog.sign_button)
    assert "incorrect" in dialog.errors.message("signatory_password")
    assert payment_orders.list_orders(o.claims)[0].status is PaymentOrderState.TO_SIGN
    type_text(qtbot, dialog.password, "motdepasse1")
    click(qtbot, dialog.sign_button)
    assert not dialog.isVisible(), dialog.errors.general_message()
    (order,) = payment_orders.list_orders(o.claims)
    assert (order.signatory, order.status) == ("Sig", PaymentOrderState.SIGNED)
    assert ordering.orders.model.rows()[0].status_label == "Signé"
    click(qtbot, ordering.print_button)
    assert ordering.preview is not None and ordering.preview.page_count() == 1
    snapshot = claim_documents.payment_order_snapshot(o.claims, order.id)
    assert (snapshot.number, snapshot.total, snapshot.signatory, snapshot.payees) == (
        order.number,
        50_000,
        "Sig",
        ("Optique du Plateau",),
    )
    assert snapshot.signed_on == o.claims.today()

    # 4. Règlement: the signed order paid by transfer.
    area.tabs.setCurrentWidget(area.payment)
    paying = area.payment
    assert paying.orders.model.total == 1
    paying.orders.table.selectRow(0)
    assert paying.period.currentText() == "3e décade de novembre 2026"
    choose(paying.mode, "Virement")
    type_text(qtbot, paying.reference, "VIR-2026-118")
    click(qtbot, paying.pay_button)
    assert "réglé" in paying.result.text(), paying.errors.general_message()
    view = claim_queries.get_claim(o.claims, view.id)
    assert view.status is ClaimState.PAID
    (payment,) = payment_orders.list_payments(o.claims)
    assert (
        payment.amount,
        payment.mode,
        payment.reference,
        payment.payee,
        payment.period_label,
    ) == (
        50_000,
        PaymentMode.TRANSFER,
        "VIR-2026-118",
        "Optique du Plateau",
        "3e décade de novembre 2026",
    )
    assert paying.payments.total == 1 and paying.orders.model.total == 0
    assert [i.paid for i in ordering.orders.items_model.rows()] == [True]
    assert claim_queries.count_claims(o.claims, ClaimFilter(status=ClaimState.PAID)) == 1

    # The décompte statement printed from the paid file.
    paying.payments_table.selectRow(0)
    click(qtbot, paying.print_button)
    assert paying.preview is not None and paying.preview.page_count() == 1
    statement = claim_documents.claim_statement_snapshot(o.claims, view.id)
    (printed,) = statement.lines
    assert (
        statement.claim_number,
        statement.person_name,
        statement.payee_name,
        statement.coverage_rate,
    ) == (number, view.person_name, "Optique du Plateau", 80)
    assert (
        printed.claimed,
        printed.base,
        printed.reimbursed,
        printed.member_pays,
        printed.cap_label,
    ) == (75_000, 75_000, 50_000, 25_000, "Plafond annuel de la catégorie")
    assert (statement.total_reimbursed, statement.total_member_pays) == (50_000, 25_000)

    # « Contre-passer le règlement »: a counter-entry with its reason, never a deletion; the
    # file leaves its order and waits for a new one (and a new signature).
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("Virement rejeté par la banque", True)
    )
    click(qtbot, paying.reverse_button)
    assert claim_queries.get_claim(o.claims, view.id).status is ClaimState.ASSESSED
    rows = payment_orders.list_payments(o.claims)
    assert sorted(r.amount for r in rows) == [-50_000, 50_000]
    assert paying.payments.total == 2 and paying.orders.model.total == 0
    assert ordering.files.total == 1  # back among the décomptes to order
    counter = next(r for r in rows if r.amount < 0)
    assert counter.reason == "Virement rejeté par la banque"

    # The file's timeline shows every step, dated and signed.
    area.tabs.setCurrentWidget(area.reception)
    received.select_claim(view.id)
    steps = [(e.label, e.user_code) for e in area.reception.timeline.model.rows()]
    assert steps == [
        ("Réception du dossier", "sin"),
        ("Décompte validé", "sin"),
        ("Ordonnancement", "sin"),
        ("Ordre de paiement signé", "sig"),
        ("Règlement", "sin"),
        ("Règlement contre-passé", "sin"),
    ]
