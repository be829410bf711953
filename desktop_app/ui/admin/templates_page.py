"""The schedule-of-benefits templates (modèles de garanties, domain.md §2, §7) clerks copy
into a draft policy; the list beside the template's form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.services.production import benefits
from desktop_app.services.production.benefits import TemplateRow
from desktop_app.ui.admin.labels import QT_TRANSLATE_NOOP, yes_no
from desktop_app.ui.admin.template_form import TemplateForm
from desktop_app.ui.bus import AppBus
from desktop_app.ui.forms.record_page import RecordPage, grey_when_inactive
from desktop_app.ui.widgets.lazy_table_model import CENTER, Column

COLUMNS: list[Column[TemplateRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Modèle"), lambda r: r.name, foreground=grey_when_inactive),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Actif"),
        lambda r: yes_no(r.active),
        CENTER,
        foreground=grey_when_inactive,
    ),
]


class TemplatesPage(RecordPage):
    def __init__(self, bus: AppBus, parent: QWidget | None = None) -> None:
        # The list holds a few names: the form and its 17 lines get most of the width.
        super().__init__(
            bus,
            TemplateForm(bus),
            COLUMNS,
            lambda: benefits.list_templates(bus.ctx),
            lambda r: r.id,
            ("benefit_templates",),
            new_label=QCoreApplication.translate("TemplatesPage", "Nouveau modèle"),
            stretch=(1, 3),
            parent=parent,
        )
        self.table.setMinimumWidth(220)
