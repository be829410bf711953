"""The Modèles de garanties page (domain.md §2, §7; docs/rules-production.md §5), driven like
an administrator: the standard template's optical ceiling changed, a refused line marked in
its cell, a new template started from the standard formula."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.domain.benefits import STANDARD_SCHEDULE
from desktop_app.domain.care import CareCategory
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import LabelRow
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import benefits
from desktop_app.ui.admin.templates_page import TemplatesPage
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.benefit_table import ANNUAL, CATEGORIES, COVERED, PER_ACT
from tests.ui.helpers import type_text
from tests.ui.test_reference_parties import click, error_text, shown
from tests.ui.test_reference_tariff import edit_cell

OPTICAL = CATEGORIES.index(CareCategory.OPTICAL)
TRANSPORT = CATEGORIES.index(CareCategory.TRANSPORT)
EVACUATION = CATEGORIES.index(CareCategory.EVACUATION)


@pytest.fixture
def bus(admin: ServiceContext) -> AppBus:
    return AppBus(admin)


@pytest.fixture
def page(qtbot, bus: AppBus) -> TemplatesPage:  # type: ignore[no-untyped-def]
    return shown(qtbot, TemplatesPage(bus))  # type: ignore[return-value]


def standard_id(ctx: ServiceContext) -> int:
    return next(t.id for t in benefits.list_templates(ctx) if t.name == "Formule standard")


def test_the_standard_template_is_open(page: TemplatesPage) -> None:
    form = page.form
    assert [r.name for r in page.rows()] == ["Formule standard"]
    assert form.heading.text() == "Modèle « Formule standard »"
    assert form.name_edit.text() == "Formule standard"
    assert form.ceiling_edit.text() == "5\u00a0000\u00a0000"
    assert form.table.item(OPTICAL, 0).text() == "Optique"
    assert form.table.item(OPTICAL, ANNUAL).text() == "50\u00a0000"
    assert form.table.item(TRANSPORT, PER_ACT).text() == "50\u00a0000"


def test_edit_the_optical_annual_ceiling(
    qtbot, page: TemplatesPage, bus: AppBus, admin: ServiceContext
) -> None:
    form = page.form
    edit_cell(qtbot, form.table, OPTICAL, ANNUAL, "75 000")
    with qtbot.waitSignal(bus.data_changed) as changed:
        click(qtbot, form.save_button)
    assert changed.args[0].touches("benefit_templates")
    saved = benefits.get_template(admin, standard_id(admin))
    assert saved.line(CareCategory.OPTICAL).annual_ceiling == 75_000
    # The other lines and the overall ceiling are as they were.
    assert saved.overall_annual_ceiling == 5_000_000
    assert [line for line in saved.lines if line.category != CareCategory.OPTICAL] == [
        line for line in STANDARD_SCHEDULE.lines if line.category != CareCategory.OPTICAL
    ]
    assert form.table.item(OPTICAL, ANNUAL).text() == "75\u00a0000"  # reloaded from the database


def test_a_refused_line_is_marked_and_nothing_saved(
    qtbot, page: TemplatesPage, bus: AppBus, admin: ServiceContext
) -> None:
    form = page.form
    edit_cell(qtbot, form.table, TRANSPORT, PER_ACT, "200 000")  # above its 150 000 a year
    edit_cell(qtbot, form.table, OPTICAL, ANNUAL, "cinquante")
    with qtbot.assertNotEmitted(bus.data_changed):
        assert form.save() is False
    assert (
        error_text(form, "lines") == "Optique : « cinquante » n'est pas un nombre entier positif."
    )
    assert form.table.item(OPTICAL, ANNUAL).toolTip() == error_text(form, "lines")

    edit_cell(qtbot, form.table, OPTICAL, ANNUAL, "60 000")
    type_text(qtbot, form.ceiling_edit, "0")
    assert form.save() is False
    assert error_text(form, "lines") == (
        "Transport médical : le plafond par acte (200\u00a0000\u00a0FCFA) dépasse "
        "le plafond annuel (150\u00a0000\u00a0FCFA)."
    )
    assert form.table.item(TRANSPORT, PER_ACT).toolTip() == error_text(form, "lines")
    assert form.table.item(OPTICAL, ANNUAL).toolTip() == ""
    assert error_text(form, "overall_annual_ceiling") == (
        "Le plafond annuel de remboursement est un montant entier positif, ou vide."
    )
    assert benefits.get_template(admin, standard_id(admin)) == STANDARD_SCHEDULE


def test_new_template_from_the_standard_formula(
    qtbot, page: TemplatesPage, admin: ServiceContext
) -> None:
    reference.save_care_category(admin, LabelRow("EVAC", "Évacuation sanitaire (avion)"))
    form = page.form
    click(qtbot, page.new_button)
    assert form.heading.text() == "Nouveau modèle (à partir de la formule standard)"
    assert form.name_edit.text() == ""
    assert form.table.item(OPTICAL, ANNUAL).text() == "50\u00a0000"
    assert (
        form.table.item(EVACUATION, 0).text() == "Évacuation sanitaire (avion)"
    )  # the office's label
    assert form.save() is False
    assert error_text(form, "name") == "Le nom du modèle est obligatoire."

    type_text(qtbot, form.name_edit, "Formule économique")
    form.ceiling_edit.clear()  # no overall ceiling
    # Care abroad and evacuation not covered in this formula.
    for category in (CareCategory.ABROAD, CareCategory.EVACUATION):
        item = form.table.item(CATEGORIES.index(category), COVERED)
        rect = form.table.visualItemRect(item)
        form.table.scrollToItem(item)
        qtbot.mouseClick(
            form.table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(rect.left() + 10, rect.center().y()),
        )
        assert item.checkState() == Qt.CheckState.Unchecked
    assert form.save()
    [new] = [t for t in benefits.list_templates(admin) if t.name == "Formule économique"]
    saved = benefits.get_template(admin, new.id)
    assert saved.overall_annual_ceiling is None
    assert not saved.is_covered(CareCategory.EVACUATION) and not saved.is_covered(
        CareCategory.ABROAD
    )
    assert saved.is_covered(CareCategory.OPTICAL)
    assert page.selected().id == new.id
    assert sorted(r.name for r in page.rows()) == ["Formule standard", "Formule économique"]

    # A second template of the same name is refused next to the name.
    click(qtbot, page.new_button)
    type_text(qtbot, form.name_edit, "Formule économique")
    assert form.save() is False
    assert error_text(form, "name") == "Un modèle s'appelle déjà « Formule économique »."
