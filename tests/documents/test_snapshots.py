"""Snapshots: what a printed document says, stored at issue and read back for a reprint
(architecture.md rule 7; the premium identity of domain.md §5)."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.documents.snapshots import (
    CardSnapshot,
    ClaimLineSnapshot,
    ClaimStatementSnapshot,
    ContractSnapshot,
    InconsistentSnapshot,
    PaymentOrderSnapshot,
    PremiumSnapshot,
    QuittanceSnapshot,
)
from tests.documents import factories


def _through_json(snapshot: Any) -> Any:
    stored = json.dumps(snapshot.to_dict(), ensure_ascii=False)
    return type(snapshot).from_dict(json.loads(stored))


@pytest.mark.parametrize(
    "snapshot",
    [
        factories.card(7, factories.photo_bytes(1)),
        factories.card(8),
        factories.contract(25),
        factories.quittance(),
        factories.quittance(with_lines=False),
        factories.claim_statement(),
        factories.payment_order(),
    ],
    ids=["card", "card-no-photo", "contract", "quittance", "quittance-no-lines", "claim", "order"],
)
def test_round_trip_through_json_gives_the_same_snapshot(snapshot: Any) -> None:
    assert _through_json(snapshot) == snapshot


def test_card_dict_uses_json_friendly_values() -> None:
    photo = factories.photo_bytes(2)
    data = factories.card(5, photo).to_dict()
    assert data["matricule"] == "PS00000005"
    assert data["birth_date"] == "1987-03-14"
    assert data["valid_until"] == "2026-12-31"
    assert data["coverage_rate"] == 80
    assert data["zone"] == 1
    assert base64.b64decode(data["photo"]) == photo
    assert data["company"]["name"] == "Assurances Éburnéennes Santé"
    assert isinstance(data["company"]["logo"], str)


def test_contract_dict_keeps_money_as_int_and_rates_as_strings() -> None:
    data = factories.contract(3).to_dict()
    premium = data["premium"]
    assert premium["total"] == 4_966_000 and isinstance(premium["total"], int)
    assert premium["tax_rate"] == "0.04"
    assert premium["commission_rate"] == "0.15"
    assert len(data["persons"]) == 3
    assert data["persons"][0]["entry_date"] == "2026-03-15"
    assert data["benefits"][2]["rate_pct"] == 100
    assert data["benefits"][0]["rate_pct"] is None
    back = ContractSnapshot.from_dict(data)
    assert back.premium.tax_rate == Decimal("0.04")
    assert back.persons[0].birth_date == date(1970, 1, 1)


def test_reprint_is_unchanged_after_the_live_data_changes() -> None:
    """Rule 7: the stored dict, not the live record, is what a reprint shows."""
    card = factories.card(9)
    stored = json.dumps(card.to_dict())
    renamed = replace(card, last_name="Autre")  # the person is renamed afterwards
    assert renamed != card
    assert CardSnapshot.from_dict(json.loads(stored)).last_name == "Kouassi-N'Guessan"


def test_delass_premium_bug_cannot_be_printed() -> None:
    """100 000 + 20 000 + 5 000 printed as 120 000 (domain.md §5) is refused."""
    with pytest.raises(InconsistentSnapshot):
        PremiumSnapshot(
            net=100_000, fees=20_000, taxes=5_000, total=120_000, tax_rate=Decimal("0.04")
        )
    ok = PremiumSnapshot(
        net=100_000, fees=20_000, taxes=4_800, total=124_800, tax_rate=Decimal("0.04")
    )
    assert ok.total_in_words == "cent vingt-quatre mille huit cents francs CFA"


def test_refund_quittance_has_negative_amounts() -> None:
    refund = replace(
        factories.quittance(with_lines=False),
        premium=PremiumSnapshot(
            net=-50_000, fees=0, taxes=-4_000, total=-54_000, tax_rate=Decimal("0.08")
        ),
    )
    assert refund.is_refund
    assert not factories.quittance().is_refund


def test_stored_snapshot_with_wrong_types_is_refused() -> None:
    data = factories.quittance().to_dict()
    data["premium"]["total"] = "590272"  # money must stay an int
    with pytest.raises(TypeError):
        QuittanceSnapshot.from_dict(data)
    data = factories.card(1).to_dict()
    data["birth_date"] = 19870314
    with pytest.raises(TypeError):
        CardSnapshot.from_dict(data)


def test_card_matricule_must_be_ascii_for_the_qr_code() -> None:
    with pytest.raises(InconsistentSnapshot):
        replace(factories.card(1), matricule="PSÉ0001")


def test_claim_line_arithmetic_is_checked() -> None:
    """§10.2: base = claimed − CMU − excluded; member pays = claimed − CMU − reimbursed."""
    line = ClaimLineSnapshot(
        date(2026, 4, 10),
        "Optique",
        75_000,
        0,
        0,
        "",
        75_000,
        50_000,
        25_000,
        "Plafond annuel de la catégorie",
    )
    assert line.member_pays == 25_000
    with pytest.raises(InconsistentSnapshot):
        replace(line, base=70_000)
    with pytest.raises(InconsistentSnapshot):
        replace(line, member_pays=20_000)


def test_claim_statement_totals() -> None:
    statement: ClaimStatementSnapshot = factories.claim_statement()
    assert statement.total_claimed == 15_000 + 42_500 + 75_000
    assert statement.total_cmu_share == 5_000
    assert statement.total_excluded == 2_500
    assert statement.total_base == 125_000
    assert statement.total_reimbursed == 12_000 + 28_000 + 50_000
    assert statement.total_member_pays == 3_000 + 9_500 + 25_000


def test_payment_order_total_payees_and_words() -> None:
    order: PaymentOrderSnapshot = factories.payment_order()
    assert order.total == 125_000
    assert order.payees == ("KOUASSI Aya", "Pharmacie de la Riviera")
    assert order.total_in_words == "cent vingt-cinq mille francs CFA"
