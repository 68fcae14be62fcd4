"""Lock the carnet when the computer's session is locked or the computer goes to sleep.

Someone who locks the screen (Windows+L) or closes a laptop means "I am leaving": the carnet
must be closed when they, or someone else, come back. The main window connects `locked` to
its own lock, the same as the auto-lock after idle time.

Where this comes from:
- Linux, session bus: org.freedesktop.ScreenSaver (and GNOME's org.gnome.ScreenSaver)
  ActiveChanged(true), sent by the desktop's screen locker. Tested for real: a test sends the
  signal from another process (dbus-send) on ./test's private session bus.
- Linux, system bus: logind's Session.Lock for our session and Manager.PrepareForSleep(true).
  Listened to when there is a system bus; it cannot be driven in the tests (no logind there).
- Windows: WM_WTSSESSION_CHANGE (lock, disconnect) after WTSRegisterSessionNotification, and
  WM_POWERBROADCAST/PBT_APMSUSPEND, through a native event filter. Written from Microsoft's
  documentation; it cannot run here, so it is not tested.
- macOS: not handled (Repères is not packaged for macOS).

Signals are accepted from any sender on the bus: the screen saver's well-known name has a
different owner on each desktop, and a forged signal can only lock the carnet, never open it.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot

try:  # QtDBus is in PySide6-Essentials on Linux; absent from some Windows builds
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage
except ImportError:  # pragma: no cover - depends on the platform build
    QDBusConnection = None  # type: ignore[assignment,misc]

SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIND = "org.freedesktop.login1"
LOGIND_TIMEOUT_MS = 1000


class SessionLockWatch(QObject):
    """Emits `locked` once per OS session lock or suspend, with the reason (for logs/tests)."""

    locked = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.sources: list[str] = []  # what is listened to, for the tests and for support
        self._native: _WindowsSessionFilter | None = None
        if QDBusConnection is not None and sys.platform.startswith("linux"):
            self._listen_session_bus()
            self._listen_logind()

    # -- Linux ------------------------------------------------------------------------------------
    def _listen_session_bus(self) -> None:
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for interface in SCREEN_SAVERS:
            if bus.connect("", "", interface, "ActiveChanged", self, "1_screen_saver(bool)"):
                self.sources.append(interface)

    def _listen_logind(self) -> None:
        bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return
        manager_path = "/org/freedesktop/login1"
        if bus.connect(
            LOGIND, manager_path, f"{LOGIND}.Manager", "PrepareForSleep", self, "1_sleep(bool)"
        ):
            self.sources.append("logind sleep")
        # "auto": logind answers with the session of the caller. A plain message with a short
        # timeout, not a QDBusInterface (which would introspect, blocking, at start).
        call = QDBusMessage.createMethodCall(
            LOGIND, manager_path, f"{LOGIND}.Manager", "GetSession"
        )
        call.setArguments(["auto"])
        reply = bus.call(call, QDBus.CallMode.Block, LOGIND_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return  # not in a logind session (a container, a remote shell)
        path = reply.arguments()[0]
        path = path.path() if hasattr(path, "path") else str(path)
        if bus.connect(LOGIND, path, f"{LOGIND}.Session", "Lock", self, "1_session_lock()"):
            self.sources.append("logind lock")

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.locked.emit("screen saver")

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if going:
            self.locked.emit("sleep")

    @Slot()
    def _session_lock(self) -> None:
        self.locked.emit("session lock")

    # -- Windows ----------------------------------------------------------------------------------
    def watch_window(self, window) -> None:
        """Windows only: ask for session notifications for this top-level window (elsewhere
        this does nothing, and does not make the window native)."""
        if sys.platform != "win32" or self._native is not None:
            return
        win_id = int(window.winId())
        self._native = _WindowsSessionFilter(self.locked.emit)
        QCoreApplication.instance().installNativeEventFilter(self._native)
        try:
            wtsapi = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
            if wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), 0):
                self.sources.append("windows session")
        except (AttributeError, OSError):
            pass
        self.sources.append("windows suspend")  # WM_POWERBROADCAST reaches every window


WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOCK = 0x2, 0x4, 0x7
WM_POWERBROADCAST, PBT_APMSUSPEND = 0x0218, 0x4


class _MSG(ctypes.Structure):
    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    """Untested here (no Windows): reads the MSG that Qt passes for "windows_generic_MSG"."""

    def __init__(self, emit):
        super().__init__()
        self._emit = emit

    def nativeEventFilter(self, event_type, message):  # Qt's name
        if bytes(event_type) != b"windows_generic_MSG":
            return False, 0
        msg = _MSG.from_address(int(message))
        if msg.message == WM_WTSSESSION_CHANGE and msg.wParam in (
            WTS_SESSION_LOCK,
            WTS_CONSOLE_DISCONNECT,
            WTS_REMOTE_DISCONNECT,
        ):
            self._emit("windows session")
        elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
            self._emit("windows suspend")
        return False, 0  # never eats the message
