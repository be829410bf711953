"""Packaging glue that pyproject.toml cannot say: migrations/ and resources/ sit at the top
of the repository (architecture.md) and are installed inside the package as
``desktop_app._migrations`` and ``desktop_app._resources``, where ``desktop_app.paths`` looks."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["desktop_app", "desktop_app.*"]),
        "desktop_app._migrations",
        "desktop_app._migrations.versions",
        "desktop_app._resources",
    ],
)
