"""Portefeuille Santé: the desktop application of a health-insurer office."""

__version__ = "0.1.0"
APP_NAME = "Portefeuille Santé"
