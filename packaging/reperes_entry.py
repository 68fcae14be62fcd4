"""The program PyInstaller freezes: the same entry point as the `reperes` console script."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
