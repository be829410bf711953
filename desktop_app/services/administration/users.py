"""Signing in, and the administration of users and roles (issue 2, part 6)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.errors import (
    AuthenticationFailed,
    Collector,
    Conflict,
    DomainError,
    FieldError,
    NotFound,
    ValidationFailed,
)
from desktop_app.domain.roles import MAX_FAILED_LOGINS, Permission, Role, check_new_password
from desktop_app.domain.text import check_text
from desktop_app.persistence.models import User, UserRole
from desktop_app.persistence.unit_of_work import AuditActor
from desktop_app.services.administration.passwords import (
    hash_password,
    spend_a_verification,
    verify_password,
)
from desktop_app.services.context import Actor, Changes, ServiceContext

_CODE = re.compile(r"^[A-Za-z0-9._-]+$")


@dataclass(frozen=True)
class UserRow:
    id: int
    code: str
    full_name: str
    roles: frozenset[Role]
    active: bool
    locked: bool
    failed_logins: int
    last_login_at: datetime | None


@dataclass(frozen=True)
class UserInput:
    """What the user form sends; ``password`` only when creating."""

    code: str
    full_name: str
    roles: frozenset[Role]
    active: bool = True
    password: str = ""
    confirmation: str = ""


def _row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.code,
        user.full_name,
        user.role_set,
        user.active,
        user.locked_at is not None,
        user.failed_logins,
        user.last_login_at,
    )


def _actor(user: User) -> Actor:
    return Actor(user.id, user.code, user.full_name, user.role_set)


def has_users(ctx: ServiceContext) -> bool:
    with ctx.read() as session:
        return bool(session.scalar(select(func.count(User.id))))


def _check_user(session: Session, data: UserInput, *, user_id: int | None) -> tuple[str, str]:
    errors = Collector()
    code = data.code.strip()
    full_name = ""
    if not code:
        errors.add("code", "Le code utilisateur est obligatoire.")
    elif len(code) > 30:
        errors.add("code", "Le code utilisateur est trop long (au plus 30 caractères).")
    elif not _CODE.match(code):
        errors.add(
            "code",
            "Le code utilisateur ne peut contenir que des lettres sans accent, "
            "des chiffres, le point, le tiret et le souligné.",
        )
    else:
        clash = session.scalar(select(User.id).where(func.lower(User.code) == code.lower()))
        if clash is not None and clash != user_id:
            errors.add("code", f"Le code « {code} » est déjà utilisé par un autre utilisateur.")
    try:
        full_name = check_text(data.full_name, "full_name", "Le nom complet")
    except FieldError as error:
        errors.capture(error)
    if not data.roles:
        errors.add("roles", "Choisissez au moins un rôle.")
    if user_id is None:
        try:
            check_new_password(data.password, data.confirmation)
        except ValidationFailed as failed:
            errors.errors.extend(failed.errors)
    errors.raise_if_any()
    return code, full_name


def create_first_admin(
    ctx: ServiceContext, full_name: str, code: str, password: str, confirmation: str
) -> Changes:
    """At first start: the administrator's account. Refused once any user exists."""
    with ctx.write() as session:
        if session.scalar(select(func.count(User.id))):
            raise Conflict("Un administrateur existe déjà : connectez-vous.")
        data = UserInput(code, full_name, frozenset({Role.ADMIN}), True, password, confirmation)
        code, name = _check_user(session, data, user_id=None)
        user = User(
            code=code,
            full_name=name,
            password_hash=hash_password(password),
            active=True,
            failed_logins=0,
            must_change_password=False,
        )
        user.roles = [UserRole(role=Role.ADMIN)]
        session.add(user)
        session.flush()
        return Changes.of("users", user.id)


def login(ctx: ServiceContext, code: str, password: str) -> ServiceContext:
    """Check the code and password; five failures in a row lock the account."""
    return ctx.as_actor(_authenticate(ctx, code, password, signing_in=True))


WRONG_CREDENTIALS = (
    "Code utilisateur ou mot de passe incorrect. Après 5 essais manqués, un compte est verrouillé."
)


def authenticate(ctx: ServiceContext, code: str, password: str) -> Actor:
    """Who typed this code and password at someone else's desk (a signatory signing an
    order in the clerk's window): checked exactly as at the login — a wrong password counts
    towards the five that lock the account — without signing them in."""
    return _authenticate(ctx, code, password, signing_in=False)


def _authenticate(ctx: ServiceContext, code: str, password: str, *, signing_in: bool) -> Actor:
    code = code.strip()
    if not code or not password:
        raise AuthenticationFailed("Saisissez votre code utilisateur et votre mot de passe.")
    with ctx.write() as session:
        user = session.scalar(select(User).where(func.lower(User.code) == code.lower()))
        if user is None or not user.active:
            # The same words and the same time as a wrong password: the answer must not
            # tell which codes exist (issue 11).
            spend_a_verification(password)
            raise AuthenticationFailed(WRONG_CREDENTIALS)
        session.info["actor"] = AuditActor(user.id, user.code, ctx.clock)
        if user.locked_at is not None:
            raise AuthenticationFailed(
                "Ce compte est verrouillé après trop d'essais. Un administrateur doit "
                "réinitialiser votre mot de passe."
            )
        if not verify_password(user.password_hash, password):
            user.failed_logins += 1
            left = MAX_FAILED_LOGINS - user.failed_logins
            if left <= 0:
                user.locked_at = ctx.now()
                message = (
                    "Mot de passe incorrect. Le compte est maintenant verrouillé : "
                    "un administrateur doit réinitialiser votre mot de passe."
                )
            else:
                message = WRONG_CREDENTIALS
            failed = AuthenticationFailed(message)
        else:
            user.failed_logins = 0
            if signing_in:
                user.last_login_at = ctx.now()
            failed = None
            actor = _actor(user)
    # The failed attempt is committed (the counter must survive), then refused.
    if failed is not None:
        raise failed
    return actor


def must_change_password(ctx: ServiceContext) -> bool:
    if ctx.actor is None or ctx.actor.user_id is None:
        return False
    with ctx.read() as session:
        user = session.get(User, ctx.actor.user_id)
        return bool(user and user.must_change_password)


def change_own_password(ctx: ServiceContext, current: str, new: str, confirmation: str) -> Changes:
    if ctx.actor is None or ctx.actor.user_id is None:
        raise AuthenticationFailed("Vous devez être connecté.")
    with ctx.write() as session:
        user = session.get(User, ctx.actor.user_id)
        if user is None:
            raise NotFound("Utilisateur introuvable.")
        errors = Collector()
        if not verify_password(user.password_hash, current):
            errors.add("current", "Le mot de passe actuel est incorrect.")
        try:
            check_new_password(new, confirmation)
        except ValidationFailed as failed:
            errors.errors.extend(failed.errors)
        if new and new == current:
            errors.add("password", "Le nouveau mot de passe doit être différent de l'actuel.")
        errors.raise_if_any()
        user.password_hash = hash_password(new)
        user.must_change_password = False
        return Changes.of("users", user.id)


def list_users(ctx: ServiceContext) -> list[UserRow]:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.read() as session:
        users = session.scalars(select(User).order_by(User.code)).all()
        return [_row(u) for u in users]


def get_user(ctx: ServiceContext, user_id: int) -> UserRow:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.read() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound("Utilisateur introuvable.")
        return _row(user)


def create_user(ctx: ServiceContext, data: UserInput) -> tuple[int, Changes]:
    ctx.require(Permission.MANAGE_USERS)
    with ctx.write() as session:
        code, name = _check_user(session, data, user_id=None)
        user = User(
            code=code,
            full_name=name,
            password_hash=hash_password(data.password),
            active=data.active,
            failed_logins=0,
            must_change_password=True,
        )
        user.roles = [UserRole(role=r) for r in sorted(data.roles)]
        session.add(user)
        session.flush()
        return user.id, Changes.of("users", user.id)


def update_user(ctx: ServiceContext, user_id: int, data: UserInput) -> Changes:
    actor = ctx.require(Permission.MANAGE_USERS)
    with ctx.write() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound("Utilisateur introuvable.")
        code, name = _check_user(session, data, user_id=user_id)
        if user_id == actor.user_id and (Role.ADMIN not in data.roles or not data.active):
            raise FieldError(
                "roles",
                "Vous ne pouvez pas retirer vos propres droits "
                "d'administrateur ni désactiver votre compte.",
            )
        if Role.ADMIN in user.role_set and (Role.ADMIN not in data.roles or not data.active):
            _keep_one_admin(session, user_id)
        user.code, user.full_name, user.active = code, name, data.active
        current = {r.role: r for r in user.roles}
        for role in set(current) - data.roles:
            user.roles.remove(current[role])
        for role in sorted(data.roles - set(current)):
            user.roles.append(UserRole(role=role))
        return Changes.of("users", user.id)


def _keep_one_admin(session: Session, leaving_id: int) -> None:
    others = session.scalar(
        select(func.count(User.id))
        .join(UserRole)
        .where(UserRole.role == Role.ADMIN, User.active.is_(True), User.id != leaving_id)
    )
    if not others:
        raise FieldError("roles", "Il doit rester au moins un administrateur actif.")


def reset_password(ctx: ServiceContext, user_id: int, password: str, confirmation: str) -> Changes:
    """An administrator sets a temporary password; the account is unlocked and the user
    must choose a new password at the next login."""
    ctx.require(Permission.MANAGE_USERS)
    check_new_password(password, confirmation)
    with ctx.write() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound("Utilisateur introuvable.")
        user.password_hash = hash_password(password)
        user.failed_logins = 0
        user.locked_at = None
        user.must_change_password = True
        return Changes.of("users", user.id)


def unlock_administrator(ctx: ServiceContext, code: str) -> str:
    """Unlock an administrator's account locked by five wrong passwords (anyone may type
    five wrong passwords at the login: with one administrator, nothing else could unlock
    it). For whoever holds the machine or the server's address: the ``unlock-admin`` verb,
    as the system, audited. The password stays; the administrator signs in with theirs.
    Returns the administrator's name."""
    code = code.strip()
    with ctx.write() as session:
        user = session.scalar(select(User).where(func.lower(User.code) == code.lower()))
        if user is None or Role.ADMIN not in user.role_set:
            raise NotFound(
                f"Aucun administrateur n'a le code « {code} » : le déverrouillage par la ligne "
                "de commande ne vaut que pour un administrateur (les autres comptes, un "
                "administrateur les réinitialise dans la fenêtre)."
            )
        if not user.active:
            raise DomainError(f"Le compte « {user.code} » est désactivé, non verrouillé.")
        user.failed_logins = 0
        user.locked_at = None
        return user.full_name
