"""The member card, ID-1 size 85.6 × 54 mm (domain.md §15): one card per page for a card
printer. ``draw_card`` is shared with the A4 sheets of ``card_sheet``."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.batch import CancelledFn, ProgressFn, step
from desktop_app.documents.fonts import BOLD, REGULAR, fit_text, register_fonts, text_width
from desktop_app.documents.images import ImageCache, draw_qr
from desktop_app.documents.snapshots import CardSnapshot
from desktop_app.domain.dates import format_date

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54.0 * mm
CORNER_RADIUS = 3.18 * mm
TITLE = "CARTE D'ASSURÉ MALADIE"

NAVY = HexColor("#1F3A5F")
PALE = HexColor("#E6EDF6")
GREY = HexColor("#5A6270")
FRAME = HexColor("#9AA6B8")

# Positions in mm from the card's lower-left corner (a card is a small fixed form).
_MARGIN = 3.0
_FIELDS_X = 25.0
_FIELDS_RIGHT = 63.0
_QR = (66.0, 14.8, 16.6)  # x, y, size
_PHOTO = (3.0, 9.0, 19.0, 25.0)  # x, y, width, height


class CardImages:
    """Image caches for one render: photos are flattened to JPEG, logos keep transparency."""

    def __init__(self) -> None:
        self.photos = ImageCache(aspect=_PHOTO[2] / _PHOTO[3])
        self.logos = ImageCache(keep_alpha=True)


def draw_card(canvas: Any, card: CardSnapshot, x: float, y: float, images: CardImages) -> None:
    """Draw ``card`` with its lower-left corner at (x, y), in points."""
    canvas.saveState()
    canvas.translate(x, y)
    # Clip to the ID-1 rounded corners so the coloured bands follow the card's outline.
    outline = canvas.beginPath()
    outline.roundRect(0, 0, CARD_WIDTH, CARD_HEIGHT, CORNER_RADIUS)
    canvas.clipPath(outline, stroke=0, fill=0)
    _header(canvas, card, images)
    _photo(canvas, card, images)
    _fields(canvas, card)
    canvas.setFillColor(NAVY)
    draw_qr(canvas, card.matricule, _QR[0] * mm, _QR[1] * mm, _QR[2] * mm)
    _footer(canvas, card)
    canvas.restoreState()


def _text(
    canvas: Any, x_mm: float, y_mm: float, text: str, font: str, size: float, color: Color
) -> None:
    canvas.setFont(font, size)
    canvas.setFillColor(color)
    canvas.drawString(x_mm * mm, y_mm * mm, text)


def _header(canvas: Any, card: CardSnapshot, images: CardImages) -> None:
    company = card.company
    name_x = _MARGIN
    logo = images.logos.get(company.logo)
    if logo is not None:
        canvas.drawImage(
            logo,
            _MARGIN * mm,
            44.0 * mm,
            9.0 * mm,
            9.0 * mm,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )
        name_x += 10.5
    width = (85.6 - _MARGIN - name_x) * mm
    name, size = fit_text(company.name, BOLD, 8.0, width, 5.5)
    _text(canvas, name_x, 49.2, name, BOLD, size, NAVY)
    contact = " — ".join(part for part in (company.city, _phone(company.phone)) if part)
    if contact:
        contact, size = fit_text(contact, REGULAR, 5.2, width, 4.5)
        _text(canvas, name_x, 45.6, contact, REGULAR, size, GREY)
    canvas.setFillColor(NAVY)
    canvas.rect(0, 37.5 * mm, CARD_WIDTH, 5.5 * mm, stroke=0, fill=1)
    canvas.setFillColor(white)
    canvas.setFont(BOLD, 7.5)
    title = f"{TITLE} — DUPLICATA" if card.duplicate else TITLE
    canvas.drawCentredString(CARD_WIDTH / 2, 39.4 * mm, title)


def _phone(phone: str) -> str:
    return f"Tél. {phone}" if phone else ""


def _photo(canvas: Any, card: CardSnapshot, images: CardImages) -> None:
    px, py, pw, ph = (value * mm for value in _PHOTO)
    photo = images.photos.get(card.photo)
    if photo is not None:
        canvas.drawImage(photo, px, py, pw, ph, preserveAspectRatio=True, anchor="c")
        canvas.setStrokeColor(FRAME)
        canvas.setLineWidth(0.4)
        canvas.rect(px, py, pw, ph, stroke=1, fill=0)
        return
    # No photo: a dashed frame where the office may stick one.
    canvas.setStrokeColor(FRAME)
    canvas.setLineWidth(0.5)
    canvas.setDash(2, 1.5)
    canvas.rect(px, py, pw, ph, stroke=1, fill=0)
    canvas.setDash()
    canvas.setFillColor(FRAME)
    canvas.setFont(REGULAR, 5.5)
    canvas.drawCentredString(px + pw / 2, py + ph / 2 - 1, "PHOTO")


def _fields(canvas: Any, card: CardSnapshot) -> None:
    width = (_FIELDS_RIGHT - _FIELDS_X) * mm
    full = (85.6 - _MARGIN - _FIELDS_X) * mm  # below the QR code the rows may run to the edge
    _text(canvas, _FIELDS_X, 33.0, "Matricule", REGULAR, 5.0, GREY)
    matricule, size = fit_text(card.matricule, BOLD, 9.5, width, 6.0)
    _text(canvas, _FIELDS_X, 29.4, matricule, BOLD, size, NAVY)
    # Two lines for the name: compound Ivorian names rarely fit one line of 39 mm.
    last, size = fit_text(card.last_name.upper(), BOLD, 7.2, width, 5.0)
    _text(canvas, _FIELDS_X, 25.7, last, BOLD, size, NAVY)
    first, size = fit_text(card.first_names, BOLD, 6.6, width, 4.8)
    _text(canvas, _FIELDS_X, 22.7, first, BOLD, size, NAVY)
    _labelled(canvas, 19.2, "Né(e) le", format_date(card.birth_date), width)
    _labelled(canvas, 16.0, "Police n°", card.policy_number, width)
    _labelled(canvas, 12.8, "Souscripteur", card.subscriber_name, full)
    _labelled(canvas, 9.6, "Taux", f"{card.coverage_rate}\u00a0%   ·   Zone {card.zone}", full)


def _labelled(canvas: Any, baseline_mm: float, label: str, value: str, width: float) -> None:
    label_text = label + " : "
    _text(canvas, _FIELDS_X, baseline_mm, label_text, REGULAR, 5.2, GREY)
    offset = text_width(label_text, REGULAR, 5.2)
    fitted, size = fit_text(value, BOLD, 6.2, width - offset, 4.6)
    canvas.setFont(BOLD, size)
    canvas.setFillColor(NAVY)
    canvas.drawString(_FIELDS_X * mm + offset, baseline_mm * mm, fitted)


def _footer(canvas: Any, card: CardSnapshot) -> None:
    canvas.setFillColor(PALE)
    canvas.rect(0, 0, CARD_WIDTH, 6.5 * mm, stroke=0, fill=1)
    _text(
        canvas, _MARGIN, 2.3, f"Valable jusqu'au {format_date(card.valid_until)}", BOLD, 6.5, NAVY
    )
    if card.administrator_name:
        text, size = fit_text(
            f"Gestionnaire : {card.administrator_name}", REGULAR, 5.2, 38 * mm, 4.2
        )
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(GREY)
        canvas.drawRightString(CARD_WIDTH - _MARGIN * mm, 2.3 * mm, text)


def new_canvas(buffer: io.BytesIO, pagesize: tuple[float, float], title: str) -> Any:
    register_fonts()
    canvas = Canvas(
        buffer, pagesize=pagesize, pageCompression=1, initialFontName=REGULAR, initialFontSize=8
    )
    canvas.setTitle(title)
    canvas.setCreator("Portefeuille Santé")
    return canvas


def render_cards(
    cards: Sequence[CardSnapshot],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> bytes:
    """One card per page, page size ID-1, for a card printer. Raises ``Cancelled`` if
    ``cancelled()`` turns true before the end."""
    if not cards:
        raise ValueError("Aucune carte à imprimer.")
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, (CARD_WIDTH, CARD_HEIGHT), "Cartes d'assuré maladie")
    images = CardImages()
    total = len(cards)
    step(0, total, progress, cancelled)
    for done, card in enumerate(cards, start=1):
        draw_card(canvas, card, 0, 0, images)
        canvas.showPage()
        step(done, total, progress, cancelled)
    canvas.save()
    return buffer.getvalue()
