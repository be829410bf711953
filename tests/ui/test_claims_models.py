"""Every list of the Sinistres area is lazy and passes pytest-qt's model tester
(architecture.md rule 8), the décompte's editable table and the ticking list included."""

from __future__ import annotations

from desktop_app.services.context import ServiceContext
from tests.ui.test_claims_steps import busy_office, open_area


def test_every_list_passes_the_model_tester(
    qtbot,
    qtmodeltester,
    admin: ServiceContext,  # type: ignore[no-untyped-def]
    clerk: ServiceContext,
) -> None:
    o, _, _ = busy_office(admin, clerk)
    area = open_area(qtbot, o.claims, register=False)
    area.reception.list.select_claim(area.reception.list.model.rows()[-1].id)
    area.assessment.files.table.selectRow(0)
    area.assessment.model.add_line()
    # The new line starts the preview's timer: run it now. The tester stays connected to
    # every model it checked, and checks a late signal against the model it checks then
    # (a preview firing 200 ms later made this test fail now and then).
    area.assessment.preview()
    assert not area.assessment._timer.isActive()
    area.ordering.orders.table.selectRow(0)
    area.follow_up.due.table.selectRow(0)
    models = {
        "dossiers reçus": area.reception.list.model,
        "suivi du dossier": area.reception.timeline.model,
        "dossiers à décompter": area.assessment.files.model,
        "lignes saisies": area.assessment.model,
        "liste décompte": area.assessment_list.model,
        "décomptes à ordonnancer": area.ordering.files,
        "ordres": area.ordering.orders.model,
        "décomptes de l'ordre": area.ordering.orders.items_model,
        "ordres à régler": area.payment.orders.model,
        "règlements": area.payment.payments,
        "ententes": area.approvals.model,
        "actions à faire": area.follow_up.due.model,
    }
    for name, model in models.items():
        assert model.rowCount() > 0, name
        qtmodeltester.check(model, force_py=True)
    assert [
        m.rowCount()
        for m in (
            area.reception.list.model,
            area.ordering.files,
            area.payment.payments,
            area.approvals.model,
            area.follow_up.due.model,
        )
    ] == [5, 1, 2 + 1, 3, 1]
    area.hide()
    qtmodeltester.area = area  # alive until the tester lets go of its last model
