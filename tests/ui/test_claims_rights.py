"""Medical details on the Sinistres area only for users whose role needs them (domain.md
§14): the services refuse the others, and the screens show a French notice instead."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from desktop_app.domain.care import CareCategory
from desktop_app.services.claims import assessments
from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.context import ServiceContext
from tests.services.claims.test_claims_builders import (
    assessed,
    issued_policy,
    line,
    office,
    receive,
)
from tests.ui.test_claims_steps import open_area


def test_a_production_clerk_sees_no_claims_at_all(
    qtbot,
    admin: ServiceContext,  # type: ignore[no-untyped-def]
    clerk: ServiceContext,
) -> None:
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    assessed(
        o, ids["Kouassi"], [line(date(2026, 9, 15), CareCategory.OPTICAL, 75_000)], o.optician_id
    )
    area = open_area(qtbot, clerk)  # Production: neither claims nor medical details
    refused = area.findChild(QLabel, "claims_refused")
    assert refused is not None and "ne permettent pas de consulter les sinistres" in refused.text()
    assert not hasattr(area, "tabs")


def test_an_accountant_sees_the_files_but_no_medical_detail(
    qtbot,
    admin: ServiceContext,  # type: ignore[no-untyped-def]
    clerk: ServiceContext,
) -> None:
    """The accountant consults claims (amounts, steps, payments) but not the care: the
    décompte entry, the décompte lines and the approvals register show a notice, the
    timeline leaves out the décompte's medical warnings, the statement is not printed."""
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    # The lines total 75 000 for a file of 80 000: the décompte's warning is a medical entry.
    claim_id = receive(o, ids["Kouassi"], 80_000, o.optician_id)
    assessments.assess_claim(
        o.claims, claim_id, [line(date(2026, 9, 15), CareCategory.OPTICAL, 75_000)]
    )
    medical_events = [e for e in claim_timeline.timeline(o.claims, claim_id) if e.kind == "warning"]
    assert len(medical_events) == 1 and "diffère" in medical_events[0].text
    area = open_area(qtbot, o.accountant)
    assert area.reception.form is None  # may consult, may not record
    assert area.reception.list.model.total == 1
    for page in (area.assessment, area.assessment_list, area.approvals):
        assert not page.allowed
        shown = page.findChild(QLabel, "medical_notice")
        assert shown is not None and "informations médicales" in shown.text()
    assert not area.payment.print_button.isEnabled()
    area.reception.list.select_claim(claim_id)
    kinds = [e.kind for e in area.reception.timeline.model.rows()]
    assert "assessed" in kinds and "warning" not in kinds
    assert len(claim_timeline.timeline(o.claims, claim_id)) == len(kinds) + 1
