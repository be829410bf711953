"""SQLAlchemy models, engines, the unit of work, numbering and the audit trail."""
