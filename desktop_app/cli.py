"""The command-line verbs (no window, no prompt). Messages in French, exit code 0 on success."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from desktop_app.bootstrap import open_database
from desktop_app.domain.errors import DomainError
from desktop_app.persistence import migrate
from desktop_app.persistence.backup import automatic_backup, backup_sqlite, restore_sqlite

log = logging.getLogger(__name__)


def _say(text: str) -> None:
    print(text, flush=True)


def run_verb(verb: str, args: argparse.Namespace) -> int:
    try:
        return _VERBS[verb](args)
    except DomainError as error:
        print(f"Erreur : {error.message}", file=sys.stderr)
        return 2
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:  # said in French, never a traceback
        log.exception("la commande %s a échoué", verb)
        print(f"Erreur : {_explained(error)}", file=sys.stderr)
        return 2


def _explained(error: BaseException) -> str:
    """What went wrong with a file, a folder or the database, in French (issue 11)."""
    if isinstance(error, (NoSuchModuleError, ArgumentError)):
        return (
            "l'adresse de la base de données (DATABASE_URL ou settings.json) est mal formée : "
            "attendu postgresql+psycopg://utilisateur:motdepasse@serveur:5432/base."
        )
    if isinstance(error, OperationalError) and not isinstance(error.orig, sqlite3.Error):
        return (
            "le serveur de base de données est injoignable : vérifiez l'adresse, le réseau et "
            "que PostgreSQL est démarré (détail dans le journal)."
        )
    if isinstance(error, (sqlite3.Error, OperationalError)):
        return f"la base SQLite ne peut être ouverte ni écrite ici ({error})."
    if isinstance(error, OSError):
        where = f" : {error.filename}" if getattr(error, "filename", None) else ""
        return f"{error.strerror or error}{where}."
    return str(error)


def _upgrade(args: argparse.Namespace) -> int:
    _settings, db = open_database()
    _say(f"Base de données à jour : {db.describe()}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    settings, db = open_database()
    if db.sqlite_path is None:
        raise DomainError("La base est sur un serveur PostgreSQL : sauvegardez-la avec pg_dump.")
    made: Path | None
    if args.out:
        out = Path(args.out)
        if out.is_dir():
            raise DomainError(f"{out} est un dossier : donnez le nom du fichier de sauvegarde.")
        if not out.parent.is_dir():
            raise DomainError(f"Le dossier {out.parent} n'existe pas.")
        if out.resolve() == db.sqlite_path.resolve():
            raise DomainError(f"{out} est la base de données en service.")
        made = backup_sqlite(db.sqlite_path, out)
    else:
        made = automatic_backup(db.sqlite_path, settings.backups_dir, keep=settings.backups_kept)
    _say(f"Sauvegarde écrite : {made}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    settings, db = open_database()
    if db.sqlite_path is None:
        raise DomainError("La base est sur un serveur PostgreSQL : restaurez-la avec pg_restore.")
    live = db.sqlite_path
    known = migrate.known_revisions(db)
    db.dispose()
    safety = restore_sqlite(args.file, live, settings.backups_dir, known)
    if safety:
        _say(f"La base précédente a été sauvegardée dans : {safety}")
    _settings, db = open_database()  # a backup from an older version is upgraded here
    _say(f"Sauvegarde restaurée : {args.file} → {db.describe()}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from desktop_app.demo.load import load_demo

    _settings, db = open_database()
    started = datetime.now()
    report = load_demo(db, size=args.size, seed=args.seed, progress=_say)
    seconds = (datetime.now() - started).total_seconds()
    _say(f"Portefeuille de démonstration chargé en {seconds:.1f} s : {report.summary()}")
    if report.users:
        _say("Utilisateurs de démonstration (code / mot de passe) :")
        for code, password, roles in report.users:
            _say(f"  {code:<12} {password:<14} {roles}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from desktop_app.services.statements.cli import export_statement_cli

    _settings, db = open_database()
    if args.end < args.start:
        raise DomainError("La date de fin précède la date de début.")
    rows = export_statement_cli(
        db, args.statement, args.start, args.end, args.out, force=args.force
    )
    _say(f"Bordereau écrit : {args.out} ({rows} lignes)")
    return 0


def _renew(args: argparse.Namespace) -> int:
    from desktop_app.services.production.renewal_cli import renew_cli

    _settings, db = open_database()
    default = f"renouvellement-{args.year}{'-simulation' if args.dry_run else ''}.xlsx"
    report, path = renew_cli(db, args.year, args.dry_run, args.report or Path(default), _say)
    _say(report.summary())
    _say(f"Rapport écrit : {path}")
    return 0


def _unlock_admin(args: argparse.Namespace) -> int:
    from desktop_app.services.administration.users import unlock_administrator
    from desktop_app.services.context import SYSTEM_ACTOR, ServiceContext

    _settings, db = open_database()
    name = unlock_administrator(ServiceContext(db, SYSTEM_ACTOR), args.code)
    log.warning("compte administrateur %s déverrouillé par la ligne de commande", args.code)
    _say(f"Compte de {name} ({args.code}) déverrouillé : connectez-vous avec votre mot de passe.")
    return 0


def _self_check(args: argparse.Namespace) -> int:
    from desktop_app.selfcheck import self_check

    return self_check(_say)


_VERBS = {
    "upgrade": _upgrade,
    "backup": _backup,
    "restore": _restore,
    "demo": _demo,
    "export": _export,
    "renew": _renew,
    "unlock-admin": _unlock_admin,
    "self-check": _self_check,
}
