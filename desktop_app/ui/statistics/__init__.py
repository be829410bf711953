"""The statistics area of work."""
