"""The admin area of work: users, company settings, audit journal."""

from desktop_app.ui.admin.admin_area import AdminArea

__all__ = ["AdminArea"]
