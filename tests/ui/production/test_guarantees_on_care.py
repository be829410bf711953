"""Claims see the person's guarantees on the date of care (issue 8, domain.md §8): the
décompte shows, for each date typed, the rate, zone and ceiling of the term covering it
and « suspendu » inside a suspension."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.endorsements import EndorsementKind
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import endorsements as e
from desktop_app.services.production import members
from desktop_app.services.production.endorsement_input import CoverChangeInput, EndorsementInput
from desktop_app.ui.bus import AppBus
from desktop_app.ui.production.person_form import PersonForm
from tests.services.claims.test_claims_builders import issued_policy, office, receive
from tests.ui.test_claims_steps import open_area, type_cell

K = EndorsementKind


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_decompte_shows_the_guarantees_on_the_date_of_care(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """Kouassi: 80 %, zone 1, ceiling 2 000 000 from the issue; endorsement 1 raises him
    to 100 %, ceiling 3 000 000 from 01/09/2026; endorsement 2 suspends him from 01/10."""
    o = office(admin, clerk)
    pid, ids = issued_policy(o, ["Kouassi"])
    kouassi = ids["Kouassi"]
    change = CoverChangeInput(kouassi, date(2026, 9, 1), 100, 1, 3_000_000)
    e.validate_endorsement(o.production, pid, EndorsementInput(K.COVER_CHANGE, changes=(change,)))
    receive(o, kouassi, 20_000)
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(K.SUSPENSION, day=date(2026, 10, 1), person_ids=(kouassi,)),
    )
    area = open_area(qtbot, o.claims)
    area.tabs.setCurrentWidget(area.decompte)
    page = area.assessment
    page.files.table.selectRow(0)
    assert page.person_id == kouassi
    type_cell(qtbot, page.table, 0, "care_date", "15/08/2026")
    qtbot.waitUntil(lambda: page.guarantees.text() != "", timeout=3000)
    assert _plain(page.guarantees.text()) == (
        "Au 15/08/2026 : 80 % zone 1, plafond 2 000 000 FCFA (émission)"
    )
    type_cell(qtbot, page.table, 0, "care_date", "15/10/2026")
    qtbot.waitUntil(lambda: "15/10/2026" in page.guarantees.text(), timeout=3000)
    assert _plain(page.guarantees.text()) == (
        "Au 15/10/2026 : 100 % zone 1, plafond 3 000 000 FCFA (avenant n° 1)"
        " — suspendu depuis le 01/10/2026"
    )


def test_the_person_form_shows_the_dated_history(
    qtbot, admin: ServiceContext, clerk: ServiceContext
) -> None:  # type: ignore[no-untyped-def]
    """The form of a person on record shows each span of guarantees with its endorsement,
    and the suspension (read only)."""
    o = office(admin, clerk)
    pid, ids = issued_policy(o, ["Kouassi"])
    kouassi = ids["Kouassi"]
    change = CoverChangeInput(kouassi, date(2026, 9, 1), 100, 1, 3_000_000, 300_000)
    e.validate_endorsement(o.production, pid, EndorsementInput(K.COVER_CHANGE, changes=(change,)))
    e.validate_endorsement(o.production, pid, EndorsementInput(K.SUSPENSION, day=date(2026, 10, 1)))
    form = PersonForm(AppBus(o.production), members.get_person(o.production, kouassi))
    qtbot.addWidget(form)
    # The form's own premium preview waits 150 ms after loading: let it run while the
    # database is there.
    qtbot.waitUntil(lambda: not form._preview_timer.isActive(), timeout=3000)
    assert form.history is not None
    table = form.history.terms
    assert [[_plain(table.item(r, c).text()) for c in range(7)] for r in range(2)] == [
        ["01/01/2026", "01/09/2026", "80 %", "1", "2 000 000", "240 000", "émission"],
        ["01/09/2026", "", "100 %", "1", "3 000 000", "300 000", "1"],
    ]
    assert form.history.dates.text() == "Entré(e) le 01/01/2026"
    assert form.history.suspensions.text() == (
        "Suspension de toute la police du 01/10/2026 (avenant n° 2), toujours suspendue"
    )
