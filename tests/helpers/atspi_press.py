"""Press a button of a running application through AT-SPI, as a screen-reader user does with
the "activate" command (the button's first action). Run with the system Python, like
atspi_dump.py. Prints {"pressed": bool}. Usage: atspi_press.py APP_NAME BUTTON_NAME [TIMEOUT_S]
"""

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402


def find(acc, name, depth=0):
    if depth > 25:
        return None
    states = acc.get_state_set()
    if (acc.get_name() or "") == name and acc.get_role_name() == "push button" and (
        states.contains(Atspi.StateType.SHOWING)
    ):
        return acc
    for i in range(acc.get_child_count()):
        child = acc.get_child_at_index(i)
        if child is not None:
            found = find(child, name, depth + 1)
            if found is not None:
                return found
    return None


def main():
    app_name, button = sys.argv[1], sys.argv[2]
    timeout = float(sys.argv[3]) if len(sys.argv) > 3 else 20.0
    deadline = time.monotonic() + timeout
    desktop = Atspi.get_desktop(0)
    while time.monotonic() < deadline:
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and (app.get_name() or "") == app_name:
                target = find(app, button)
                if target is not None:
                    action = target.get_action_iface()
                    Atspi.Action.do_action(action, 0)
                    print(json.dumps({"pressed": True}))
                    return
        time.sleep(0.2)
    print(json.dumps({"pressed": False}))


if __name__ == "__main__":
    main()
