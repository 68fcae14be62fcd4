"""PDFium in a child process held to a memory and a CPU-time limit (app.limits).

A PDF from outside can ask PDFium for anything: a page of 40,000² pixels, five million
drawing operators, a content stream that inflates to 400 MB, a page tree that loops. Counting
pages and drawing them happen here, in a child process that the kernel stops at
CHILD_MEMORY bytes and CHILD_SECONDS of CPU (and the parent after WALL_SECONDS): a hostile file
ends in PdfProblem("too_heavy") or ("damaged"), never in a frozen window or a PC out of memory.

The PDF goes to the child on its stdin, the answers come back on its stdout as frames: one
JSON line, then `size` raw bytes (pixels). Nothing is written to a file. Where a child cannot be
limited (Windows, a frozen bundle) the same work runs in this process (app.pdf_pages)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .limits import CHILD_MEMORY, CHILD_SECONDS, limited, set_own_limits, stopped_by_limit

ROOT = Path(__file__).resolve().parents[1]
WALL_SECONDS = 60.0  # a child blocked on something the CPU limit does not see
HEADER_MAX = 4096
EXIT_TOO_HEAVY = 3  # the child's own exit when an allocation was refused (MemoryError)
# Pixels of one drawn page: the viewer's BGRx page, or a grey page for OCR (300 dpi A4 is 8.7 M).
PAGE_PIXELS_MAX = 36_000_000


class PdfProblem(Exception):
    """code: "encrypted" (a password is needed), "damaged" (PDFium cannot read it) or
    "too_heavy" (drawing it asked for more memory or time than a file may take: the child hit
    its limits). Raised by the child's callers here and by app.pdf_pages alike."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Frame:
    header: dict
    payload: bytes


def _command() -> list[str]:
    start = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from app.pdf_child import main; main()"
    return limited([sys.executable, "-I", "-B", "-c", start], CHILD_MEMORY, CHILD_SECONDS)


class Child:
    """One child for one request: `frames()` yields its answers, `close()` ends it."""

    def __init__(self, data: bytes, request: dict):
        self.process = subprocess.Popen(
            _command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
        )
        self._timer = threading.Timer(WALL_SECONDS, self.process.kill)
        self._timer.daemon = True
        self._timer.start()
        self._writer = threading.Thread(target=self._feed, args=(data, request), daemon=True)
        self._writer.start()

    def _feed(self, data: bytes, request: dict) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(json.dumps({**request, "size": len(data)}).encode() + b"\n")
            stdin.write(data)
            stdin.close()
        except (BrokenPipeError, OSError, ValueError):
            pass  # the child stopped early: its exit says why

    def frames(self) -> Iterator[Frame]:
        stdout = self.process.stdout
        assert stdout is not None
        while True:
            line = stdout.readline(HEADER_MAX)
            if not line:
                break
            try:
                header = json.loads(line)
            except ValueError:
                break
            if header.get("kind") == "error":
                raise PdfProblem(str(header.get("code", "damaged")))
            payload = stdout.read(int(header.get("size", 0))) if header.get("size") else b""
            yield Frame(header, payload)
        self.process.wait()
        self._timer.cancel()
        if stopped_by_limit(self.process.returncode) or self.process.returncode == EXIT_TOO_HEAVY:
            raise PdfProblem("too_heavy")
        if self.process.returncode != 0:
            raise PdfProblem("damaged")

    def close(self) -> None:
        self._timer.cancel()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdout, self.process.stdin):
            if stream is not None:
                stream.close()


def count(data: bytes) -> int:
    child = Child(data, {"op": "count"})
    try:
        for frame in child.frames():
            return int(frame.header["pages"])
        raise PdfProblem("damaged")
    finally:
        child.close()


def render(data: bytes, index: int, width: int) -> Frame:
    """One page drawn in BGRx `width` pixels wide (less for a huge page): header has width,
    height, stride, pages."""
    child = Child(data, {"op": "render", "index": index, "width": width})
    try:
        for frame in child.frames():
            return frame
        raise PdfProblem("damaged")
    finally:
        child.close()


def grey_pages(data: bytes, max_pages: int, dpi: int) -> tuple[int, Iterator[bytes]]:
    """(pages in the file, the first `max_pages` pages as PGM images, drawn one by one)."""
    child = Child(data, {"op": "pages", "max_pages": max_pages, "dpi": dpi})
    frames = child.frames()
    try:
        first = next(frames)
    except StopIteration:
        child.close()
        raise PdfProblem("damaged") from None
    except BaseException:
        child.close()
        raise

    def pages() -> Iterator[bytes]:
        try:
            for frame in frames:
                yield frame.payload
        finally:
            child.close()

    return int(first.header["pages"]), pages()


# -- the child ----------------------------------------------------------------------------------
def _scale(points_w: float, points_h: float, wanted: float) -> float:
    """`wanted` pixels per point, less when the page would pass PAGE_PIXELS_MAX."""
    area = max(1.0, points_w) * max(1.0, points_h)
    return max(0.01, min(wanted, (PAGE_PIXELS_MAX / area) ** 0.5))


def _send(out: IO[bytes], header: dict, payload: bytes = b"") -> None:
    out.write(json.dumps({**header, "size": len(payload)}).encode() + b"\n")
    out.write(payload)
    out.flush()


def _serve(request: dict, data: bytes, out: IO[bytes]) -> None:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = "encrypted" if getattr(exc, "err_code", None) == 4 else "damaged"
        _send(out, {"kind": "error", "code": code})
        return
    total = len(doc)
    if request["op"] == "count":
        _send(out, {"kind": "count", "pages": total})
        return
    if total == 0:
        _send(out, {"kind": "error", "code": "damaged"})
        return
    if request["op"] == "render":
        page = doc[min(max(0, int(request["index"])), total - 1)]
        points_w, points_h = page.get_size()
        scale = _scale(points_w, points_h, max(0.05, int(request["width"]) / max(1.0, points_w)))
        bitmap = page.render(scale=scale, rev_byteorder=False, prefer_bgrx=True)
        header = {"kind": "page", "width": bitmap.width, "height": bitmap.height,
                  "stride": bitmap.stride, "pages": total}  # fmt: skip
        _send(out, header, bytes(bitmap.buffer))
        return
    _send(out, {"kind": "count", "pages": total})
    for index in range(min(total, int(request["max_pages"]))):
        page = doc[index]
        points_w, points_h = page.get_size()
        bitmap = page.render(scale=_scale(points_w, points_h, int(request["dpi"]) / 72),
                             grayscale=True)  # fmt: skip
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        buffer = memoryview(bitmap.buffer)
        rows = [bytes(buffer[y * stride : y * stride + width]) for y in range(height)]
        _send(out, {"kind": "page"}, b"P5\n%d %d\n255\n" % (width, height) + b"".join(rows))
        bitmap.close()
        page.close()


def main() -> None:
    from .hardening import protect_process

    protect_process()  # before the PDF is read: not dumpable, no core dump (app/hardening.py)
    set_own_limits(CHILD_MEMORY, CHILD_SECONDS)  # also when started without the trampoline
    stdin, out = sys.stdin.buffer, sys.stdout.buffer
    request = json.loads(stdin.readline(HEADER_MAX))
    data = stdin.read(int(request["size"]))
    try:
        _serve(request, data, out)
    except MemoryError:
        sys.exit(EXIT_TOO_HEAVY)
    except Exception:  # PdfiumError on a page, a looping page tree…: the file is damaged
        _send(out, {"kind": "error", "code": "damaged"})
