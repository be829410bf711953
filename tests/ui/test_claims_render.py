"""Each tab of the Sinistres area rendered offscreen with data, saved as
/tmp/claims_<tab>.png for a person to look at (the assertions are on the widgets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop_app.services.context import ServiceContext
from tests.ui.test_claims_steps import busy_office, choose_cell, open_area, type_cell

OUT = Path("/tmp")


def test_each_tab_renders_with_data(qtbot, admin: ServiceContext, clerk: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    o, _, _ = busy_office(admin, clerk)
    area = open_area(qtbot, o.claims)
    area.resize(1500, 860)

    def shot(name: str, shown: QWidget) -> None:
        """Save the area once ``shown`` (the page the step brought up) is on screen."""
        qtbot.waitUntil(shown.isVisible)
        path = OUT / f"claims_{name}.png"
        assert area.grab().save(str(path)), path
        assert path.stat().st_size > 10_000

    area.reception.list.table.selectRow(2)
    assert area.reception.timeline.model.total == 6  # with the order's signature
    shot("reception", area.reception)

    area.tabs.setCurrentWidget(area.decompte)
    page = area.assessment
    page.files.table.selectRow(1)
    type_cell(qtbot, page.table, 0, "care_date", "20/10/2026")
    type_cell(qtbot, page.table, 0, "prestation_number", "PH-77")
    choose_cell(page.table, 0, "category", "Pharmacie")
    type_cell(qtbot, page.table, 0, "claimed", "30000")
    type_cell(qtbot, page.table, 0, "excluded", "2500")
    choose_cell(page.table, 0, "exclusion_reason", "MED_COURANT")
    page.model.add_line()
    type_cell(qtbot, page.table, 1, "care_date", "25/12/2026")
    type_cell(qtbot, page.table, 1, "prestation_number", "C-12")
    choose_cell(page.table, 1, "category", "Consultations")
    type_cell(qtbot, page.table, 1, "claimed", "12000")
    qtbot.waitUntil(
        lambda: page.model.lines[0].figures is not None and bool(page.model.lines[1].errors),
        timeout=3000,
    )
    assert page.model.lines[0].figures.reimbursed == 22_000  # (30 000 − 2 500) × 80 %
    shot("decompte", page.table)

    area.decompte.setCurrentWidget(area.assessment_list)
    shot("liste_decompte", area.assessment_list)

    area.tabs.setCurrentWidget(area.ordering)
    area.ordering.orders.table.selectRow(0)
    area.ordering.files.set_checked(0, True)
    shot("ordonnancement", area.ordering)

    area.tabs.setCurrentWidget(area.payment)
    area.payment.payments_table.selectRow(0)
    shot("reglement", area.payment)

    area.tabs.setCurrentWidget(area.approvals)
    shot("ententes", area.approvals)

    area.tabs.setCurrentWidget(area.follow_up)
    area.follow_up.due.table.selectRow(0)
    shot("suivi", area.follow_up)
