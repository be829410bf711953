"""The global search for an insured person, reachable from every screen (domain.md §3)."""
