"""A stand-in for aplay/pacat (there is no sound card here): reads raw 16-bit mono PCM on stdin
at the pace a sound card would (or as fast as it can with --fast), and can log what it got.

    fake_player.py --rate 22050 [--fast] [--log FILE] [--fail] [--die-after BYTES]
                   [--start-delay SECONDS]

--fail exits at once with an error, like aplay without a sound device; --die-after exits with an
error once that much audio came (a sound server that goes away mid-sentence); --start-delay
waits before reading anything (a sound server slow to wake up). The log holds
"first <CLOCK_MONOTONIC seconds>" when audio first arrives and "end <bytes>" at end of input."""

from __future__ import annotations

import argparse
import os
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=int, default=22050)
    parser.add_argument("--fast", action="store_true")
    parser.add_argument("--log")
    parser.add_argument("--fail", action="store_true")
    parser.add_argument("--die-after", type=int, default=0)
    parser.add_argument("--start-delay", type=float, default=0.0)
    args = parser.parse_args()
    if args.fail:
        print("fake_player: audio open error: No such file or directory", file=sys.stderr)
        return 1
    log = open(args.log, "a", buffering=1) if args.log else None  # noqa: SIM115
    time.sleep(args.start_delay)
    bytes_per_s = args.rate * 2
    total = 0
    start = None
    while True:
        data = os.read(0, 4096)
        if not data:
            break
        if start is None:
            start = time.monotonic()
            if log:
                log.write(f"first {start!r}\n")
        total += len(data)
        if args.die_after and total >= args.die_after:
            print("fake_player: connection to the sound server lost", file=sys.stderr)
            return 2
        if not args.fast:  # a sound card takes samples no faster than it plays them
            due = start + total / bytes_per_s - 0.1  # it holds 100 ms
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
    if log:
        log.write(f"end {total}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
