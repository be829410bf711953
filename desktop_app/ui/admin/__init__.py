"""The admin area of work."""
