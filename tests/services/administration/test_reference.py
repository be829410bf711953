"""Reference data: intermediaries, administrators, providers, labels (issue 3)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.errors import PermissionDenied, ValidationFailed
from desktop_app.domain.kinds import IntermediaryKind, ProviderKind
from desktop_app.domain.roles import Role
from desktop_app.services.administration import reference as ref
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from tests.conftest import make_user


def test_intermediary_round_trip_keeps_exact_rate(admin: ServiceContext) -> None:
    new_id, changes = ref.save_intermediary(
        admin,
        ref.IntermediaryData(
            " ag-012 ", IntermediaryKind.AGENT, "Cabinet Koné & Fils", Decimal("0.125")
        ),
    )
    assert changes.touches("intermediaries")
    (row,) = ref.list_intermediaries(admin)
    assert (row.id, row.code, row.commission_rate) == (new_id, "AG-012", Decimal("0.125"))


def test_intermediary_bad_input_saves_nothing(admin: ServiceContext) -> None:
    ref.save_intermediary(
        admin, ref.IntermediaryData("C1", IntermediaryKind.BROKER, "Courtier Un", Decimal("0.1"))
    )
    with pytest.raises(ValidationFailed) as failed:
        ref.save_intermediary(
            admin,
            ref.IntermediaryData(
                "c1",
                IntermediaryKind.BROKER,
                "",
                Decimal("-0.01"),
                email="pas-un-mail",
                phone="abc",
            ),
        )
    fields = failed.value.by_field()
    assert set(fields) == {"code", "name", "commission_rate", "email", "phone"}
    assert "existe déjà" in fields["code"]
    with pytest.raises(ValidationFailed) as too_high:
        ref.save_intermediary(
            admin, ref.IntermediaryData("C2", IntermediaryKind.BROKER, "X" * 121, Decimal("0.9"))
        )
    assert set(too_high.value.by_field()) == {"name", "commission_rate"}
    assert [i.code for i in ref.list_intermediaries(admin)] == ["C1"]


def test_administrator_and_provider(admin: ServiceContext) -> None:
    ref.save_administrator(
        admin,
        ref.AdministratorData(
            "ASCOMA",
            "ASCOMA Côte d'Ivoire",
            Decimal("0.05"),
            movements_email="mouvements@ascoma.ci",
        ),
    )
    with pytest.raises(ValidationFailed, match="existe déjà"):
        ref.save_administrator(admin, ref.AdministratorData("ascoma", "Autre", Decimal("0.05")))
    ref.save_provider(
        admin, ref.ProviderData("CHU de Cocody", ProviderKind.HOSPITAL, public=True, city="Abidjan")
    )
    with pytest.raises(ValidationFailed, match="existe déjà"):
        ref.save_provider(
            admin, ref.ProviderData("chu de cocody", ProviderKind.HOSPITAL, city="ABIDJAN")
        )
    assert [p.name for p in ref.list_providers(admin)] == ["CHU de Cocody"]


def test_only_authorised_users_edit_reference_data(admin: ServiceContext) -> None:
    make_user(admin, "prod", Role.PRODUCTION)
    clerk = users.login(admin, "prod", "motdepasse1")
    with pytest.raises(PermissionDenied):
        ref.save_intermediary(
            clerk, ref.IntermediaryData("X", IntermediaryKind.AGENT, "X", Decimal("0.1"))
        )
    assert ref.list_intermediaries(clerk) == []


def test_care_category_renamed_and_exclusion_reasons(admin: ServiceContext) -> None:
    labels = {r.code: r.label for r in ref.care_category_labels(admin)}
    assert labels["OPTI"] == "Optique" and len(labels) == 17
    ref.save_care_category(admin, ref.LabelRow("OPTI", "Optique (verres et lentilles)"))
    assert {r.code: r.label for r in ref.care_category_labels(admin)}[
        "OPTI"
    ] == "Optique (verres et lentilles)"
    with pytest.raises(ValidationFailed):
        ref.save_care_category(admin, ref.LabelRow("ZZZ", ""))
    ref.save_exclusion_reason(admin, ref.LabelRow("sans-ordo", "Médicament sans ordonnance"))
    assert [r.code for r in ref.list_exclusion_reasons(admin)] == ["SANS-ORDO"]


def test_seed_fills_empty_lists_once_and_keeps_the_office_edits(admin: ServiceContext) -> None:
    from desktop_app.domain.exclusions import DEFAULT_EXCLUSION_REASONS
    from desktop_app.services.production import benefits

    ref.seed_reference_data(admin)
    codes = [r.code for r in ref.list_exclusion_reasons(admin)]
    assert sorted(codes) == sorted(r.code for r in DEFAULT_EXCLUSION_REASONS)
    ref.save_exclusion_reason(
        admin, ref.LabelRow("CARENCE", "Délai de carence non écoulé", active=False)
    )
    ref.seed_reference_data(admin)
    rows = {r.code: r for r in ref.list_exclusion_reasons(admin)}
    assert len(rows) == len(DEFAULT_EXCLUSION_REASONS) and rows["CARENCE"].active is False
    assert [t.name for t in benefits.list_templates(admin)] == ["Formule standard"]


def test_default_exclusion_reasons_are_added_once_keeping_the_office_labels(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    from desktop_app.domain.errors import PermissionDenied
    from desktop_app.domain.exclusions import DEFAULT_EXCLUSION_REASONS
    from desktop_app.services.context import Changes

    ref.save_exclusion_reason(admin, ref.LabelRow("EAU_MIN", "Eau minérale et boissons", False))
    added, changes = ref.add_default_exclusion_reasons(admin)
    assert added == len(DEFAULT_EXCLUSION_REASONS) - 1 and changes.touches("exclusion_reasons")
    rows = {r.code: r for r in ref.list_exclusion_reasons(admin)}
    assert len(rows) == len(DEFAULT_EXCLUSION_REASONS)
    assert (rows["EAU_MIN"].label, rows["EAU_MIN"].active) == ("Eau minérale et boissons", False)
    assert ref.add_default_exclusion_reasons(admin) == (0, Changes())
    with pytest.raises(PermissionDenied):
        ref.add_default_exclusion_reasons(clerk)
