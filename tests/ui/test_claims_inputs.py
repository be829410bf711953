"""What a clerk types wrong on the Sinistres area: French messages next to the field or on
the line's cell, and nothing saved (architecture.md rule 3; domain.md §10.1, §10.2)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.persistence.models import AssessmentLine
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims.queries import ClaimFilter
from desktop_app.services.context import ServiceContext
from tests.services.claims.test_claims_builders import issued_policy, office, receive
from tests.ui.helpers import click_and_wait
from tests.ui.test_claims_steps import choose_cell, click, open_area, type_cell, type_date


def test_an_empty_reception_form_is_refused_field_by_field(
    qtbot,
    admin: ServiceContext,  # type: ignore[no-untyped-def]
    clerk: ServiceContext,
) -> None:
    o = office(admin, clerk)
    issued_policy(o, ["Kouassi"])
    area = open_area(qtbot, o.claims)
    form = area.reception.form
    assert form is not None
    form.reception_date.clear()
    click_and_wait(qtbot, form.save_button)
    assert "personne soignée" in form.errors.message("person_id")
    assert form.errors.message("reception_date") == "La date est obligatoire."
    assert "nature de l'affection" in form.errors.message("condition")
    assert form.errors.message("amount_claimed") == "Le montant est obligatoire."
    assert form.receipt is None and form.number.text() == "Nouveau dossier"
    assert claim_queries.count_claims(o.claims, ClaimFilter()) == 0

    # A date that cannot exist says so (not « obligatoire »), and still nothing is saved.
    type_date(qtbot, form.reception_date, "31/02/2026")
    click_and_wait(qtbot, form.save_button)
    assert "n'existe pas" in form.errors.message("reception_date")
    assert "personne soignée" in form.errors.message("person_id")
    assert form.errors.message("amount_claimed") == "Le montant est obligatoire."
    assert claim_queries.count_claims(o.claims, ClaimFilter()) == 0


def test_bad_lines_are_marked_on_their_cells_and_nothing_is_saved(
    qtbot,
    admin: ServiceContext,  # type: ignore[no-untyped-def]
    clerk: ServiceContext,
) -> None:
    """Line 1: CMU 8 000 + excluded 5 000 > claimed 10 000. Line 2: care on 25/12/2026, in
    the future (the clock reads 21/11/2026). The décompte is refused whole."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = receive(o, ids["Kouassi"], 30_000, o.clinic_id, received=date(2026, 11, 20))
    area = open_area(qtbot, o.claims)
    area.tabs.setCurrentWidget(area.decompte)
    page = area.assessment
    page.files.table.selectRow(0)
    table = page.table
    type_cell(qtbot, table, 0, "care_date", "10/11/2026")
    type_cell(qtbot, table, 0, "prestation_number", "PH-1")
    choose_cell(table, 0, "category", "Pharmacie")
    type_cell(qtbot, table, 0, "claimed", "10000")
    type_cell(qtbot, table, 0, "cmu_share", "8000")
    type_cell(qtbot, table, 0, "excluded", "5000")
    choose_cell(table, 0, "exclusion_reason", "EAU_MIN")
    click(qtbot, page.add_button)
    type_cell(qtbot, table, 1, "care_date", "25/12/2026")
    type_cell(qtbot, table, 1, "prestation_number", "PH-2")
    choose_cell(table, 1, "category", "Pharmacie")
    type_cell(qtbot, table, 1, "claimed", "20000")
    qtbot.waitUntil(lambda: bool(page.model.lines[1].errors), timeout=3000)
    assert "dépassent le montant réclamé" in page.model.lines[0].errors["excluded"]
    assert "est dans le futur" in page.model.lines[1].errors["care_date"]
    assert (
        table.model().index(1, 0).data(3).startswith("Ligne 2 : La date des soins (25/12/2026)")
    )  # tooltip

    click_and_wait(qtbot, page.save_button)
    assert "n'est pas enregistré" in page.status.text()
    shown = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert any("Ligne 1" in m and "dépassent" in m for m in shown)
    assert any("Ligne 2" in m and "futur" in m for m in shown)
    assert claim_queries.get_claim(o.claims, claim_id).status is ClaimState.RECEIVED
    with o.claims.read() as session:
        assert session.scalar(select(func.count(AssessmentLine.id))) == 0

    # A cell that cannot be read is named on its line before anything is asked of the service.
    type_cell(qtbot, table, 1, "claimed", "12,5")
    qtbot.waitUntil(lambda: "claimed" in page.model.lines[1].errors, timeout=3000)
    assert (
        page.model.lines[1]
        .errors["claimed"]
        .startswith("Ligne 2 : le franc CFA n'a pas de centimes")
    )
    assert page.model.lines[1].figures is None
