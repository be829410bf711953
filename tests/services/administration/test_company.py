"""The company's settings (domain.md §1) and their audit trail (architecture.md, rule 5)."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import PermissionDenied, ValidationFailed
from desktop_app.services.administration import audit, company
from desktop_app.services.administration.audit import AuditFilter
from desktop_app.services.administration.company import CompanySettings
from desktop_app.services.context import ServiceContext

LAGUNE = CompanySettings(
    name="Assurances Lagune Santé SA",
    address="Plateau, avenue Chardy",
    city="Abidjan",
    phone="+225 27 20 30 40 50",
    email="contact@lagune-sante.ci",
    licence_number="A-0123/CIMA",
    tax_id="CI-1234567 X",
)


def company_entries(ctx: ServiceContext) -> list[audit.AuditRow]:
    flt = AuditFilter(table_name="company")
    return audit.fetch_audit(ctx, flt, limit=100)


def test_no_company_yet_reads_as_empty(admin: ServiceContext) -> None:
    assert company.get_company(admin) == CompanySettings()


def test_update_company_leaves_before_and_after_in_the_audit(admin: ServiceContext) -> None:
    changes = company.update_company(admin, LAGUNE)
    assert changes.touches("company")
    created = company_entries(admin)
    assert [(e.action, e.user_code, e.record_id) for e in created] == [("insert", "admin", "1")]
    assert created[0].before is None
    assert created[0].after is not None and created[0].after["name"] == "Assurances Lagune Santé SA"
    assert "logo" not in created[0].after  # images are kept out of the trail

    moved = CompanySettings(
        **{
            **LAGUNE.__dict__,
            "address": "Cocody, rue des Jardins",
            "email": "direction@lagune-sante.ci",
        }
    )
    company.update_company(admin, moved)
    newest = company_entries(admin)[0]
    assert (newest.action, newest.user_code, newest.table_name) == ("update", "admin", "company")
    # Only the changed columns, each with its old and its new value.
    assert newest.before == {
        "address": "Plateau, avenue Chardy",
        "email": "contact@lagune-sante.ci",
    }
    assert newest.after == {
        "address": "Cocody, rue des Jardins",
        "email": "direction@lagune-sante.ci",
    }
    assert company.get_company(admin) == moved


def test_saving_the_same_values_leaves_no_update_row(admin: ServiceContext) -> None:
    company.update_company(admin, LAGUNE)
    company.update_company(admin, LAGUNE)
    assert [e.action for e in company_entries(admin)] == ["insert"]


def test_text_is_cleaned(admin: ServiceContext) -> None:
    company.update_company(admin, CompanySettings(name="  Lagune   Santé  ", city=" Abidjan "))
    saved = company.get_company(admin)
    assert (saved.name, saved.city) == ("Lagune Santé", "Abidjan")


def test_bad_input_names_every_field_and_saves_nothing(admin: ServiceContext) -> None:
    company.update_company(admin, LAGUNE)
    bad = CompanySettings(
        name="L" * 121,
        address="A" * 401,
        city="V" * 81,
        phone="27 20 poste 12",
        email="contact@lagune",
        licence_number="N" * 61,
        tax_id="T" * 61,
        logo=b"x" * 2_000_001,
    )
    with pytest.raises(ValidationFailed) as failed:
        company.update_company(admin, bad)
    assert failed.value.by_field() == {
        "name": "La raison sociale est trop longue (121 caractères, au plus 120).",
        "address": "L'adresse est trop longue (401 caractères, au plus 400).",
        "city": "Le nom de la ville est trop long (81 caractères, au plus 80).",
        "licence_number": "Le numéro d'agrément est trop long (61 caractères, au plus 60).",
        "tax_id": "Le compte contribuable est trop long (61 caractères, au plus 60).",
        "phone": "Numéro de téléphone invalide : chiffres, espaces, +, ( ) et tirets seulement.",
        "email": "Adresse e-mail invalide (exemple : contact@assureur.ci).",
        "logo": "Le logo est trop lourd (2 Mo au plus).",
    }
    assert company.get_company(admin) == LAGUNE
    assert len(company_entries(admin)) == 1


def test_the_name_is_required(admin: ServiceContext) -> None:
    with pytest.raises(ValidationFailed) as failed:
        company.update_company(admin, CompanySettings(name="   "))
    assert failed.value.by_field() == {"name": "La raison sociale est obligatoire."}


def test_only_an_administrator_changes_the_company(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    company.update_company(admin, LAGUNE)
    with pytest.raises(PermissionDenied, match="paramètres de la compagnie"):
        company.update_company(clerk, CompanySettings(name="Autre"))
    # Every signed-in user reads it: documents print the company's name.
    assert company.get_company(clerk).name == "Assurances Lagune Santé SA"
