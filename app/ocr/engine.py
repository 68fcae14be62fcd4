"""Tesseract as a child process: found on the PATH (or given), checked for its French data,
fed an image on stdin, its words read from stdout (TSV, with a confidence for each word).

Never through a shell; a small environment (no proxy, no locale surprises); one thread, so a
2-core library PC keeps a responsive window. A cancelled read kills the process at once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from ..limits import limited, stopped_by_limit

LANGUAGE = "fra"
LIST_TIMEOUT = 20.0  # seconds for `--list-langs` (a cold disk on an old PC)
PAGE_TIMEOUT = 120.0  # one page never takes this long; a hung engine is stopped
POLL = 0.1  # how often a running page looks at the cancel flag
MAX_OUTPUT = 2_000_000  # TSV of one page: a real page gives ~100 kB


class OcrError(Exception):
    """One code, one sentence on the screen: not_available, no_french, cancelled, failed,
    encrypted_pdf, broken_pdf, unsupported, too_many_pixels (refused before decoding),
    too_heavy (stopped by its memory or time limit)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float  # 0..100, as Tesseract gives it
    line: tuple[int, int, int]  # (block, paragraph, line): words of a line go together


@dataclass(frozen=True)
class PageText:
    text: str
    words: int
    confidence: float  # mean word confidence, 0..100 (0 for a page without words)


def _environment() -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", "LANG": "C"}
    env["OMP_THREAD_LIMIT"] = "1"
    if "TESSDATA_PREFIX" in os.environ:
        env["TESSDATA_PREFIX"] = os.environ["TESSDATA_PREFIX"]
    if os.name == "nt":  # Windows needs these to start a process at all
        for key in ("SYSTEMROOT", "TEMP", "TMP"):
            if key in os.environ:
                env[key] = os.environ[key]
    return env


def _lines(tsv: str) -> list[Word]:
    words: list[Word] = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            confidence = float(cells[10])
            line = (int(cells[2]), int(cells[3]), int(cells[4]))
        except ValueError:
            continue
        words.append(Word(cells[11].strip(), max(0.0, confidence), line))
    return words


def page_text(words: list[Word]) -> PageText:
    """Words back into lines, paragraphs separated by a blank line."""
    out: list[str] = []
    previous: tuple[int, int, int] | None = None
    for word in words:
        if previous is None:
            out.append(word.text)
        elif word.line == previous:
            out.append(" " + word.text)
        elif word.line[:2] == previous[:2]:
            out.append("\n" + word.text)
        else:
            out.append("\n\n" + word.text)
        previous = word.line
    confidence = sum(w.confidence for w in words) / len(words) if words else 0.0
    return PageText("".join(out), len(words), confidence)


class OcrEngine:
    """One Tesseract binary with French data. private: read through app/ocr/child.py (Tesseract's
    library in a Python child that is not dumpable) instead of the program itself."""

    def __init__(self, binary: str, private: bool = False):
        self.binary = binary
        self.private = private

    def read_image(self, image: bytes, cancel: threading.Event | None = None) -> PageText:
        """The text of one image (PNG, JPEG, PGM…), from memory. Raises OcrError."""
        command = [self.binary, "stdin", "stdout", "-l", LANGUAGE, "--psm", "1", "tsv"]
        env = _environment()
        if self.private:
            command = [sys.executable, "-m", "app.ocr.child", self.binary]
            env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2])  # where `app` is
        # Under a memory and CPU limit (app.limits): a hostile image ends in "too_heavy".
        args = limited(command)
        try:
            process = subprocess.Popen(
                args,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        except OSError as exc:
            raise OcrError("not_available", str(exc)) from exc
        result: dict[str, bytes] = {}

        def talk() -> None:  # communicate() in a thread, so this one can watch `cancel`
            try:
                result["out"], _ = process.communicate(image)
            except (OSError, ValueError):
                result["out"] = b""

        talker = threading.Thread(target=talk, daemon=True)
        talker.start()
        waited = 0.0
        while talker.is_alive():
            talker.join(POLL)
            waited += POLL
            if (cancel is not None and cancel.is_set()) or waited > PAGE_TIMEOUT:
                process.kill()
                talker.join()
                raise OcrError("cancelled" if waited <= PAGE_TIMEOUT else "failed", "stopped")
        if stopped_by_limit(process.returncode):
            raise OcrError("too_heavy", f"tesseract stopped: {process.returncode}")
        if process.returncode != 0:
            raise OcrError("failed", f"tesseract exit {process.returncode}")
        out = result.get("out", b"")[:MAX_OUTPUT]
        return page_text(_lines(out.decode("utf-8", errors="replace")))


def _languages(binary: str) -> set[str] | None:
    try:
        done = subprocess.run(
            [binary, "--list-langs"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=LIST_TIMEOUT,
            env=_environment(),
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    text = (done.stdout + done.stderr).decode("utf-8", errors="replace")
    return {line.strip() for line in text.splitlines()[1:] if line.strip()}


def _private_child_possible() -> bool:
    """The library child needs a Python that runs `-m` (not a frozen bundle) and the libraries."""
    if getattr(sys, "frozen", False):
        return False
    from .child import libraries

    return libraries() is not None


def engine_status(binary: str | None = None) -> tuple[OcrEngine | None, str]:
    """(the engine, "ok") or (None, "not_available" | "no_french"). The engine found on its
    own reads through the private child when it can; a binary given is run as it is."""
    path = binary if binary is not None else os.environ.get("REPERES_TESSERACT", "tesseract")
    found = shutil.which(path) if not Path(path).is_absolute() else path
    if not found or not Path(found).is_file():
        return None, "not_available"
    languages = _languages(found)
    if languages is None:
        return None, "not_available"
    if LANGUAGE not in languages:
        return None, "no_french"
    return OcrEngine(found, private=binary is None and _private_child_possible()), "ok"


def find_engine(binary: str | None = None) -> OcrEngine | None:
    return engine_status(binary)[0]
