"""The finance area of work."""
