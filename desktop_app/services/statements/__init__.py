"""Accounting statements (bordereaux, domain.md §12), streamed to Excel."""
