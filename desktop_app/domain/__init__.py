"""The business rules of domain.md as plain Python: no Qt, no database, no files."""
