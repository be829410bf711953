"""Reference data an authorised user edits (issue 3): care categories, exclusion reasons,
settings documents (tariff, taxes, accessoires) and schedule-of-benefits templates."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.persistence.base import Audited, Base, Timestamped


class CareCategoryRow(Audited, Base):
    """The office's label for each care category code (domain/care.py)."""

    __tablename__ = "care_categories"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    label: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ExclusionReason(Audited, Base):
    """Why an amount on a claim line is excluded (domain.md §7)."""

    __tablename__ = "exclusion_reasons"

    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SettingsDocument(Audited, Timestamped, Base):
    """A JSON document of settings, by key (``tariff``: grid, reductions, surcharges,
    tax rates, accessoires scales). Edited as a whole, audited as a whole."""

    __tablename__ = "settings_documents"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class BenefitTemplate(Audited, Timestamped, Base):
    __tablename__ = "benefit_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    overall_annual_ceiling: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    lines: Mapped[list[BenefitTemplateLine]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="BenefitTemplateLine.id"
    )


class _BenefitColumns:
    category: Mapped[str] = mapped_column(String(8))
    covered: Mapped[bool] = mapped_column(Boolean, default=True)
    rate_pct: Mapped[int | None] = mapped_column(Integer)
    per_act_ceiling: Mapped[int | None] = mapped_column(Integer)
    annual_ceiling: Mapped[int | None] = mapped_column(Integer)
    prior_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    waiting_days: Mapped[int | None] = mapped_column(Integer)


class BenefitTemplateLine(Audited, _BenefitColumns, Base):
    __tablename__ = "benefit_template_lines"
    __table_args__ = (UniqueConstraint("template_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("benefit_templates.id", ondelete="CASCADE"))
    template: Mapped[BenefitTemplate] = relationship(back_populates="lines")


class BenefitLineRow(Audited, _BenefitColumns, Base):
    """One line of a policy's schedule of benefits (tableau des garanties, domain.md §2)."""

    __tablename__ = "benefit_lines"
    __table_args__ = (UniqueConstraint("policy_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(
        ForeignKey("policies.id", ondelete="CASCADE"), index=True
    )
