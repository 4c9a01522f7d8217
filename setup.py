"""Packaging shim: ships the top-level ``templates/`` folder as ``noticekit.templates``."""

from setuptools import find_packages
from setuptools import setup

setup(
    packages=find_packages("src") + ["noticekit.templates"],
    package_dir={"": "src", "noticekit.templates": "templates"},
)
