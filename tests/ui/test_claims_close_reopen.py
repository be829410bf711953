"""Closing a claim file without payment and reopening it, from the Réception tab (§10)."""

from __future__ import annotations

from desktop_app.domain.claim_workflow import ClaimState
from desktop_app.services.claims import queries as claim_queries
from desktop_app.services.context import ServiceContext
from desktop_app.ui.bus import AppBus
from desktop_app.ui.claims.reception_page import ReceptionPage
from tests.services.claims.test_claims_builders import issued_policy, office, receive


def test_close_then_reopen_a_file(qtbot, admin: ServiceContext, clerk: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    o = office(admin, clerk)
    _, ids = issued_policy(o, ["Kouassi"])
    claim_id = receive(o, ids["Kouassi"], 12_000)
    page = ReceptionPage(AppBus(o.claims))
    qtbot.addWidget(page)
    assert page.list.select_claim(claim_id)
    assert page.close_button.isEnabled() and not page.reopen_button.isEnabled()
    assert not page.close_selected(
        "   "
    )  # a reason is required: the service refuses, nothing changes
    assert not page.action_error.isHidden() and page.action_error.text().startswith(
        "Indiquez le motif"
    )
    assert claim_queries.get_claim(o.claims, claim_id).status is ClaimState.RECEIVED
    assert page.close_selected("Doublon d'un dossier papier déjà réglé")
    assert claim_queries.get_claim(o.claims, claim_id).status is ClaimState.CLOSED
    page.list.select_claim(claim_id)
    assert page.reopen_button.isEnabled()
    assert page.reopen_selected("Pièces reçues")
    assert claim_queries.get_claim(o.claims, claim_id).status is ClaimState.RECEIVED
