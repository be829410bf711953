"""Excel statements streamed from row iterators, and Excel imports (architecture.md)."""
