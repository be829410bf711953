"""The Référentiels tab in the Administration area: shown to whoever may manage reference
data, hidden from the others; every page drawn once offscreen (PNGs in /tmp to look at)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.kinds import IntermediaryKind, ProviderKind
from desktop_app.domain.roles import Role
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import (
    AdministratorData,
    IntermediaryData,
    LabelRow,
    ProviderData,
)
from desktop_app.services.context import ServiceContext
from desktop_app.ui.admin import AdminArea
from desktop_app.ui.bus import AppBus
from tests.ui.conftest import clerk_with
from tests.ui.helpers import type_text
from tests.ui.test_reference_tariff import edit_cell

OUT = Path("/tmp")


def fill(ctx: ServiceContext) -> None:
    for code, kind, name, rate in (
        ("AG001", IntermediaryKind.AGENT, "Agence Yao & Associés", "0.15"),
        ("CT002", IntermediaryKind.BROKER, "Courtage Ébrié", "0.125"),
        ("SIEGE", IntermediaryKind.HEAD_OFFICE, "Siège — Plateau", "0"),
    ):
        reference.save_intermediary(
            ctx,
            IntermediaryData(
                code, kind, name, Decimal(rate), "27 20 21 22 23", f"{code.lower()}@assureur.ci"
            ),
        )
    reference.save_administrator(
        ctx,
        AdministratorData(
            "ASCOMA",
            "ASCOMA Côte d'Ivoire",
            Decimal("0.10"),
            movements_email="mouvements@ascoma.ci",
        ),
    )
    reference.save_administrator(
        ctx,
        AdministratorData(
            "GRAS",
            "Gras Savoye Côte d'Ivoire",
            Decimal("0.08"),
            movements_email="sante@grassavoye.ci",
            active=False,
        ),
    )
    reference.save_provider(
        ctx,
        ProviderData(
            "Polyclinique Internationale Sainte-Anne-Marie", ProviderKind.CLINIC, city="Abidjan"
        ),
    )
    reference.save_provider(
        ctx, ProviderData("CHU de Treichville", ProviderKind.HOSPITAL, public=True, city="Abidjan")
    )
    reference.save_provider(
        ctx,
        ProviderData(
            "Pharmacie de l'Étoile", ProviderKind.PHARMACY, in_network=False, city="Yamoussoukro"
        ),
    )
    reference.save_exclusion_reason(ctx, LabelRow("TABAC", "Produit de sevrage tabagique"))


def test_reference_tab_only_for_reference_managers(qtbot, admin: ServiceContext) -> None:
    area = AdminArea(AppBus(admin))
    qtbot.addWidget(area)
    titles = [area.tabs.tabText(i) for i in range(area.tabs.count())]
    assert titles == ["Utilisateurs", "Compagnie", "Référentiels", "Journal d'audit"]
    assert area.reference_area is not None
    assert [
        area.reference_area.side.item(i).text() for i in range(area.reference_area.side.count())
    ] == [
        "Intermédiaires",
        "Gestionnaires",
        "Prestataires",
        "Actes médicaux",
        "Motifs d'exclusion",
        "Tarif",
        "Ajustement S/P",
        "Modèles de garanties",
        "Cartes",
        "Encaissements",
    ]

    management = AdminArea(AppBus(clerk_with(admin, "direction", Role.MANAGEMENT)))
    qtbot.addWidget(management)
    assert management.reference_area is None
    assert [management.tabs.tabText(i) for i in range(management.tabs.count())] == [
        "Journal d'audit"
    ]


@pytest.mark.parametrize("index", range(7))
def test_models_pass_the_model_tester(
    qtbot, qtmodeltester, admin: ServiceContext, index: int
) -> None:
    fill(admin)
    area = AdminArea(AppBus(admin))
    qtbot.addWidget(area)
    assert area.reference_area is not None
    page = area.reference_area.stack.widget(index)
    if hasattr(page, "model"):
        qtmodeltester.check(page.model)
        assert page.model.rowCount() > 0


def test_render_every_page(qtbot, admin: ServiceContext) -> None:
    fill(admin)
    area = AdminArea(AppBus(admin))
    qtbot.addWidget(area)
    area.resize(1280, 820)
    area.show()
    qtbot.waitExposed(area)
    reference_area = area.reference_area
    assert reference_area is not None
    area.show_tab(reference_area)
    reference_area.exclusions_page.load_defaults()
    names = [
        "intermediaries",
        "administrators",
        "providers",
        "categories",
        "exclusions",
        "tariff",
        "templates",
    ]
    for index, name in enumerate(names):
        reference_area.side.setCurrentRow(index)
        shown_page = reference_area.stack.widget(index)
        qtbot.waitUntil(shown_page.isVisible)
        assert area.grab().save(str(OUT / f"ref_{name}.png"))

    # The refusals as a clerk sees them.
    reference_area.show_page(reference_area.intermediaries_page)
    page = reference_area.intermediaries_page
    page.new()
    type_text(qtbot, page.form.code_edit, "AG001")
    type_text(qtbot, page.form.name_edit, "Agence Koné")
    type_text(qtbot, page.form.commission_edit, "75")
    type_text(qtbot, page.form.email_edit, "kone@")
    assert page.form.save() is False
    qtbot.waitUntil(lambda: page.form.errors.message("email") != "")
    assert area.grab().save(str(OUT / "ref_intermediaries_errors.png"))

    reference_area.show_page(reference_area.tariff_page)
    tariff = reference_area.tariff_page.form
    edit_cell(qtbot, tariff.group_size_bands.table, 1, 0, "90")
    edit_cell(qtbot, tariff.grid, 0, 1, "-5000")
    type_text(qtbot, tariff.group_tax_rate, "abc")
    assert reference_area.tariff_page.save() is False
    type_text(qtbot, tariff.group_tax_rate, "4")
    assert reference_area.tariff_page.save() is False
    qtbot.waitUntil(lambda: tariff.message("grid") != "")
    assert area.grab().save(str(OUT / "ref_tariff_errors.png"))
    for name in [*names, "intermediaries_errors", "tariff_errors"]:
        assert (OUT / f"ref_{name}.png").stat().st_size > 10_000
