"""Read the AT-SPI tree of a running application, as a screen reader (Orca) does.

Run with the system Python (/usr/bin/python3), which has PyGObject and the Atspi typelib;
prints one JSON document: {"found": bool, "nodes": [{depth, role, name, description,
focusable, showing, text}]}. Usage: atspi_dump.py APP_NAME [TIMEOUT_S]
"""

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def _text(acc):
    try:
        iface = acc.get_text_iface()
        if iface is None:
            return None
        return Atspi.Text.get_text(iface, 0, Atspi.Text.get_character_count(iface))
    except Exception:  # not every object has text
        return None


def walk(acc, depth, out):
    states = acc.get_state_set()
    out.append(
        {
            "depth": depth,
            "role": acc.get_role_name(),
            "name": acc.get_name() or "",
            "description": acc.get_description() or "",
            "focusable": states.contains(Atspi.StateType.FOCUSABLE),
            "showing": states.contains(Atspi.StateType.SHOWING),
            "text": _text(acc),
        }
    )
    for i in range(acc.get_child_count()):
        child = acc.get_child_at_index(i)
        if child is not None:
            walk(child, depth + 1, out)


def main():
    name = sys.argv[1]
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    deadline = time.monotonic() + timeout
    desktop = Atspi.get_desktop(0)
    while time.monotonic() < deadline:
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and (app.get_name() or "") == name and app.get_child_count():
                nodes = []
                walk(app, 0, nodes)
                print(json.dumps({"found": True, "nodes": nodes}))
                return
        time.sleep(0.2)
    print(json.dumps({"found": False, "nodes": []}))


if __name__ == "__main__":
    main()
