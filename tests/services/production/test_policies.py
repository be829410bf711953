"""Policy drafts (domain.md §2)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.errors import ValidationFailed
from desktop_app.domain.kinds import Coinsurance, PolicyCategory, PolicyStatus
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import policies
from tests.services.factories import draft_policy, reference_data


def test_draft_takes_defaults_and_expires_31_december(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§2: every policy expires on 31 December of its year; rates default from the parties."""
    inter, adm = reference_data(admin)
    pid = draft_policy(clerk, inter, adm, date(2026, 9, 15), administrator_ref="asc-2026-77")
    view = policies.get_policy(clerk, pid)
    assert view.expiry_date == date(2026, 12, 31)
    assert view.status == PolicyStatus.DRAFT and view.number is None
    assert view.data.commission_rate == Decimal("0.12")
    assert view.data.management_fee_rate == Decimal("0.05")
    assert view.data.administrator_ref == "ASC-2026-77"
    assert view.category == PolicyCategory.INDIVIDUAL and view.member_count == 0


def test_bad_draft_saves_nothing(admin: ServiceContext, clerk: ServiceContext) -> None:
    inter, adm = reference_data(admin)
    bad = policies.PolicyData(
        None,
        None,
        None,
        adm,
        "X" * 41,
        coinsurance=Coinsurance.FOLLOWER,
        coinsurance_share=Decimal("1.2"),
        cancellation_notice_days=-3,
        commission_rate=Decimal("0.9"),
        overall_annual_ceiling=-5,
    )
    with pytest.raises(ValidationFailed) as failed:
        policies.save_policy_draft(clerk, bad)
    assert set(failed.value.by_field()) == {
        "subscriber_id",
        "intermediary_id",
        "effective_date",
        "administrator_ref",
        "coinsurance_share",
        "cancellation_notice_days",
        "commission_rate",
        "overall_annual_ceiling",
    }
    pid = draft_policy(clerk, inter, adm, date(2026, 1, 1), administrator_ref="A1")
    other = policies.get_policy(clerk, pid).data
    with pytest.raises(ValidationFailed, match="déjà une police"):
        policies.save_policy_draft(clerk, replace(other, id=None))
    with pytest.raises(ValidationFailed, match="année"):
        policies.save_policy_draft(clerk, replace(other, effective_date=date(2019, 1, 1)))
