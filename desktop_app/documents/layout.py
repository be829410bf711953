"""The common frame of A4 documents: company header, footer, "Page x / y", styles, tables.

Sizes are in millimetres. A document may hold several copies (the contract's four
exemplaires); each copy is a page group with its own heading and its own page count.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from desktop_app.documents.fonts import BOLD, ITALIC, REGULAR, fit_text, register_fonts
from desktop_app.documents.images import ImageCache
from desktop_app.documents.snapshots import CompanySnapshot
from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_fcfa

NAVY = colors.HexColor("#1F3A5F")
PALE = colors.HexColor("#E6EDF6")
ZEBRA = colors.HexColor("#F5F7FA")
RULE = colors.HexColor("#B8C4D6")
GREY = colors.HexColor("#5A6270")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
HEADER_HEIGHT = 34 * mm  # from the top edge to the first line of the body
FOOTER_HEIGHT = 18 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


def money(amount: int | None) -> str:
    """``125 000 FCFA`` with no-break spaces (never split across lines); ``—`` for none."""
    return "—" if amount is None else format_fcfa(amount)


def day(value: date | None) -> str:
    return format_date(value)


# --- styles ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    title: ParagraphStyle
    section: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    head_center: ParagraphStyle
    label: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=11)
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=7.5, leading=9.2)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, textColor=colors.white)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5),
        note=ParagraphStyle(
            "note", parent=body, fontName=ITALIC, fontSize=7, leading=9, textColor=GREY
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
            textColor=NAVY,
            spaceAfter=2 * mm,
        ),
        section=ParagraphStyle(
            "section",
            parent=body,
            fontName=BOLD,
            fontSize=9.5,
            leading=12,
            textColor=NAVY,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        head=head,
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        head_center=ParagraphStyle("head_center", parent=head, alignment=TA_CENTER),
        label=ParagraphStyle("label", parent=cell, textColor=GREY),
    )


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose plain-string cells use DejaVu too (ReportLab's default is
    Helvetica, which would be embedded for the empty cells)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: names like "Kouadio & Associés" are escaped, not parsed."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def rich(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of trusted markup (``<b>``…) built by the renderer itself."""
    return Paragraph(markup, style)


def section(title: str) -> Paragraph:
    return para(title, styles().section)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths_mm: Sequence[float],
    right: Sequence[int] = (),
    center: Sequence[int] = (),
    total_row: bool = False,
) -> Table:
    """A table with a navy header repeated on every page, zebra rows and hairline rules.
    Cells given as ``str`` are wrapped in paragraphs aligned per column."""
    st = styles()

    def cell(value: Any, column: int, bold: bool = False) -> Any:
        if not isinstance(value, str):
            return value
        style = (
            st.cell_right if column in right else st.cell_center if column in center else st.cell
        )
        if bold:
            style = ParagraphStyle("bold", parent=style, fontName=BOLD)
        return para(value, style)

    head = [
        para(text, st.head_right if i in right else st.head_center if i in center else st.head)
        for i, text in enumerate(header)
    ]
    body = [
        [cell(value, i, total_row and r == len(rows) - 1) for i, value in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    table = Table([head, *body], colWidths=[w * mm for w in widths_mm], repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, NAVY),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r in range(2, len(body) + 1, 2):
        commands.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if total_row and body:
        commands += [
            ("BACKGROUND", (0, -1), (-1, -1), PALE),
            ("LINEABOVE", (0, -1), (-1, -1), 0.75, NAVY),
        ]
    table.setStyle(table_style(commands))
    return table


def key_values(
    pairs: Sequence[tuple[str, str]], widths_mm: tuple[float, float] = (45, 135), columns: int = 1
) -> Table:
    """Label / value pairs, ``columns`` pairs side by side, framed lightly."""
    st = styles()
    cells = [(para(label, st.label), para(value, st.cell_bold)) for label, value in pairs]
    rows = []
    for start in range(0, len(cells), columns):
        chunk = cells[start : start + columns]
        chunk += [(para("", st.label), para("", st.cell))] * (columns - len(chunk))
        rows.append([item for pair in chunk for item in pair])
    widths = [w * mm for w in widths_mm] * columns
    table = Table(rows, colWidths=widths)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


# --- pages ------------------------------------------------------------------------------


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """Defers each page so that "Page x / y" can be drawn once the count is known; pages
    are counted per group (``page_group``), so each copy of a contract counts from 1."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.page_group = ""

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["page_group"] for page in self._pages)
        seen: Counter[str] = Counter()
        for page in self._pages:
            self.__dict__.update(page)
            seen[self.page_group] += 1
            self.setFont(REGULAR, 7.5)
            self.setFillColor(GREY)
            self.drawRightString(
                PAGE_WIDTH - MARGIN_X,
                9 * mm,
                f"Page {seen[self.page_group]} / {totals[self.page_group]}",
            )
            super().showPage()
        super().save()


@dataclass(frozen=True)
class PageHeading:
    """What the header of every page says: the document, its reference, the copy."""

    company: CompanySnapshot
    title: str  # "CONDITIONS PARTICULIÈRES", "QUITTANCE DE PRIME"…
    reference: str  # "Police n° MAL-2026-000123"
    copy_label: str = ""  # "Exemplaire Assuré"…


def _draw_page(canvas: Any, heading: PageHeading, logos: ImageCache) -> None:
    canvas.saveState()
    canvas.page_group = heading.copy_label
    company = heading.company
    top = PAGE_HEIGHT - 10 * mm
    text_x = MARGIN_X
    logo = logos.get(company.logo)
    if logo is not None:
        canvas.drawImage(
            logo,
            MARGIN_X,
            top - 18 * mm,
            18 * mm,
            18 * mm,
            preserveAspectRatio=True,
            anchor="nw",
            mask="auto",
        )
        text_x += 21 * mm
    # The left block stops short of the document title on the right, whatever the names.
    room = PAGE_WIDTH - MARGIN_X - 62 * mm - text_x
    name, size = fit_text(company.name, BOLD, 12, room, 8)
    canvas.setFillColor(NAVY)
    canvas.setFont(BOLD, size)
    canvas.drawString(text_x, top - 4.5 * mm, name)
    canvas.setFillColor(GREY)
    lines = [
        company.address,
        " — ".join(
            p
            for p in (company.city, f"Tél. {company.phone}" if company.phone else "", company.email)
            if p
        ),
    ]
    y = top - 9 * mm
    for line in lines:
        if line:
            fitted, size = fit_text(line, REGULAR, 7.5, room, 6)
            canvas.setFont(REGULAR, size)
            canvas.drawString(text_x, y, fitted)
            y -= 3.6 * mm
    right = PAGE_WIDTH - MARGIN_X
    canvas.setFillColor(NAVY)
    canvas.setFont(BOLD, 10.5)
    canvas.drawRightString(right, top - 4.5 * mm, heading.title)
    canvas.setFont(REGULAR, 8.5)
    canvas.drawRightString(right, top - 9 * mm, heading.reference)
    if heading.copy_label:
        canvas.setFont(BOLD, 8.5)
        width = canvas.stringWidth(heading.copy_label, BOLD, 8.5) + 6 * mm
        canvas.roundRect(right - width, top - 18.5 * mm, width, 6 * mm, 1.2 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.drawCentredString(right - width / 2, top - 16.5 * mm, heading.copy_label)
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(0.8)
    canvas.line(
        MARGIN_X, PAGE_HEIGHT - HEADER_HEIGHT + 4 * mm, right, PAGE_HEIGHT - HEADER_HEIGHT + 4 * mm
    )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, 13 * mm, right, 13 * mm)
    canvas.setFillColor(GREY)
    footer = " — ".join(
        p
        for p in (
            company.name,
            f"Agrément {company.licence_number}" if company.licence_number else "",
            company.address,
        )
        if p
    )
    footer, size = fit_text(footer, REGULAR, 6.5, BODY_WIDTH - 22 * mm, 5.5)
    canvas.setFont(REGULAR, size)
    canvas.drawString(MARGIN_X, 9 * mm, footer)
    canvas.restoreState()


def render_pages(copies: Sequence[tuple[PageHeading, list[Flowable]]], title: str) -> bytes:
    """Build one PDF of one or more copies; each copy starts on a new page under its own
    heading and is numbered "Page x / y" on its own."""
    register_fonts()
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=copies[0][0].company.name,
        creator="Portefeuille Santé",
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=HEADER_HEIGHT,
        bottomMargin=FOOTER_HEIGHT,
        initialFontName=REGULAR,
    )
    logos = ImageCache(keep_alpha=True)
    frame_height = PAGE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT
    templates = []
    story: list[Flowable] = []
    for index, (heading, flowables) in enumerate(copies):
        template_id = f"copy{index}"
        frame = Frame(
            MARGIN_X,
            FOOTER_HEIGHT,
            BODY_WIDTH,
            frame_height,
            id=template_id,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates.append(
            PageTemplate(
                id=template_id,
                frames=[frame],
                onPage=lambda canvas, _doc, h=heading: _draw_page(canvas, h, logos),
            )
        )
        if index:
            story += [NextPageTemplate(template_id), PageBreak()]
        story += flowables
    document.addPageTemplates(templates)
    document.build(story, canvasmaker=NumberedCanvas)
    return buffer.getvalue()
