"""The Compagnie tab (domain.md §1): typed like an administrator, saved through the
service, refusals next to the fields, the logo chosen from a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.domain.roles import Role
from desktop_app.services.administration import company
from desktop_app.services.administration.company import CompanySettings
from desktop_app.services.context import ServiceContext
from desktop_app.ui.admin import company_form
from desktop_app.ui.admin.company_form import CompanyForm
from desktop_app.ui.bus import AppBus
from tests.ui.helpers import type_text


@pytest.fixture
def bus(admin: ServiceContext) -> AppBus:
    return AppBus(admin)


@pytest.fixture
def form(qtbot, bus: AppBus) -> CompanyForm:
    widget = CompanyForm(bus)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def logo_file(tmp_path: Path) -> Path:
    image = QImage(64, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#0a5c36"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """Answer the file dialog with ``path`` (None: the clerk cancels); return its titles."""
    asked: list[str] = []

    def fake(parent, caption="", folder="", filters=""):  # type: ignore[no-untyped-def]
        asked.append(caption)
        return (str(path) if path else "", "")

    monkeypatch.setattr(company_form.QFileDialog, "getOpenFileName", staticmethod(fake))
    return asked


def fill(qtbot, form: CompanyForm) -> None:
    type_text(qtbot, form.name_edit, "Assurances Lagune Santé SA")
    form.address_edit.setFocus()
    type_text(qtbot, form.address_edit, "Plateau, avenue Chardy, immeuble Alpha 2000")
    type_text(qtbot, form.city_edit, "Abidjan")
    type_text(qtbot, form.phone_edit, "+225 27 20 30 40 50")
    type_text(qtbot, form.email_edit, "contact@lagune-sante.ci")
    type_text(qtbot, form.licence_edit, "A-0123/CIMA")
    type_text(qtbot, form.tax_id_edit, "CI-1234567 X")


def test_company_saved_with_its_logo(
    qtbot,
    form: CompanyForm,
    bus: AppBus,
    admin: ServiceContext,
    logo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert form.logo_preview.text() == "Aucun logo"
    assert not form.remove_logo_button.isEnabled()
    fill(qtbot, form)
    asked = choose_file(monkeypatch, logo_file)
    click(qtbot, form.choose_logo_button)
    assert asked == ["Choisir le logo de la compagnie"]
    assert not form.logo_preview.pixmap().isNull()
    assert form.remove_logo_button.isEnabled()

    with qtbot.waitSignal(bus.data_changed) as changed:
        click(qtbot, form.save_button)
    assert changed.args[0].touches("company")
    saved = company.get_company(admin)
    assert saved == CompanySettings(
        name="Assurances Lagune Santé SA",
        address="Plateau, avenue Chardy, immeuble Alpha 2000",
        city="Abidjan",
        phone="+225 27 20 30 40 50",
        email="contact@lagune-sante.ci",
        licence_number="A-0123/CIMA",
        tax_id="CI-1234567 X",
        logo=logo_file.read_bytes(),
    )
    assert form.errors.general_message() == ""


def test_bad_email_and_too_long_name_save_nothing(
    qtbot, form: CompanyForm, admin: ServiceContext
) -> None:
    company.update_company(admin, CompanySettings(name="Lagune Santé", email="contact@lagune.ci"))
    form.reload()
    assert form.name_edit.text() == "Lagune Santé"

    type_text(qtbot, form.name_edit, "Assurances " + "é" * 115)  # 126 characters
    type_text(qtbot, form.email_edit, "contact@lagune")
    type_text(qtbot, form.phone_edit, "27 20 30 40 50 poste 12")
    click(qtbot, form.save_button)

    assert (
        form.errors.message("name")
        == "La raison sociale est trop longue (126 caractères, au plus 120)."
    )
    assert (
        form.errors.message("email") == "Adresse e-mail invalide (exemple : contact@assureur.ci)."
    )
    assert form.errors.message("phone") == (
        "Numéro de téléphone invalide : chiffres, espaces, +, ( ) et tirets seulement."
    )
    assert form.errors.message("city") == ""
    label = form.findChild(QLabel, "error_email")
    assert label is not None and label.isVisible()
    assert form.email_edit.property("invalid") is True
    # Nothing saved: the database still holds the earlier values.
    assert company.get_company(admin) == CompanySettings(
        name="Lagune Santé", email="contact@lagune.ci"
    )


def test_empty_name_is_refused(qtbot, form: CompanyForm, admin: ServiceContext) -> None:
    click(qtbot, form.save_button)
    assert form.errors.message("name") == "La raison sociale est obligatoire."
    assert company.get_company(admin) == CompanySettings()


def test_a_file_that_is_no_image_is_refused(
    qtbot, form: CompanyForm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text_file = tmp_path / "statuts.png"
    text_file.write_text("ceci n'est pas une image", encoding="utf-8")
    choose_file(monkeypatch, text_file)
    click(qtbot, form.choose_logo_button)
    assert (
        form.errors.message("logo") == "« statuts.png » n'est pas une image lisible (PNG ou JPEG)."
    )
    assert form.logo is None

    choose_file(monkeypatch, None)  # the clerk cancels the dialog: nothing changes
    click(qtbot, form.choose_logo_button)
    assert form.logo is None


def test_remove_the_logo(qtbot, form: CompanyForm, admin: ServiceContext, logo_file: Path) -> None:
    company.update_company(admin, CompanySettings(name="Lagune Santé", logo=logo_file.read_bytes()))
    form.reload()
    assert form.logo == logo_file.read_bytes()
    assert not form.logo_preview.pixmap().isNull()
    click(qtbot, form.remove_logo_button)
    assert form.logo_preview.text() == "Aucun logo"
    click(qtbot, form.save_button)
    assert company.get_company(admin).logo is None


def test_a_clerk_is_refused_in_words(qtbot, admin: ServiceContext) -> None:
    from desktop_app.services.administration import users
    from tests.conftest import make_user

    make_user(admin, "prod", Role.PRODUCTION)
    clerk = users.login(admin, "prod", "motdepasse1")
    widget = CompanyForm(AppBus(clerk))
    qtbot.addWidget(widget)
    type_text(qtbot, widget.name_edit, "Autre nom")
    widget.save()
    assert "modifier les paramètres de la compagnie" in widget.errors.general_message()
