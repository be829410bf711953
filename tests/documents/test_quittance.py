"""The quittance: net + fees + taxes = TTC visibly, in figures and in words (domain.md §5)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from desktop_app.documents.quittance import render_quittance
from desktop_app.documents.snapshots import PremiumSnapshot
from tests.documents import factories
from tests.documents.pdftools import needs_poppler, page_count, text


def test_quittance_is_a_pdf() -> None:
    pdf = render_quittance(factories.quittance())
    assert pdf.startswith(b"%PDF")
    assert b"Helvetica" not in pdf


@needs_poppler
def test_quittance_shows_the_identity_and_the_accounting_lines(tmp_path: Path) -> None:
    pdf = render_quittance(factories.quittance())
    assert page_count(pdf, tmp_path) == 1
    printed = text(pdf, tmp_path)
    for expected in (
        "QUITTANCE DE PRIME",
        "Q-2026-000042",
        "MAL-2026-000123",
        "M. KOUASSI Aya Désiré",
        "Affaire nouvelle",
        "du 01/03/2026 au 31/12/2026",
        "Prime nette",
        "536 548 FCFA",
        "10 000 FCFA",
        "8 % × 546 548 FCFA",
        "43 724 FCFA",
        "Prime TTC",
        "590 272 FCFA",
        "cinq cent quatre-vingt-dix mille deux cent soixante-douze francs CFA",
        "Agence Générale Plateau",
        "80 482 FCFA",
        "53 655 FCFA",
        "MCI-SOGEM",
        "KONÉ Éloïse",
        "201 205",
        "Page 1 / 1",
    ):
        assert expected in printed, expected
    # Lines sum to 536 547, the net rounded once is 536 548: the note explains it.
    assert "arrondie une seule fois" in printed


@needs_poppler
def test_quittance_without_lines_has_no_rounding_note(tmp_path: Path) -> None:
    printed = text(render_quittance(factories.quittance(with_lines=False)), tmp_path)
    assert "Détail de la prime nette" not in printed
    assert "arrondie une seule fois" not in printed


@needs_poppler
def test_refund_is_titled_ristourne_and_says_what_is_owed(tmp_path: Path) -> None:
    refund = replace(
        factories.quittance(with_lines=False),
        act_label="Avenant n° 2 — retrait",
        cancels_number="Q-2026-000041",
        premium=PremiumSnapshot(
            net=-50_000, fees=0, taxes=-4_000, total=-54_000, tax_rate=Decimal("0.08")
        ),
    )
    printed = text(render_quittance(refund), tmp_path)
    assert "QUITTANCE DE RISTOURNE" in printed
    assert "-54 000 FCFA" in printed
    assert "cinquante-quatre mille francs CFA" in printed
    assert "annule la quittance n° Q-2026-000041" in printed
