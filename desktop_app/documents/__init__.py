"""Printed documents: ReportLab renderers taking a frozen snapshot and returning PDF bytes."""
