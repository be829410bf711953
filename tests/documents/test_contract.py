"""Conditions particulières in four copies (domain.md §15), amounts and dates the French way."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.documents.contract import COPIES, render_contract
from desktop_app.documents.layout import money
from tests.documents import factories
from tests.documents.pdftools import needs_poppler, page_count, text

HEADINGS = (
    "Exemplaire Assuré",
    "Exemplaire Compagnie",
    "Exemplaire Intermédiaire",
    "Exemplaire à nous retourner signé",
)


def test_the_four_copies_are_the_ones_the_office_uses() -> None:
    assert tuple(label for label, _ in COPIES) == HEADINGS


def test_amounts_use_no_break_spaces() -> None:
    assert money(125_000) == "125\u00a0000\u00a0FCFA"
    assert money(None) == "—"


@pytest.fixture(scope="module")
def contract_pdf() -> bytes:
    return render_contract(factories.contract(25))


def test_contract_is_a_pdf_without_helvetica(contract_pdf: bytes) -> None:
    assert contract_pdf.startswith(b"%PDF")
    assert b"Helvetica" not in contract_pdf


@needs_poppler
def test_each_copy_has_its_heading_and_its_own_page_numbers(
    contract_pdf: bytes, tmp_path: Path
) -> None:
    pages = page_count(contract_pdf, tmp_path)
    found: list[tuple[str, int, int]] = []
    for page in range(1, pages + 1):
        page_text = text(contract_pdf, tmp_path, page)
        labels = [label for label in HEADINGS if label in page_text]
        assert len(labels) == 1, (page, labels)
        match = re.search(r"Page (\d+) / (\d+)", page_text)
        assert match, page
        found.append((labels[0], int(match.group(1)), int(match.group(2))))
    for label in HEADINGS:
        numbers = [(x, y) for copy, x, y in found if copy == label]
        total = len(numbers)
        assert total >= 2  # 25 persons do not fit one page with the schedule of benefits
        assert numbers == [(x, total) for x in range(1, total + 1)]
    # Copies follow each other in order.
    assert [copy for copy, _, _ in found] == sorted((c for c, _, _ in found), key=HEADINGS.index)


@needs_poppler
def test_contract_says_what_the_snapshot_says(contract_pdf: bytes, tmp_path: Path) -> None:
    printed = text(contract_pdf, tmp_path)
    for expected in (
        "Côte d'Ivoire",
        "Conditions particulières",
        "MAL-2026-000123",
        "Société Ivoirienne de Cacao et Café",
        "Cabinet Kouadio & Associés",
        "ASCOMA-CI",
        "05/01/2026",
        "01/01/2026",
        "31/12/2026",
        "60 jours",
        "Tiers payant",
        "Privé et public",
        "Prothèses dentaires",
        "180 jours",
        "Évacuation sanitaire",
        "PS00001024",
        "COULIBALY Yao",
        "Marie-Thérèse",
        "4 750 000 FCFA",
        "25 000 FCFA",
        "191 000 FCFA",
        "4 966 000 FCFA",
        "quatre millions neuf cent soixante-six mille francs CFA",
        "Q-2026-000042",
        "Le Souscripteur",
        "Pour la Compagnie",
        "Total : 25 personne(s)",
    ):
        assert expected in printed, expected
    # Each of the 25 persons appears once per copy.
    assert printed.count("PS00001013") == 4


@needs_poppler
def test_commission_only_on_company_and_intermediary_copies(
    contract_pdf: bytes, tmp_path: Path
) -> None:
    pages = page_count(contract_pdf, tmp_path)
    with_commission = set()
    for page in range(1, pages + 1):
        page_text = text(contract_pdf, tmp_path, page)
        if "712 500 FCFA" in page_text:
            with_commission |= {label for label in HEADINGS if label in page_text}
    assert with_commission == {"Exemplaire Compagnie", "Exemplaire Intermédiaire"}


@needs_poppler
def test_small_contract_direct_business(tmp_path: Path) -> None:
    contract = replace(
        factories.contract(2),
        intermediary=None,
        administrator_name=None,
        overall_annual_ceiling=None,
    )
    pdf = render_contract(contract)
    pages = page_count(pdf, tmp_path)
    assert pages % 4 == 0  # every copy has the same number of pages
    printed = text(pdf, tmp_path)
    assert "Souscription directe" in printed
    assert "Gestion par la Compagnie" in printed
    assert printed.count(f"Page 1 / {pages // 4}") == 4


def test_blank_waiting_period_prints_the_general_rule() -> None:
    """A blank waiting period means the general rule of domain.md §6, never « none »."""
    from desktop_app.documents.contract import _benefit_row
    from desktop_app.documents.snapshots import BenefitLineSnapshot

    assert _benefit_row(BenefitLineSnapshot("Optique", True))[-1] == "Règle générale"
    assert _benefit_row(BenefitLineSnapshot("Optique", True, waiting_days=0))[-1] == "Aucune"
    assert _benefit_row(BenefitLineSnapshot("Optique", True, waiting_days=90))[-1] == "90 jours"
