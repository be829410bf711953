"""Member cards for a card printer (domain.md §15): ID-1 pages, QR of the matricule,
progress and cancellation for batches run in the background (rule 9)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.documents.batch import Cancelled
from desktop_app.documents.card import render_cards
from tests.documents import factories
from tests.documents.pdftools import (
    needs_poppler,
    needs_zbar,
    page_count,
    page_size_mm,
    qr_codes,
    text,
)


def test_one_page_per_card_of_id1_size(tmp_path: Path) -> None:
    pdf = render_cards(factories.many_cards(3, with_photos=False))
    assert pdf.startswith(b"%PDF")
    if needs_poppler.args[0]:
        pytest.skip("poppler-utils absent")
    assert page_count(pdf, tmp_path) == 3
    width, height = page_size_mm(pdf, tmp_path)
    assert width == pytest.approx(85.6, abs=0.05)
    assert height == pytest.approx(54.0, abs=0.05)


@needs_poppler
def test_card_prints_what_the_snapshot_says_with_accents(tmp_path: Path) -> None:
    card = factories.card(42, factories.photo_bytes(4))
    printed = text(render_cards([card]), tmp_path)
    for expected in (
        "CARTE D'ASSURÉ MALADIE",
        "Assurances Éburnéennes Santé",
        "PS00000042",
        "KOUASSI-N'GUESSAN",
        "Adjoua Marie-Françoise Épiphanie",
        "14/03/1987",
        "MAL-2026-000123",
        "80 %",
        "Zone 1",
        "Valable jusqu'au 31/12/2026",
        "ASCOMA-CI",
    ):
        assert expected in printed, expected


def test_only_embedded_dejavu_fonts_are_used() -> None:
    """Helvetica draws U+202F as a black box (platform-notes.md): never use it."""
    pdf = render_cards([factories.card(1)])
    assert b"DejaVuSans" in pdf
    assert b"Helvetica" not in pdf


@needs_zbar
def test_qr_code_decodes_to_the_matricule(tmp_path: Path) -> None:
    cards = [factories.card(123, factories.photo_bytes(1)), factories.card(4567)]
    assert qr_codes(render_cards(cards), tmp_path) == ["PS00000123", "PS00004567"]


def test_jpeg_photo_is_embedded_as_is() -> None:
    pdf = render_cards([factories.card(1, factories.photo_bytes(3))])
    assert b"/DCTDecode" in pdf


@pytest.mark.parametrize(
    "photo",
    [
        factories.photo_bytes(1, (640, 480), "PNG"),  # landscape PNG: cropped and converted
        factories.photo_bytes(2, (3000, 4000), "JPEG"),  # phone photo: shrunk
        b"not an image at all",  # damaged: a placeholder frame, the batch goes on
    ],
    ids=["landscape-png", "phone-jpeg", "damaged"],
)
def test_any_photo_prints(photo: bytes) -> None:
    assert render_cards([factories.card(1, photo)]).startswith(b"%PDF")


def test_big_photo_is_shrunk_before_embedding() -> None:
    big = factories.photo_bytes(2, (3000, 4000), "JPEG")
    assert len(render_cards([factories.card(1, big)])) < len(big)


def test_progress_reports_each_card() -> None:
    calls: list[tuple[int, int]] = []
    render_cards(
        factories.many_cards(4, with_photos=False), progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_cancel_stops_the_batch() -> None:
    done: list[int] = []
    with pytest.raises(Cancelled) as error:
        render_cards(
            factories.many_cards(50, with_photos=False),
            progress=lambda d, _t: done.append(d),
            cancelled=lambda: len(done) > 3,
        )
    assert error.value.done == 3
    assert error.value.total == 50
    assert max(done) == 3


def test_no_card_is_an_error() -> None:
    with pytest.raises(ValueError):
        render_cards([])


@needs_poppler
def test_long_names_are_shrunk_or_cut_not_spilled(tmp_path: Path) -> None:
    card = replace(
        factories.card(1),
        last_name="Kouassi-N'Guessan-Ouattara-Diabaté-Konan",
        subscriber_name="Très Grande Société Ivoirienne " * 4,
    )
    printed = text(render_cards([card]), tmp_path)
    assert "…" in printed
