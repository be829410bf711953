"""Endorsements of an issued policy through the services (domain.md §8, §5, §6, §15): the
worked figures of issue 8 on real rows, the dated guarantees claims read, the numbering and
every refusal leaving nothing behind.

Policies from 01/01/2026 to 31/12/2026, individual (taxes 8 %), endorsement accessoires
scale by default (0–100 000: 2 000; 100 001–500 000: 3 000); the clock reads 21/11/2026.
"""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.domain.care import CareCategory
from desktop_app.domain.endorsements import EndorsementKind, MovementKind
from desktop_app.domain.errors import CellError, Conflict, DomainError, ValidationFailed
from desktop_app.domain.issued_documents import DocumentKind, DocumentState
from desktop_app.domain.kinds import CoverState, PolicyStatus
from desktop_app.domain.quittance_workflow import QuittanceKind
from desktop_app.persistence.models import (
    Endorsement,
    EndorsementMovement,
    InsuredPerson,
    IssuedDocument,
    PersonTerm,
    Policy,
    Quittance,
    QuittanceLine,
)
from desktop_app.services.claims import assessments
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import endorsements as e
from desktop_app.services.production.endorsement_input import (
    AdditionInput,
    CoverChangeInput,
    EndorsementInput,
    ExitInput,
    RequestInfo,
)
from tests.services.claims.test_claims_builders import (
    Office,
    issued_policy,
    line,
    office,
    person,
    receive,
)

K = EndorsementKind


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def _incorporation(pid: int, *rows: AdditionInput) -> EndorsementInput:
    return EndorsementInput(K.ADDITION, additions=rows)


def _count(o: Office, model: type) -> int:
    with o.production.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_incorporation_from_1_july(o: Office) -> None:
    """§8 + §5: a person priced 240 000 a year (the tariff: 80 % zone 1, aged 41) entering
    01/07/2026: 184 days → 120 986.30 → 120 986; accessoires 3 000; taxes 8 % × 123 986 =
    9 918.88 → 9 919; TTC 133 905. The preview shows it before anything is written."""
    pid, _ = issued_policy(o, ["Kouassi"])
    data = _incorporation(
        pid, AdditionInput(person(pid, "Yao", "Paul", entry_date=date(2026, 7, 1)))
    )
    preview = e.preview_endorsement(o.production, pid, data)
    assert not preview.blocked, preview.errors
    assert preview.number == 1
    (row,) = preview.movements
    assert (row.kind, row.day, row.days, row.prorated, row.annual_after) == (
        MovementKind.ADDITION,
        date(2026, 7, 1),
        184,
        120_986,
        240_000,
    )
    q = preview.quittance
    assert q is not None
    assert (q.amounts.net, q.amounts.fees, q.amounts.taxes, q.amounts.total) == (
        120_986,
        3_000,
        9_919,
        133_905,
    )
    assert _count(o, Endorsement) == 0  # a preview writes nothing

    done = e.validate_endorsement(o.production, pid, data)
    assert (done.number, done.total) == (1, 133_905)
    with o.production.read() as session:
        quittance = session.get(Quittance, done.quittance_id)
        assert quittance is not None
        assert (quittance.kind, quittance.net, quittance.fees, quittance.taxes) == (
            QuittanceKind.ENDORSEMENT,
            120_986,
            3_000,
            9_919,
        )
        assert quittance.act_label == "Avenant n° 1 — incorporation"
        (qline,) = session.scalars(
            select(QuittanceLine).where(QuittanceLine.quittance_id == quittance.id)
        )
        assert (qline.start, qline.days, qline.prorated) == (date(2026, 7, 1), 184, 120_986)
        yao = session.scalars(select(InsuredPerson).where(InsuredPerson.last_name == "Yao")).one()
        (term,) = session.scalars(select(PersonTerm).where(PersonTerm.person_id == yao.id))
        assert (term.start, term.annual_net_premium, term.endorsement_id) == (
            date(2026, 7, 1),
            240_000,
            done.endorsement_id,
        )
        documents = {
            d.kind: d
            for d in session.scalars(
                select(IssuedDocument).where(IssuedDocument.person_id == yao.id)
            )
        }
        assert DocumentKind.CARD in documents  # a new card for the person entering
        document = session.scalars(
            select(IssuedDocument).where(IssuedDocument.endorsement_id == done.endorsement_id)
        ).one()
        snapshot = json.loads(document.snapshot)
        assert snapshot["number"] == 1 and snapshot["premium"]["total"] == 133_905
        assert snapshot["movements"][0]["prorated"] == 120_986


def test_removal_with_refund_makes_a_credit_note(o: Office) -> None:
    """§8 + §5: a person priced 180 000 leaving, first uncovered day 01/10/2026, refund
    allowed: 92 days → −45 369.86 → −45 370; no accessoires; taxes −3 630; total −49 000.
    Their card is invalid from 01/10 and their guarantees stop there."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    with o.production.write() as session:
        kone = session.get(InsuredPerson, ids["Koné"])
        assert kone is not None
        kone.annual_net_premium = 180_000
        for term in session.scalars(select(PersonTerm).where(PersonTerm.person_id == kone.id)):
            term.annual_net_premium = 180_000
    data = EndorsementInput(
        K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 10, 1)),), refund=True
    )
    done = e.validate_endorsement(o.production, pid, data)
    assert done.total == -49_000
    with o.production.read() as session:
        q = session.get(Quittance, done.quittance_id)
        assert q is not None
        assert (q.kind, q.net, q.fees, q.taxes, q.total) == (
            QuittanceKind.REFUND,
            -45_370,
            0,
            -3_630,
            -49_000,
        )
        kone = session.get(InsuredPerson, ids["Koné"])
        assert kone is not None
        assert (kone.exit_date, kone.cover_state) == (date(2026, 10, 1), CoverState.REMOVED)
        (term,) = session.scalars(select(PersonTerm).where(PersonTerm.person_id == kone.id))
        assert term.stop == date(2026, 10, 1)
        card = session.scalars(
            select(IssuedDocument).where(
                IssuedDocument.person_id == kone.id, IssuedDocument.kind == DocumentKind.CARD
            )
        ).one()
        assert card.status == DocumentState.CANCELLED
        assert "01/10/2026" in card.cancel_reason


def test_removal_without_refund_bills_nothing(o: Office) -> None:
    """§8: when the policy's terms give no refund, the exit makes no quittance."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    data = EndorsementInput(
        K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 10, 1)),), refund=False
    )
    preview = e.preview_endorsement(o.production, pid, data)
    assert preview.quittance is None and preview.movements[0].days == 0
    done = e.validate_endorsement(o.production, pid, data)
    assert done.quittance_id is None and done.total == 0
    assert _count(o, Quittance) == 1  # the only


def test_regularisation_of_two_dates_is_one_endorsement(o: Office) -> None:
    """§8: C (120 000) enters 01/05/2026: 245 days → +80 547.95; D (120 000) leaves
    01/11/2026: 61 days → −20 054.79; one endorsement, one quittance, net 60 493."""
    pid, ids = issued_policy(o, ["Kouassi", "Diallo"])
    with o.production.write() as session:
        for term in session.scalars(
            select(PersonTerm).where(PersonTerm.person_id == ids["Diallo"])
        ):
            term.annual_net_premium = 120_000
        diallo = session.get(InsuredPerson, ids["Diallo"])
        assert diallo is not None
        diallo.annual_net_premium = 120_000
    data = EndorsementInput(
        K.REGULARISATION,
        additions=(
            AdditionInput(
                person(pid, "Camara", entry_date=date(2026, 5, 1), annual_net_premium=120_000)
            ),
        ),
        exits=(ExitInput(ids["Diallo"], date(2026, 11, 1)),),
        refund=True,
    )
    done = e.validate_endorsement(o.production, pid, data)
    with o.production.read() as session:
        q = session.get(Quittance, done.quittance_id)
        assert q is not None and q.net == 60_493
        lines = session.scalars(
            select(QuittanceLine)
            .where(QuittanceLine.quittance_id == q.id)
            .order_by(QuittanceLine.start)
        ).all()
        assert [(x.days, x.prorated) for x in lines] == [(245, 80_548), (61, -20_055)]
        assert session.scalar(select(func.count()).select_from(Endorsement)) == 1
        movements = session.scalars(select(EndorsementMovement)).all()
        assert sorted(m.kind for m in movements) == sorted(
            [MovementKind.ADDITION, MovementKind.REMOVAL]
        )


def test_a_member_leaves_with_their_dependents(o: Office) -> None:
    """§3: dependents are covered through their member; the member's exit takes them."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"], dependents={"Awa": date(2026, 1, 1)})
    data = EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Kouassi"], date(2026, 10, 1)),))
    preview = e.preview_endorsement(o.production, pid, data)
    assert [m.name for m in preview.movements][1:] == ["Kouassi Awa"]
    e.validate_endorsement(o.production, pid, data)
    with o.production.read() as session:
        awa = session.get(InsuredPerson, ids["Awa"])
        assert awa is not None and awa.exit_date == date(2026, 10, 1)


def _raise_to_100(o: Office, pid: int, person_id: int) -> None:
    change = CoverChangeInput(person_id, date(2026, 9, 1), 100, 1, 2_000_000)
    data = EndorsementInput(K.COVER_CHANGE, changes=(change,))
    preview = e.preview_endorsement(o.production, pid, data)
    assert not preview.blocked, preview.errors
    (row,) = preview.movements
    assert row.annual_after > row.annual_before and row.days == 122  # 01/09 → 31/12
    e.validate_endorsement(o.production, pid, data)


def _consultations(o: Office, person_id: int, *days: date) -> list[int]:
    claim = receive(o, person_id, 10_000 * len(days))
    result = assessments.preview_assessment(
        o.claims,
        claim,
        [
            line(day, CareCategory.CONSULTATION, 10_000, f"P-{i}")
            for i, day in enumerate(days, start=1)
        ],
    )
    assert not result.errors, result.errors
    return [x.reimbursed for x in result.assessment.lines]


def test_cover_change_claims_read_the_guarantees_on_the_date_of_care(o: Office) -> None:
    """§8 + §10: a group policy (5 members, no waiting period on an increase), Koné at
    80 % until 31/08 and 100 % from 01/09/2026. A consultation of 10 000 on 15/08 pays
    8 000; the same on 15/09 pays 10 000."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné", "Bamba", "Yao", "Zadi"])
    _raise_to_100(o, pid, ids["Koné"])
    assert _consultations(o, ids["Koné"], date(2026, 8, 15), date(2026, 9, 15)) == [
        8_000,
        10_000,
    ]
    with o.production.read() as session:
        terms = session.scalars(
            select(PersonTerm).where(PersonTerm.person_id == ids["Koné"]).order_by(PersonTerm.start)
        ).all()
        assert [(t.start, t.stop, t.coverage_rate) for t in terms] == [
            (date(2026, 1, 1), date(2026, 9, 1), 80),
            (date(2026, 9, 1), None, 100),
        ]


def test_a_change_keeps_the_ratio_of_a_premium_typed_by_hand(o: Office) -> None:
    """§8 + D21: Koné's premium was typed at 264 000 where the tariff (80 % zone 1, aged
    41) says 240 000, a ratio of 1.1. Raised to 100 % zone 1 (tariff 300 000) from
    01/09/2026, the new premium is 264 000 × 300 000 / 240 000 = 330 000; 122 days of the
    difference 66 000: 22 060.27 → 22 060. The movement prints what it was before."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    with o.production.write() as session:
        kone = session.get(InsuredPerson, ids["Koné"])
        assert kone is not None and kone.annual_net_premium == 240_000
        kone.annual_net_premium = 264_000
        for term in session.scalars(select(PersonTerm).where(PersonTerm.person_id == kone.id)):
            term.annual_net_premium = 264_000
        ceiling = kone.annual_ceiling
    change = CoverChangeInput(ids["Koné"], date(2026, 9, 1), 100, 1, 2_000_000)
    data = EndorsementInput(K.COVER_CHANGE, changes=(change,))
    preview = e.preview_endorsement(o.production, pid, data)
    (row,) = preview.movements
    assert (row.annual_before, row.annual_after, row.days, row.prorated) == (
        264_000,
        330_000,
        122,
        22_060,
    )
    nbsp = "\u00a0"
    before = f"{ceiling:,}".replace(",", nbsp)
    described = f"80 % zone 1, plafond {before} → 100 % zone 1, plafond 2{nbsp}000{nbsp}000"
    assert row.description == described
    done = e.validate_endorsement(o.production, pid, data)
    with o.production.read() as session:
        (movement,) = session.scalars(
            select(EndorsementMovement).where(
                EndorsementMovement.endorsement_id == done.endorsement_id
            )
        )
        assert (movement.annual_after, movement.description) == (330_000, described)


def test_an_increase_on_an_individual_policy_waits_its_period(o: Office) -> None:
    """§6: on an individual policy the increased part waits the period of the condition
    (common illness: 3 months, so from 01/12/2026): care on 15/09 is paid at the 80 % in
    force before the increase."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    _raise_to_100(o, pid, ids["Koné"])
    assert _consultations(o, ids["Koné"], date(2026, 9, 15)) == [8_000]


def test_suspension_refuses_care_inside_and_pays_care_outside(o: Office) -> None:
    """§8: suspended from 01/06/2026, reinstated 01/08/2026. Care on 15/05 and 15/08 is
    paid; care on 15/07 is refused."""
    pid, ids = issued_policy(o, ["Kouassi"])
    e.validate_endorsement(o.production, pid, EndorsementInput(K.SUSPENSION, day=date(2026, 6, 1)))
    with o.production.read() as session:
        kouassi = session.get(InsuredPerson, ids["Kouassi"])
        assert kouassi is not None and kouassi.cover_state is CoverState.SUSPENDED
    # A second suspension overlapping the first is refused.
    with pytest.raises(ValidationFailed):
        e.validate_endorsement(
            o.production, pid, EndorsementInput(K.SUSPENSION, day=date(2026, 7, 1))
        )
    e.validate_endorsement(
        o.production, pid, EndorsementInput(K.REINSTATEMENT, day=date(2026, 8, 1))
    )
    claim = receive(o, ids["Kouassi"], 30_000)
    result = assessments.preview_assessment(
        o.claims,
        claim,
        [
            line(date(2026, 5, 15), CareCategory.CONSULTATION, 10_000, "P-1"),
            line(date(2026, 7, 15), CareCategory.CONSULTATION, 10_000, "P-2"),
            line(date(2026, 8, 15), CareCategory.CONSULTATION, 10_000, "P-3"),
        ],
    )
    assert [x.reimbursed for x in result.assessment.lines] == [8_000, 0, 8_000]
    assert [x.blocked for x in result.assessment.lines] == [False, True, False]
    assert len(result.errors) == 1 and result.errors[0].message.startswith("Ligne 2")


def test_cancellation_ends_the_policy_and_lists_its_cards(o: Office) -> None:
    """§8: résiliation at 01/10/2026 without refund: the policy ends, each card is invalid
    from that date, and no later endorsement is accepted."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    data = EndorsementInput(
        K.CANCELLATION, day=date(2026, 10, 1), refund=False, reason="Non-paiement des primes"
    )
    done = e.validate_endorsement(o.production, pid, data)
    with o.production.read() as session:
        policy = session.get(Policy, pid)
        assert policy is not None
        assert (policy.status, policy.end_date) == (PolicyStatus.CANCELLED, date(2026, 10, 1))
        cards = session.scalars(
            select(IssuedDocument).where(
                IssuedDocument.policy_id == pid, IssuedDocument.kind == DocumentKind.CARD
            )
        ).all()
        assert {c.status for c in cards} == {DocumentState.CANCELLED}
        snapshot = json.loads(
            session.scalars(
                select(IssuedDocument.snapshot).where(
                    IssuedDocument.endorsement_id == done.endorsement_id
                )
            ).one()
        )
        invalid = snapshot["cards_invalid"]
        assert len(invalid) == 2 and all("invalide à compter du 01/10/2026" in c for c in invalid)
    with pytest.raises(Conflict, match="Résiliée|résiliée"):
        e.preview_endorsement(
            o.production, pid, EndorsementInput(K.SUSPENSION, day=date(2026, 11, 1))
        )
    claim = receive(o, ids["Koné"], 10_000)
    result = assessments.preview_assessment(
        o.claims, claim, [line(date(2026, 10, 5), CareCategory.CONSULTATION, 10_000)]
    )
    assert result.assessment.lines[0].blocked and result.assessment.lines[0].reimbursed == 0


def test_numbers_follow_each_other_and_a_refused_endorsement_takes_none(o: Office) -> None:
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    bad = EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2027, 2, 1)),))
    with pytest.raises(ValidationFailed):
        e.validate_endorsement(o.production, pid, bad)
    first = e.validate_endorsement(
        o.production, pid, EndorsementInput(K.SUSPENSION, day=date(2026, 6, 1))
    )
    second = e.validate_endorsement(
        o.production, pid, EndorsementInput(K.REINSTATEMENT, day=date(2026, 7, 1))
    )
    assert (first.number, second.number) == (1, 2)
    assert [r.number for r in e.list_endorsements(o.production, pid)] == [1, 2]


def _errors(o: Office, pid: int, data: EndorsementInput) -> list[tuple[str, int, str]]:
    """Validate, expect a refusal, and check nothing at all was written."""
    before = (_count(o, Endorsement), _count(o, Quittance), _count(o, InsuredPerson))
    with pytest.raises(ValidationFailed) as failed:
        e.validate_endorsement(o.production, pid, data)
    assert (_count(o, Endorsement), _count(o, Quittance), _count(o, InsuredPerson)) == before
    preview = e.preview_endorsement(o.production, pid, data)
    assert preview.blocked and preview.quittance is None
    return [
        (x.field, x.row if isinstance(x, CellError) else -1, x.message) for x in failed.value.errors
    ]


def test_bad_input_is_refused_in_french_next_to_its_row(o: Office) -> None:
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    # A movement outside the policy year, or before its effective date.
    late = _errors(
        o,
        pid,
        _incorporation(
            pid,
            AdditionInput(person(pid, "Yao", entry_date=date(2026, 7, 1))),
            AdditionInput(person(pid, "Zadi", entry_date=date(2027, 1, 15))),
        ),
    )
    assert [(f, r) for f, r, _ in late] == [("additions", 1)]
    assert "échéance" in late[0][2]
    early = _errors(
        o, pid, EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2025, 12, 1)),))
    )
    assert early[0][:2] == ("exits", 0)
    # Removing a person not covered at that date.
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 9, 1)),)),
    )
    gone = _errors(
        o, pid, EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 10, 1)),))
    )
    assert gone[0][:2] == ("exits", 0) and "couvert" in gone[0][2]
    # Two movements of the same person on the same date.
    change = CoverChangeInput(ids["Kouassi"], date(2026, 10, 1), 100, 1, 2_000_000)
    twice = _errors(
        o,
        pid,
        EndorsementInput(K.COVER_CHANGE, changes=(change, replace(change, coverage_rate=90))),
    )
    assert [(f, r) for f, r, _ in twice] == [("changes", 1)]
    assert "même date" in twice[0][2] or "même jour" in twice[0][2]
    # A movement the kind does not carry.
    wrong = _errors(
        o,
        pid,
        EndorsementInput(
            K.REGULARISATION,
            changes=(change,),
            exits=(ExitInput(ids["Kouassi"], date(2026, 11, 1)),),
        ),
    )
    assert [(f, r) for f, r, _ in wrong] == [("changes", 0)]
    # Empty, too long, absurd.
    empty = _errors(o, pid, EndorsementInput(K.ADDITION))
    assert empty and "mouvement" in empty[0][2].lower()
    nameless = _errors(
        o, pid, _incorporation(pid, AdditionInput(person(pid, "", entry_date=date(2026, 7, 1))))
    )
    assert ("additions", 0) in [(f, r) for f, r, _ in nameless]
    long_notes = _errors(
        o,
        pid,
        replace(
            _incorporation(pid, AdditionInput(person(pid, "Yao", entry_date=date(2026, 7, 1)))),
            request=RequestInfo(notes="x" * 2001),
        ),
    )
    assert [f for f, _, _ in long_notes] == ["notes"]
    absurd = _errors(
        o,
        pid,
        EndorsementInput(
            K.COVER_CHANGE,
            changes=(CoverChangeInput(ids["Kouassi"], date(2026, 10, 1), 100, 1, -5),),
        ),
    )
    assert absurd[0][:2] == ("changes", 0)
    future_letter = _errors(
        o,
        pid,
        replace(
            _incorporation(pid, AdditionInput(person(pid, "Yao", entry_date=date(2026, 7, 1)))),
            request=RequestInfo(letter_date=date(2027, 1, 1)),
        ),
    )
    assert [f for f, _, _ in future_letter] == ["letter_date"]


def test_an_endorsement_on_a_draft_or_cancelled_policy_is_refused(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(K.CANCELLATION, day=date(2026, 10, 1), reason="Demande du client"),
    )
    with pytest.raises(Conflict):
        e.validate_endorsement(
            o.production, pid, EndorsementInput(K.SUSPENSION, day=date(2026, 11, 1))
        )


def test_claims_still_received_for_a_removed_person_before_the_exit(o: Office) -> None:
    """An exit dated 01/10 leaves care of September payable."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 10, 1)),)),
    )
    claim = receive(o, ids["Koné"], 20_000)
    result = assessments.preview_assessment(
        o.claims,
        claim,
        [
            line(date(2026, 9, 30), CareCategory.CONSULTATION, 10_000, "P-1"),
            line(date(2026, 10, 1), CareCategory.CONSULTATION, 10_000, "P-2"),
        ],
    )
    assert [x.reimbursed for x in result.assessment.lines] == [8_000, 0]
    assert [x.blocked for x in result.assessment.lines] == [False, True]


@pytest.mark.postgres_only
def test_two_clerks_endorse_the_same_policy_at_the_same_moment(o: Office) -> None:
    """§8: two clerks validate an endorsement of one policy together on separate
    connections: numbers 1 and 2, never the same, never a gap; then a refused one takes
    none and the next is 3."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné", "Bamba"])
    second = o.production.as_actor(o.production.actor)
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def press(ctx: ServiceContext, name: str) -> None:
        data = EndorsementInput(K.REMOVAL, exits=(ExitInput(ids[name], date(2026, 10, 1)),))
        barrier.wait()
        try:
            outcomes.append(e.validate_endorsement(ctx, pid, data))
        except DomainError as error:
            outcomes.append(error)

    threads = [
        threading.Thread(target=press, args=(ctx, name))
        for ctx, name in ((o.production, "Koné"), (second, "Bamba"))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(x.number for x in outcomes if isinstance(x, e.EndorsementDone)) == [1, 2]
    with pytest.raises(ValidationFailed):
        e.validate_endorsement(
            o.production,
            pid,
            EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 11, 1)),)),
        )
    third = e.validate_endorsement(
        o.production, pid, EndorsementInput(K.SUSPENSION, day=date(2026, 11, 1))
    )
    assert third.number == 3
