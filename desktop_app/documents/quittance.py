"""The quittance (premium receipt), or a ristourne when its amounts are negative (§5)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.documents.blocks import (
    accounting_lines,
    amount_in_words_line,
    boxes,
    premium_breakdown,
    signatures,
)
from desktop_app.documents.layout import (
    PageHeading,
    data_table,
    day,
    key_values,
    para,
    render_pages,
    section,
    styles,
)
from desktop_app.documents.snapshots import QuittanceSnapshot
from desktop_app.documents.words import amount_in_words_fr
from desktop_app.domain.money import format_fcfa


def _title(quittance: QuittanceSnapshot) -> str:
    return "QUITTANCE DE RISTOURNE" if quittance.is_refund else "QUITTANCE DE PRIME"


def _lines_table(quittance: QuittanceSnapshot) -> list[Flowable]:
    st = styles()
    rows = [
        [
            line.matricule,
            line.name,
            format_fcfa(line.annual_premium, with_currency=False),
            day(line.start),
            day(line.end),
            str(line.days),
            format_fcfa(line.prorated, with_currency=False),
        ]
        for line in quittance.lines
    ]
    rows.append(
        [
            "",
            "Prime nette de la quittance",
            "",
            "",
            "",
            "",
            format_fcfa(quittance.premium.net, with_currency=False),
        ]
    )
    story: list[Flowable] = [
        section("Détail de la prime nette par personne"),
        data_table(
            [
                "Matricule",
                "Nom et prénoms",
                "Prime annuelle (FCFA)",
                "Du",
                "Au",
                "Jours",
                "Prime nette (FCFA)",
            ],
            rows,
            widths_mm=(22, 56, 25, 19, 19, 12, 27),
            right=(2, 6),
            center=(3, 4, 5),
            total_row=True,
        ),
        Spacer(1, 1.5 * mm),
    ]
    note = "Prime nette = prime annuelle × jours couverts ÷ jours de l'année."
    if sum(line.prorated for line in quittance.lines) != quittance.premium.net:
        note += (
            " Les montants par personne sont arrondis pour l'affichage ; la prime nette de "
            "la quittance est calculée exactement puis arrondie une seule fois."
        )
    story.append(para(note, st.note))
    return story


def _story(quittance: QuittanceSnapshot) -> list[Flowable]:
    st = styles()
    premium = quittance.premium
    intermediary = quittance.intermediary
    story: list[Flowable] = [
        para(f"{_title(quittance).capitalize()} n° {quittance.number}", st.title),
        para(quittance.act_label, st.cell_center),
        Spacer(1, 3 * mm),
        boxes(
            [
                (
                    "Souscripteur",
                    [
                        quittance.subscriber.name,
                        quittance.subscriber.address,
                        f"Tél. {quittance.subscriber.phone}" if quittance.subscriber.phone else "",
                    ],
                ),
                (
                    "Intermédiaire",
                    [intermediary.name, f"Code {intermediary.code}"]
                    if intermediary
                    else ["Souscription directe"],
                ),
                ("Gestionnaire", [quittance.administrator_name or "Gestion par la Compagnie"]),
            ]
        ),
        section("Références"),
        key_values(
            [
                ("Police n°", quittance.policy_number),
                ("Catégorie", quittance.category_label or "—"),
                ("Nature de l'acte", quittance.act_label),
                ("Date d'émission", day(quittance.issue_date)),
                (
                    "Période couverte",
                    f"du {day(quittance.period_start)} au {day(quittance.period_end)}",
                ),
                ("Date d'échéance", day(quittance.due_date)),
            ],
            widths_mm=(30, 60),
            columns=2,
        ),
    ]
    if quittance.cancels_number:
        story += [
            Spacer(1, 2 * mm),
            para(f"Cette quittance annule la quittance n° {quittance.cancels_number}.", st.body),
        ]
    if quittance.lines:
        story += _lines_table(quittance)
    story += [section("Montant"), premium_breakdown(premium), Spacer(1, 2 * mm)]
    if quittance.is_refund:
        story.append(
            amount_in_words_line(
                "Montant à rembourser au souscripteur :", amount_in_words_fr(-premium.total)
            )
        )
    else:
        story.append(
            amount_in_words_line(
                "Arrêtée la présente quittance à la somme de :", premium.total_in_words
            )
        )
    story += [
        section("Lignes comptables"),
        accounting_lines(
            premium, intermediary.name if intermediary else "", quittance.administrator_name or ""
        ),
        signatures(
            f"Fait à {quittance.company.city or '…'}, le {day(quittance.issue_date)}.",
            ("Pour acquit", "Date, mode et référence du paiement"),
            ("Pour la Compagnie", "Signature et cachet"),
        ),
    ]
    return story


def render_quittance(quittance: QuittanceSnapshot) -> bytes:
    heading = PageHeading(quittance.company, _title(quittance), f"N° {quittance.number}")
    return render_pages([(heading, _story(quittance))], f"Quittance {quittance.number}")
