"""Migration 0012 on a portfolio with cards issued before it (issue 8, cards one by one):
taken back to 0009 and forward again, each current card gets a request « imprimée » on its
issue day, delivery unknown; cancelled cards get none. Downgraded, attestations go."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import select

from desktop_app.domain.cards import CardReason, CardRequestState, Delivery
from desktop_app.persistence import migrate
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import CardRequest
from desktop_app.services.context import ServiceContext
from desktop_app.services.production import cards
from desktop_app.services.production import endorsements as e
from desktop_app.services.production.endorsement_input import EndorsementInput, ExitInput
from tests.services.claims.test_claims_builders import TODAY, issued_policy, office


def _step(db: Database, target: str, down: bool = False) -> None:
    config = migrate.alembic_config(db)
    with migrate.migration_connection(db) as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)


def test_cards_issued_before_0012_get_their_request(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    o = office(admin, clerk)
    db = o.production.db
    pid, ids = issued_policy(o, ["Kouassi", "Koné"])
    e.validate_endorsement(
        o.production,
        pid,
        EndorsementInput(
            e.EndorsementKind.REMOVAL, exits=(ExitInput(ids["Koné"], date(2026, 12, 1)),)
        ),
    )
    cards.issue_attestation(o.production, pid, ids["Kouassi"])
    _step(db, "0011", down=True)  # the revision before 0012
    _step(db, "head")
    with db.read() as session:
        rows = session.scalars(select(CardRequest)).all()
        assert [
            (r.person_id, r.reason, r.state, r.requested_on, r.printed_on, r.delivered_on)
            for r in rows
        ] == [(ids["Kouassi"], CardReason.NEW_POLICY, CardRequestState.PRINTED, TODAY, TODAY, None)]
        request_id = rows[0].id
    # The office then records the delivery as for any printed card.
    delivered = cards.record_delivery(o.production, [request_id], Delivery(TODAY, "L'assuré"))
    assert delivered.touches("card_requests")
