"""PDF files read with PDFium (pypdfium2), from bytes in memory: how many pages, and one page as
raw pixels for the viewer. Nothing here writes a file or knows about Qt.

PDFium is not thread-safe and Repères calls it from worker threads (import, viewer, reading a
letter): every call goes through PDFIUM_LOCK. Its C calls release the GIL, so a long page does
not freeze the window."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from . import pdf_child
from .limits import can_limit
from .pdf_child import PAGE_PIXELS_MAX, PdfProblem

PDFIUM_LOCK = threading.RLock()
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
MAX_SIDE = 6000  # pixels: a poster-sized page is drawn smaller rather than filling the memory


@dataclass(frozen=True)
class PagePixels:
    """One page drawn in BGRx (4 bytes a pixel), rows `stride` bytes apart."""

    width: int
    height: int
    stride: int
    pixels: bytes
    page_count: int


def _open(data: bytes):
    import pypdfium2  # late: starting Repères does not need PDFium

    try:
        return pypdfium2.PdfDocument(bytes(data))
    except pypdfium2.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise PdfProblem("encrypted") from None
        raise PdfProblem("damaged") from None


def page_count(data: bytes) -> int:
    """Pages PDFium sees, or PdfProblem. In a child process with limits where there is one
    (app.pdf_child): a page tree that loops must not take this process with it."""
    if can_limit():
        return pdf_child.count(bytes(data))
    with PDFIUM_LOCK:
        doc = _open(data)
        try:
            return len(doc)
        finally:
            doc.close()


def render_page(data: bytes, index: int, width: int) -> PagePixels:
    """Page `index` (0-based) drawn `width` pixels wide (less for a huge page), white behind.
    Drawn in a child process with limits where there is one (app.pdf_child)."""
    if can_limit():
        frame = pdf_child.render(bytes(data), index, width)
        h = frame.header
        return PagePixels(h["width"], h["height"], h["stride"], frame.payload, h["pages"])
    with PDFIUM_LOCK:
        doc = _open(data)
        try:
            count = len(doc)
            if count == 0:
                raise PdfProblem("damaged")
            page = doc[min(max(0, index), count - 1)]
            try:
                points_w, points_h = page.get_size()
                scale = max(0.05, width / max(1.0, points_w))
                scale = min(scale, MAX_SIDE / max(1.0, points_w, points_h))
                scale = min(scale, (PAGE_PIXELS_MAX / max(1.0, points_w * points_h)) ** 0.5)
                bitmap = page.render(scale=scale, rev_byteorder=False, prefer_bgrx=True)
                try:
                    pixels = bytes(bitmap.buffer)
                    return PagePixels(bitmap.width, bitmap.height, bitmap.stride, pixels, count)
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            doc.close()
