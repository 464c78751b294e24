"""The version is written once, in desktop/__init__.py; the package metadata,
the Windows build, `--version` and the submission package's manifest read it."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

import desktop
from desktop.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_reads_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop.__version__"}


def test_build_spec_takes_the_version_from_the_package():
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "desktop"
        for alias in node.names
    }
    assert "__version__" in imported


def test_no_other_module_writes_the_version():
    literal = re.compile(rf"[\"']{re.escape(desktop.__version__)}[\"']")
    writers = [
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "desktop").rglob("*.py"))
        if literal.search(p.read_text(encoding="utf-8"))
    ]
    assert writers == ["desktop/__init__.py"]


def test_version_flag_prints_it(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.strip() == f"Báo cáo CĐS {desktop.__version__}"
