"""The ``portefeuille-sante`` command: the window, and a few verbs for an administrator.

Every verb works without a window and without prompting, so scripts and schedulers can
call them; each creates or upgrades the database first.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from desktop_app import APP_NAME, __version__


def _date(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"date invalide « {text} » (attendu AAAA-MM-JJ)") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="portefeuille-sante", description=f"{APP_NAME} {__version__}"
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = parser.add_subparsers(dest="verb")
    sub.add_parser("run", help="ouvrir la fenêtre (par défaut)")
    sub.add_parser("upgrade", help="créer ou mettre à jour la base de données")
    p = sub.add_parser("backup", help="sauvegarder la base SQLite")
    p.add_argument(
        "--out", type=Path, help="fichier de sauvegarde (sinon dans le dossier des sauvegardes)"
    )
    p = sub.add_parser(
        "restore", help="restaurer une sauvegarde SQLite (la base actuelle est sauvegardée avant)"
    )
    p.add_argument("file", type=Path)
    p = sub.add_parser("demo", help="charger un portefeuille de démonstration")
    p.add_argument(
        "--size", type=int, default=300, help="nombre de personnes assurées (défaut 300)"
    )
    p.add_argument("--seed", type=int, default=2026)
    p = sub.add_parser("export", help="exporter un bordereau Excel")
    p.add_argument(
        "statement",
        choices=[
            "production",
            "claims-paid",
            "premiums-collected",
            "commissions",
            "management-fees",
            "cash-days",
        ],
    )
    p.add_argument("--from", dest="start", type=_date, required=True)
    p.add_argument("--to", dest="end", type=_date, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--force", action="store_true", help="remplacer le fichier s'il existe")
    p = sub.add_parser(
        "renew", help="renouveler toutes les polices à échéance pour une année (rapport Excel)"
    )
    p.add_argument("--year", type=int, required=True, help="année du renouvellement (AAAA)")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="simuler : calculer et écrire le rapport, sans rien renouveler",
    )
    p.add_argument(
        "--report",
        type=Path,
        help="fichier du rapport (défaut : renouvellement-AAAA.xlsx dans le dossier courant)",
    )
    p = sub.add_parser(
        "unlock-admin", help="déverrouiller un compte administrateur bloqué par cinq essais"
    )
    p.add_argument("code", help="code de l'administrateur")
    sub.add_parser("self-check", help="vérifier que le programme est complet (build)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    verb = args.verb or "run"
    if verb == "run":
        from desktop_app.app import run_gui

        return run_gui()
    from desktop_app import cli

    return cli.run_verb(verb, args)


if __name__ == "__main__":
    sys.exit(main())
