"""« Enregistrer le dossier » twice in a row records one file: the button is held while the
file is recorded, and the form is ready for the next file once it is (issue 7)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims.queries import ClaimFilter
from desktop_app.services.context import ServiceContext
from desktop_app.ui.operations import RUNNING_PROPERTY
from tests.services.claims.test_claims_builders import issued_policy, office
from tests.ui.helpers import click_and_wait, type_text
from tests.ui.test_claims_steps import choose, open_area, type_date


def test_a_double_click_on_save_records_one_file_and_readies_the_next(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    area = open_area(qtbot, o.claims)
    form = area.reception.form
    assert form is not None
    type_text(qtbot, form.person.search, "kouas")
    qtbot.keyClick(form.person.search, Qt.Key.Key_Return)
    assert form.person.person_id() == ids["Kouassi"]
    type_date(qtbot, form.reception_date, "02/11/2026")
    choose(form.provider, "Clinique Sainte Anne")
    choose(form.condition, "Maladie courante")
    type_text(qtbot, form.amount, "75000")

    # A double click: two clicks in a blink, the second before the file is recorded.
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.save_button.property(RUNNING_PROPERTY), timeout=10_000)

    assert claim_queries.count_claims(o.claims, ClaimFilter()) == 1
    assert form.receipt is not None, form.errors.general_message()
    assert form.number.text() == f"Dossier n° {form.receipt.number} enregistré"
    # Ready for the next file: nothing of the last one left, no message, buttons back.
    assert form.person.person_id() is None and form.person.search.text() == ""
    assert form.amount.text() == "" and form.condition.currentIndex() == 0
    assert form.provider.currentIndex() == 0
    assert form.reception_date.value() == o.claims.today()
    assert form.errors.general_message() == "" and form.errors.message("person_id") == ""
    assert form.save_button.isEnabled() and form.new_button.isEnabled()
    assert area.reception.list.selected().number == form.receipt.number

    # A late second click finds an empty form: refused field by field, still one file.
    click_and_wait(qtbot, form.save_button)
    assert "personne soignée" in form.errors.message("person_id")
    assert claim_queries.count_claims(o.claims, ClaimFilter()) == 1
