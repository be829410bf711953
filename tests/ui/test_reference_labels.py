"""The Actes médicaux and Motifs d'exclusion pages (domain.md §7), driven like an
administrator: a care category renamed (its code never changes), exclusion reasons added,
the default list loaded once."""

from __future__ import annotations

import pytest

from desktop_app.domain.care import CareCategory
from desktop_app.domain.exclusions import DEFAULT_EXCLUSION_REASONS
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import LabelRow
from desktop_app.services.context import ServiceContext
from desktop_app.ui.admin.categories_page import CategoriesPage
from desktop_app.ui.admin.exclusions_page import ExclusionsPage
from desktop_app.ui.bus import AppBus
from tests.ui.helpers import type_text
from tests.ui.test_reference_parties import click, error_text, shown


@pytest.fixture
def bus(admin: ServiceContext) -> AppBus:
    return AppBus(admin)


def select_code(page, code: str) -> None:  # type: ignore[no-untyped-def]
    assert page.select(code), code


def labels(ctx: ServiceContext) -> dict[str, str]:
    return {row.code: row.label for row in reference.care_category_labels(ctx)}


# -- care categories ---------------------------------------------------------------------------


def test_the_seventeen_categories_are_listed_in_catalogue_order(qtbot, bus: AppBus) -> None:
    page = shown(qtbot, CategoriesPage(bus))
    assert [r.code for r in page.rows()] == [c.value for c in CareCategory]
    assert page.new_button is None  # the codes are fixed
    assert page.form.code_label.text() == "CONS"  # the first one is open


def test_rename_a_care_category(qtbot, bus: AppBus, admin: ServiceContext) -> None:
    page = shown(qtbot, CategoriesPage(bus))
    form = page.form
    select_code(page, "OPTI")
    assert form.label_edit.text() == "Optique"
    type_text(qtbot, form.label_edit, "Optique (verres et lentilles sur ordonnance)")
    with qtbot.waitSignal(bus.data_changed) as changed:
        click(qtbot, form.save_button)
    assert changed.args[0].touches("care_categories")
    assert labels(admin)["OPTI"] == "Optique (verres et lentilles sur ordonnance)"
    assert labels(admin)["DENT"] == "Soins dentaires"
    row = [r.code for r in page.rows()].index("OPTI")
    assert page.model.index(row, 1).data() == "Optique (verres et lentilles sur ordonnance)"
    assert page.selected().code == "OPTI"

    # Back to the catalogue's label, and the category no longer offered.
    click(qtbot, form.restore_button)
    assert form.label_edit.text() == "Optique"
    click(qtbot, form.active_box)
    assert form.save()
    [optical] = [r for r in reference.care_category_labels(admin) if r.code == "OPTI"]
    assert (optical.label, optical.active) == ("Optique", False)


def test_blank_label_refused_next_to_it(qtbot, bus: AppBus, admin: ServiceContext) -> None:
    page = shown(qtbot, CategoriesPage(bus))
    select_code(page, "PHAR")
    type_text(qtbot, page.form.label_edit, "   ")
    with qtbot.assertNotEmitted(bus.data_changed):
        assert page.form.save() is False
    assert error_text(page.form, "label") == "Le libellé est obligatoire."
    assert labels(admin)["PHAR"] == "Pharmacie"


# -- exclusion reasons -------------------------------------------------------------------------


def test_add_an_exclusion_reason(qtbot, bus: AppBus, admin: ServiceContext) -> None:
    page = shown(qtbot, ExclusionsPage(bus))
    form = page.form
    assert form.heading.text() == "Nouveau motif d'exclusion"  # the list starts empty
    type_text(qtbot, form.code_edit, "tabac")
    type_text(qtbot, form.label_edit, "Produit de sevrage tabagique non remboursé")
    with qtbot.waitSignal(bus.data_changed):
        click(qtbot, form.save_button)
    assert reference.list_exclusion_reasons(admin) == [
        LabelRow("TABAC", "Produit de sevrage tabagique non remboursé", True)
    ]
    assert page.selected().code == "TABAC"
    # Once created, the code is read-only: only the label and the state change.
    assert form.code_edit.isReadOnly()
    type_text(qtbot, form.label_edit, "Produit de sevrage tabagique")
    assert form.save()
    assert [r.label for r in reference.list_exclusion_reasons(admin)] == [
        "Produit de sevrage tabagique"
    ]


def test_a_new_reason_does_not_overwrite_an_existing_code(
    qtbot, bus: AppBus, admin: ServiceContext
) -> None:
    reference.save_exclusion_reason(admin, LabelRow("EAU_MIN", "Eau minérale"))
    page = shown(qtbot, ExclusionsPage(bus))
    click(qtbot, page.new_button)
    type_text(qtbot, page.form.code_edit, "eau_min")
    type_text(qtbot, page.form.label_edit, "Autre chose")
    with qtbot.assertNotEmitted(bus.data_changed):
        assert page.form.save() is False
    assert error_text(page.form, "code") == "Le code « EAU_MIN » existe déjà."
    assert reference.list_exclusion_reasons(admin) == [LabelRow("EAU_MIN", "Eau minérale", True)]


def test_code_with_accents_refused(qtbot, bus: AppBus, admin: ServiceContext) -> None:
    page = shown(qtbot, ExclusionsPage(bus))
    type_text(qtbot, page.form.code_edit, "ÉPILATION")
    type_text(qtbot, page.form.label_edit, "Épilation")
    assert page.form.save() is False
    assert error_text(page.form, "code").startswith(
        "Le code ne peut contenir que des lettres sans accent"
    )
    assert reference.list_exclusion_reasons(admin) == []


def test_load_the_default_list_adds_only_what_is_missing(
    qtbot, bus: AppBus, admin: ServiceContext
) -> None:
    reference.save_exclusion_reason(admin, LabelRow("EAU_MIN", "Eau minérale et boissons"))
    page = shown(qtbot, ExclusionsPage(bus))
    with qtbot.waitSignal(bus.data_changed):
        click(qtbot, page.defaults_button)
    saved = {r.code: r.label for r in reference.list_exclusion_reasons(admin)}
    assert len(saved) == len(DEFAULT_EXCLUSION_REASONS) == 21
    assert saved["EAU_MIN"] == "Eau minérale et boissons"  # the office's own label is kept
    assert saved["SANS_ORDO"] == "Médicament ou acte sans prescription médicale"
    assert len(page.rows()) == 21
    with qtbot.waitSignal(bus.status_message) as status, qtbot.assertNotEmitted(bus.data_changed):
        assert page.load_defaults() == 0
    assert status.args == ["La liste par défaut est déjà complète."]
