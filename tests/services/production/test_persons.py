"""The read-only person summary opened from the global search (domain.md §3)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.errors import NotFound, PermissionDenied
from desktop_app.domain.kinds import CoverState, PolicyStatus, Relationship, SubscriberKind
from desktop_app.services.context import ServiceContext
from desktop_app.services.production.persons import get_person_summary
from tests.services.test_search import insert_portfolio


def test_member_summary_lists_identity_policy_guarantees_and_dependents(
    admin: ServiceContext,
) -> None:
    ids = insert_portfolio(admin).person
    summary = get_person_summary(admin, ids["M0001"])
    assert (summary.matricule, summary.full_name) == ("M0001", "Koné Aïcha")
    assert summary.birth_date == date(1985, 4, 12)
    assert summary.is_member and summary.member is None
    assert summary.relationship is Relationship.SELF
    assert summary.cover_state is CoverState.COVERED
    assert (summary.coverage_rate, summary.zone) == (80, 1)
    assert (summary.annual_ceiling, summary.annual_net_premium) == (2_000_000, 185_400)
    assert (summary.policy_number, summary.administrator_ref) == ("P2026-00001", "ASC-778")
    assert summary.policy_status is PolicyStatus.IN_FORCE
    assert summary.expiry_date == date(2026, 12, 31)
    assert summary.administrator_name == "ASCOMA Côte d'Ivoire"
    assert summary.subscriber_name == "Société Ivoirienne de Cacao"
    assert summary.subscriber_kind is SubscriberKind.COMPANY
    assert [(d.matricule, d.full_name, d.relationship) for d in summary.dependents] == [
        ("M0001-01", "Koné Ibrahim", Relationship.CHILD)
    ]


def test_dependent_summary_names_the_member(admin: ServiceContext) -> None:
    ids = insert_portfolio(admin).person
    summary = get_person_summary(admin, ids["M0001-01"])
    assert not summary.is_member
    assert summary.member is not None
    assert (summary.member.matricule, summary.member.full_name) == ("M0001", "Koné Aïcha")
    assert summary.dependents == ()
    assert summary.administrator_name == "ASCOMA Côte d'Ivoire"


def test_policy_without_administrator(admin: ServiceContext) -> None:
    ids = insert_portfolio(admin).person
    assert get_person_summary(admin, ids["M0002"]).administrator_name == ""


def test_unknown_person_and_signed_out(admin: ServiceContext, anon: ServiceContext) -> None:
    ids = insert_portfolio(admin).person
    with pytest.raises(NotFound):
        get_person_summary(admin, 999_999)
    with pytest.raises(PermissionDenied):
        get_person_summary(anon, ids["M0001"])
