"""Conditions particulières of a health policy, in four copies (domain.md §2, §3, §15)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.documents.blocks import (
    accounting_lines,
    amount_in_words_line,
    boxes,
    percent,
    premium_breakdown,
    signatures,
)
from desktop_app.documents.layout import (
    PageHeading,
    data_table,
    day,
    key_values,
    money,
    para,
    render_pages,
    section,
    styles,
)
from desktop_app.documents.snapshots import BenefitLineSnapshot, ContractSnapshot
from desktop_app.domain.money import format_fcfa

TITLE = "CONDITIONS PARTICULIÈRES"

COPIES: tuple[tuple[str, bool], ...] = (
    # (heading, shows the accounting lines: commission and management fee are not the
    # subscriber's business, the company and the intermediary need them)
    ("Exemplaire Assuré", False),
    ("Exemplaire Compagnie", True),
    ("Exemplaire Intermédiaire", True),
    ("Exemplaire à nous retourner signé", False),
)


def _amount(value: int | None) -> str:
    """Amounts in table cells, without the currency (named once in the column heading)."""
    return "—" if value is None else format_fcfa(value, with_currency=False)


def _benefit_row(line: BenefitLineSnapshot) -> list[str]:
    if not line.covered:
        return [line.category_label, "Non", "—", "—", "—", "—", "—"]
    return [
        line.category_label,
        "Oui",
        percent(line.rate_pct) if line.rate_pct is not None else "de l'assuré",
        _amount(line.per_act_ceiling),
        _amount(line.annual_ceiling),
        "Oui" if line.prior_approval else "Non",
        # Blank is the general rule of §6 (individual policies), not "none": say so.
        (f"{line.waiting_days} jours" if line.waiting_days else "Aucune")
        if line.waiting_days is not None
        else "Règle générale",
    ]


def _copy_story(contract: ContractSnapshot, show_accounting: bool) -> list[Flowable]:
    st = styles()
    terms = contract.terms
    intermediary = contract.intermediary
    story: list[Flowable] = [
        para("Contrat d'assurance maladie — Conditions particulières", st.title),
        para(
            f"Police n° {contract.policy_number}   ·   Catégorie : {contract.category_label}"
            + (
                f"   ·   Réf. gestionnaire : {contract.administrator_ref}"
                if contract.administrator_ref
                else ""
            ),
            st.cell_center,
        ),
        Spacer(1, 3 * mm),
        boxes(
            [
                (
                    "Souscripteur",
                    [
                        contract.subscriber.name,
                        contract.subscriber.address,
                        f"Tél. {contract.subscriber.phone}" if contract.subscriber.phone else "",
                    ],
                ),
                (
                    "Intermédiaire",
                    [intermediary.name, f"Code {intermediary.code}"]
                    if intermediary
                    else ["Souscription directe"],
                ),
                ("Gestionnaire", [contract.administrator_name or "Gestion par la Compagnie"]),
            ]
        ),
        section("Durée et conditions du contrat"),
        key_values(
            [
                ("Date d'émission", day(contract.issue_date)),
                ("Date d'effet", day(contract.effective_date)),
                ("Date d'échéance", day(contract.expiry_date)),
                ("Tacite reconduction", "Oui" if terms.tacit_renewal else "Non"),
                ("Paiement de la prime", terms.payment_terms_label),
                ("Coassurance", terms.coinsurance_label),
                ("Préavis de résiliation", f"{terms.notice_days} jours avant l'échéance"),
                ("Système de gestion", contract.management_system_label),
                ("Réseau de soins", contract.care_network_label),
                (
                    "Plafond annuel global",
                    f"{money(contract.overall_annual_ceiling)} par personne"
                    if contract.overall_annual_ceiling is not None
                    else "Aucun",
                ),
            ],
            widths_mm=(33, 57),
            columns=2,
        ),
        section("Tableau des garanties"),
        data_table(
            [
                "Garantie",
                "Couverte",
                "Taux",
                "Plafond par acte (FCFA)",
                "Plafond annuel (FCFA)",
                "Entente préalable",
                "Délai de carence",
            ],
            [_benefit_row(line) for line in contract.benefits],
            widths_mm=(54, 16, 18, 26, 26, 20, 20),
            right=(3, 4),
            center=(1, 2, 5, 6),
        ),
        Spacer(1, 1.5 * mm),
        para(
            "Taux « de l'assuré » : le taux de couverture propre à chaque personne assurée "
            "(ci-dessous). « — » : pas de plafond propre à la garantie, dans la limite du "
            "plafond annuel global.",
            st.note,
        ),
        section(f"Personnes assurées et leurs garanties ({len(contract.persons)})"),
        _persons_table(contract),
        section(f"Décompte de la prime — quittance n° {contract.quittance_number}"),
        premium_breakdown(contract.premium),
        Spacer(1, 2 * mm),
        amount_in_words_line("Soit la somme de", contract.premium.total_in_words),
    ]
    if show_accounting:
        story += [
            section("Lignes comptables"),
            accounting_lines(
                contract.premium,
                intermediary.name if intermediary else "",
                contract.administrator_name or "",
            ),
        ]
    clause = para(
        "Les présentes conditions particulières complètent les conditions générales "
        "du contrat d'assurance maladie, dont le souscripteur reconnaît avoir reçu un "
        "exemplaire. Elles prévalent sur celles-ci en cas de contradiction.",
        st.small,
    )
    story.append(
        signatures(
            f"Fait à {contract.company.city or '…'}, le {day(contract.issue_date)}, "
            "en quatre exemplaires.",
            ("Le Souscripteur", "Date, signature, précédées de la mention « Lu et approuvé »"),
            ("Pour la Compagnie", "Signature et cachet"),
            lead=[Spacer(1, 3 * mm), clause],
        )
    )
    return story


def _persons_table(contract: ContractSnapshot) -> Flowable:
    rows: list[list[str]] = []
    for number, person in enumerate(contract.persons, start=1):
        rows.append(
            [
                str(number),
                person.matricule,
                person.name,
                person.relationship_label,
                day(person.birth_date),
                day(person.entry_date),
                percent(person.coverage_rate),
                str(person.zone),
                _amount(person.annual_ceiling),
                _amount(person.annual_premium),
            ]
        )
    total = sum(person.annual_premium for person in contract.persons)
    rows.append(
        [
            "",
            "",
            f"Total : {len(contract.persons)} personne(s)",
            "",
            "",
            "",
            "",
            "",
            "",
            _amount(total),
        ]
    )
    return data_table(
        [
            "N°",
            "Matricule",
            "Nom et prénoms",
            "Lien",
            "Né(e) le",
            "Entrée",
            "Taux",
            "Zone",
            "Plafond annuel (FCFA)",
            "Prime annuelle (FCFA)",
        ],
        rows,
        widths_mm=(7, 19.5, 38, 23.5, 17.5, 17.5, 11, 10, 18, 18),
        right=(8, 9),
        center=(0, 4, 5, 6, 7),
        total_row=True,
    )


def render_contract(contract: ContractSnapshot) -> bytes:
    """The four copies in one PDF, each starting on a new page, headed with its copy
    name and numbered "Page x / y" on its own."""
    copies = [
        (
            PageHeading(contract.company, TITLE, f"Police n° {contract.policy_number}", label),
            _copy_story(contract, show_accounting),
        )
        for label, show_accounting in COPIES
    ]
    return render_pages(copies, f"Conditions particulières — police {contract.policy_number}")
