"""Registers the bundled DejaVu fonts with ReportLab once, so accents and no-break spaces print.

Helvetica has no glyph for U+202F and draws a black box (platform-notes.md); every
document uses these names instead of ReportLab's built-in fonts.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts and their family (for ``<b>``/``<i>`` in paragraphs); idempotent and
    safe from a background thread (card batches run off the UI thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        # No bold-oblique face is bundled: bold italic falls back to bold.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))


def fit_text(
    text: str, font: str, size: float, max_width: float, min_size: float
) -> tuple[str, float]:
    """Shrink ``text`` down to ``min_size`` until it fits ``max_width``; below that, cut it
    with an ellipsis. Long Ivorian compound names must never run off a card."""
    current = size
    while current > min_size and text_width(text, font, current) > max_width:
        current = max(min_size, current - 0.25)
    if text_width(text, font, current) <= max_width:
        return text, current
    cut = text
    while cut and text_width(cut + "…", font, current) > max_width:
        cut = cut[:-1]
    return cut.rstrip() + "…", current
