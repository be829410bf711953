"""The prior-approval register and a file's follow-up through the Sinistres area
(domain.md §7, §14): a request typed and decided, the overdue one in red, a complaint
added to the timeline with its next action date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop_app.domain.claim_workflow import ApprovalState
from desktop_app.services.claims import approvals
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.claims import timeline as claim_timeline
from desktop_app.services.context import ServiceContext
from tests.ui.helpers import type_text
from tests.ui.test_claims_steps import busy_office, choose, click, open_area, type_date


def test_approvals_and_a_complaint(qtbot, admin: ServiceContext, clerk: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    o, ids, late = busy_office(admin, clerk)
    area = open_area(qtbot, o.claims)
    page = area.approvals
    area.tabs.setCurrentWidget(page)
    late_row = next(r for r in page.model.rows() if r.id == late[0])
    assert late_row.overdue
    column = 6  # « Décision »
    index = page.model.index(page.model.rows().index(late_row), column)
    assert index.data() == "En retard (plus de 24 h)"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"

    # A request: refused field by field when empty, then recorded.
    click(qtbot, page.request_button)
    assert "personne" in page.request_errors.message("person_id")
    assert page.request_errors.message("estimated_amount") == "Le montant est obligatoire."
    type_text(qtbot, page.person.search, "Diabat")
    qtbot.keyClick(page.person.search, Qt.Key.Key_Return)
    choose(page.provider, "CHU de Cocody")
    choose(page.category, "Kinésithérapie")
    type_text(qtbot, page.estimated, "120 000")
    click(qtbot, page.request_button)
    assert "enregistrée" in page.request_result.text()
    new = approvals.list_approvals(o.claims, person_id=ids["Diabaté"])[0]
    assert (new.estimated_amount, new.state, new.provider_name) == (
        120_000,
        ApprovalState.ASKED,
        "CHU de Cocody",
    )

    # The late one partly agreed: the amount is required, then the decision is dated and signed.
    page.table.selectRow(
        page.model.rows().index(next(r for r in page.model.rows() if r.id == late[0]))
    )
    choose(page.decision, "Accordée partiellement")
    type_text(qtbot, page.reason, "Trois jours au lieu de cinq")
    click(qtbot, page.decide_button)
    assert "montant accordé" in page.decision_errors.message("agreed_amount").lower()
    type_text(qtbot, page.agreed_amount, "300000")
    click(qtbot, page.decide_button)
    decided = next(r for r in approvals.list_approvals(o.claims) if r.id == late[0])
    assert (decided.state, decided.agreed_amount, decided.decided_by, decided.overdue) == (
        ApprovalState.PARTIAL,
        300_000,
        "sin",
        False,
    )
    assert "1 en retard" not in page.count.text()

    # A complaint on the file whose action is due, from « Suivi et relances ».
    area.tabs.setCurrentWidget(area.follow_up)
    follow = area.follow_up
    assert follow.due.model.total == 1
    follow.due.table.selectRow(0)
    claim_id = follow.due.model.rows()[0].claim_id
    click(qtbot, follow.timeline.complaint_button)
    dialog = follow.timeline.dialog
    assert dialog is not None and dialog.kind.currentData() == "complaint"
    click(qtbot, dialog.save_button)  # no text, no channel: refused
    assert dialog.errors.message("text") and dialog.errors.message("channel")
    choose(dialog.channel, "Téléphone")
    type_text(qtbot, dialog.text, "L'assuré réclame son remboursement.")
    type_date(qtbot, dialog.next_action, "01/12/2026")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    last = claim_timeline.timeline(o.claims, claim_id)[-1]
    assert (last.kind, last.channel, last.text, last.due_date) == (
        "complaint",
        "Téléphone",
        "L'assuré réclame son remboursement.",
        date(2026, 12, 1),
    )
    assert claim_queries.get_claim(o.claims, claim_id).next_action_date == date(2026, 12, 1)
    assert follow.due.model.total == 0  # no longer due
    assert [e.label for e in follow.timeline.model.rows()][-1] == "Réclamation"
