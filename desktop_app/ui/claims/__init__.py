"""The claims area of work."""
