"""The décompte statement sent to the member or the provider (domain.md §10.2)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.documents.blocks import amount_in_words_line, boxes, percent, signatures
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
from desktop_app.documents.snapshots import ClaimLineSnapshot, ClaimStatementSnapshot
from desktop_app.documents.words import amount_in_words_fr
from desktop_app.domain.money import format_fcfa

TITLE = "DÉCOMPTE DE PRESTATIONS"


def _n(amount: int) -> str:
    return format_fcfa(amount, with_currency=False)


def _remark(line: ClaimLineSnapshot) -> str:
    parts = []
    if line.excluded and line.exclusion_reason:
        parts.append(f"Exclu : {line.exclusion_reason}")
    if line.cap_label:
        parts.append(line.cap_label)
    return " ; ".join(parts)


def _story(statement: ClaimStatementSnapshot) -> list[Flowable]:
    st = styles()
    rows = [
        [
            day(line.care_date),
            line.prestation_number,
            line.category_label,
            _n(line.claimed),
            _n(line.cmu_share),
            _n(line.excluded),
            _n(line.base),
            _n(line.reimbursed),
            _n(line.member_pays),
            _remark(line),
        ]
        for line in statement.lines
    ]
    rows.append(
        [
            "",
            "",
            "Total",
            _n(statement.total_claimed),
            _n(statement.total_cmu_share),
            _n(statement.total_excluded),
            _n(statement.total_base),
            _n(statement.total_reimbursed),
            _n(statement.total_member_pays),
            "",
        ]
    )
    return [
        para(f"Décompte du dossier n° {statement.claim_number}", st.title),
        Spacer(1, 2 * mm),
        boxes(
            [
                (
                    "Personne soignée",
                    [
                        statement.person_name,
                        f"Matricule {statement.matricule}",
                        f"Police n° {statement.policy_number}",
                        statement.subscriber_name,
                    ],
                ),
                ("Prestataire", [statement.provider_name]),
                (
                    "Bénéficiaire du règlement",
                    [statement.payee_name, statement.management_system_label],
                ),
            ]
        ),
        section("Références"),
        key_values(
            [
                ("Dossier reçu le", day(statement.reception_date)),
                ("Décompte établi le", day(statement.statement_date)),
                ("Système de gestion", statement.management_system_label),
                (
                    "Taux de couverture",
                    percent(statement.coverage_rate)
                    if statement.coverage_rate is not None
                    else "—",
                ),
            ],
            widths_mm=(32, 58),
            columns=2,
        ),
        section("Détail des prestations (montants en FCFA)"),
        data_table(
            [
                "Date",
                "N° prest.",
                "Acte",
                "Réclamé",
                "Part CMU",
                "Exclu",
                "Base",
                "Remboursé",
                "Reste à charge",
                "Observation",
            ],
            rows,
            widths_mm=(17.5, 14, 25, 16, 13, 13, 16, 19, 16, 30.5),
            right=(3, 4, 5, 6, 7, 8),
            center=(0, 1),
            total_row=True,
        ),
        Spacer(1, 1.5 * mm),
        para(
            "Base = réclamé − part CMU − exclu. Remboursé = base × taux, dans la limite du "
            "plafond par acte et de ce qui reste des plafonds annuels. Reste à charge = "
            "réclamé − part CMU − remboursé (ticket modérateur, exclusions, dépassements de "
            "plafond).",
            st.note,
        ),
        section("Montant remboursé"),
        para(
            f"{format_fcfa(statement.total_reimbursed)} à régler à {statement.payee_name}.",
            st.cell_bold,
        ),
        Spacer(1, 1 * mm),
        amount_in_words_line("Soit :", amount_in_words_fr(statement.total_reimbursed)),
        signatures(
            f"Fait à {statement.company.city or '…'}, le {day(statement.statement_date)}.",
            ("Le gestionnaire du dossier", "Nom et signature"),
            ("Pour la Compagnie", "Signature et cachet"),
        ),
    ]


def render_claim_statement(statement: ClaimStatementSnapshot) -> bytes:
    heading = PageHeading(statement.company, TITLE, f"Dossier n° {statement.claim_number}")
    return render_pages([(heading, _story(statement))], f"Décompte {statement.claim_number}")
