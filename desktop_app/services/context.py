"""What every use case receives: the database and the signed-in user (the actor).

The window holds one ``ServiceContext`` after login and passes it to every service; it
never holds a database session itself (architecture.md, rule 2).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.domain.errors import Conflict, PermissionDenied
from desktop_app.domain.roles import PERMISSION_LABELS, Permission, Role, permissions_of
from desktop_app.persistence.database import Database
from desktop_app.persistence.models import User
from desktop_app.persistence.unit_of_work import SYSTEM, AuditActor, unit_of_work


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    code: str
    full_name: str
    roles: frozenset[Role]

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.roles)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


SYSTEM_ACTOR = Actor(None, SYSTEM.code, "Système", frozenset(Role))


@dataclass(frozen=True)
class Changes:
    """What a use case changed: the kinds of record (table names) and their ids.

    Screens listen to one application signal carrying this and refresh what concerns them.
    """

    tables: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, int]] = frozenset()

    @staticmethod
    def of(table: str, *ids: int) -> Changes:
        return Changes(frozenset({table}), frozenset((table, i) for i in ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.ids | other.ids)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    actor: Actor | None = None
    clock: Callable[[], datetime] = field(default=datetime.now)

    def today(self) -> date:
        return self.clock().date()

    def now(self) -> datetime:
        return self.clock().replace(microsecond=0)

    def as_actor(self, actor: Actor | None) -> ServiceContext:
        return replace(self, actor=actor)

    def require(self, permission: Permission) -> Actor:
        """The signed-in user, if they hold ``permission``; else a French refusal.

        The user's account and roles are read from the database at each call, not taken
        from the session opened at login: a user an administrator deactivated, locked or
        demoted a minute ago can no longer do what they could then (four eyes rest on it)."""
        if self.actor is None:
            raise PermissionDenied("Vous devez être connecté pour effectuer cette action.")
        actor = self.current_actor()
        if not actor.can(permission):
            label = PERMISSION_LABELS[permission]
            of = "d'" if label[:1] in "aeéèêiouh" else "de "
            raise PermissionDenied(f"Vos droits ne permettent pas {of}{label}.")
        return actor

    def current_actor(self) -> Actor:
        """The signed-in user as the database knows them now (the system stays itself)."""
        actor = self.actor
        if actor is None:
            raise PermissionDenied("Vous devez être connecté pour effectuer cette action.")
        if actor.user_id is None:
            return actor
        with self.db.read() as session:
            user = session.get(User, actor.user_id)
            if user is None or not user.active:
                raise PermissionDenied(
                    "Votre compte a été désactivé par un administrateur : reconnectez-vous ou "
                    "adressez-vous à lui."
                )
            if user.locked_at is not None:
                raise PermissionDenied(
                    "Votre compte est verrouillé (trop d'essais de mot de passe) : un "
                    "administrateur doit réinitialiser votre mot de passe."
                )
            if user.must_change_password:  # enforced here, not only by the window (issue 11)
                raise PermissionDenied(
                    "Choisissez d'abord votre propre mot de passe : celui que l'administrateur "
                    "a saisi ne sert qu'à vous connecter pour le changer."
                )
            return Actor(user.id, user.code, user.full_name, frozenset(user.role_set))

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work on behalf of the actor: commits at the end, or nothing at all."""
        actor = self.actor or SYSTEM_ACTOR
        try:
            with unit_of_work(
                self.db, AuditActor(actor.user_id, actor.code, self.clock)
            ) as session:
                yield session
        except IntegrityError as error:
            # The services check uniqueness first; this is the database's last word when
            # another clerk saved the same value a moment earlier. Nothing was saved.
            raise Conflict(
                "Enregistrement refusé : une valeur qui doit être unique vient d'être enregistrée "
                "(peut-être à l'instant par un autre utilisateur). Rien n'a été enregistré : "
                "vérifiez la saisie et recommencez."
            ) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session
