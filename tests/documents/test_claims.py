"""Décompte statement and payment order (domain.md §10.2, §10.3)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.documents.claim_statement import render_claim_statement
from desktop_app.documents.payment_order import render_payment_order
from tests.documents import factories
from tests.documents.pdftools import needs_poppler, text


@needs_poppler
def test_claim_statement_lines_totals_and_caps(tmp_path: Path) -> None:
    pdf = render_claim_statement(factories.claim_statement())
    assert pdf.startswith(b"%PDF")
    printed = text(pdf, tmp_path)
    for expected in (
        "DÉCOMPTE DE PRESTATIONS",
        "S-2026-000045",
        "KOUASSI Aya",
        "PS00001000",
        "Polyclinique Sainte-Anne-Marie",
        "Optique",
        "75 000",
        "50 000",
        "Plafond annuel de la catégorie",
        "Exclu : Produit d'hygiène",
        "132 500",
        "125 000",
        "90 000",
        "37 500",
        "90 000 FCFA",
        "quatre-vingt-dix mille francs CFA",
        "Page 1 / 1",
    ):
        assert expected in printed, expected


@needs_poppler
def test_payment_order_total_in_figures_and_words(tmp_path: Path) -> None:
    pdf = render_payment_order(factories.payment_order())
    assert pdf.startswith(b"%PDF")
    printed = text(pdf, tmp_path)
    for expected in (
        "ORDRE DE PAIEMENT",
        "OP-2026-00007",
        "25/04/2026",
        "Mme DIABATÉ Mariam",
        "S-2026-000045",
        "Pharmacie de la Riviera",
        "125 000 FCFA",
        "cent vingt-cinq mille francs CFA",
        "Bénéficiaires",
        "Chèque",
    ):
        assert expected in printed, expected
