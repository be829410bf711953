"""The payment order (ordre de paiement) of one or more assessed décomptes (§10.3)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.documents.blocks import amount_in_words_line, signatures
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
from desktop_app.documents.snapshots import PaymentOrderSnapshot
from desktop_app.domain.money import format_fcfa

TITLE = "ORDRE DE PAIEMENT"


def _story(order: PaymentOrderSnapshot) -> list[Flowable]:
    st = styles()
    rows = [
        [
            str(i),
            item.claim_number,
            item.person_name,
            item.payee_name,
            format_fcfa(item.amount, with_currency=False),
        ]
        for i, item in enumerate(order.items, start=1)
    ]
    rows.append(
        [
            "",
            "",
            f"Total : {len(order.items)} décompte(s)",
            "",
            format_fcfa(order.total, with_currency=False),
        ]
    )
    payees = order.payees
    banner: list[Flowable] = []
    if order.cancelled_on is not None:
        banner = [
            para(f"ORDRE ANNULÉ le {day(order.cancelled_on)} : {order.cancel_reason}", st.title),
            para("Cet ordre ne peut plus être réglé.", st.body),
            Spacer(1, 2 * mm),
        ]
    after: list[Flowable] = []
    if order.notes:
        after = [section("Depuis le règlement"), *(para(note, st.body) for note in order.notes)]
    if order.signed:
        assert order.signed_on is not None
        signed = f"{order.signatory}, le {day(order.signed_on)} à {order.signed_time}"
        signature = ("Le signataire", f"Signé dans le programme par {signed}")
    elif order.signatory:  # an order paid before signatures were recorded
        signed = signature_name = order.signatory
        signature = ("Le signataire", signature_name)
    else:
        signed = "EN ATTENTE DE SIGNATURE — ne peut pas être réglé"
        signature = ("Le signataire", "À signer")
    return [
        *banner,
        para(f"Ordre de paiement n° {order.number}", st.title),
        Spacer(1, 2 * mm),
        key_values(
            [
                ("Date de l'ordre", day(order.order_date)),
                ("Signataire", signed),
                ("Mode de paiement", order.mode_label or "À préciser au règlement"),
                ("Montant total", money(order.total)),
                ("Bénéficiaire" + ("s" if len(payees) > 1 else ""), ", ".join(payees)),
            ],
            widths_mm=(40, 140),
        ),
        section("Décomptes ordonnancés (montants en FCFA)"),
        data_table(
            ["N°", "Dossier", "Assuré", "Bénéficiaire", "Montant"],
            rows,
            widths_mm=(10, 30, 50, 60, 30),
            right=(4,),
            center=(0,),
            total_row=True,
        ),
        Spacer(1, 3 * mm),
        amount_in_words_line(
            "Arrêté le présent ordre de paiement à la somme de :", order.total_in_words
        ),
        signatures(
            f"Fait à {order.company.city or '…'}, le {day(order.order_date)}.",
            signature,
            ("Visa de la comptabilité", "Date et signature"),
        ),
        *after,
    ]


def render_payment_order(order: PaymentOrderSnapshot) -> bytes:
    heading = PageHeading(order.company, TITLE, f"N° {order.number}")
    return render_pages([(heading, _story(order))], f"Ordre de paiement {order.number}")
