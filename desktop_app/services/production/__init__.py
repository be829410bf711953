"""Production: subscribers, policies, members and dependents, the tariff, issue and the
policy's printed documents (domain.md §1–§5, §15)."""
