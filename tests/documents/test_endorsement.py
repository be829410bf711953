"""The endorsement document (domain.md §8, §15): each movement with its date, days and
prorated amount, the quittance it makes, the cards it issues and those to give back; two
copies, one to return signed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop_app.documents.endorsement import render_endorsement
from tests.documents import factories
from tests.documents.pdftools import needs_poppler, page_count, text


def test_endorsement_is_a_pdf() -> None:
    pdf = render_endorsement(factories.endorsement())
    assert pdf.startswith(b"%PDF") and b"Helvetica" not in pdf


@needs_poppler
def test_endorsement_prints_movements_quittance_and_cards(tmp_path: Path) -> None:
    pdf = render_endorsement(factories.endorsement())
    assert page_count(pdf, tmp_path) == 2  # the subscriber's copy and the one returned
    printed = text(pdf, tmp_path)
    for expected in (
        "Avenant n° 3 à la police n° MAL-2026-000123",
        "Régularisation",
        "Exemplaire Assuré",
        "Exemplaire à nous retourner signé",
        "CAMARA Moussa",
        "01/05/2026",
        "245",
        "80 548",
        "DIALLO Fatou",
        "-20 055",
        "60 493",
        "67 492",
        "Q-2026-000311",
        "Nouvelle carte : PS00001203 — CAMARA Moussa",
        "Carte à restituer : PS00001001 — DIALLO Fatou, invalide à compter du 01/11/2026",
        "Liste transmise par la DRH",
    ):
        assert expected in printed, expected


@needs_poppler
def test_endorsement_without_premium_says_so(tmp_path: Path) -> None:
    snapshot = replace(factories.endorsement(), premium=None, quittance_number="")
    printed = text(render_endorsement(snapshot), tmp_path)
    assert "Sans incidence sur la prime" in printed
    assert "Montant de la quittance" not in printed
