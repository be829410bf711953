"""The décompte through the services (domain.md §6, §7, §10.2): the facts read from the
database, hand-worked amounts, and every blocking check refusing the save whole.

The office's policies run from 01/01/2026 with the standard schedule (optical 50 000 a
year, hospitalisation with prior approval), persons at 80 % with an annual ceiling of
2 000 000; the clock reads 21/11/2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop_app.domain.assessment import Cap
from desktop_app.domain.assessment_facts import LineInput
from desktop_app.domain.care import CareCategory
from desktop_app.domain.claim_workflow import ApprovalState, ClaimState
from desktop_app.domain.errors import CellError, ValidationFailed
from desktop_app.persistence.models import AssessmentLine, ClaimEvent
from desktop_app.services.claims import approvals, assessments
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims import reception as claims
from desktop_app.services.claims.assessments import DuplicateSignOff
from desktop_app.services.context import ServiceContext
from tests.services.claims.test_claims_builders import (
    Office,
    assessed,
    issued_policy,
    line,
    office,
    receive,
)

OPTICAL, PHARMACY, HOSPITAL = (
    CareCategory.OPTICAL,
    CareCategory.PHARMACY,
    CareCategory.HOSPITALISATION,
)


def _refused(
    o: Office,
    claim_id: int,
    lines: list[LineInput],
    cell: tuple[int, str],
    words: str,
    **kwargs: object,
) -> None:
    """The save is refused naming the cell (row, column) of the table of lines, and
    nothing of it is written."""
    with pytest.raises(ValidationFailed) as refused:
        assessments.assess_claim(o.claims, claim_id, lines, **kwargs)  # type: ignore[arg-type]
    messages = refused.value.by_cell()
    assert ("lines", *cell) in messages, messages
    assert words in messages[("lines", *cell)]
    assert claim_queries.get_claim(o.claims, claim_id).status is ClaimState.RECEIVED
    with o.claims.read() as session:
        assert (
            session.scalar(
                select(func.count(AssessmentLine.id)).where(AssessmentLine.claim_id == claim_id)
            )
            == 0
        )
        kinds = set(session.scalars(select(ClaimEvent.kind).where(ClaimEvent.claim_id == claim_id)))
        assert kinds == {"received"}


def test_study_optical_example_and_consumption_carried_to_the_next_file(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§10.2: optical capped at 50 000 a year, rate 80 %, 75 000 claimed → 80 % is 60 000,
    reimbursed 50 000 (the category's annual ceiling bit, not the 2 000 000 overall), the
    member pays 25 000. A second file of the same person in the same year: the optical
    line gets 0 (category ceiling used up) while pharmacy 20 000 still gets 80 % = 16 000."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    first = receive(o, ids["Kouassi"], 75_000, o.optician_id)
    result = assessments.assess_claim(o.claims, first, [line(date(2026, 9, 15), OPTICAL, 75_000)])
    (opt,) = result.outcome.assessment.lines
    assert (opt.base, opt.at_rate, opt.reimbursed, opt.member_pays, opt.cap) == (
        75_000,
        60_000,
        50_000,
        25_000,
        Cap.CATEGORY_ANNUAL,
    )
    assert opt.overall_left == 2_000_000 and result.outcome.warnings == ()
    view = claim_queries.get_claim(o.claims, first)
    assert (view.status, view.reimbursed, view.member_pays, view.assessed_by) == (
        ClaimState.ASSESSED,
        50_000,
        25_000,
        "sin",
    )

    second = receive(o, ids["Kouassi"], 50_000, o.optician_id)
    result = assessments.assess_claim(
        o.claims,
        second,
        [
            line(date(2026, 10, 20), OPTICAL, 30_000, "P-2"),
            line(date(2026, 10, 20), PHARMACY, 20_000, "P-3"),
        ],
    )
    opt, pharmacy = result.outcome.assessment.lines
    assert (opt.category_left, opt.reimbursed, opt.member_pays, opt.cap) == (
        0,
        0,
        30_000,
        Cap.CATEGORY_ANNUAL,
    )
    assert (pharmacy.reimbursed, pharmacy.cap, pharmacy.overall_left) == (
        16_000,
        Cap.RATE,
        1_950_000,
    )
    assert claim_queries.get_claim(o.claims, second).reimbursed == 16_000

    # Only assessed files count: reopening the first gives its 50 000 back to the third.
    third = receive(o, ids["Kouassi"], 30_000, o.optician_id)
    optical = [line(date(2026, 11, 1), OPTICAL, 30_000, "P-4")]
    assert assessments.preview_assessment(o.claims, third, optical).assessment.reimbursed == 0
    claims.reopen_claim(o.claims, first, "Facture de l'opticien corrigée")
    preview = assessments.preview_assessment(o.claims, third, optical)
    (opt,) = preview.assessment.lines
    assert (opt.category_left, opt.reimbursed, opt.cap) == (50_000, 24_000, Cap.RATE)


def test_preview_computes_without_saving(admin: ServiceContext, clerk: ServiceContext) -> None:
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = receive(o, ids["Kouassi"], 75_000, o.optician_id)
    preview = assessments.preview_assessment(
        o.claims, claim_id, [line(date(2026, 9, 15), OPTICAL, 75_000)]
    )
    assert preview.assessment.reimbursed == 50_000 and not preview.blocked
    blocked = assessments.preview_assessment(
        o.claims, claim_id, [line(date(2026, 12, 1), OPTICAL, 75_000)]
    )
    first = blocked.errors[0]
    assert blocked.blocked and isinstance(first, CellError)
    assert (first.field, first.row, first.column) == ("lines", 0, "care_date")
    assert claim_queries.get_claim(o.claims, claim_id).status is ClaimState.RECEIVED
    with o.claims.read() as session:
        assert session.scalar(select(func.count(AssessmentLine.id))) == 0


def test_person_not_covered_on_the_date_of_care(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§10.2 cover: a child entered on 01/06/2026 is not covered for care on 20/05/2026."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"], dependents={"Awa": date(2026, 6, 1)})
    claim_id = receive(o, ids["Awa"], 10_000)
    _refused(
        o, claim_id, [line(date(2026, 5, 20), PHARMACY, 10_000)], (0, "care_date"), "01/06/2026"
    )


def test_waiting_period_applies_to_individual_policies_only(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§6: optical waits 6 months from entry (01/01 → covered from 01/07) on an individual
    policy; the same care on 10/03 in a group policy (5 members) is paid: 50 000. Excluding
    the whole line with the reason « CARENCE » settles the individual file at 0."""
    o = office(admin, clerk)
    _, individual = issued_policy(o, ["Kouassi"])
    _, group = issued_policy(
        o, ["Bamba", "Coulibaly", "Diabaté", "Ouattara", "Traoré"], subscriber="SIB Groupe"
    )
    care = [line(date(2026, 3, 10), OPTICAL, 75_000)]
    claim_id = receive(o, individual["Kouassi"], 75_000, o.optician_id)
    _refused(o, claim_id, care, (0, "care_date"), "01/07/2026")
    settled = assessments.assess_claim(
        o.claims,
        claim_id,
        [line(date(2026, 3, 10), OPTICAL, 75_000, excluded=75_000, exclusion_reason="carence")],
    )
    assert (settled.outcome.assessment.reimbursed, settled.outcome.assessment.member_pays) == (
        0,
        75_000,
    )
    group_claim = receive(o, group["Bamba"], 75_000, o.optician_id)
    assert (
        assessments.assess_claim(o.claims, group_claim, care).outcome.assessment.reimbursed
        == 50_000
    )


def test_prior_approval_must_be_on_record_and_agreed(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§7: a 3-day private hospital stay needs an approval. Without one, or while it awaits
    the decision, the save is refused; once agreed, 300 000 at 80 % = 240 000 (under the
    2 000 000 hospitalisation ceiling)."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = receive(o, ids["Kouassi"], 300_000)
    stay = line(date(2026, 10, 5), HOSPITAL, 300_000, stay_days=3)
    _refused(o, claim_id, [stay], (0, "approval_ref"), "Entente préalable obligatoire")
    approval_id, ref, _ = approvals.request_approval(
        o.claims,
        approvals.ApprovalInput(
            ids["Kouassi"],
            HOSPITAL,
            300_000,
            o.clinic_id,
            stay_days=3,
            asked_at=datetime(2026, 10, 1, 8, 0),
        ),
    )
    assert ref == "EP-2026-000001"
    with_ref = line(date(2026, 10, 5), HOSPITAL, 300_000, stay_days=3, approval_ref=ref)
    _refused(o, claim_id, [with_ref], (0, "approval_ref"), "attend encore la décision")
    approvals.decide_approval(o.claims, approval_id, approvals.DecisionInput(ApprovalState.AGREED))
    result = assessments.assess_claim(o.claims, claim_id, [with_ref])
    assert result.outcome.assessment.reimbursed == 240_000
    (row,) = assessments.list_assessment_lines(o.claims, claim_id=claim_id)
    assert (row.base, row.reimbursed, row.member_pays, row.cap) == (
        300_000,
        240_000,
        60_000,
        Cap.RATE,
    )


def test_stay_limit_follows_the_providers_public_status(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§7: an approval without a number of days covers 6 days in a private facility, 10 in a
    public one; the facility's status comes from the provider on record. An 8-day stay:
    refused at the private clinic, paid at the public hospital (400 000 × 80 % = 320 000)."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    approval_id, ref, _ = approvals.request_approval(
        o.claims,
        approvals.ApprovalInput(
            ids["Kouassi"], HOSPITAL, 400_000, asked_at=datetime(2026, 9, 28, 8, 0)
        ),
    )
    approvals.decide_approval(o.claims, approval_id, approvals.DecisionInput(ApprovalState.AGREED))
    stay = [line(date(2026, 10, 1), HOSPITAL, 400_000, stay_days=8, approval_ref=ref.lower())]
    private = receive(o, ids["Kouassi"], 400_000, o.clinic_id)
    _refused(o, private, stay, (0, "approval_ref"), "en couvre 6")
    public = receive(o, ids["Kouassi"], 400_000, o.hospital_id)
    assert assessments.assess_claim(o.claims, public, stay).outcome.assessment.reimbursed == 320_000


def test_amounts_and_dates_are_checked(admin: ServiceContext, clerk: ServiceContext) -> None:
    """§10.2: CMU share 6 000 + excluded 5 000 > 10 000 claimed; care on 22/11 when today
    is 21/11; care on 10/11 for a file received on 02/11."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = receive(o, ids["Kouassi"], 10_000)
    _refused(
        o,
        claim_id,
        [
            line(
                date(2026, 10, 1),
                PHARMACY,
                10_000,
                cmu_share=6_000,
                excluded=5_000,
                exclusion_reason="SANS_ORDO",
            )
        ],
        (0, "excluded"),
        "dépassent le montant réclamé",
    )
    _refused(
        o,
        claim_id,
        [line(date(2026, 11, 22), PHARMACY, 10_000)],
        (0, "care_date"),
        "dans le futur",
    )
    _refused(
        o,
        claim_id,
        [line(date(2026, 11, 10), PHARMACY, 10_000)],
        (0, "care_date"),
        "postérieure à la réception",
    )
    _refused(
        o,
        claim_id,
        [line(date(2026, 10, 1), PHARMACY, 10_000, excluded=1_000, exclusion_reason="NIMPORTE")],
        (0, "exclusion_reason"),
        "inconnu",
    )
    _refused(
        o,
        claim_id,
        [line(date(2026, 10, 1), PHARMACY, 10_000, number="")],
        (0, "prestation_number"),
        "obligatoire",
    )
    ok = assessments.assess_claim(
        o.claims,
        claim_id,
        [
            line(
                date(2026, 10, 1),
                PHARMACY,
                10_000,
                cmu_share=2_000,
                excluded=3_000,
                exclusion_reason="med_courant",
            )
        ],
    )
    (pharmacy,) = ok.outcome.assessment.lines
    # base 10 000 − 2 000 − 3 000 = 5 000; 80 % = 4 000; the member pays 10 000 − 2 000 − 4 000.
    assert (pharmacy.base, pharmacy.reimbursed, pharmacy.member_pays) == (5_000, 4_000, 4_000)


def test_duplicate_across_files_needs_an_authorised_confirmation(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§10.2: the same care (person, date, prestation number, amount) already in another
    décompte blocks, unless a user allowed to confirm duplicates confirms it — the
    signatory, typing their password at the clerk's desk. The claims clerk may not."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    care = [line(date(2026, 10, 1), PHARMACY, 10_000, "PH-9")]
    assessed(o, ids["Kouassi"], care)
    claim_id = receive(o, ids["Kouassi"], 10_000)
    _refused(o, claim_id, care, (0, "prestation_number"), "figurent déjà dans un autre décompte")
    _refused(
        o,
        claim_id,
        care,
        (0, "prestation_number"),
        "n'a pas le droit",
        duplicate_confirmations={0: DuplicateSignOff("sin")},
    )
    _refused(
        o,
        claim_id,
        care,
        (0, "prestation_number"),
        "mot de passe",
        duplicate_confirmations={0: DuplicateSignOff("sig", "mauvais")},
    )
    result = assessments.assess_claim(
        o.claims,
        claim_id,
        care,
        duplicate_confirmations={0: DuplicateSignOff("sig", "motdepasse1")},
    )
    assert any("confirmé par sig" in w for w in result.outcome.warnings)
    (row,) = assessments.list_assessment_lines(o.claims, claim_id=claim_id)
    assert (row.duplicate_confirmed_by, row.reimbursed) == ("sig", 8_000)


def test_simplified_mode_one_line_per_category(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    """§10.2 simplified: one line per category with totals, no prestation number."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = receive(o, ids["Kouassi"], 30_000)
    twice = [
        line(date(2026, 10, 1), PHARMACY, 10_000, ""),
        line(date(2026, 10, 2), PHARMACY, 20_000, ""),
    ]
    _refused(o, claim_id, twice, (1, "category"), "une seule ligne par catégorie", simplified=True)
    totals = [line(date(2026, 10, 2), PHARMACY, 30_000, "")]
    result = assessments.assess_claim(o.claims, claim_id, totals, simplified=True)
    assert result.outcome.assessment.reimbursed == 24_000
    assert claim_queries.get_claim_medical(o.claims, claim_id).simplified
