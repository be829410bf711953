"""Cards one by one and the attestation d'assurance through the services (domain.md §15,
§13 DLC, §5 for the fee's taxes, §8 for the cards an endorsement makes).

Policies from 01/01/2026 to 31/12/2026 with one to five members; the clock reads
21/11/2026 09:30 unless a test moves it. The duplicate fee is 2 000 FCFA by default
(docs/decisions.md D26), taxed like accessoires: individual 8 %, group 4 %.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from desktop_app.domain.cards import CardReason, CardRequestState, Delivery
from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import Conflict, PermissionDenied, ValidationFailed
from desktop_app.domain.issued_documents import DocumentKind, DocumentState
from desktop_app.domain.quittance_workflow import QuittanceKind
from desktop_app.persistence.models import CardRequest, InsuredPerson, IssuedDocument, Quittance
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import cards
from desktop_app.services.production import endorsements as e
from desktop_app.services.production.endorsement_input import (
    AdditionInput,
    CoverChangeInput,
    EndorsementInput,
    ExitInput,
)
from tests.services.claims.test_claims_builders import Office, at, issued_policy, office, person

K = EndorsementKind
S = CardRequestState


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def _requests(o: Office, pid: int) -> list[CardRequest]:
    with o.production.read() as session:
        rows = list(
            session.scalars(
                select(CardRequest).where(CardRequest.policy_id == pid).order_by(CardRequest.id)
            )
        )
        session.expunge_all()
        return rows


def _cards(o: Office, pid: int, person_id: int) -> list[IssuedDocument]:
    with o.production.read() as session:
        rows = list(
            session.scalars(
                select(IssuedDocument)
                .where(
                    IssuedDocument.policy_id == pid,
                    IssuedDocument.person_id == person_id,
                    IssuedDocument.kind == DocumentKind.CARD,
                )
                .order_by(IssuedDocument.id)
            )
        )
        session.expunge_all()
        return rows


def _deliver_all(o: Office, pid: int, ctx: ServiceContext | None = None) -> None:
    ctx = ctx or o.production
    ids = [r.id for r in _requests(o, pid) if r.state is S.PRINTED]
    cards.record_delivery(ctx, ids, Delivery(ctx.today(), "Service RH"))


def test_issuing_a_policy_asks_one_card_per_person(o: Office) -> None:
    """§15: a policy of two members and a child gives three requests « à imprimer », dated
    the day of issue, each pointing at the person's card snapshot."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"], dependents={"Yao": date(2026, 3, 1)})
    requests = _requests(o, pid)
    assert sorted(r.person_id for r in requests) == sorted(ids.values())
    assert {(r.state, r.reason, r.requested_on) for r in requests} == {
        (S.TO_PRINT, CardReason.NEW_POLICY, date(2026, 11, 21))
    }
    for r in requests:
        (card,) = _cards(o, pid, r.person_id)
        assert r.document_id == card.id


def test_printing_marks_the_cards_printed_once(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi", "Koné"])
    printed = cards.print_pending_cards(o.production, pid)
    assert printed.count == 2 and printed.pdf.startswith(b"%PDF")
    assert {(r.state, r.printed_on) for r in _requests(o, pid)} == {(S.PRINTED, date(2026, 11, 21))}
    with pytest.raises(Conflict, match="Aucune carte à imprimer"):
        cards.print_pending_cards(o.production, pid)


def test_a_cancelled_print_marks_nothing(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi", "Koné"])
    with pytest.raises(cards.RenderCancelled):
        cards.print_pending_cards(o.production, pid, cancelled=lambda: True)
    assert {r.state for r in _requests(o, pid)} == {S.TO_PRINT}


def test_an_endorsement_asks_cards_for_the_persons_it_adds_or_changes(o: Office) -> None:
    """§8: an incorporation and a change of guarantees each ask a new card for their person
    (the old card of the changed person replaced); a removal asks none and cancels the
    leaver's card."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné", "Diallo"])
    cards.print_pending_cards(o.production, pid)
    _deliver_all(o, pid)
    added = e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(
            K.ADDITION,
            additions=(AdditionInput(person(pid, "Yao", "Paul", entry_date=date(2026, 7, 1))),),
        ),
    )
    new = [r for r in _requests(o, pid) if r.reason is CardReason.ENDORSEMENT]
    assert len(new) == 1 and new[0].state is S.TO_PRINT
    assert new[0].endorsement_id == added.endorsement_id
    assert new[0].person_id not in ids.values()
    assert new[0].requested_on == date(2026, 11, 21)

    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(
            K.COVER_CHANGE,
            changes=(CoverChangeInput(ids["Kouassi"], date(2026, 9, 1), 100, 1, 2_000_000),),
        ),
    )
    changed = [r for r in _requests(o, pid) if r.person_id == ids["Kouassi"]]
    assert [(r.reason, r.state) for r in changed] == [
        (CardReason.NEW_POLICY, S.DELIVERED),
        (CardReason.ENDORSEMENT, S.TO_PRINT),
    ]
    current = [c for c in _cards(o, pid, ids["Kouassi"]) if c.status is DocumentState.ISSUED]
    assert changed[1].document_id == current[0].id
    assert json.loads(current[0].snapshot)["coverage_rate"] == 100

    before = len(_requests(o, pid))
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Diallo"], date(2026, 12, 1)),)),
    )
    assert len(_requests(o, pid)) == before
    assert [c.status for c in _cards(o, pid, ids["Diallo"])] == [DocumentState.CANCELLED]


def test_a_newer_card_replaces_a_request_still_waiting_for_print(o: Office) -> None:
    """A card replaced or cancelled before it was handed over is not to be handed over:
    its request is cancelled (printed or not); the leaver's card is not printed."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    cards.print_pending_cards(o.production, pid)  # both printed, none delivered
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 12, 1)),)),
    )
    assert [(r.person_id, r.state) for r in _requests(o, pid)] == [
        (ids["Kouassi"], S.PRINTED),
        (ids["Koné"], S.CANCELLED),
    ]
    _deliver_all(o, pid)
    change = CoverChangeInput(ids["Kouassi"], date(2026, 9, 1), 100, 1, 2_000_000)
    e.validate_endorsement(o.production, pid, EndorsementInput(K.COVER_CHANGE, changes=(change,)))
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(
            K.COVER_CHANGE, changes=(replace(change, day=date(2026, 10, 1), coverage_rate=90),)
        ),
    )
    states = [(r.reason, r.state) for r in _requests(o, pid) if r.person_id == ids["Kouassi"]]
    assert states == [
        (CardReason.NEW_POLICY, S.DELIVERED),
        (CardReason.ENDORSEMENT, S.CANCELLED),
        (CardReason.ENDORSEMENT, S.TO_PRINT),
    ]
    assert cards.print_pending_cards(o.production, pid).count == 1


def test_delivery_dates_are_checked(o: Office) -> None:
    """A card is delivered after its print, never in the future, to someone named; a refused
    delivery saves nothing, even for the cards of the batch that were right."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    first, second = _requests(o, pid)
    not_printed = pytest.raises(ValidationFailed, match="pas encore imprimée")
    with not_printed:
        cards.record_delivery(o.production, [first.id], Delivery(date(2026, 11, 21), "M. Kouassi"))
    # Asked on Saturday 21/11, printed on Monday 23/11; the clock then reads 25/11.
    cards.print_pending_cards(at(o.production, datetime(2026, 11, 23, 10, 0)), pid)
    clerk = at(o.production, datetime(2026, 11, 25, 16, 0))
    cases = [
        (Delivery(date(2026, 11, 26), "M. Kouassi"), "delivered_on", "futur"),
        (Delivery(date(2026, 11, 22), "M. Kouassi"), "delivered_on", "avant son impression"),
        (Delivery(None, "M. Kouassi"), "delivered_on", "date de remise"),
        (Delivery(date(2026, 11, 24), "   "), "delivered_to", "à qui"),
    ]
    for delivery, field, message in cases:
        with pytest.raises(ValidationFailed) as refused:
            cards.record_delivery(clerk, [first.id, second.id], delivery)
        (error,) = refused.value.errors
        assert error.field == field and message in error.message
    assert {(r.state, r.printed_on) for r in _requests(o, pid)} == {(S.PRINTED, date(2026, 11, 23))}

    cards.record_delivery(
        clerk, [first.id, second.id], Delivery(date(2026, 11, 24), " Service RH ")
    )
    rows = _requests(o, pid)
    assert {(r.state, r.delivered_on, r.delivered_to) for r in rows} == {
        (S.DELIVERED, date(2026, 11, 24), "Service RH")
    }
    # Delivered already: not twice.
    with pytest.raises(ValidationFailed, match="ne peut être remise"):
        cards.record_delivery(clerk, [first.id], Delivery(date(2026, 11, 25), "X"))
    listed = cards.list_card_requests(o.production, pid)
    assert {row.person_id for row in listed} == set(ids.values())
    assert all(row.delivered_on == date(2026, 11, 24) for row in listed)


def test_the_database_refuses_a_delivery_before_the_print(o: Office) -> None:
    """The CHECK of card_requests, beneath the service: delivered_on ≥ printed_on."""
    pid, _ = issued_policy(o, ["Kouassi"])
    cards.print_pending_cards(o.production, pid)
    (request,) = _requests(o, pid)
    with pytest.raises(Exception), o.production.write() as session:  # noqa: B017, PT011
        row = session.get(CardRequest, request.id)
        assert row is not None
        row.delivered_on = date(2026, 11, 1)


def _quittance(o: Office, quittance_id: int) -> Quittance:
    with o.production.read() as session:
        q = session.get(Quittance, quittance_id)
        assert q is not None
        session.expunge(q)
        return q


def test_a_duplicate_cancels_the_lost_card_and_bills_its_fee(o: Office) -> None:
    """§15, §5: a duplicate for a lost card: the lost card cancelled, a new one identical but
    marked « DUPLICATA », a request « à imprimer », and a quittance of the fee numbered after
    the policy's quittance: individual policy, net 0 + accessoires 2 000 + taxes 8 % × 2 000
    = 160 → TTC 2 160; no commission on a fee."""
    pid, ids = issued_policy(o, ["Kouassi"])
    cards.print_pending_cards(o.production, pid)
    _deliver_all(o, pid)
    with o.production.read() as session:
        last = session.scalar(select(func.max(Quittance.number)))
    assert last == "Q-2026-000001"

    done = cards.issue_duplicate_card(o.production, pid, ids["Kouassi"], "Perdue au marché")
    assert done.quittance_number == "Q-2026-000002" and done.total == 2_160
    q = _quittance(o, done.quittance_id or 0)
    assert (q.kind, q.net, q.fees, q.taxes, q.total) == (
        QuittanceKind.CARD_FEE,
        0,
        2_000,
        160,
        2_160,
    )
    assert (q.commission, q.management_fee) == (0, 0)

    old, new = _cards(o, pid, ids["Kouassi"])
    assert old.status is DocumentState.CANCELLED and "Perdue au marché" in old.cancel_reason
    assert new.status is DocumentState.ISSUED and new.id == done.document_id
    before, after = json.loads(old.snapshot), json.loads(new.snapshot)
    assert after.pop("duplicate") is True and before.pop("duplicate") is False
    assert before == after  # the same card, marked duplicate
    request = _requests(o, pid)[-1]
    assert (request.reason, request.state, request.quittance_id) == (
        CardReason.DUPLICATE,
        S.TO_PRINT,
        done.quittance_id,
    )
    # The quittance is a document of the policy like the others.
    assert any(s.number == "Q-2026-000002" for s in _policy_quittances(o, pid))
    # A second duplicate waits for the first to be delivered.
    with pytest.raises(Conflict, match="réimprimez"):
        cards.issue_duplicate_card(o.production, pid, ids["Kouassi"])
    # The duplicate prints as any card, once.
    assert cards.print_pending_cards(o.production, pid).count == 1


def _policy_quittances(o: Office, pid: int) -> list[object]:
    from desktop_app.services.production.documents import policy_quittances

    return list(policy_quittances(o.production, pid))


def test_the_fee_follows_its_setting_and_the_group_tax(o: Office) -> None:
    """Group policy (5 members, taxes 4 %), fee set to 5 000: 0 + 5 000 + 200 = 5 200. A fee
    of 0: the duplicate bills nothing."""
    pid, ids = issued_policy(o, ["A", "B", "C", "D", "E"])
    cards.print_pending_cards(o.production, pid)
    _deliver_all(o, pid)
    with pytest.raises(PermissionDenied):
        cards.save_duplicate_fee(o.production, 5_000)
    with pytest.raises(ValidationFailed, match="entre 0 et 1 000 000"):
        cards.save_duplicate_fee(o.admin, -1)
    cards.save_duplicate_fee(o.admin, 5_000)
    assert cards.get_duplicate_fee(o.production) == 5_000
    done = cards.issue_duplicate_card(o.production, pid, ids["A"])
    q = _quittance(o, done.quittance_id or 0)
    assert (q.net, q.fees, q.taxes, q.total) == (0, 5_000, 200, 5_200)

    cards.save_duplicate_fee(o.admin, 0)
    free = cards.issue_duplicate_card(o.production, pid, ids["B"])
    assert free.quittance_id is None and free.total == 0


def test_a_duplicate_needs_the_right_to_issue_cards(o: Office) -> None:
    """A claims clerk sees the portfolio and may reprint a card, not issue a duplicate."""
    pid, ids = issued_policy(o, ["Kouassi"])
    assert cards.reprint_card(o.claims, pid, ids["Kouassi"]).startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        cards.issue_duplicate_card(o.claims, pid, ids["Kouassi"])
    with pytest.raises(PermissionDenied):
        cards.print_pending_cards(o.claims, pid)


def test_no_duplicate_nor_attestation_for_a_person_who_left(o: Office) -> None:
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 10, 1)),)),
    )
    with pytest.raises(Conflict, match="n'est plus assuré"):
        cards.issue_duplicate_card(o.production, pid, ids["Koné"])
    with pytest.raises(Conflict, match="n'est plus assuré"):
        cards.issue_attestation(o.production, pid, ids["Koné"])
    with o.production.read() as session:
        assert session.scalar(select(func.count()).select_from(Quittance)) == 2


def _stable(pdf: bytes) -> bytes:
    """The PDF without what ReportLab stamps at each render (its creation date and id)."""
    pdf = re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", b"", pdf)
    return re.sub(rb"/ID\s*\[<[0-9a-fA-F]+><[0-9a-fA-F]+>\]", b"", pdf)


def test_an_attestation_is_a_snapshot_reprinted_identically(o: Office) -> None:
    """§15: an attestation for a person, then one for the policy; each is numbered, stored,
    and a reprint after the person's name changed still says what was attested."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"], dependents={"Yao": date(2026, 3, 1)})
    one = cards.issue_attestation(o.production, pid, ids["Kouassi"])
    whole = cards.issue_attestation(o.production, pid)
    assert (one.number, whole.number) == ("ATT-2026-000001", "ATT-2026-000002")
    snap = cards.attestation_snapshot(o.production, one.document_id)
    assert not snap.whole_policy and [p.name for p in snap.persons] == ["Kouassi Jean"]
    policy_snap = cards.attestation_snapshot(o.production, whole.document_id)
    assert policy_snap.whole_policy and len(policy_snap.persons) == 3
    assert policy_snap.persons[0].covered_from == date(2026, 1, 1)
    assert policy_snap.persons[0].covered_until == date(2026, 12, 31)

    first = cards.attestation_pdf(o.production, one.document_id)
    assert first.startswith(b"%PDF")

    with o.production.write() as session:  # the person's name changes afterwards
        row = session.get(InsuredPerson, ids["Kouassi"])
        assert row is not None
        row.last_name = "Kouassi-Brou"
    again = cards.attestation_pdf(o.production, one.document_id)
    assert cards.attestation_snapshot(o.production, one.document_id) == snap
    assert _stable(again) == _stable(first)
    # Every attestation stays current: the second did not replace the first.
    with o.production.read() as session:
        states = session.scalars(
            select(IssuedDocument.status).where(IssuedDocument.kind == DocumentKind.ATTESTATION)
        ).all()
    assert list(states) == [DocumentState.ISSUED, DocumentState.ISSUED]


def test_the_production_list_pages_the_cards_waiting(o: Office) -> None:
    """Every card to print or to deliver, the oldest request first, page by page (D18)."""
    first, _ = issued_policy(o, ["Kouassi", "Koné"])
    cards.print_pending_cards(at(o.production, datetime(2026, 11, 23, 9, 0)), first)
    second, _ = issued_policy(o, ["Diallo", "Yao", "Bamba"], subscriber="SIFCA")
    assert cards.count_pending_cards(o.production) == 5
    assert cards.count_pending_cards(o.production, S.TO_PRINT) == 3
    assert cards.count_pending_cards(o.production, S.PRINTED) == 2
    page = cards.fetch_pending_cards(o.production, limit=2)
    rest = cards.fetch_pending_cards(o.production, after=page[-1].page_key, limit=10)
    rows = page + rest
    assert len(rows) == 5 and len({r.id for r in rows}) == 5
    assert [r.id for r in rows] == sorted(r.id for r in rows)  # same day: by request
    assert {r.policy_id for r in rows if r.state is S.PRINTED} == {first}
    _deliver_all(o, first, at(o.production, datetime(2026, 11, 24, 9, 0)))
    assert cards.count_pending_cards(o.production) == 3
    with pytest.raises(PermissionDenied):
        cards.count_pending_cards(replace(o.production, actor=None))


def test_a_cancelled_policy_prints_no_card_and_lists_none(o: Office) -> None:
    """Résiliation (§8): the policy's cards waiting are neither printed nor listed."""
    pid, ids = issued_policy(o, ["Kouassi"])
    assert cards.count_pending_cards(o.production) == 1
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(K.CANCELLATION, day=date(2026, 10, 1), reason="Demande du client"),
    )
    with pytest.raises(Conflict, match="en vigueur"):
        cards.print_pending_cards(o.production, pid)
    with pytest.raises(Conflict, match="en vigueur"):
        cards.issue_attestation(o.production, pid, ids["Kouassi"])
    assert cards.count_pending_cards(o.production) == 0
    assert cards.fetch_pending_cards(o.production) == []


def test_an_attestation_stops_at_a_known_exit(o: Office) -> None:
    """A person leaving on 01/12/2026 (first uncovered day) is attested, on 21/11, as covered
    until 30/11/2026, not until the policy's expiry."""
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(K.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 12, 1)),)),
    )
    done = cards.issue_attestation(o.production, pid, ids["Koné"])
    (koné,) = cards.attestation_snapshot(o.production, done.document_id).persons
    assert (koné.covered_from, koné.covered_until) == (date(2026, 1, 1), date(2026, 11, 30))


def test_the_new_years_cards_after_a_renewal(o: Office) -> None:
    """D21: a renewal issues no card; « Cartes du nouvel exercice » then gives each person
    covered a card valid to 31/12/2027 in place of last year's (superseded, kept), with a
    request « à imprimer » (reason: renouvellement). Asked again: refused, nothing to do."""
    from desktop_app.services.production import renewal

    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    with pytest.raises(Conflict, match="valent déjà jusqu'au 31/12/2026"):
        cards.issue_year_cards(o.production, pid)
    renewal.renew_policy(o.production, pid, 2027)
    done = cards.issue_year_cards(o.production, pid)
    assert (done.requested, done.valid_until) == (2, date(2027, 12, 31))
    for person_id in ids.values():
        old, new = _cards(o, pid, person_id)
        assert old.status is DocumentState.SUPERSEDED
        assert new.status is DocumentState.ISSUED
        assert json.loads(new.snapshot)["valid_until"] == "2027-12-31"
    renewed = [r for r in _requests(o, pid) if r.reason is CardReason.RENEWAL]
    assert len(renewed) == 2 and all(r.state is S.TO_PRINT for r in renewed)
    with pytest.raises(Conflict, match="valent déjà jusqu'au 31/12/2027"):
        cards.issue_year_cards(o.production, pid)


def test_cards_and_attestations_wait_for_the_premium_art_13(o: Office) -> None:
    """Issue 9 + CIMA art. 13 (100 % by default): until the premium that starts cover is
    collected, cards and attestations are refused to the production clerk; a user with the
    right (Direction, here also in production) prints them giving a reason, which the audit
    trail keeps; once paid, anyone prints."""
    from desktop_app.domain.errors import FieldError
    from desktop_app.domain.roles import Role
    from desktop_app.persistence.models import AuditEntry
    from desktop_app.services.administration import users
    from desktop_app.services.production import benefits, documents, issue, members
    from tests.conftest import make_user
    from tests.services.factories import draft_policy
    from tests.ui.helpers import collect_premium

    pid = draft_policy(o.production, o.intermediary_id, o.administrator_id, date(2026, 1, 1))
    benefits.copy_template(o.production, pid, benefits.list_templates(o.production)[0].id)
    members.save_person(o.production, person(pid, "Kouassi"))
    issue.issue_policy(o.production, pid)
    for attempt in (
        lambda ctx, reason: cards.print_pending_cards(ctx, pid, reason=reason),
        lambda ctx, reason: documents.cards_pdf(ctx, pid, reason=reason),
        lambda ctx, reason: cards.issue_attestation(ctx, pid, None, reason),
    ):
        with pytest.raises(PermissionDenied, match="art. 13"):
            attempt(o.production, "urgence")
    make_user(o.admin, "dir", Role.PRODUCTION, Role.MANAGEMENT)
    director = users.login(o.admin.as_actor(None), "dir", "motdepasse1")
    with pytest.raises(FieldError, match="Indiquez le motif"):
        cards.print_pending_cards(director, pid)
    printed = cards.print_pending_cards(director, pid, reason="Hospitalisation urgente")
    assert printed.count == 1
    with o.admin.read() as session:
        (override,) = session.scalars(select(AuditEntry).where(AuditEntry.action == "override"))
        assert override.user_code == "dir" and "Hospitalisation urgente" in (override.after or "")
    collect_premium(o.admin, pid)
    assert cards.issue_attestation(o.production, pid).document_id
