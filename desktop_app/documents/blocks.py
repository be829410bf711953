"""Blocks shared by several documents: the premium breakdown, the accounting lines, the
parties box and the signature block."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from desktop_app.documents.layout import NAVY, PALE, RULE, para, rich, styles, table_style
from desktop_app.documents.snapshots import PremiumSnapshot
from desktop_app.domain.money import NBSP, format_fcfa, format_rate


def premium_breakdown(premium: PremiumSnapshot, width_mm: float = 180) -> Table:
    """Prime nette + accessoires + taxes = prime TTC, one amount per line so that the sum
    can be checked by eye (domain.md §5)."""
    st = styles()
    base = premium.net + premium.fees
    rows = [
        ("Prime nette", "", premium.net),
        ("+ Accessoires (coût de police)", "", premium.fees),
        ("+ Taxes", f"{format_rate(premium.tax_rate)} × {format_fcfa(base)}", premium.taxes),
        ("= Prime TTC", "prime nette + accessoires + taxes", premium.total),
    ]
    data = [
        [
            para(label, st.cell_bold if i == 3 else st.cell),
            para(detail, st.label),
            para(format_fcfa(amount), st.cell_right if i < 3 else _bold_right()),
        ]
        for i, (label, detail, amount) in enumerate(rows)
    ]
    widths = [70 * mm, (width_mm - 110) * mm, 40 * mm]
    table = Table(data, colWidths=widths)
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, NAVY),
                ("LINEBELOW", (0, 0), (-1, -3), 0.25, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 1, NAVY),
                ("BACKGROUND", (0, -1), (-1, -1), PALE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _bold_right() -> object:
    st = styles()
    return st.cell_right.clone("bold_right", fontName=st.cell_bold.fontName, fontSize=8.5)


def amount_in_words_line(prefix: str, premium_total_words: str) -> Flowable:
    """ "Arrêtée la présente quittance à la somme de : …" in words, as offices write it."""
    st = styles()
    # "francs CFA" must not break before "CFA".
    words = premium_total_words.replace(" CFA", NBSP + "CFA")
    lead = escape(prefix.rstrip(" :")) + "\u00a0:"
    return rich(f"{lead} <b>{words}</b>.", st.body)


def accounting_lines(
    premium: PremiumSnapshot, intermediary: str, administrator: str, width_mm: float = 180
) -> Table:
    """Commission and management fee, computed on the prime nette (domain.md §5)."""
    st = styles()
    rows = [
        (
            f"Commission de l'intermédiaire{' : ' + intermediary if intermediary else ''}",
            f"{format_rate(premium.commission_rate)} × {format_fcfa(premium.net)}",
            premium.commission,
        ),
        (
            f"Honoraires de gestion{' : ' + administrator if administrator else ''}",
            f"{format_rate(premium.management_fee_rate)} × {format_fcfa(premium.net)}",
            premium.management_fee,
        ),
    ]
    data = [
        [para(label, st.cell), para(detail, st.label), para(format_fcfa(amount), st.cell_right)]
        for label, detail, amount in rows
    ]
    table = Table(data, colWidths=[90 * mm, (width_mm - 130) * mm, 40 * mm])
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def boxes(columns: Sequence[tuple[str, Sequence[str]]], width_mm: float = 180) -> Table:
    """Side-by-side framed boxes, each with a small title, a bold first line and details:
    the parties of a contract, the addressee of a quittance."""
    st = styles()
    cells = []
    for title, lines in columns:
        content: list[Flowable] = [para(title, st.label)]
        for i, line in enumerate(lines):
            if line:
                content.append(para(line, st.cell_bold if i == 0 else st.cell))
        cells.append(content)
    width = width_mm / len(columns) * mm
    table = Table([cells], colWidths=[width] * len(columns))
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def signatures(
    place_date: str, left: tuple[str, str], right: tuple[str, str], lead: Sequence[Flowable] = ()
) -> Flowable:
    """ "Fait à …" then two signature boxes (title and a hint such as "Lu et approuvé");
    kept on one page with ``lead`` (the closing clause) so that nobody signs a page
    holding no text."""
    st = styles()
    cells = [
        [
            rich(f"<b>{title}</b><br/><font size=6.5 color='#5A6270'>{hint}</font>", st.small)
            for title, hint in (left, right)
        ]
    ]
    table = Table(cells + [["", ""]], colWidths=[90 * mm, 90 * mm], rowHeights=[None, 24 * mm])
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (0, -1), 0.5, RULE),
                ("BOX", (1, 0), (1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F5F7FA")),
            ]
        )
    )
    return KeepTogether(
        [*lead, Spacer(1, 3 * mm), para(place_date, st.body), Spacer(1, 2 * mm), table]
    )


def percent(value: int) -> str:
    """A whole-percent rate as printed: ``80 %`` with a no-break space."""
    return f"{value}{NBSP}%"
