"""A service context whose clock reads a given day (at 09:30)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from desktop_app.services.context import ServiceContext


def at_day(ctx: ServiceContext, day: date) -> ServiceContext:
    moment = datetime.combine(day, time(9, 30))
    return replace(ctx, clock=lambda: moment)
