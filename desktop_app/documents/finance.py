"""Premium collection documents (domain.md §11, §15): the receipt (reçu d'encaissement),
the cheque remittance slip (bordereau de remise en banque) and the recovery letter
(lettre de relance). Snapshot in, PDF bytes out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop_app.documents.blocks import amount_in_words_line, signatures
from desktop_app.documents.codec import Snapshot
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
from desktop_app.documents.snapshots import CompanySnapshot
from desktop_app.documents.words import amount_in_words_fr
from desktop_app.domain.money import format_fcfa


@dataclass(frozen=True)
class ReceiptLine(Snapshot):
    quittance_number: str
    policy_number: str
    amount: int  # negative for the counter-entry of a reversal


@dataclass(frozen=True)
class ReceiptSnapshot(Snapshot):
    company: CompanySnapshot
    number: str
    payment_date: date
    payer_label: str  # "Souscripteur" / "Intermédiaire"
    payer_name: str
    mode_label: str
    details: tuple[str, ...]  # bank, cheque number, drawer, operator and transaction…
    amount: int
    reference: str
    lines: tuple[ReceiptLine, ...]
    cashier: str
    flag: str = ""
    reversed_on: date | None = None
    reversal_reason: str = ""

    @property
    def allocated(self) -> int:
        return sum(line.amount for line in self.lines if line.amount > 0)

    @property
    def credit(self) -> int:
        """What stays on the payer's account (nothing once the payment is reversed)."""
        if self.reversed_on is not None:
            return 0
        return self.amount - sum(line.amount for line in self.lines)

    @property
    def amount_in_words(self) -> str:
        return amount_in_words_fr(self.amount)


def _receipt_story(r: ReceiptSnapshot) -> list[Flowable]:
    st = styles()
    banner: list[Flowable] = []
    if r.reversed_on is not None:
        banner = [
            para(
                f"ENCAISSEMENT CONTRE-PASSÉ (IMPAYÉ) le {day(r.reversed_on)} : {r.reversal_reason}",
                st.title,
            ),
            para(
                "Les quittances ci-dessous sont de nouveau dues pour les montants contre-passés.",
                st.body,
            ),
            Spacer(1, 2 * mm),
        ]
    rows = [
        [line.quittance_number, line.policy_number, format_fcfa(line.amount, with_currency=False)]
        for line in r.lines
    ]
    rows.append(["", "Reste au crédit du compte", format_fcfa(r.credit, with_currency=False)])
    pairs = [
        ("Date", day(r.payment_date)),
        (r.payer_label, r.payer_name),
        ("Mode de paiement", r.mode_label),
        *(("", detail) for detail in r.details),
        ("Montant reçu", money(r.amount)),
    ]
    if r.reference:
        pairs.append(("Référence", r.reference))
    flag = [para(r.flag, st.body)] if r.flag else []
    return [
        *banner,
        para(f"Reçu d'encaissement n° {r.number}", st.title),
        Spacer(1, 2 * mm),
        key_values(pairs, widths_mm=(45, 135)),
        *flag,
        section("Imputation (montants en FCFA)"),
        data_table(
            ["Quittance", "Police", "Montant"],
            rows,
            widths_mm=(60, 80, 40),
            right=(2,),
        ),
        Spacer(1, 3 * mm),
        amount_in_words_line("Reçu la somme de :", r.amount_in_words),
        signatures(
            f"Fait à {r.company.city or '…'}, le {day(r.payment_date)}.",
            ("Le caissier", r.cashier),
            ("Le payeur", ""),
        ),
    ]


def render_receipt(receipt: ReceiptSnapshot) -> bytes:
    heading = PageHeading(receipt.company, "REÇU D'ENCAISSEMENT", f"N° {receipt.number}")
    return render_pages(
        [(heading, _receipt_story(receipt))], f"Reçu d'encaissement {receipt.number}"
    )


@dataclass(frozen=True)
class RemittanceCheque(Snapshot):
    receipt_number: str
    bank: str
    cheque_number: str
    drawer: str
    amount: int


@dataclass(frozen=True)
class RemittanceSnapshot(Snapshot):
    company: CompanySnapshot
    day: date
    cashier: str
    cheques: tuple[RemittanceCheque, ...]

    @property
    def total(self) -> int:
        return sum(c.amount for c in self.cheques)


def render_remittance(slip: RemittanceSnapshot) -> bytes:
    st = styles()
    rows = [
        [str(i), c.bank, c.cheque_number, c.drawer, c.receipt_number, format_fcfa(c.amount, False)]
        for i, c in enumerate(slip.cheques, start=1)
    ]
    rows.append(
        ["", "", "", f"{len(slip.cheques)} chèque(s)", "Total", format_fcfa(slip.total, False)]
    )
    story: list[Flowable] = [
        para(f"Bordereau de remise de chèques du {day(slip.day)}", st.title),
        Spacer(1, 2 * mm),
        key_values([("Caissier", slip.cashier), ("Montant remis", money(slip.total))]),
        section("Chèques remis (montants en FCFA)"),
        data_table(
            ["N°", "Banque", "N° chèque", "Tireur", "Reçu", "Montant"],
            rows,
            widths_mm=(10, 35, 30, 50, 30, 25),
            right=(5,),
            center=(0,),
            total_row=True,
        ),
        signatures(
            f"Fait à {slip.company.city or '…'}, le {day(slip.day)}.",
            ("Le caissier", slip.cashier),
            ("Cachet de la banque", ""),
        ),
    ]
    heading = PageHeading(slip.company, "BORDEREAU DE REMISE EN BANQUE", day(slip.day))
    return render_pages([(heading, story)], f"Remise de chèques {slip.day.isoformat()}")


@dataclass(frozen=True)
class ReminderSnapshot(Snapshot):
    company: CompanySnapshot
    letter_date: date
    step_label: str  # "Rappel courtois", "Lettre de discussion", "Mise en demeure"
    subscriber_name: str
    subscriber_address: str
    policy_number: str
    quittance_number: str
    due_date: date
    total: int
    collected: int
    body: str  # the text kept in Référentiels, placeholders filled

    @property
    def balance(self) -> int:
        return self.total - self.collected


def _reminder_page(letter: ReminderSnapshot) -> tuple[PageHeading, list[Flowable]]:
    st = styles()
    story: list[Flowable] = [
        para(letter.subscriber_name, st.cell_bold),
        para(letter.subscriber_address or " ", st.body),
        Spacer(1, 6 * mm),
        para(f"{letter.company.city or ''} le {day(letter.letter_date)}", st.body),
        Spacer(1, 4 * mm),
        para(f"{letter.step_label} — police {letter.policy_number}", st.title),
        Spacer(1, 2 * mm),
        key_values(
            [
                ("Quittance", letter.quittance_number),
                ("Échéance", day(letter.due_date)),
                ("Prime TTC", money(letter.total)),
                ("Déjà encaissé", money(letter.collected)),
                ("Reste dû", money(letter.balance)),
            ]
        ),
        Spacer(1, 4 * mm),
        *(para(paragraph, st.body) for paragraph in letter.body.split("\n") if paragraph.strip()),
        signatures("", ("Le service recouvrement", letter.company.name), ("", "")),
    ]
    heading = PageHeading(letter.company, letter.step_label.upper(), letter.quittance_number)
    return heading, story


def render_reminder(letter: ReminderSnapshot) -> bytes:
    return render_pages([_reminder_page(letter)], f"{letter.step_label} {letter.quittance_number}")


def render_reminder_batch(letters: list[ReminderSnapshot]) -> bytes:
    """A batch of recovery letters in one PDF, each on its own page(s)."""
    return render_pages([_reminder_page(x) for x in letters], "Lettres de relance")


@dataclass(frozen=True)
class StatementEntry(Snapshot):
    day: date
    document: str  # the quittance or receipt number
    label: str
    debit: int
    credit: int
    balance: int  # running: positive, the party owes; negative, a credit in its favour


@dataclass(frozen=True)
class AccountStatementSnapshot(Snapshot):
    company: CompanySnapshot
    party_label: str  # "Souscripteur" / "Intermédiaire"
    party_name: str
    as_of: date
    entries: tuple[StatementEntry, ...]
    unallocated: int  # credit left on the party's payments

    @property
    def balance(self) -> int:
        return self.entries[-1].balance if self.entries else 0


def render_account_statement(statement: AccountStatementSnapshot) -> bytes:
    st = styles()
    rows = [
        [
            day(e.day),
            e.document,
            e.label,
            format_fcfa(e.debit, False) if e.debit else "",
            format_fcfa(e.credit, False) if e.credit else "",
            format_fcfa(e.balance, False),
        ]
        for e in statement.entries
    ]
    owed = statement.balance
    summary = (
        f"Solde dû au {day(statement.as_of)} : {money(owed)}"
        if owed >= 0
        else f"Solde créditeur au {day(statement.as_of)} : {money(-owed)}"
    )
    story: list[Flowable] = [
        para(f"Relevé de compte — {statement.party_name}", st.title),
        Spacer(1, 2 * mm),
        key_values(
            [
                (statement.party_label, statement.party_name),
                ("Arrêté au", day(statement.as_of)),
                ("Crédit non imputé", money(statement.unallocated)),
            ]
        ),
        section("Mouvements (montants en FCFA)"),
        data_table(
            ["Date", "Pièce", "Libellé", "Débit", "Crédit", "Solde"],
            rows,
            widths_mm=(18, 28, 70, 22, 22, 22),
            right=(3, 4, 5),
        ),
        Spacer(1, 3 * mm),
        para(summary, st.cell_bold),
    ]
    heading = PageHeading(statement.company, "RELEVÉ DE COMPTE", day(statement.as_of))
    return render_pages([(heading, story)], f"Relevé de compte {statement.party_name}")
