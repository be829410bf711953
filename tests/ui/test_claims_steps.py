"""Clerk's gestures on the Sinistres area shared by its UI tests (no test here): an office
built through the real services (tests/services/test_claims_builders.py, clock fixed at
21/11/2026 09:30), the area on a bus, typing into cells of the décompte table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QTableView

from desktop_app.services.context import ServiceContext
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.assessment_lines_model import COLUMN
from desktop_app.ui.claims.claims_area import ClaimsArea
from tests.ui.helpers import type_text


def open_area(qtbot, ctx: ServiceContext, *, register: bool = True) -> ClaimsArea:  # type: ignore[no-untyped-def]
    """The area shown; ``register=False`` leaves it alive after the test (the model tester
    disconnects from its last model after qtbot has deleted the widgets it knows)."""
    area = ClaimsArea(AppBus(ctx))
    if register:
        qtbot.addWidget(area)
    area.resize(1500, 900)
    area.show()
    return area


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_date(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def choose(combo: QComboBox, text: str) -> None:
    """Pick the entry whose text starts with ``text``, as a click in the list would."""
    for i in range(combo.count()):
        if combo.itemText(i).startswith(text):
            combo.setCurrentIndex(i)
            combo.activated.emit(i)
            return
    raise AssertionError(f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}")


def _open_editor(table: QTableView, index) -> None:  # type: ignore[no-untyped-def]
    """Start editing ``index``, unless its editor is already open (« Ajouter une ligne » opens one)."""
    if table.state() == QAbstractItemView.State.EditingState and table.currentIndex() == index:
        return
    table.setCurrentIndex(index)
    table.edit(index)


def _editor(table: QTableView, kind: type, key: str):  # type: ignore[no-untyped-def]
    """The open editor of the cell (closed ones linger hidden until deleted)."""
    open_ = [w for w in table.findChildren(kind, f"editor_{key}") if w.isVisible()]
    return open_[-1] if open_ else None


def type_cell(qtbot, table: QTableView, row: int, key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the cell's editor, type ``text`` key by key, Entrée."""
    index = table.model().index(row, COLUMN[key])
    _open_editor(table, index)
    editor = _editor(table, QLineEdit, key)
    assert editor is not None, key
    if key == "care_date":
        type_date(qtbot, editor, text)
    else:
        type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view closes the editor after the key: the next cell must not find this one.
    qtbot.waitUntil(lambda: _editor(table, QLineEdit, key) is None)


def choose_cell(table: QTableView, row: int, key: str, text: str) -> None:
    index = table.model().index(row, COLUMN[key])
    _open_editor(table, index)
    editor = _editor(table, QComboBox, key)
    assert editor is not None, key
    choose(editor, text)


def cell(table: QTableView, row: int, key: str) -> str:
    return str(table.model().index(row, COLUMN[key]).data()).replace("\u00a0", " ")


def busy_office(admin: ServiceContext, clerk: ServiceContext):  # type: ignore[no-untyped-def]
    """An office with files at every step: received (one with its next action due),
    assessed, ordered, paid, a payment reversed, prior approvals (one overdue), a complaint."""
    from datetime import date, timedelta

    from desktop_app.domain.care import CareCategory
    from desktop_app.domain.claim_workflow import ApprovalState
    from desktop_app.domain.kinds import PaymentMode
    from desktop_app.services.claims import approvals, payment_orders
    from desktop_app.services.claims import timeline as claim_timeline
    from tests.services.claims.test_claims_builders import (
        NOW,
        TODAY,
        assessed,
        issued_policy,
        line,
        office,
        ordered,
        receive,
    )

    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi", "Traoré", "Bamba"])
    _, more = issued_policy(o, ["Konan", "Diabaté"], subscriber="Koné Aïcha")
    ids.update(more)
    receive(o, ids["Traoré"], 42_500, o.clinic_id, next_action_date=date(2026, 11, 15))
    receive(o, ids["Bamba"], 18_000, o.hospital_id)
    optical = assessed(
        o, ids["Kouassi"], [line(date(2026, 9, 15), CareCategory.OPTICAL, 75_000)], o.optician_id
    )
    pharmacy = assessed(
        o,
        ids["Konan"],
        [
            line(date(2026, 10, 2), CareCategory.PHARMACY, 36_000, "PH-9"),
            line(date(2026, 10, 2), CareCategory.CONSULTATION, 15_000, "C-4"),
        ],
    )
    assessed(
        o,
        ids["Diabaté"],
        [
            line(
                date(2026, 10, 20),
                CareCategory.PHARMACY,
                12_000,
                "PH-3",
                excluded=2_000,
                exclusion_reason="SANS_ORDO",
            )
        ],
    )
    order = ordered(o, [optical, pharmacy])
    done = payment_orders.pay_order(
        o.claims, order, payment_orders.PaymentInput(TODAY, PaymentMode.CHEQUE, "CHQ-0042")
    )
    payment_orders.reverse_payment(o.claims, done.payment_ids[1], "Chèque perdu par le prestataire")
    ordered(o, [pharmacy])  # the reversed file in a new order, signed, to pay again
    late = approvals.request_approval(
        o.claims,
        approvals.ApprovalInput(
            ids["Bamba"],
            CareCategory.HOSPITALISATION,
            450_000,
            o.clinic_id,
            3,
            asked_at=NOW - timedelta(days=2),
        ),
    )
    approvals.request_approval(
        o.claims, approvals.ApprovalInput(ids["Konan"], CareCategory.IMAGING, 85_000, o.hospital_id)
    )
    decided = approvals.request_approval(
        o.claims,
        approvals.ApprovalInput(
            ids["Kouassi"], CareCategory.DENTAL_PROSTHESIS, 300_000, o.clinic_id
        ),
    )
    approvals.decide_approval(
        o.claims,
        decided[0],
        approvals.DecisionInput(ApprovalState.PARTIAL, "Une seule couronne", agreed_amount=180_000),
    )
    claim_timeline.add_event(
        o.claims,
        optical,
        claim_timeline.EventInput(
            "complaint", "L'assuré conteste le plafond optique.", "Téléphone", date(2026, 11, 28)
        ),
    )
    return o, ids, late
