"""Admin subcommands of `reperes` (demo, check, import-ics, export-ics, say)."""

from __future__ import annotations

import argparse
import sys


def run(args: argparse.Namespace) -> int:
    print(f"reperes {args.command}: pas encore disponible.", file=sys.stderr)
    return 1
