"""A4 sheets of member cards with cutting marks; the layout is data (pretix badges style)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from desktop_app.documents.batch import CancelledFn, ProgressFn, step
from desktop_app.documents.card import CardImages, draw_card, new_canvas
from desktop_app.documents.snapshots import CardSnapshot

MARK = HexColor("#404040")
OUTLINE = HexColor("#C8CED8")


@dataclass(frozen=True)
class SheetLayout:
    """Where cards sit on a sheet, all in millimetres; margins centre the grid."""

    page_width: float = 210.0
    page_height: float = 297.0
    columns: int = 2
    rows: int = 5
    card_width: float = 85.6
    card_height: float = 54.0
    gap_x: float = 8.0
    gap_y: float = 2.0
    mark_length: float = 4.0
    mark_offset: float = 1.0  # space between the card edge's line and the mark
    outline: bool = True  # a hairline round each card, for scissors
    corner_radius: float = 3.18  # ID-1 rounded corners

    def __post_init__(self) -> None:
        if self.margin_left < self.mark_offset or self.margin_bottom < self.mark_offset:
            raise ValueError("Les cartes ne tiennent pas sur la feuille avec ces marges.")

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def margin_left(self) -> float:
        used = self.columns * self.card_width + (self.columns - 1) * self.gap_x
        return (self.page_width - used) / 2

    @property
    def margin_bottom(self) -> float:
        used = self.rows * self.card_height + (self.rows - 1) * self.gap_y
        return (self.page_height - used) / 2

    def slot(self, index: int) -> tuple[float, float]:
        """Lower-left corner (mm) of the card at ``index`` on its sheet: rows from the top,
        left to right, the way a clerk reads them."""
        row, column = divmod(index % self.per_sheet, self.columns)
        x = self.margin_left + column * (self.card_width + self.gap_x)
        top = self.page_height - self.margin_bottom - row * (self.card_height + self.gap_y)
        return x, top - self.card_height


A4_TEN = SheetLayout()


def _cutting_marks(canvas: Any, layout: SheetLayout) -> None:
    """Short marks in the page margins, in line with every card edge."""
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(0.3)
    left, bottom = layout.margin_left, layout.margin_bottom
    right, top = layout.page_width - left, layout.page_height - bottom
    near, far = layout.mark_offset, layout.mark_offset + layout.mark_length
    for column in range(layout.columns):
        x0 = left + column * (layout.card_width + layout.gap_x)
        for x in (x0, x0 + layout.card_width):
            canvas.line(x * mm, (top + near) * mm, x * mm, (top + far) * mm)
            canvas.line(x * mm, (bottom - near) * mm, x * mm, (bottom - far) * mm)
    for row in range(layout.rows):
        y1 = top - row * (layout.card_height + layout.gap_y)
        for y in (y1, y1 - layout.card_height):
            canvas.line((left - near) * mm, y * mm, (left - far) * mm, y * mm)
            canvas.line((right + near) * mm, y * mm, (right + far) * mm, y * mm)


def render_card_sheets(
    cards: Sequence[CardSnapshot],
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    layout: SheetLayout = A4_TEN,
) -> bytes:
    """Cards on A4 sheets (10 per sheet by default) with cutting marks."""
    if not cards:
        raise ValueError("Aucune carte à imprimer.")
    buffer = io.BytesIO()
    canvas = new_canvas(
        buffer,
        (layout.page_width * mm, layout.page_height * mm),
        "Planches de cartes d'assuré maladie",
    )
    images = CardImages()
    total = len(cards)
    step(0, total, progress, cancelled)
    for done, card in enumerate(cards, start=1):
        index = done - 1
        if index % layout.per_sheet == 0:
            if index:
                canvas.showPage()
            _cutting_marks(canvas, layout)
        x, y = layout.slot(index)
        if layout.outline:
            canvas.setStrokeColor(OUTLINE)
            canvas.setLineWidth(0.25)
            canvas.roundRect(
                x * mm,
                y * mm,
                layout.card_width * mm,
                layout.card_height * mm,
                layout.corner_radius * mm,
                stroke=1,
                fill=0,
            )
        draw_card(canvas, card, x * mm, y * mm, images)
        step(done, total, progress, cancelled)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
