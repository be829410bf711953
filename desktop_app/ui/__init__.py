"""The PySide6 front end: a thin main window and one sub-package per area of work."""
