"""PyInstaller runtime hook: runs inside the frozen Repères before its first import.

1. Programs Repères starts (the sound player, Tesseract, the printer's tools) must get the
   computer's own libraries, not the bundle's: the Linux bootloader puts the bundle first in
   LD_LIBRARY_PATH and keeps the original in LD_LIBRARY_PATH_ORIG. The running process already
   has its libraries mapped, so putting the original back changes nothing for Repères itself.
2. Nothing written on the PC by the toolkit: see packaging/README.md ("What the bundle writes").
"""

import os
import sys


def _restore_library_path() -> None:
    if not sys.platform.startswith("linux"):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


_restore_library_path()
