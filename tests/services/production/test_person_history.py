"""A person's dated history and the guarantees on a date of care (domain.md §3, §8): the
terms each endorsement opened, the suspensions of the person or of the whole policy, the
exit; read with the portfolio right, without any medical detail.

Kouassi: 80 %, zone 1, ceiling 2 000 000, from 01/01/2026, priced 240 000 by the tariff
(aged 41). Endorsement 1 raises him to 100 %, ceiling 3 000 000 from 01/09/2026;
endorsement 2 suspends him from 01/10/2026; endorsement 3 puts him back in force on
01/11/2026; endorsement 4 suspends the whole policy from 15/11/2026; endorsement 5 takes
him out from 01/12/2026 (first day no longer covered)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.domain.errors import DomainError, NotFound
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import endorsements as e
from desktop_app.services.production.endorsement_input import (
    CoverChangeInput,
    EndorsementInput,
    ExitInput,
)
from desktop_app.services.production.person_history import (
    GuaranteesOn,
    PersonHistory,
    SuspensionRow,
    TermRow,
    guarantees_on,
    person_history,
)
from tests.services.claims.test_claims_builders import Office, issued_policy, office

K = EndorsementKind


@pytest.fixture
def o(admin: ServiceContext, clerk: ServiceContext) -> Office:
    return office(admin, clerk)


def _history(o: Office) -> tuple[int, int, int]:
    pid, ids = issued_policy(o, ["Kouassi"])
    kouassi = ids["Kouassi"]
    change = CoverChangeInput(kouassi, date(2026, 9, 1), 100, 1, 3_000_000, 300_000)
    for data in (
        EndorsementInput(K.COVER_CHANGE, changes=(change,)),
        EndorsementInput(K.SUSPENSION, day=date(2026, 10, 1), person_ids=(kouassi,)),
        EndorsementInput(K.REINSTATEMENT, day=date(2026, 11, 1), person_ids=(kouassi,)),
        EndorsementInput(K.SUSPENSION, day=date(2026, 11, 15)),
        EndorsementInput(K.REMOVAL, exits=(ExitInput(kouassi, date(2026, 12, 1)),)),
    ):
        e.validate_endorsement(o.production, pid, data)
    return pid, kouassi, len(e.list_endorsements(o.production, pid))


def test_the_history_reads_in_dates(o: Office) -> None:
    """§8: the issue's term runs 01/01 → 01/09 (first day under the next one); the change
    of endorsement 1 from 01/09 is closed by the exit on 01/12; the person's own suspension
    01/10 → 01/11 (endorsements 2 and 3) and the policy's from 15/11 (endorsement 4)."""
    _pid, kouassi, count = _history(o)
    assert count == 5
    history = person_history(o.production, kouassi)
    assert (history.entry_date, history.exit_date) == (date(2026, 1, 1), date(2026, 12, 1))
    assert history.terms == (
        TermRow(date(2026, 1, 1), date(2026, 9, 1), 80, 1, 2_000_000, 240_000, None),
        TermRow(date(2026, 9, 1), date(2026, 12, 1), 100, 1, 3_000_000, 300_000, 1),
    )
    assert history.suspensions == (
        SuspensionRow(date(2026, 10, 1), date(2026, 11, 1), False, 2, 3),
        SuspensionRow(date(2026, 11, 15), None, True, 4, None),
    )


def test_the_guarantees_on_a_date_of_care(o: Office) -> None:
    """Claims see the term covering the date of care: 80 % on 31/08, 100 % from 01/09;
    suspended on 15/10 (inside 01/10 → 01/11) and from 15/11; nothing before the entry
    nor from the first day no longer covered (01/12)."""
    _pid, kouassi, _count = _history(o)

    def on(day: date) -> GuaranteesOn:
        return guarantees_on(o.claims, kouassi, day)

    assert on(date(2026, 8, 31)).term is not None
    assert on(date(2026, 8, 31)).term.coverage_rate == 80  # type: ignore[union-attr]
    assert on(date(2026, 9, 1)).term.coverage_rate == 100  # type: ignore[union-attr]
    assert on(date(2026, 9, 1)).term.annual_ceiling == 3_000_000  # type: ignore[union-attr]
    assert on(date(2026, 9, 1)).payable
    assert on(date(2026, 9, 30)).suspension is None
    inside = on(date(2026, 10, 15))
    assert inside.suspension is not None and not inside.suspension.whole_policy
    assert not inside.payable
    assert on(date(2026, 11, 1)).payable  # the first day back in force
    assert on(date(2026, 11, 15)).suspension is not None
    assert on(date(2026, 11, 15)).suspension.whole_policy  # type: ignore[union-attr]
    assert on(date(2025, 12, 31)).term is None
    assert on(date(2026, 11, 30)).term is not None
    assert on(date(2026, 12, 1)).term is None


def test_no_right_no_history_and_nothing_medical(o: Office) -> None:
    """The portfolio right is read at each call; a surcharge (its reason is medical,
    architecture.md rule 11) is no part of the history."""
    _pid, ids = issued_policy(o, ["Kouassi"])
    with pytest.raises(DomainError):
        person_history(dataclasses.replace(o.production, actor=None), ids["Kouassi"])
    with pytest.raises(NotFound):
        person_history(o.production, 999_999)
    names = {
        f.name for cls in (PersonHistory, TermRow, SuspensionRow) for f in dataclasses.fields(cls)
    }
    assert not any("surcharge" in n or "exclusion" in n or "medical" in n for n in names)
