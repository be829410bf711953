"""Administration: users and roles, the audit journal, the company's settings and the
reference data (domain.md §1, §14)."""
