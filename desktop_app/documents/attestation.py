"""The attestation d'assurance (domain.md §15): the company certifies that a person — or a
whole policy and its persons — is covered, on the day it is issued, for the policy year.
Rendered from its stored snapshot: a reprint says exactly the same thing."""

from __future__ import annotations

from xml.sax.saxutils import escape as escape_markup

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop_app.documents.blocks import percent
from desktop_app.documents.layout import (
    PageHeading,
    data_table,
    day,
    key_values,
    para,
    render_pages,
    rich,
    section,
    styles,
)
from desktop_app.documents.snapshots import AttestationSnapshot

TITLE = "ATTESTATION D'ASSURANCE"


def _certify(a: AttestationSnapshot) -> str:
    company = escape_markup(a.company.name)
    period = f"du {day(a.effective_date)} au {day(a.expiry_date)}"
    policy = (
        f"au titre du contrat d'assurance maladie n° <b>{escape_markup(a.policy_number)}</b> souscrit par "
        f"<b>{escape_markup(a.subscriber.name)}</b>"
    )
    if a.whole_policy:
        count = len(a.persons)
        who = (
            "la personne désignée ci-dessous est assurée"
            if count == 1
            else (f"les {count} personnes désignées ci-dessous sont assurées")
        )
        return (
            f"La compagnie <b>{company}</b> atteste que {who} {policy} (contrat {period}), "
            f"{'' if count == 1 else 'chacune '}pour la période indiquée, aux conditions "
            "générales et particulières de ce contrat."
        )
    p = a.persons[0]
    return (
        f"La compagnie <b>{company}</b> atteste que <b>{escape_markup(p.name)}</b>, né(e) le "
        f"{day(p.birth_date)}, matricule <b>{escape_markup(p.matricule)}</b>, est assuré(e) {policy}, du "
        f"{day(p.covered_from)} au {day(p.covered_until)}, aux conditions générales et "
        "particulières de ce contrat."
    )


def _story(a: AttestationSnapshot) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        para(TITLE, st.title),
        para(f"N° {a.number}", st.cell_center),
        Spacer(1, 6 * mm),
        rich(_certify(a), st.body),
        section("Contrat"),
        key_values(
            [
                ("Police n°", a.policy_number),
                ("Souscripteur", a.subscriber.name),
                ("Catégorie", a.category_label),
                ("Gestionnaire", a.administrator_name or "Gestion par la Compagnie"),
                ("Prise d'effet", day(a.effective_date)),
                ("Échéance", day(a.expiry_date)),
            ],
            widths_mm=(34, 56),
            columns=2,
        ),
        section("Personne assurée" if len(a.persons) == 1 else "Personnes assurées"),
        data_table(
            [
                "Matricule",
                "Nom et prénoms",
                "Qualité",
                "Né(e) le",
                "Couvert(e) du",
                "au",
                "Taux",
                "Zone",
            ],
            [
                [
                    p.matricule,
                    p.name,
                    p.role,
                    day(p.birth_date),
                    day(p.covered_from),
                    day(p.covered_until),
                    percent(p.coverage_rate),
                    str(p.zone),
                ]
                for p in a.persons
            ],
            widths_mm=(24, 46, 26, 20, 20, 20, 12, 12),
            center=(3, 4, 5, 6, 7),
        ),
        Spacer(1, 4 * mm),
        para(
            "La présente attestation est délivrée à la demande de l'intéressé(e) pour servir et "
            "valoir ce que de droit. Elle ne vaut que pour la période indiquée et sous réserve "
            "du paiement des primes ; elle ne préjuge pas de la prise en charge d'un soin, "
            "appréciée selon les garanties du contrat à la date des soins.",
            st.small,
        ),
        KeepTogether(
            [
                Spacer(1, 6 * mm),
                para(f"Fait à {a.company.city or '…'}, le {day(a.issue_date)}.", st.body),
                Spacer(1, 3 * mm),
                rich(
                    "<b>Pour la Compagnie</b><br/>"
                    "<font size=6.5 color='#5A6270'>Signature et cachet</font>",
                    st.small,
                ),
                Spacer(1, 22 * mm),
            ]
        ),
    ]
    return story


def render_attestation(a: AttestationSnapshot) -> bytes:
    heading = PageHeading(a.company, TITLE, f"Police {a.policy_number} — {a.number}")
    return render_pages([(heading, _story(a))], f"Attestation d'assurance {a.number}")
