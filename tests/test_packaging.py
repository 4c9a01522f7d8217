"""Packaging: every data file is declared, the licence is an SPDX string, the image builds."""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
#: Where each package's files live (setup.py maps two top-level folders into the package).
PACKAGE_FOLDERS = {"noticekit.templates": ROOT / "templates", "noticekit.docs": ROOT / "docs"}


def _package_of(path: Path) -> str:
    for package, folder in PACKAGE_FOLDERS.items():
        if path.is_relative_to(folder):
            return package
    return ".".join(path.parent.relative_to(ROOT / "src").parts)


def _data_files() -> list[Path]:
    source = [path for path in (ROOT / "src" / "noticekit").rglob("*") if path.is_file()]
    shipped = [ROOT / "docs" / "authoring.md", *(ROOT / "templates").rglob("*")]
    return [
        path
        for path in [*source, *shipped]
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    ]


def test_every_data_file_is_declared_as_package_data() -> None:
    declared = PYPROJECT["tool"]["setuptools"]["package-data"]
    undeclared = []
    for path in _data_files():
        package = _package_of(path)
        folder = PACKAGE_FOLDERS.get(package, ROOT / "src" / Path(*package.split(".")))
        name = path.relative_to(folder).as_posix()
        if not any(fnmatch.fnmatch(name, pattern) for pattern in declared.get(package, [])):
            undeclared.append(f"{package}: {name}")
    assert undeclared == []


def test_the_licence_is_an_spdx_expression_with_a_backend_that_reads_it() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    assert "setuptools>=77" in PYPROJECT["build-system"]["requires"]


def test_the_dockerfile_runs_noticekit_as_a_user_on_a_slim_python() -> None:
    lines = (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()
    instructions = [line.split(None, 1) for line in lines if line[:1] not in ("", "#", " ")]
    values = {keyword: value for keyword, value in instructions}
    assert values["FROM"].startswith("python:") and values["FROM"].endswith("-slim")
    assert values["USER"] not in ("root", "0")
    assert values["ENTRYPOINT"] == '["noticekit"]'


def _docker_unavailable() -> str | None:
    if shutil.which("docker") is None:
        return "docker is not installed"
    info = subprocess.run(["docker", "info"], capture_output=True, text=True, timeout=60)
    return "the docker daemon is not reachable" if info.returncode != 0 else None


def test_the_image_builds_and_runs_noticekit_as_non_root() -> None:
    reason = _docker_unavailable()
    if reason:
        pytest.skip(reason)
    tag = "noticekit-test:latest"
    subprocess.run(["docker", "build", "-q", "-t", tag, str(ROOT)], check=True, timeout=900)
    try:
        version = subprocess.run(
            ["docker", "run", "--rm", tag, "--version"], capture_output=True, text=True, check=True
        )
        user = subprocess.run(
            ["docker", "run", "--rm", "--entrypoint", "id", tag, "-u"],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        subprocess.run(["docker", "rmi", "-f", tag], capture_output=True)
    assert version.stdout.startswith("noticekit ")
    assert user.stdout.strip() != "0"
