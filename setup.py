"""Packaging shim: maps the top-level `templates/` and `docs/` folders into the package.

Every folder under `src/noticekit` is a package, data folders included (`find_namespace_packages`),
so that setuptools ships their files (listed in pyproject.toml) without warnings.
"""

from setuptools import find_namespace_packages
from setuptools import setup

setup(
    packages=find_namespace_packages("src", include=["noticekit*"], exclude=["*.__pycache__"])
    + ["noticekit.templates", "noticekit.docs"],
    package_dir={"": "src", "noticekit.templates": "templates", "noticekit.docs": "docs"},
)
