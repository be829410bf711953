"""The Référentiels pages for the parties (domain.md §1), driven like an administrator:
intermediaries, administrators (gestionnaires) and providers created and changed through
their forms, refusals shown next to the fields, nothing saved on a refusal."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from desktop_app.domain.kinds import IntermediaryKind, ProviderKind
from desktop_app.services.administration import reference
from desktop_app.services.administration.reference import IntermediaryData
from desktop_app.services.context import ServiceContext
from desktop_app.ui.admin.administrators_page import AdministratorsPage
from desktop_app.ui.admin.intermediaries_page import IntermediariesPage
from desktop_app.ui.admin.providers_page import ProvidersPage
from desktop_app.ui.bus import AppBus
from tests.ui.helpers import type_text


@pytest.fixture
def bus(admin: ServiceContext) -> AppBus:
    return AppBus(admin)


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def error_text(form: QWidget, field: str) -> str:
    label = form.findChild(QLabel, f"error_{field}")
    assert label is not None, field
    return label.text() if label.isVisible() else ""


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


# -- intermediaries --------------------------------------------------------------------------


def test_create_an_intermediary_through_the_form(qtbot, bus: AppBus, admin: ServiceContext) -> None:
    page = shown(qtbot, IntermediariesPage(bus))
    form = page.form
    click(qtbot, page.new_button)
    assert form.heading.text() == "Nouvel intermédiaire"
    type_text(qtbot, form.code_edit, "ag001")
    choose(form.kind_combo, "Courtier")
    type_text(qtbot, form.name_edit, "Cabinet Kouamé & Frères — Assurances")
    type_text(qtbot, form.phone_edit, "+225 07 08 09 10 11")
    type_text(qtbot, form.email_edit, "contact@kouame.ci")
    type_text(qtbot, form.address_edit, "Plateau, avenue Chardy, Abidjan")
    type_text(qtbot, form.commission_edit, "12,5")
    with qtbot.waitSignal(bus.data_changed) as changed:
        click(qtbot, form.save_button)
    assert changed.args[0].touches("intermediaries")

    saved = reference.list_intermediaries(admin)
    assert [(i.code, i.kind, i.name, i.commission_rate, i.phone, i.active) for i in saved] == [
        (
            "AG001",
            IntermediaryKind.BROKER,
            "Cabinet Kouamé & Frères — Assurances",
            Decimal("0.125"),
            "+225 07 08 09 10 11",
            True,
        )
    ]
    # The list shows it, selected, and the form now edits it.
    assert [r.code for r in page.rows()] == ["AG001"]
    assert page.model.index(0, 3).data() == "12,5\u00a0%"
    assert page.selected().id == saved[0].id
    assert form.heading.text() == "Intermédiaire AG001 — Cabinet Kouamé & Frères — Assurances"


def test_duplicate_code_is_refused_next_to_the_code(
    qtbot, bus: AppBus, admin: ServiceContext
) -> None:
    reference.save_intermediary(
        admin, IntermediaryData("AG001", IntermediaryKind.AGENT, "Agence Yao", Decimal("0.10"))
    )
    page = shown(qtbot, IntermediariesPage(bus))
    form = page.form
    click(qtbot, page.new_button)
    type_text(qtbot, form.code_edit, "AG001")
    type_text(qtbot, form.name_edit, "Agence Koné")
    type_text(qtbot, form.commission_edit, "10")
    with qtbot.assertNotEmitted(bus.data_changed):
        click(qtbot, form.save_button)
    assert error_text(form, "code") == "Le code « AG001 » existe déjà."
    assert error_text(form, "name") == ""
    assert [i.name for i in reference.list_intermediaries(admin)] == ["Agence Yao"]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "Taux invalide : saisissez un pourcentage, par exemple 12,5."),
        ("75", "Le taux de commission ne peut pas dépasser 50 %."),
        ("", "Le taux de commission est obligatoire."),
    ],
)
def test_commission_rate_refused_next_to_the_rate(
    qtbot, bus: AppBus, admin: ServiceContext, typed: str, message: str
) -> None:
    page = shown(qtbot, IntermediariesPage(bus))
    form = page.form
    type_text(qtbot, form.code_edit, "CT01")
    type_text(qtbot, form.name_edit, "Courtage Ébrié")
    type_text(qtbot, form.commission_edit, typed)
    with qtbot.assertNotEmitted(bus.data_changed):
        assert form.save() is False
    assert error_text(form, "commission_rate") == message
    assert form.commission_edit.property("invalid") is True
    assert reference.list_intermediaries(admin) == []
    assert page.rows() == []


def test_change_an_intermediary_picked_in_the_list(
    qtbot, bus: AppBus, admin: ServiceContext
) -> None:
    reference.save_intermediary(
        admin, IntermediaryData("AG001", IntermediaryKind.AGENT, "Agence Yao", Decimal("0.10"))
    )
    reference.save_intermediary(
        admin, IntermediaryData("SIEGE", IntermediaryKind.HEAD_OFFICE, "Siège", Decimal("0"))
    )
    page = shown(qtbot, IntermediariesPage(bus))
    form = page.form
    page.table.selectRow(1)
    assert form.code_edit.text() == "SIEGE" and form.kind_combo.currentText() == "Siège"
    page.table.selectRow(0)
    assert form.commission_edit.text() == "10"
    type_text(qtbot, form.commission_edit, "15")
    click(qtbot, form.active_box)
    assert form.save()
    yao = reference.list_intermediaries(admin)[0]
    assert (yao.commission_rate, yao.active) == (Decimal("0.15"), False)
    assert page.model.index(0, 4).data() == "Non"
    assert len(page.rows()) == 2


# -- administrators ----------------------------------------------------------------------------


def test_create_an_administrator(qtbot, bus: AppBus, admin: ServiceContext) -> None:
    page = shown(qtbot, AdministratorsPage(bus))
    form = page.form
    click(qtbot, page.new_button)
    type_text(qtbot, form.code_edit, "GRAS")
    type_text(qtbot, form.name_edit, "Gras Savoye Côte d'Ivoire")
    type_text(qtbot, form.email_edit, "sante@grassavoye.ci")
    type_text(qtbot, form.movements_email_edit, "mouvements@grassavoye")
    type_text(qtbot, form.fee_edit, "8")
    assert form.save() is False
    assert (
        error_text(form, "movements_email")
        == "Adresse e-mail invalide (exemple : contact@assureur.ci)."
    )
    assert reference.list_administrators(admin) == []

    type_text(qtbot, form.movements_email_edit, "mouvements@grassavoye.ci")
    with qtbot.waitSignal(bus.data_changed):
        click(qtbot, form.save_button)
    assert error_text(form, "movements_email") == ""
    [saved] = reference.list_administrators(admin)
    assert (saved.code, saved.name, saved.movements_email, saved.management_fee_rate) == (
        "GRAS",
        "Gras Savoye Côte d'Ivoire",
        "mouvements@grassavoye.ci",
        Decimal("0.08"),
    )
    assert page.model.index(0, 3).data() == "8\u00a0%"


# -- providers ---------------------------------------------------------------------------------


def test_create_a_provider(qtbot, bus: AppBus, admin: ServiceContext) -> None:
    page = shown(qtbot, ProvidersPage(bus))
    form = page.form
    assert form.in_network_box.isChecked()  # most providers the office lists are conventionnés
    type_text(qtbot, form.name_edit, "Pharmacie de l'Étoile")
    choose(form.kind_combo, "Pharmacie")
    choose(form.sector_combo, "Public")
    click(qtbot, form.in_network_box)
    type_text(qtbot, form.city_edit, "Yamoussoukro")
    type_text(qtbot, form.phone_edit, "27 30 64 00 00")
    with qtbot.waitSignal(bus.data_changed):
        click(qtbot, form.save_button)
    [saved] = reference.list_providers(admin)
    assert (saved.name, saved.kind, saved.public, saved.in_network, saved.city, saved.phone) == (
        "Pharmacie de l'Étoile",
        ProviderKind.PHARMACY,
        True,
        False,
        "Yamoussoukro",
        "27 30 64 00 00",
    )
    assert [page.model.index(0, c).data() for c in range(6)] == [
        "Pharmacie de l'Étoile",
        "Pharmacie",
        "Public",
        "Non",
        "Yamoussoukro",
        "Oui",
    ]


def test_same_provider_in_the_same_city_is_refused(
    qtbot, bus: AppBus, admin: ServiceContext
) -> None:
    reference.save_provider(
        admin, reference.ProviderData("Clinique Sainte-Marie", ProviderKind.CLINIC, city="Abidjan")
    )
    page = shown(qtbot, ProvidersPage(bus))
    form = page.form
    click(qtbot, page.new_button)
    type_text(qtbot, form.name_edit, "clinique sainte-marie")
    type_text(qtbot, form.city_edit, "Abidjan")
    with qtbot.assertNotEmitted(bus.data_changed):
        assert form.save() is False
    assert (
        error_text(form, "name")
        == "Le prestataire « clinique sainte-marie » existe déjà dans cette ville."
    )
    assert len(reference.list_providers(admin)) == 1
    # In another city it is another provider.
    type_text(qtbot, form.city_edit, "Bouaké")
    assert form.save()
    assert sorted(p.city for p in reference.list_providers(admin)) == ["Abidjan", "Bouaké"]
