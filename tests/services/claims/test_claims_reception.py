"""Receiving claim files (domain.md §10.1), the lists, and who may see what (§14)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.domain.care import CareCategory, Condition
from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.domain.errors import PermissionDenied, ValidationFailed
from desktop_app.domain.kinds import ManagementSystem
from desktop_app.persistence.models import Claim
from desktop_app.services.claims import approvals, assessments
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims import reception as claims
from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.context import ServiceContext
from tests.services.claims.test_claims_builders import issued_policy, line, office, receive


def test_files_are_numbered_in_order_of_arrival_without_gaps(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§10.1 and architecture.md rule 4: S-2026-000001, 000002, and a refused reception
    takes no number, so the next file is 000003."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    first = claims.receive_claim(
        o.claims,
        claims.ClaimInput(
            date(2026, 11, 2), ids["Kouassi"], Condition.ACCIDENT, 12_000, o.clinic_id
        ),
    )
    second = claims.receive_claim(
        o.claims,
        claims.ClaimInput(
            date(2026, 11, 3), ids["Kouassi"], Condition.COMMON_ILLNESS, 8_000, o.clinic_id
        ),
    )
    with pytest.raises(ValidationFailed) as refused:
        claims.receive_claim(
            o.claims, claims.ClaimInput(date(2026, 11, 25), ids["Kouassi"], None, 0, None)
        )
    assert set(refused.value.by_field()) == {
        "reception_date",
        "condition",
        "amount_claimed",
        "provider_id",
    }
    third = claims.receive_claim(
        o.claims,
        claims.ClaimInput(
            date(2026, 11, 4), ids["Kouassi"], Condition.INFECTIOUS, 5_000, o.clinic_id
        ),
    )
    assert [first.number, second.number, third.number] == [
        "S-2026-000001",
        "S-2026-000002",
        "S-2026-000003",
    ]
    with o.claims.read() as session:
        assert session.scalar(select(func.count(Claim.id))) == 3


def test_payee_follows_the_management_system(admin: ServiceContext, clerk: ServiceContext) -> None:
    """§10.1: tiers payant pays the provider; classique pays the member (for a child, the
    member it depends on), or the subscriber when the clerk names it."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"], dependents={"Awa": date(2026, 1, 1)})
    direct = receive(o, ids["Kouassi"], 10_000)
    child = receive(o, ids["Awa"], 10_000, mode=ManagementSystem.REIMBURSEMENT)
    named = receive(
        o,
        ids["Kouassi"],
        10_000,
        mode=ManagementSystem.REIMBURSEMENT,
        payee_name="Société Ivoirienne de Banque",
    )
    assert claim_queries.get_claim(o.claims, direct).payee_name == "Clinique Sainte Anne"
    assert claim_queries.get_claim(o.claims, child).payee_name == "Kouassi Jean"
    assert claim_queries.get_claim(o.claims, named).payee_name == "Société Ivoirienne de Banque"
    view = claim_queries.get_claim(o.claims, child)
    assert view.person_name == "Kouassi Awa" and view.status is ClaimState.RECEIVED
    assert view.documents == dict.fromkeys(claims.DOCUMENTS, False)


def test_lists_are_paged_and_filtered_in_sql(admin: ServiceContext, clerk: ServiceContext) -> None:
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi", "Bamba"])
    for amount in (1_000, 2_000, 3_000):
        receive(o, ids["Kouassi"], amount)
    receive(o, ids["Bamba"], 4_000)
    everything = claim_queries.ClaimFilter()
    assert claim_queries.count_claims(o.claims, everything) == 4
    (latest,) = claim_queries.list_claims(o.claims, everything, limit=1)
    page = claim_queries.list_claims(o.claims, everything, after=latest.page_key, limit=2)
    assert [r.number for r in page] == ["S-2026-000003", "S-2026-000002"]  # latest first
    bamba = claim_queries.ClaimFilter(person_id=ids["Bamba"])
    assert [r.amount_claimed for r in claim_queries.list_claims(o.claims, bamba)] == [4_000]
    assert claim_queries.count_claims(o.claims, claim_queries.ClaimFilter(text="bam")) == 1
    assert (
        claim_queries.count_claims(o.claims, claim_queries.ClaimFilter(number="S-2026-00000")) == 4
    )
    assert (
        claim_queries.count_claims(o.claims, claim_queries.ClaimFilter(status=ClaimState.ASSESSED))
        == 0
    )


def test_medical_details_only_for_roles_that_need_them(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§14: the Production clerk reads no claim at all; the accountant sees the file's number,
    amounts and step, but not the condition, the care lines, the approvals nor the
    timeline's medical entries."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = receive(o, ids["Kouassi"], 12_000)  # the lines will total 10 000: a warning
    assessments.assess_claim(
        o.claims, claim_id, [line(date(2026, 10, 1), CareCategory.PHARMACY, 10_000)]
    )
    medical_reads = [
        lambda ctx: claim_queries.get_claim_medical(ctx, claim_id),
        lambda ctx: assessments.list_assessment_lines(ctx, claim_id=claim_id),
        lambda ctx: approvals.list_approvals(ctx),
        lambda ctx: assessments.preview_assessment(ctx, claim_id, []),
    ]
    for read in medical_reads:
        with pytest.raises(PermissionDenied):
            read(o.production)
        with pytest.raises(PermissionDenied):
            read(o.accountant)
    with pytest.raises(PermissionDenied):
        claim_queries.get_claim(o.production, claim_id)
    with pytest.raises(PermissionDenied):
        claim_queries.list_claims(o.production, claim_queries.ClaimFilter())
    view = claim_queries.get_claim(o.accountant, claim_id)
    assert (view.number, view.amount_claimed, view.reimbursed, view.status) == (
        "S-2026-000001",
        12_000,
        8_000,
        ClaimState.ASSESSED,
    )
    assert not hasattr(view, "condition")
    assert claim_queries.get_claim_medical(o.claims, claim_id).condition is Condition.COMMON_ILLNESS
    (row,) = assessments.list_assessment_lines(o.signatory, claim_id=claim_id)
    assert (row.category, row.rate_pct, row.reimbursed) == (CareCategory.PHARMACY, 80, 8_000)
    assert [e.kind for e in claim_timeline.timeline(o.claims, claim_id)] == [
        "received",
        "assessed",
        "warning",
    ]
    assert [e.kind for e in claim_timeline.timeline(o.accountant, claim_id)] == [
        "received",
        "assessed",
    ]
