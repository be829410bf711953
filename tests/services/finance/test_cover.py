"""Cover and payment (domain.md §2, §11; CIMA art. 13): the share of the premium to collect
before cover starts, the warning on a décompte for care before it, and printing cards or an
attestation before it only with the right and a reason."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from desktop_app.domain.collection import (
    CollectionMode,
    PayerKind,
    cover_reached_on,
    cover_required,
)
from desktop_app.domain.errors import FieldError, PermissionDenied
from desktop_app.domain.roles import Role
from desktop_app.persistence.models import AuditEntry
from desktop_app.services.administration import users
from desktop_app.services.context import ServiceContext
from desktop_app.services.finance import arrears, cover, payments
from desktop_app.services.finance.payments import PaymentInput
from tests.conftest import make_user
from tests.services.finance.builders import at, debtor, office


def test_required_share_and_the_day_it_is_reached() -> None:
    """§11: 35 % of 300 000 = 105 000; 35 % of 124 801 = 43 680.35 → 43 680. Reached on
    the day the cumulated collections reach it; a reversal below it unreaches it."""
    assert cover_required(300_000, 100) == 300_000
    assert cover_required(300_000, 35) == 105_000
    assert cover_required(124_801, 35) == 43_680
    d1, d2, d3 = date(2026, 2, 1), date(2026, 3, 1), date(2026, 4, 1)
    assert cover_reached_on(105_000, [(d1, 50_000), (d2, 55_000)]) == d2
    assert cover_reached_on(105_000, [(d1, 50_000), (d2, 55_000), (d3, -55_000)]) is None
    assert cover_reached_on(105_000, [(d1, 50_000)]) is None


def test_art_13_share_warning_and_printing_before_payment(
    admin: ServiceContext, clerk: ServiceContext
) -> None:
    o = office(admin, clerk)
    sub, pid, _ = debtor(o, "Koffi Aya", (300_000, date(2026, 1, 15)))
    march = at(o.cashier, datetime(2026, 3, 1, 9, 0))
    payments.record_payment(
        march,
        PaymentInput(date(2026, 3, 1), PayerKind.SUBSCRIBER, sub, CollectionMode.CASH, 105_000),
    )
    # 100 % by default: 105 000 of 300 000 is not enough, whatever the care date.
    status = cover.cover_status(o.admin, pid, date(2026, 3, 15))
    assert (status.required, status.collected, status.reached) == (300_000, 105_000, False)
    with o.admin.read() as session:
        (warning,) = cover.care_warnings(session, pid, [date(2026, 3, 15), date(2026, 5, 2)])
    assert "art. 13" in warning and "100 %" in warning and "15/03/2026" in warning

    # 35 % (the study's practice): reached on 01/03; care on 15/02 is flagged, not 15/03.
    arrears.save_collection_settings(o.admin, arrears.CollectionSettings(cover_share_percent=35))
    assert cover.cover_status(o.admin, pid, date(2026, 3, 15)).reached_on == date(2026, 3, 1)
    with o.admin.read() as session:
        assert cover.care_warnings(session, pid, [date(2026, 3, 15)]) == []
        assert len(cover.care_warnings(session, pid, [date(2026, 2, 15)])) == 1

    # Printing before the share is collected: the right and a reason (back to 100 %).
    arrears.save_collection_settings(o.admin, arrears.CollectionSettings(cover_share_percent=100))
    with pytest.raises(PermissionDenied, match="art. 13"):
        cover.check_print_before_payment(o.clerk, pid, "les cartes")
    make_user(o.admin, "dir", Role.MANAGEMENT)
    director = users.login(o.admin, "dir", "motdepasse1")
    with pytest.raises(FieldError, match="motif"):
        cover.check_print_before_payment(director, pid, "les cartes", "  ")
    cover.check_print_before_payment(director, pid, "les cartes", "Évacuation sanitaire urgente")
    with o.admin.read() as session:
        after = session.scalar(select(AuditEntry.after).where(AuditEntry.action == "override"))
    assert after is not None and "Évacuation sanitaire" in after
    # Once the premium is collected, anyone may print.
    payments.record_payment(
        march,
        PaymentInput(date(2026, 3, 1), PayerKind.SUBSCRIBER, sub, CollectionMode.CASH, 195_000),
    )
    assert cover.check_print_before_payment(o.clerk, pid, "les cartes").reached
