"""Input widgets and helpers shared by the edit forms."""
