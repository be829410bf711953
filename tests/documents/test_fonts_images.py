"""Fonts registered once, text fitted to its box, photos prepared for the card."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.lib.units import mm

from desktop_app.documents.fonts import BOLD, REGULAR, fit_text, register_fonts, text_width
from desktop_app.documents.images import ImageCache, JpegReader, qr_matrix
from tests.documents import factories


def test_register_fonts_is_idempotent() -> None:
    register_fonts()
    register_fonts()
    assert text_width("Côte d'Ivoire", REGULAR, 10) > 0


def test_short_text_is_kept_at_full_size() -> None:
    assert fit_text("KONÉ Awa", BOLD, 7, 40 * mm, 5) == ("KONÉ Awa", 7)


def test_long_text_shrinks_then_is_cut_with_an_ellipsis() -> None:
    name = "Kouassi-N'Guessan Adjoua Marie-Françoise"
    fitted, size = fit_text(name, BOLD, 7, text_width(name, BOLD, 6), 5)
    assert fitted == name and 6 <= size < 7
    fitted, size = fit_text(name * 3, BOLD, 7, 40 * mm, 5)
    assert size == 5 and fitted.endswith("…")
    assert text_width(fitted, BOLD, size) <= 40 * mm


def test_qr_matrix_refuses_non_ascii() -> None:
    assert len(qr_matrix("PS00000001")) == 21  # version 1
    try:
        qr_matrix("PSÉ")
    except ValueError:
        return
    raise AssertionError("a non-ASCII payload must be refused")


def test_photos_are_prepared_once_and_cropped_to_the_frame() -> None:
    cache = ImageCache(aspect=0.76)
    passed = factories.photo_bytes(1, (228, 300))  # already in proportion: embedded as is
    reader = cache.get(passed)
    assert isinstance(reader, JpegReader) and reader.getRGBData() == passed
    assert cache.get(passed) is reader
    landscape = factories.photo_bytes(2, (640, 480), "PNG")
    converted = cache.get(landscape).getRGBData()
    with Image.open(io.BytesIO(converted)) as image:
        assert image.format == "JPEG"
        assert abs(image.size[0] / image.size[1] - 0.76) < 0.01
        assert image.size[1] == 480
    assert cache.get(b"garbage") is None
    assert cache.get(None) is None
