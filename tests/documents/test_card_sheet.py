"""A4 sheets of ten cards with cutting marks; the layout is data."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.documents.card_sheet import A4_TEN, SheetLayout, render_card_sheets
from tests.documents import factories
from tests.documents.pdftools import needs_poppler, needs_zbar, page_count, page_size_mm, qr_codes


def test_default_layout_is_two_by_five_centred_on_a4() -> None:
    layout = A4_TEN
    assert layout.per_sheet == 10
    # 210 − 2 × 85.6 − 8 = 30.8 → 15.4 each side; 297 − 5 × 54 − 4 × 2 = 19 → 9.5.
    assert layout.margin_left == pytest.approx(15.4)
    assert layout.margin_bottom == pytest.approx(9.5)
    assert layout.slot(0) == pytest.approx((15.4, 297 - 9.5 - 54))
    assert layout.slot(1) == pytest.approx((15.4 + 85.6 + 8, 233.5))
    assert layout.slot(2) == pytest.approx((15.4, 233.5 - 56))
    assert layout.slot(9) == pytest.approx((109.0, 9.5))
    assert layout.slot(10) == layout.slot(0)  # next sheet, same place


def test_layout_that_does_not_fit_is_refused() -> None:
    with pytest.raises(ValueError):
        SheetLayout(rows=6)


@needs_poppler
def test_23_cards_make_3_a4_sheets(tmp_path: Path) -> None:
    pdf = render_card_sheets(factories.many_cards(23, with_photos=False))
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf, tmp_path) == 3
    width, height = page_size_mm(pdf, tmp_path)
    assert (round(width), round(height)) == (210, 297)


def test_other_layouts_are_data() -> None:
    three_by_eight = SheetLayout(columns=2, rows=4, gap_y=10)
    assert three_by_eight.per_sheet == 8
    assert render_card_sheets(
        factories.many_cards(9, with_photos=False), layout=three_by_eight
    ).startswith(b"%PDF")


@needs_zbar
def test_every_card_on_a_sheet_scans(tmp_path: Path) -> None:
    cards = factories.many_cards(10)
    found = qr_codes(render_card_sheets(cards), tmp_path)
    assert sorted(found) == sorted(card.matricule for card in cards)
