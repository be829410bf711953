"""The Tarif page (domain.md §4, §5; docs/rules-production.md §1), driven like an
administrator: cells and rates typed, saved with ``pricing.save_tariff`` and read back
exactly; an invalid tariff shows French messages where they belong and saves nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget

from desktop_app.domain.tariff import DEFAULT_TARIFF, FeeBand, RateBand
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import pricing
from desktop_app.ui.admin.tariff_page import TariffPage
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.band_table import ERROR_BACKGROUND
from tests.ui.helpers import type_text
from tests.ui.test_reference_parties import click, shown

ZONE_1, ZONE_2 = 0, 1
OPTION_100, OPTION_80 = 0, 2


@pytest.fixture
def bus(admin: ServiceContext) -> AppBus:
    return AppBus(admin)


@pytest.fixture
def page(qtbot, bus: AppBus) -> TariffPage:  # type: ignore[no-untyped-def]
    return shown(qtbot, TariffPage(bus))  # type: ignore[return-value]


def edit_cell(qtbot, table: QTableWidget, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Double-click the cell, type over its text, press Enter: as a clerk does."""
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # The editor of an earlier edit may linger hidden until deleted: type into the open one.
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, editors
    editor = editors[0]
    editor.selectAll()
    type_text(qtbot, editor, text, clear=False)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor's text through a queued call.
    qtbot.waitUntil(lambda: table.item(row, column).text() == text, timeout=1000)


def test_the_page_shows_the_default_tariff(page: TariffPage) -> None:
    form = page.form
    assert form.grid.item(OPTION_80, ZONE_1).text() == "240\u00a0000"
    assert form.grid.item(OPTION_100, 2).text() == "600\u00a0000"
    assert form.public_only_rate.text() == "50"
    assert form.individual_tax_rate.text() == "8"
    assert form.new_business_max_age.value() == 60
    assert form.group_size_bands.text(3, 0) == "1001" and form.group_size_bands.text(3, 1) == ""
    assert form.endorsement_fees.text(1, 0) == "100\u00a0001"


def test_change_a_grid_cell_and_the_individual_tax_rate(
    qtbot, page: TariffPage, bus: AppBus, admin: ServiceContext
) -> None:
    form = page.form
    edit_cell(qtbot, form.grid, OPTION_80, ZONE_1, "250 000")
    type_text(qtbot, form.individual_tax_rate, "9")
    with qtbot.waitSignal(bus.data_changed) as changed:
        click(qtbot, page.save_button)
    assert changed.args[0].touches("settings_documents")

    saved = pricing.get_tariff(admin)
    assert saved.grid[(80, 1)] == 250_000
    assert saved.individual_tax_rate == Decimal("0.09") and str(saved.individual_tax_rate) == "0.09"
    # Everything else is as it was.
    assert saved.grid[(80, 2)] == 336_000 and saved.group_tax_rate == Decimal("0.04")
    assert saved.group_size_bands == DEFAULT_TARIFF.group_size_bands
    assert saved.new_business_fees == DEFAULT_TARIFF.new_business_fees
    # The page reloaded what was saved.
    assert form.grid.item(OPTION_80, ZONE_1).text() == "250\u00a0000"
    assert form.individual_tax_rate.text() == "9"


def test_an_invalid_tariff_is_refused_where_it_is_wrong(
    qtbot, page: TariffPage, bus: AppBus, admin: ServiceContext
) -> None:
    form = page.form
    edit_cell(qtbot, form.group_size_bands.table, 1, 0, "90")  # 90–500 overlaps 50–100
    edit_cell(qtbot, form.grid, OPTION_100, ZONE_2, "-5000")
    type_text(qtbot, form.individual_tax_rate, "9")
    with qtbot.assertNotEmitted(bus.data_changed):
        click(qtbot, page.save_button)

    assert form.message("group_size_bands") == (
        "Tranche 2 : Les tranches se chevauchent ou ne sont pas dans l'ordre (à 90 personnes)."
    )
    assert (
        form.message("grid")
        == "La prime de base (option 100 %, zone 2) doit être un montant entier positif."
    )
    assert form.cell_error(100, 2) == form.message("grid")
    assert form.grid.item(OPTION_100, ZONE_2).background().color().name() == ERROR_BACKGROUND
    assert form.cell_error(80, 1) == ""
    assert (
        form.group_size_bands.table.item(1, 0).toolTip().startswith("Les tranches se chevauchent")
    )
    assert form.message("individual_tax_rate") == ""
    assert pricing.get_tariff(admin) == DEFAULT_TARIFF  # nothing saved, not even the good tax rate

    # Corrected, it saves and the marks go.
    edit_cell(qtbot, form.group_size_bands.table, 1, 0, "101")
    edit_cell(qtbot, form.grid, OPTION_100, ZONE_2, "450 000")
    assert page.save()
    assert form.message("grid") == "" and form.cell_error(100, 2) == ""
    saved = pricing.get_tariff(admin)
    assert (saved.grid[(100, 2)], saved.individual_tax_rate) == (450_000, Decimal("0.09"))


def test_unreadable_values_are_refused_next_to_their_widget(
    qtbot, page: TariffPage, admin: ServiceContext
) -> None:
    form = page.form
    type_text(qtbot, form.group_tax_rate, "abc")
    edit_cell(qtbot, form.grid, OPTION_80, ZONE_1, "deux cent mille")
    edit_cell(qtbot, form.age_surcharge_bands.table, 0, 2, "150")
    assert page.save() is False
    assert (
        form.message("group_tax_rate")
        == "Taux invalide : saisissez un pourcentage, par exemple 12,5."
    )
    assert form.message("grid") == (
        "Option 80 %, zone 1 : Montant invalide : saisissez un nombre entier de francs."
    )
    assert form.message("age_surcharge_bands") == "Tranche 1 : Le taux ne peut pas dépasser 100 %."
    assert pricing.get_tariff(admin) == DEFAULT_TARIFF


def test_ages_and_fee_scales(qtbot, page: TariffPage, admin: ServiceContext) -> None:
    form = page.form
    form.new_business_max_age.setValue(66)  # above the cover limit of 65
    edit_cell(qtbot, form.new_business_fees.table, 1, 0, "120 000")  # a gap after 100 000
    assert page.save() is False
    assert form.message("new_business_max_age").startswith(
        "L'âge limite de souscription doit être positif"
    )
    assert form.message("new_business_fees") == (
        "Tranche 2 : La tranche doit commencer à 100\u00a0001\u00a0FCFA "
        "(ni trou ni chevauchement, dans l'ordre)."
    )
    assert pricing.get_tariff(admin) == DEFAULT_TARIFF

    form.new_business_max_age.setValue(62)
    edit_cell(qtbot, form.new_business_fees.table, 1, 0, "100 001")
    # A band added at the end of the endorsement scale starts where the last one ended.
    edit_cell(qtbot, form.endorsement_fees.table, 3, 1, "5 000 000")
    click(qtbot, form.endorsement_fees.add_button)
    assert form.endorsement_fees.text(4, 0) == "5\u00a0000\u00a0001"
    edit_cell(qtbot, form.endorsement_fees.table, 4, 2, "15 000")
    # And an age band removed.
    form.age_surcharge_bands.table.setCurrentCell(1, 0)
    click(qtbot, form.age_surcharge_bands.remove_button)
    assert page.save()
    saved = pricing.get_tariff(admin)
    assert saved.new_business_max_age == 62
    assert saved.endorsement_fees.bands[-2:] == (
        FeeBand(2_000_001, 5_000_000, 10_000),
        FeeBand(5_000_001, None, 15_000),
    )
    assert saved.age_surcharge_bands == (RateBand(56, 60, Decimal("0.15")),)


def test_restore_the_defaults(qtbot, page: TariffPage, admin: ServiceContext) -> None:
    edit_cell(qtbot, page.form.grid, OPTION_80, ZONE_1, "250 000")
    assert page.save()
    assert pricing.get_tariff(admin).grid[(80, 1)] == 250_000
    click(qtbot, page.defaults_button)
    assert page.form.grid.item(OPTION_80, ZONE_1).text() == "240\u00a0000"
    assert (
        pricing.get_tariff(admin).grid[(80, 1)] == 250_000
    )  # nothing saved before « Enregistrer »
    click(qtbot, page.revert_button)
    assert page.form.grid.item(OPTION_80, ZONE_1).text() == "250\u00a0000"
    click(qtbot, page.defaults_button)
    assert page.save()
    assert pricing.get_tariff(admin) == DEFAULT_TARIFF
