"""Claims: the four steps of a claim file, prior approvals and the file's timeline and
documents (domain.md §7, §10)."""
