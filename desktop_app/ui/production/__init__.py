"""The production area of work."""
