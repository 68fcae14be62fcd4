"""No network in tests: an in-process socket guard, and a reader for `strace` output."""

from __future__ import annotations

import re
import socket
from pathlib import Path

BLOCKED_FAMILIES = frozenset({socket.AF_INET, socket.AF_INET6})


class NetworkBlocked(RuntimeError):
    """Raised when test code tries to create an Internet socket. Not an OSError on purpose:
    code that quietly handles network errors must not hide the attempt."""


_original_socket = socket.socket


class _GuardedSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        effective = socket.AF_INET if family == -1 and fileno is None else family
        if fileno is None and effective in BLOCKED_FAMILIES:
            raise NetworkBlocked(
                f"Repères never opens a network socket ({socket.AddressFamily(effective).name})"
            )
        super().__init__(family, type, proto, fileno)


def block_network() -> None:
    """AF_INET/AF_INET6 socket creation raises; AF_UNIX (X11, D-Bus) still works."""
    socket.socket = _GuardedSocket  # type: ignore[misc]


def network_blocked() -> bool:
    return socket.socket is _GuardedSocket


# --- strace -----------------------------------------------------------------------------------
# strace -f -qq -e trace=socket,connect -o FILE prints lines such as
#   1234  socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 5
#   1234  connect(5, {sa_family=AF_INET, sin_port=htons(53), ...}, 16) = 0
_INET_CALL = re.compile(r"\b(socket\(AF_INET6?\b|sa_family=AF_INET6?\b)")
_ANY_SOCKET = re.compile(r"\bsocket\(AF_[A-Z0-9]+")

STRACE_ARGS = ("-f", "-qq", "-e", "trace=socket,connect")


def strace_command(strace: str, out: Path, argv: list[str]) -> list[str]:
    return [strace, *STRACE_ARGS, "-o", str(out), *argv]


def inet_calls(trace: str) -> list[str]:
    """The traced lines that create or connect an Internet (IPv4/IPv6) socket."""
    return [line for line in trace.splitlines() if _INET_CALL.search(line)]


def socket_calls(trace: str) -> list[str]:
    return [line for line in trace.splitlines() if _ANY_SOCKET.search(line)]
