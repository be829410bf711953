"""Premium collection (encaissements): payments, cash desk, arrears (domain.md §11)."""
