"""PyInstaller runtime hook: runs inside the frozen Repères before its first import.

1. Programs Repères starts (the sound player, Tesseract, the printer's tools) must get the
   computer's own libraries, not the bundle's: the Linux bootloader puts the bundle first in
   LD_LIBRARY_PATH and keeps the original in LD_LIBRARY_PATH_ORIG. The running process already
   has its libraries mapped, so putting the original back changes nothing for Repères itself.
2. Portable copy (the marker `reperes-portable` beside the program): the caches that libraries
   keep for themselves (fontconfig's font list, Qt's) go to `donnees/cache/` on the stick, not
   to the PC's ~/.cache. On most PCs nothing is cached at all (the system's font cache is up to
   date); this covers the PCs where it is not. REPERES_HOME (tests, training rooms) wins over
   the marker, as in app/locations.py. See packaging/README.md ("What the bundle writes").
"""

import os
import sys
from pathlib import Path

PORTABLE_MARKER = "reperes-portable"  # app/locations.py
PORTABLE_DATA = "donnees"


def _restore_library_path() -> None:
    if not sys.platform.startswith("linux"):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


def _portable_caches() -> None:
    if sys.platform == "win32" or os.environ.get("REPERES_HOME"):
        return
    program = Path(sys.executable).resolve().parent
    if (program / PORTABLE_MARKER).exists():
        os.environ["XDG_CACHE_HOME"] = str(program / PORTABLE_DATA / "cache")


_restore_library_path()
_portable_caches()
