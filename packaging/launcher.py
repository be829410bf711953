"""Entry script for the PyInstaller build: the same ``main`` as ``python -m desktop_app``.

PyInstaller runs its entry script as ``__main__``; ``desktop_app/__main__.py`` imports
``desktop_app`` absolutely, so this launcher only makes the freeze's entry point explicit.
"""

import multiprocessing
import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # Windows: a frozen child process must not start the app
    sys.exit(main())
