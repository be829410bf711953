"""The endorsement (avenant, domain.md §8, §15): what changed, from when, for whom, what it
costs or gives back, and which cards it issues or makes invalid. Printed in two copies:
one for the subscriber, one to return signed."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.documents.blocks import boxes, premium_breakdown, signatures
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
from desktop_app.documents.snapshots import EndorsementSnapshot
from desktop_app.domain.money import format_fcfa, format_rate

TITLE = "AVENANT"
COPIES = ("Exemplaire Assuré", "Exemplaire à nous retourner signé")


def _rate(rate: Decimal) -> str:
    if rate == 0:
        return "aucun"
    text = format_rate(abs(rate))
    return f"+{text}" if rate > 0 else f"−{text}"


def _amount(value: int) -> str:
    return format_fcfa(value, with_currency=False) if value else "—"


def _story(e: EndorsementSnapshot, copy: str) -> list[Flowable]:
    st = styles()
    intermediary = e.intermediary
    rows = [
        [
            m.kind_label,
            m.matricule,
            m.name,
            day(m.day),
            m.description,
            _amount(m.annual_before),
            _amount(m.annual_after),
            str(m.days) if m.days else "—",
            format_fcfa(m.prorated, with_currency=False) if m.days else "—",
        ]
        for m in e.movements
    ]
    story: list[Flowable] = [
        para(copy, st.cell_center),
        para(f"Avenant n° {e.number} à la police n° {e.policy_number}", st.title),
        para(e.kind_label, st.cell_center),
        Spacer(1, 3 * mm),
        boxes(
            [
                ("Souscripteur", [e.subscriber.name, e.subscriber.address]),
                (
                    "Intermédiaire",
                    [intermediary.name, f"Code {intermediary.code}"]
                    if intermediary
                    else ["Souscription directe"],
                ),
                ("Gestionnaire", [e.administrator_name or "Gestion par la Compagnie"]),
            ]
        ),
        section("Références"),
        key_values(
            [
                ("Police n°", e.policy_number),
                ("Avenant n°", str(e.number)),
                ("Date d'émission", day(e.issue_date)),
                ("Prend effet le", day(e.effective_date)),
                ("Échéance de la police", day(e.expiry_date)),
                ("Demande reçue le", day(e.received_on) or "—"),
                ("Lettre du souscripteur du", day(e.letter_date) or "—"),
                ("Quittance", e.quittance_number or "Sans incidence sur la prime"),
            ],
            widths_mm=(34, 56),
            columns=2,
        ),
    ]
    if e.adjustment is not None:
        story += _adjustment(e)
    if e.movements or e.adjustment is None:
        story += _movements(e, rows)
    story += _rest(e)
    return story


def _adjustment(e: EndorsementSnapshot) -> list[Flowable]:
    """A renewal's loss ratio (§9): S, P, S/P, the row of the clause and the change."""
    a = e.adjustment
    assert a is not None
    st = styles()
    applied = _rate(a.rate)
    if a.rate != a.table_rate:
        applied += f" (barème : {_rate(a.table_rate)} ; motif : {a.reason})"
    return [
        section(f"Ajustement selon la sinistralité de {a.year_ending}"),
        key_values(
            [
                ("Sinistres réglés (S)", format_fcfa(a.claims_paid)),
                ("Sinistres en cours (S)", format_fcfa(a.claims_outstanding)),
                ("Total des sinistres S", format_fcfa(a.claims_paid + a.claims_outstanding)),
                ("Primes nettes acquises P", format_fcfa(a.earned_premium)),
                ("S/P", a.ratio_label),
                ("Ligne du barème", a.band_label),
                ("Ajustement appliqué", applied),
                ("Personnes reconduites", str(a.persons_carried)),
                ("Primes annuelles avant", format_fcfa(a.net_before)),
                ("Primes annuelles après", format_fcfa(a.net_after)),
            ],
            widths_mm=(34, 56),
            columns=2,
        ),
        Spacer(1, 1.5 * mm),
        para(
            "S = sinistres réglés et en cours pour les soins des douze mois précédant "
            "l'échéance ; P = primes nettes de l'année, hors accessoires et taxes. Chaque "
            "personne est retarifée à son âge au 1er janvier, puis la prime est ajustée.",
            st.note,
        ),
    ]


def _movements(e: EndorsementSnapshot, rows: list[list[str]]) -> list[Flowable]:
    st = styles()
    if not rows:
        return [section("Mouvements"), para("Aucune sortie.", st.body)]
    return [
        section("Mouvements"),
        data_table(
            [
                "Mouvement",
                "Matricule",
                "Nom et prénoms",
                "À compter du",
                "Détail",
                "Prime annuelle avant",
                "Prime annuelle après",
                "Jours",
                "Prime (FCFA)",
            ],
            rows,
            widths_mm=(21, 19, 29, 19, 33, 16, 16, 11, 16),
            right=(5, 6, 8),
            center=(3, 7),
        ),
        Spacer(1, 1.5 * mm),
        para(
            "Prime = prime annuelle (ou sa différence) × jours jusqu'au 31 décembre ÷ jours de "
            "l'année ; la prime nette de la quittance est arrondie une seule fois.",
            st.note,
        ),
    ]


def _rest(e: EndorsementSnapshot) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = []
    if e.premium is not None:
        story += [section("Montant de la quittance"), premium_breakdown(e.premium)]
    if e.cards_issued or e.cards_invalid:
        story.append(section("Cartes d'assuré"))
        story += [para(f"Nouvelle carte : {text}", st.body) for text in e.cards_issued]
        story += [para(f"Carte à restituer : {text}", st.body) for text in e.cards_invalid]
    if e.notes:
        story += [section("Observations"), para(e.notes, st.body)]
    story += [
        para(
            "Les autres conditions de la police demeurent inchangées.",
            st.body,
        ),
        signatures(
            f"Fait à {e.company.city or '…'}, le {day(e.issue_date)}.",
            ("Le Souscripteur", "Lu et approuvé, date et signature"),
            ("Pour la Compagnie", "Signature et cachet"),
        ),
    ]
    return story


def render_endorsement(e: EndorsementSnapshot) -> bytes:
    heading = PageHeading(e.company, TITLE, f"Police {e.policy_number} — n° {e.number}")
    return render_pages(
        [(heading, _story(e, copy)) for copy in COPIES],
        f"Avenant {e.number} — police {e.policy_number}",
    )
