"""The requests log through the services (domain.md §14 table b, §8): a request's dates
move it along its workflow (each move recorded), refusals are French and leave nothing,
the overdue list counts working days (with the holidays setting), and validating the
endorsement that answers a confirmed request makes it « Traitée ».

Policies from 01/01/2026 to 31/12/2026; 02/11/2026 is a Monday. Deadlines by default:
2 working days to send a request to the administrator, 5 to get its confirmation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import DomainError, FieldError, ValidationFailed
from desktop_app.domain.request_workflow import FollowUpDelays, RequestState
from desktop_app.persistence.models import (
    AuditEntry,
    Endorsement,
    EndorsementRequest,
    StateTransition,
)
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import endorsements as e
from desktop_app.services.production import requests_log as log
from desktop_app.services.production.endorsement_input import (
    AdditionInput,
    EndorsementInput,
    RequestInfo,
)
from tests.factories_clock import at_day
from tests.services.claims.test_claims_builders import Office, issued_policy, office, person
from tests.services.factories import draft_policy

K = EndorsementKind
R = RequestState


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def _data(pid: int, **changes: object) -> log.RequestData:
    base = log.RequestData(
        pid, K.ADDITION, date(2026, 11, 6), letter_date=date(2026, 11, 2), notes="Naissance"
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _count(ctx: ServiceContext, model: type) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _moves(ctx: ServiceContext, request_id: int) -> list[tuple[str, str, str]]:
    with ctx.read() as session:
        rows = session.scalars(
            select(StateTransition)
            .where(
                StateTransition.table_name == "endorsement_requests",
                StateTransition.record_id == request_id,
            )
            .order_by(StateTransition.id)
        )
        return [(t.transition, t.source, t.target) for t in rows]


def _fields(error: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {f.field: str(f) for f in error.value.errors}


def test_the_dates_move_the_request_along_its_workflow(o: Office) -> None:
    pid, ids = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    rid, changes = log.save_request(clerk, None, _data(pid))
    assert changes.touches("endorsement_requests")
    row = log.get_request(clerk, rid)
    assert (row.status, row.received_on, row.letter_date) == (
        R.RECEIVED,
        date(2026, 11, 6),
        date(2026, 11, 2),
    )
    assert row.policy_number and row.subscriber_name == "Société Ivoirienne de Banque"
    assert _moves(clerk, rid) == []
    # The transmission date sends it; the confirmation date (with the new matricule of the
    # person) confirms it: two moves recorded, who and when.
    log.save_request(clerk, rid, _data(pid, sent_to_administrator_on=date(2026, 11, 9)))
    assert log.get_request(clerk, rid).status == R.SENT
    log.save_request(
        clerk,
        rid,
        _data(
            pid,
            sent_to_administrator_on=date(2026, 11, 9),
            administrator_confirmed_on=date(2026, 11, 12),
            person_id=ids["Kouassi"],
            new_matricule="ASC-000123",
        ),
    )
    row = log.get_request(clerk, rid)
    assert (row.status, row.new_matricule) == (R.CONFIRMED, "ASC-000123")
    assert _moves(clerk, rid) == [("send", "received", "sent"), ("confirm", "sent", "confirmed")]
    with clerk.read() as session:
        who = session.scalars(
            select(StateTransition.user_code).where(
                StateTransition.table_name == "endorsement_requests",
                StateTransition.record_id == rid,
            )
        ).all()
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.table_name == "endorsement_requests")
        )
    assert set(who) == {"prod"} and audited and audited >= 3


def test_both_dates_at_once_make_two_moves(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    rid, _ = log.save_request(
        clerk,
        None,
        _data(
            pid,
            sent_to_administrator_on=date(2026, 11, 9),
            administrator_confirmed_on=date(2026, 11, 10),
        ),
    )
    assert log.get_request(clerk, rid).status == R.CONFIRMED
    assert [m[0] for m in _moves(clerk, rid)] == ["send", "confirm"]


def test_bad_dates_are_refused_in_french_and_nothing_is_saved(o: Office) -> None:
    pid, ids = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    with pytest.raises(ValidationFailed) as refused:
        log.save_request(
            clerk,
            None,
            _data(
                pid,
                letter_date=date(2026, 11, 9),  # after the reception
                sent_to_administrator_on=date(2026, 11, 23),  # in the future
                new_matricule="ASC-1",  # without a confirmation
            ),
        )
    fields = _fields(refused)
    assert "avant la date de son courrier" in fields["received_on"]
    assert "futur" in fields["sent_to_administrator_on"]
    assert "confirmation du gestionnaire" in fields["new_matricule"]
    with pytest.raises(ValidationFailed) as refused:
        log.save_request(clerk, None, _data(pid, received_on=None))
    assert "obligatoire" in _fields(refused)["received_on"]
    other, other_ids = issued_policy(o, ["Traoré"], subscriber="Cabinet Traoré")
    with pytest.raises(ValidationFailed) as refused:
        log.save_request(clerk, None, _data(pid, person_id=other_ids["Traoré"]))
    assert "pas assurée par cette police" in _fields(refused)["person_id"]
    assert _count(clerk, EndorsementRequest) == 0


def test_a_request_is_on_an_issued_policy(o: Office) -> None:
    draft = draft_policy(o.production, o.intermediary_id, o.administrator_id, date(2026, 1, 1))
    clerk = at_day(o.production, date(2026, 11, 21))
    with pytest.raises(ValidationFailed) as refused:
        log.save_request(clerk, None, _data(draft))
    assert "pas encore émise" in _fields(refused)["policy_id"]
    assert _count(clerk, EndorsementRequest) == 0


def test_a_date_that_moved_the_request_is_not_cleared(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    sent = _data(pid, sent_to_administrator_on=date(2026, 11, 9))
    rid, _ = log.save_request(clerk, None, sent)
    with pytest.raises(ValidationFailed) as refused:
        log.save_request(clerk, rid, _data(pid, notes="Effacée"))
    assert "ne s'efface plus" in _fields(refused)["sent_to_administrator_on"]
    row = log.get_request(clerk, rid)
    assert (row.status, row.notes) == (R.SENT, "Naissance")


def test_a_rejected_request_says_why_and_takes_only_observations(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    rid, _ = log.save_request(clerk, None, _data(pid))
    with pytest.raises(FieldError) as refused:
        log.reject_request(clerk, rid, "   ")
    assert refused.value.field == "reason"
    assert log.get_request(clerk, rid).status == R.RECEIVED
    log.reject_request(clerk, rid, "Pièces manquantes : acte de naissance")
    row = log.get_request(clerk, rid)
    assert (row.status, row.rejection_reason) == (
        R.REJECTED,
        "Pièces manquantes : acte de naissance",
    )
    with pytest.raises(DomainError) as again:
        log.reject_request(clerk, rid, "Encore")
    assert "« Rejetée »" in str(again.value)
    with pytest.raises(ValidationFailed) as refused:
        log.save_request(clerk, rid, _data(pid, notes="x" * 2001))
    assert "notes" in _fields(refused)
    log.save_request(clerk, rid, _data(pid, notes="Client prévenu le 20/11"))
    assert log.get_request(clerk, rid).notes == "Client prévenu le 20/11"
    with pytest.raises(FieldError) as refused:
        log.save_request(clerk, rid, _data(pid, sent_to_administrator_on=date(2026, 11, 9)))
    assert "seules les observations" in str(refused.value)


def _overdue_ids(ctx: ServiceContext) -> set[int]:
    flt = log.RequestFilter(overdue_only=True)
    rows = log.fetch_requests(ctx, flt)
    assert log.count_requests(ctx, flt) == len(rows)
    return {r.id for r in rows}


def test_overdue_requests_in_working_days(o: Office) -> None:
    """§14: on Tuesday 24/11/2026, with 2 working days to send and 5 to confirm.
    A received Thursday 19/11 is due Monday 23/11 (Fri 20, Mon 23): late.
    B received Friday 20/11 is due Tuesday 24/11: not late.
    C sent Monday 16/11 is due Monday 23/11 (17, 18, 19, 20, 23): late.
    D sent Tuesday 17/11 is due Tuesday 24/11: not late. E confirmed: never late.
    With Monday 23/11 a holiday, A and C are due on 24/11: none is late."""
    pid, _ = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 24))
    d = date
    a, _ = log.save_request(clerk, None, _data(pid, received_on=d(2026, 11, 19), letter_date=None))
    b, _ = log.save_request(clerk, None, _data(pid, received_on=d(2026, 11, 20), letter_date=None))
    c, _ = log.save_request(
        clerk,
        None,
        _data(pid, received_on=d(2026, 11, 10), sent_to_administrator_on=d(2026, 11, 16)),
    )
    dd, _ = log.save_request(
        clerk,
        None,
        _data(pid, received_on=d(2026, 11, 10), sent_to_administrator_on=d(2026, 11, 17)),
    )
    log.save_request(
        clerk,
        None,
        _data(
            pid,
            received_on=d(2026, 11, 2),
            sent_to_administrator_on=d(2026, 11, 3),
            administrator_confirmed_on=None,
        ),
    )
    ee, _ = log.save_request(
        clerk,
        None,
        _data(
            pid,
            received_on=d(2026, 11, 2),
            sent_to_administrator_on=d(2026, 11, 3),
            administrator_confirmed_on=d(2026, 11, 4),
        ),
    )
    late = _overdue_ids(clerk)
    assert a in late and c in late
    assert not {b, dd, ee} & late
    by_id = {r.id: r for r in log.fetch_requests(clerk, log.RequestFilter())}
    assert by_id[a].overdue == "À transmettre au gestionnaire depuis le 23/11/2026"
    assert by_id[c].overdue == "Confirmation du gestionnaire attendue depuis le 23/11/2026"
    assert by_id[b].overdue == by_id[dd].overdue == by_id[ee].overdue == ""
    # The holidays setting (an administrator's): Monday 23/11 off.
    log.save_follow_up_delays(o.admin, FollowUpDelays(2, 5, (d(2026, 11, 23),)))
    assert log.get_follow_up_delays(clerk).holidays == (d(2026, 11, 23),)
    late = _overdue_ids(clerk)
    assert a not in late and c not in late
    # Longer deadlines, 10 and 14 working days: only the request sent on Tuesday 03/11 is
    # late (due 23/11: 4, 5, 6, 9–13, 16–20, 23); with 15 it would be due 24/11.
    log.save_follow_up_delays(o.admin, FollowUpDelays(10, 14))
    assert len(_overdue_ids(clerk)) == 1
    with pytest.raises(ValidationFailed) as refused:
        log.save_follow_up_delays(o.admin, FollowUpDelays(-1, 90))
    assert set(_fields(refused)) == {"send_within", "confirm_within"}
    with pytest.raises(DomainError):
        log.save_follow_up_delays(clerk, FollowUpDelays(3, 5))


def test_the_list_filters_by_status_and_pages_by_key(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    made = [
        log.save_request(
            clerk, None, _data(pid, received_on=date(2026, 11, day), letter_date=None)
        )[0]
        for day in (2, 3, 3, 4, 5)
    ]
    first = log.fetch_requests(clerk, log.RequestFilter(), None, 2)
    second = log.fetch_requests(clerk, log.RequestFilter(), first[-1].page_key, 2)
    third = log.fetch_requests(clerk, log.RequestFilter(), second[-1].page_key, 2)
    ids = [r.id for r in first + second + third]
    assert ids == [made[4], made[3], made[2], made[1], made[0]]
    log.reject_request(clerk, made[0], "Doublon")
    assert [r.id for r in log.fetch_requests(clerk, log.RequestFilter(R.REJECTED))] == [made[0]]
    assert log.count_requests(clerk, log.RequestFilter(R.RECEIVED)) == 4
    assert log.count_requests(clerk, log.RequestFilter(text="ivoirienne")) == 5
    assert log.count_requests(clerk, log.RequestFilter(text="introuvable")) == 0


def _confirmed(o: Office, clerk: ServiceContext, pid: int) -> int:
    rid, _ = log.save_request(
        clerk,
        None,
        _data(
            pid,
            sent_to_administrator_on=date(2026, 11, 9),
            administrator_confirmed_on=date(2026, 11, 12),
        ),
    )
    return rid


def _addition(pid: int, request_id: int | None) -> EndorsementInput:
    newborn = person(pid, "Kouassi", "Awa", entry_date=date(2026, 11, 15))
    return EndorsementInput(
        K.ADDITION,
        additions=(AdditionInput(newborn),),
        request=RequestInfo(request_id=request_id),
    )


def test_validating_the_endorsement_of_a_confirmed_request_makes_it_processed(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    rid = _confirmed(o, clerk, pid)
    done = e.validate_endorsement(clerk, pid, _addition(pid, rid))
    assert done.changes.touches("endorsement_requests")
    row = log.get_request(clerk, rid)
    assert (row.status, row.endorsement_id, row.endorsement_number) == (
        R.PROCESSED,
        done.endorsement_id,
        done.number,
    )
    assert _moves(clerk, rid)[-1] == ("process", "confirmed", "processed")
    with clerk.read() as session:
        made = session.get(Endorsement, done.endorsement_id)
        assert made is not None
        # The endorsement keeps the request's dates (follow-up table b of §8).
        assert (made.letter_date, made.received_on, made.administrator_confirmed_on) == (
            date(2026, 11, 2),
            date(2026, 11, 6),
            date(2026, 11, 12),
        )


def test_a_request_not_confirmed_refuses_the_endorsement_and_takes_no_number(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    rid, _ = log.save_request(clerk, None, _data(pid, sent_to_administrator_on=date(2026, 11, 9)))
    with pytest.raises(FieldError) as refused:
        e.validate_endorsement(clerk, pid, _addition(pid, rid))
    assert refused.value.field == "request_id"
    assert "doit être confirmée par le gestionnaire" in str(refused.value)
    assert _count(clerk, Endorsement) == 0
    assert log.get_request(clerk, rid).status == R.SENT
    # A request of another policy is refused as well.
    other, _ = issued_policy(o, ["Traoré"], subscriber="Cabinet Traoré")
    foreign = _confirmed(o, clerk, other)
    with pytest.raises(FieldError) as refused:
        e.validate_endorsement(clerk, pid, _addition(pid, foreign))
    assert "autre police" in str(refused.value)
    assert _count(clerk, Endorsement) == 0
    done = e.validate_endorsement(clerk, pid, _addition(pid, None))
    assert done.number == 1  # no number was taken by the refusals


def test_the_clerk_links_the_endorsement_afterwards(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    done = e.validate_endorsement(clerk, pid, _addition(pid, None))
    rid = _confirmed(o, clerk, pid)
    log.link_request(clerk, rid, done.endorsement_id)
    assert log.get_request(clerk, rid).status == R.PROCESSED
    second = _confirmed(o, clerk, pid)
    with pytest.raises(FieldError) as refused:
        log.link_request(clerk, second, done.endorsement_id)
    assert "déjà à une autre demande" in str(refused.value)
    assert log.get_request(clerk, second).status == R.CONFIRMED


def test_the_database_refuses_a_state_without_its_date(o: Office) -> None:
    pid, _ = issued_policy(o, ["Kouassi"])
    clerk = at_day(o.production, date(2026, 11, 21))
    rid, _ = log.save_request(clerk, None, _data(pid))
    with pytest.raises(DomainError), clerk.write() as session:
        row = session.get(EndorsementRequest, rid)
        assert row is not None
        row.status = R.PROCESSED  # no endorsement: the CHECK refuses it
    with pytest.raises(DomainError), clerk.write() as session:
        row = session.get(EndorsementRequest, rid)
        assert row is not None
        row.status = R.SENT  # no transmission date
    assert log.get_request(clerk, rid).status == R.RECEIVED


def test_the_form_finds_the_policy_and_the_person_by_their_numbers(o: Office) -> None:
    pid, ids = issued_policy(o, ["Kouassi"])
    other, _ = issued_policy(o, ["Traoré"], subscriber="Cabinet Traoré")
    clerk = at_day(o.production, date(2026, 11, 21))
    number = log.get_request(clerk, log.save_request(clerk, None, _data(pid))[0]).policy_number
    found = log.find_policy(clerk, f"  {number.lower()} ")
    assert (found.id, found.subscriber_name) == (pid, "Société Ivoirienne de Banque")
    with pytest.raises(FieldError) as refused:
        log.find_policy(clerk, "MAL-1999-000001")
    assert refused.value.field == "policy_id"
    matricule = log.person_ref(clerk, ids["Kouassi"]).matricule
    assert log.find_person(clerk, pid, matricule.lower()).id == ids["Kouassi"]
    with pytest.raises(FieldError) as refused:
        log.find_person(clerk, other, matricule)  # not insured by that policy
    assert "Aucune personne de cette police" in str(refused.value)
