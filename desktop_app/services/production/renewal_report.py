"""The report of a batch renewal (issue 8): the policies renewed with their S/P and
change, those left for the clerk with the reason, and the persons who left for age. One
workbook, three sheets, written whole or not at all (the statements' writer)."""

from __future__ import annotations

from desktop_app.domain.roles import Permission
from desktop_app.exports.statement import (
    Column,
    SheetSpec,
    StatementResult,
    StatementSpec,
    Target,
    write_statement,
)
from desktop_app.services.context import ServiceContext
from desktop_app.services.issued_documents import company_snapshot
from desktop_app.services.production.renewal_batch import RenewalReport

RENEWED, SKIPPED, LEAVERS = "Renouvelées", "À traiter une à une", "Sorties limite d'âge"

RENEWED_COLUMNS = (
    Column("N° de police"),
    Column("Souscripteur"),
    Column("Personnes reconduites", "int"),
    Column("Sorties", "int"),
    Column("Primes annuelles avant", "money"),
    Column("Primes annuelles après", "money"),
    Column("S/P"),
    Column("Ligne du barème"),
    Column("Ajustement", "rate"),
    Column("N° de quittance"),
    Column("Prime TTC", "money"),
)
SKIPPED_COLUMNS = (Column("N° de police"), Column("Souscripteur"), Column("Motif"))
LEAVER_COLUMNS = (
    Column("N° de police"),
    Column("Matricule"),
    Column("Nom et prénoms"),
    Column("Date de naissance", "date"),
    Column("Couvert jusqu'au", "date"),
    Column("Motif"),
)


def write_renewal_report(
    ctx: ServiceContext, target: Target, report: RenewalReport
) -> StatementResult:
    """Write ``report`` to ``target`` (.xlsx), headed with the company and the user."""
    actor = ctx.require(Permission.EDIT_PRODUCTION)
    with ctx.read() as session:
        company = company_snapshot(session).name
    generated_at, generated_by = ctx.now(), actor.full_name or actor.code
    title = f"Renouvellement {report.year}" + (" — simulation" if report.dry_run else "")
    spec = StatementSpec(
        company,
        title,
        f"polices à échéance du 31/12/{report.year - 1}",
        generated_at,
        generated_by,
        report.summary(),
    )
    sheets = [
        SheetSpec(
            RENEWED,
            RENEWED_COLUMNS,
            (
                (
                    r.policy_number,
                    r.subscriber,
                    r.persons,
                    r.leaving,
                    r.net_before,
                    r.net_after,
                    r.ratio_label,
                    r.band_label,
                    r.rate,
                    r.quittance_number or "(simulation)",
                    r.total,
                )
                for r in report.renewed
            ),
        ),
        SheetSpec(
            SKIPPED,
            SKIPPED_COLUMNS,
            ((s.policy_number, s.subscriber, s.reason) for s in report.skipped),
        ),
        SheetSpec(
            LEAVERS,
            LEAVER_COLUMNS,
            (
                (x.policy_number, x.matricule, x.name, x.birth_date, x.last_day, x.reason)
                for x in report.leavers
            ),
        ),
    ]
    return write_statement(target, spec, sheets)
