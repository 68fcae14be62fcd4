"""Start Orca (/usr/bin/orca) for one test run, with the system Python.

Orca's launcher refuses to start while another Orca of the same user runs, and `--replace`
kills every Orca of the user (pgrep -x orca): on a shared machine, or with two test runs at
once, that is another session's screen reader. Each test run has its own D-Bus and AT-SPI bus,
so this one ignores the others. Its debug file is written line by line (the tests read it while
Orca runs). Usage: orca_launch.py [orca arguments...]
"""

import builtins
import sys

ORCA = "/usr/bin/orca"

with open(ORCA, encoding="utf-8") as f:
    code = compile(f.read(), ORCA, "exec")
namespace = {"__name__": "orca_launcher", "__file__": ORCA}
exec(code, namespace)
namespace["otherOrcas"] = lambda: []


def _line_buffered_open(file, mode="r", *args, **kwargs):
    if "w" in mode and "b" not in mode:
        kwargs["buffering"] = 1
    return builtins.open(file, mode, *args, **kwargs)


namespace["open"] = _line_buffered_open  # main() opens the --debug-file with open()
sys.argv = [ORCA, *sys.argv[1:]]
sys.exit(namespace["main"]())
