"""Tests marked `xvfb` run on a real X server; every other Qt test runs offscreen.

Qt picks its platform once per process (one QApplication), so a pytest process cannot mix
offscreen and xcb. The main pytest process is offscreen; the `xvfb` tests of each module are run
together in one child pytest process with QT_QPA_PLATFORM=xcb on the DISPLAY that ./test started.
The child sends its test reports back (pytest's own report serialisation, as pytest-xdist does)
and the main process reports them as its own: one run, one summary, one exit code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

MARKER = "xvfb"
CHILD_ENV = "REPERES_TEST_X_CHILD"  # in the child: the file its reports go to
CHILD_TIMEOUT_PER_TEST = 600  # seconds; the child's pytest-timeout stops a stuck test first


def in_child() -> bool:
    return bool(os.environ.get(CHILD_ENV))


def qt_platform() -> str:
    return "xcb" if in_child() else "offscreen"


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY"))


def wants_x(item: pytest.Item) -> bool:
    return item.get_closest_marker(MARKER) is not None


def skip_reason(item: pytest.Item) -> str | None:
    if wants_x(item) and not has_display():
        return "needs an X server: run it with ./test (starts Xvfb)"
    return None


def xcb_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a subprocess that must show real windows on ./test's X server."""
    env = dict(os.environ if base is None else base)
    env["QT_QPA_PLATFORM"] = "xcb"
    return env


# --- the child -----------------------------------------------------------------------------------
def record_report(config: pytest.Config, report: pytest.TestReport) -> None:
    data = config.hook.pytest_report_to_serializable(config=config, report=report)
    with open(os.environ[CHILD_ENV], "a", encoding="utf-8") as f:
        f.write(json.dumps(data) + "\n")


# --- the main process ----------------------------------------------------------------------------
class Delegator:
    def __init__(self, config: pytest.Config):
        self.config = config
        self.results: dict[str, list[pytest.TestReport]] = {}
        self.done_batches: set[Path] = set()

    def run(self, item: pytest.Item, nextitem: pytest.Item | None) -> None:
        """Report `item` from a child run (running its module's batch first if needed)."""
        if item.path not in self.done_batches:
            self.done_batches.add(item.path)
            batch = [i for i in item.session.items if i.path == item.path and wants_x(i)]
            self._run_batch(batch)
        ihook = item.ihook
        ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
        for report in self.results.pop(item.nodeid):
            ihook.pytest_runtest_logreport(report=report)
        self._teardown_for(item, nextitem)
        ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)

    def _teardown_for(self, item: pytest.Item, nextitem: pytest.Item | None) -> None:
        """pytest tears down, in an item's teardown phase, the fixtures and collectors of the
        items run before it that `nextitem` does not share (a module finished, say). A delegated
        item has no phases in this process, so that part is done here, as pytest would."""
        call = pytest.CallInfo.from_call(
            lambda: item.session._setupstate.teardown_exact(nextitem), when="teardown"
        )
        if call.excinfo is not None:
            report = item.ihook.pytest_runtest_makereport(item=item, call=call)
            item.ihook.pytest_runtest_logreport(report=report)

    def _run_batch(self, batch: list[pytest.Item]) -> None:
        with tempfile.TemporaryDirectory(prefix="xchild-") as tmp:
            report_file = Path(tmp) / "reports.jsonl"
            report_file.touch()
            env = xcb_env()
            env[CHILD_ENV] = str(report_file)
            cmd = [
                sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                "-o", "addopts=--strict-markers", *[i.nodeid for i in batch],
            ]  # fmt: skip
            output = ""
            try:
                proc = subprocess.run(
                    cmd,
                    cwd=self.config.rootpath,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    text=True,
                    errors="replace",
                    timeout=CHILD_TIMEOUT_PER_TEST * len(batch) + 120,
                )
                output = proc.stdout + proc.stderr
            except subprocess.TimeoutExpired as exc:
                output = f"child pytest timed out\n{exc.stdout or ''}{exc.stderr or ''}"
            by_id: dict[str, list[pytest.TestReport]] = {}
            for line in report_file.read_text("utf-8").splitlines():
                report = self.config.hook.pytest_report_from_serializable(
                    config=self.config, data=json.loads(line)
                )
                by_id.setdefault(report.nodeid, []).append(report)
        for item in batch:
            reports = by_id.get(item.nodeid)
            if not reports or not any(r.when == "call" or r.outcome != "passed" for r in reports):
                reports = [self._failure(item, output)]
            self.results[item.nodeid] = reports

    def _failure(self, item: pytest.Item, output: str) -> pytest.TestReport:
        tail = "\n".join(output.splitlines()[-60:])
        return pytest.TestReport(
            nodeid=item.nodeid,
            location=item.location,
            keywords={k: 1 for k in item.keywords},
            outcome="failed",
            longrepr=f"the X server child process gave no result for this test:\n{tail}",
            when="call",
        )
