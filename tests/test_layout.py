"""The house as the handbook draws it (§2), and its one dependency rule: app/ never loads Qt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib

from helpers import ROOT

# Run in a fresh interpreter: this pytest process has Qt loaded by pytest-qt already.
_IMPORT_ALL = r"""
import importlib, json, pkgutil, sys
import app
names = ["app"]
for info in pkgutil.walk_packages(app.__path__, "app."):
    names.append(info.name)
for name in names:
    importlib.import_module(name)
loaded = sorted(
    m for m in sys.modules
    if m.split(".")[0] in ("PySide6", "shiboken6", "ui")
)
print(json.dumps({"imported": names, "qt_or_ui": loaded}))
"""


def test_app_imports_no_qt_and_no_ui():
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "app.cli" in result["imported"]
    assert "app.carnet.store" in result["imported"]
    assert result["qt_or_ui"] == [], "app/ must not load Qt or ui/: " + ", ".join(
        result["qt_or_ui"]
    )


def test_layout_of_the_house():
    for folder in ("app", "ui", "resources", "tests", "packaging"):
        assert (ROOT / folder).is_dir(), f"{folder}/ is missing"
    assert (ROOT / "README.md").is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["name"] == "reperes"
    assert project["scripts"]["reperes"] == "ui.launcher:main"
    assert (ROOT / "app" / "cli.py").is_file()
    assert (ROOT / "app" / "carnet").is_dir()


def test_the_two_commands_and_ci():
    for script in ("run", "test", ".ci/run"):
        path = ROOT / script
        assert path.is_file(), f"{script} is missing"
        assert os.access(path, os.X_OK), f"{script} is not executable"
        assert path.read_text("utf-8").startswith("#!/usr/bin/env bash\n")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "./test" in ci
    readme = (ROOT / "README.md").read_text("utf-8")
    quick = readme.index("## Quick start")
    assert readme.index("./run", quick) < readme.index("./test", quick)


def test_scripts_are_valid_bash():
    for script in ("run", "test", ".ci/run"):
        proc = subprocess.run(["bash", "-n", str(ROOT / script)], capture_output=True, text=True)
        assert proc.returncode == 0, f"{script}: {proc.stderr}"
