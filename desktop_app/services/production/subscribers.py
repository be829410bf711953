"""Subscribers (souscripteurs): persons or companies that sign and pay (domain.md §1)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, select

from desktop_app.domain.errors import Collector, NotFound
from desktop_app.domain.kinds import SubscriberKind
from desktop_app.domain.roles import Permission
from desktop_app.domain.text import search_key
from desktop_app.persistence.models import Policy, Subscriber
from desktop_app.persistence.paging import KeyOrder, ascending
from desktop_app.services import validation as v
from desktop_app.services.context import Changes, ServiceContext


@dataclass(frozen=True)
class SubscriberData:
    kind: SubscriberKind
    name: str
    address: str = ""
    city: str = ""
    phone: str = ""
    phone2: str = ""
    email: str = ""
    tax_id: str = ""
    contact_person: str = ""
    id: int | None = None


class SubscriberKey(NamedTuple):
    """Where a page of subscribers starts: after the subscriber with these values."""

    name_key: str
    id: int


# By name: the walk of ``ix_subscribers_name_key``, namesakes in the order they came.
SUBSCRIBER_PAGING = KeyOrder.of(ascending(Subscriber.name_key), ascending(Subscriber.id))


@dataclass(frozen=True)
class SubscriberRow:
    id: int
    kind: SubscriberKind
    name: str
    city: str
    phone: str
    email: str
    policies: int
    name_key: str  # the name as searched and sorted (``domain.text.search_key``)

    @property
    def page_key(self) -> SubscriberKey:
        return SubscriberKey(self.name_key, self.id)


def _data(s: Subscriber) -> SubscriberData:
    return SubscriberData(
        s.kind,
        s.name,
        s.address,
        s.city,
        s.phone,
        s.phone2,
        s.email,
        s.tax_id,
        s.contact_person,
        s.id,
    )


def get_subscriber(ctx: ServiceContext, subscriber_id: int) -> SubscriberData:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        row = session.get(Subscriber, subscriber_id)
        if row is None:
            raise NotFound("Souscripteur introuvable.")
        return _data(row)


def save_subscriber(ctx: ServiceContext, data: SubscriberData) -> tuple[int, Changes]:
    ctx.require(Permission.EDIT_PRODUCTION)
    errors = Collector()
    label = "La raison sociale" if data.kind == SubscriberKind.COMPANY else "Le nom"
    name = v.text(errors, data.name, "name", label, max_length=160)
    values = {
        "address": v.text(
            errors, data.address, "address", "L'adresse", required=False, max_length=400
        ),
        "city": v.text(errors, data.city, "city", "La ville", required=False, max_length=80),
        "phone": v.phone(errors, data.phone),
        "phone2": v.phone(errors, data.phone2, "phone2"),
        "email": v.email(errors, data.email),
        "tax_id": v.text(
            errors, data.tax_id, "tax_id", "Le compte contribuable", required=False, max_length=60
        ),
        "contact_person": v.text(
            errors,
            data.contact_person,
            "contact_person",
            "La personne à contacter",
            required=False,
            max_length=120,
        ),
    }
    if data.kind == SubscriberKind.COMPANY and not values["phone"] and not values["email"]:
        errors.add("phone", "Indiquez au moins un téléphone ou une adresse e-mail de l'entreprise.")
    errors.raise_if_any()
    with ctx.write() as session:
        row = session.get(Subscriber, data.id) if data.id else Subscriber()
        if row is None:
            raise NotFound("Souscripteur introuvable.")
        row.kind, row.name, row.name_key = data.kind, name, search_key(name)
        for key, value in values.items():
            setattr(row, key, value)
        session.add(row)
        session.flush()
        return row.id, Changes.of("subscribers", row.id)


def _filtered(query: Select[Any], text: str) -> Select[Any]:
    key = search_key(text)
    if key:
        query = query.where(and_(Subscriber.name_key >= key, Subscriber.name_key < key + "~"))
    return query


def count_subscribers(ctx: ServiceContext, text: str = "") -> int:
    ctx.require(Permission.VIEW_PORTFOLIO)
    with ctx.read() as session:
        return int(session.scalar(_filtered(select(func.count(Subscriber.id)), text)) or 0)


def fetch_subscribers(
    ctx: ServiceContext, text: str, after: SubscriberKey | None = None, limit: int = 200
) -> list[SubscriberRow]:
    """Subscribers by name whose name starts with ``text``; one page after the subscriber
    ``after`` (keyset paging: ``row.page_key``)."""
    ctx.require(Permission.VIEW_PORTFOLIO)
    policies = (
        select(func.count(Policy.id))
        .where(Policy.subscriber_id == Subscriber.id)
        .correlate(Subscriber)
        .scalar_subquery()
    )
    query = _filtered(select(Subscriber, policies), text)
    if after is not None:
        query = query.where(SUBSCRIBER_PAGING.after(after))
    query = query.order_by(*SUBSCRIBER_PAGING.order_by()).limit(limit)
    with ctx.read() as session:
        return [
            SubscriberRow(s.id, s.kind, s.name, s.city, s.phone, s.email, int(n or 0), s.name_key)
            for s, n in session.execute(query)
        ]
