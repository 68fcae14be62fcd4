"""Where a key sits in a TOML file, so a refused pack names the file *and the line*.

tomllib gives values without positions; editors need "guides/rdv.toml:14". This scans the text
for table headers ([a], [[a]]) and `key =` lines, and finds the first line whose path matches
the path of the problem (or contains it: an inline table, a table header)."""

from __future__ import annotations

import re
from collections.abc import Sequence

Path = Sequence[str | int]

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(
    r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*")(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"))*)\s*="""
)


def _split(dotted: str) -> list[str]:
    return [p.strip().strip('"') for p in re.split(r"\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", dotted)]


def key_lines(text: str) -> list[tuple[tuple[str | int, ...], int]]:
    """(path, line number) of every table header and key in the file, in order."""
    found: list[tuple[tuple[str | int, ...], int]] = []
    counts: dict[tuple[str, ...], int] = {}
    header: tuple[str | int, ...] = ()
    in_string = False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string:  # inside a multi-line string: no keys here
            if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                in_string = False
            continue
        m = _HEADER.match(line)
        if m and not _KEY.match(line):
            names = tuple(_split(m.group(2)))
            if m.group(1) == "[[":
                counts[names] = counts.get(names, -1) + 1
                header = (*names, counts[names])
            else:
                header = names
            found.append((header, number))
            continue
        k = _KEY.match(line)
        if k:
            found.append(((*header, *_split(k.group(1))), number))
            rest = line[k.end() :]
            if rest.count('"""') % 2 == 1 or rest.count("'''") % 2 == 1:
                in_string = True
    return found


def line_of(text: str, path: Path) -> int:
    """The line of `path` (e.g. ("steps", 1, "deadline")); the nearest enclosing table's line
    when the key is absent (a missing key is reported where it should be); 1 at worst."""
    target = tuple(path)
    best, best_len = 1, -1
    for found, number in key_lines(text):
        if found == target:
            return number
        n = len(found)
        if n > best_len and target[:n] == found:  # an enclosing table, or an inline table
            best, best_len = number, n
    return best
