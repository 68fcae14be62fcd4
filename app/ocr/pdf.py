"""PDF pages as images, in memory, for the OCR engine (pypdfium2: Google's PDFium).

Each page is rendered in grey at 300 dots per inch and handed over as a PGM image (a tiny
header and the pixels): Tesseract reads it from stdin, nothing touches the disk. Only the first
MAX_PAGES pages are read; the screen says so for a longer file. PDFium is not thread-safe:
every call holds PDFIUM_LOCK (shared with the viewer, app/pdf_pages.py), never while
Tesseract reads a page."""

from __future__ import annotations

from collections.abc import Iterator

from .. import pdf_child
from ..limits import can_limit
from ..pdf_child import PAGE_PIXELS_MAX
from ..pdf_pages import PDFIUM_LOCK
from .engine import OcrError

_CHILD_CODES = {"encrypted": "encrypted_pdf", "damaged": "broken_pdf", "too_heavy": "too_heavy"}

MAX_PAGES = 10
DPI = 300
MAX_SIDE = 7000  # pixels: a poster-sized page is scaled down rather than filling the memory
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD


def _pdfium():  # imported late: starting Repères does not need it
    import pypdfium2

    return pypdfium2


def _open(data: bytes):
    pdfium = _pdfium()
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR or "password" in str(exc).lower():
            raise OcrError("encrypted_pdf") from exc
        raise OcrError("broken_pdf", str(exc)) from exc


def pdf_page_count(data: bytes) -> int:
    with PDFIUM_LOCK:
        doc = _open(data)
        try:
            return len(doc)
        finally:
            doc.close()


def _pgm(bitmap) -> bytes:
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    buffer = memoryview(bitmap.buffer)
    if stride == width:
        pixels = bytes(buffer[: width * height])
    else:
        pixels = b"".join(bytes(buffer[y * stride : y * stride + width]) for y in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + pixels


def _said(pages: Iterator[bytes]) -> Iterator[bytes]:
    """The child's pages, its problems as OcrError (a page tree that loops is seen only when
    the page is drawn)."""
    try:
        yield from pages
    except pdf_child.PdfProblem as problem:
        raise OcrError(_CHILD_CODES[problem.code]) from None
    finally:
        close = getattr(pages, "close", None)
        if close is not None:
            close()


def pdf_page_images(data: bytes, max_pages: int = MAX_PAGES) -> tuple[int, Iterator[bytes]]:
    """(pages in the file, the first `max_pages` pages as PGM images, rendered one by one).
    Drawn in a child process with limits where there is one (app.pdf_child)."""
    if can_limit():
        try:
            total, drawn = pdf_child.grey_pages(bytes(data), max_pages, DPI)
        except pdf_child.PdfProblem as problem:
            raise OcrError(_CHILD_CODES[problem.code]) from None
        return total, _said(drawn)
    with PDFIUM_LOCK:
        doc = _open(data)
        total = len(doc)
        if total == 0:
            doc.close()
            raise OcrError("broken_pdf", "no page")

    def render(index: int) -> bytes:
        with PDFIUM_LOCK:
            page = doc[index]
            try:
                width, height = page.get_size()  # points (1/72 inch)
                scale = min(DPI / 72, MAX_SIDE / max(1.0, width, height))
                scale = min(scale, (PAGE_PIXELS_MAX / max(1.0, width * height)) ** 0.5)
                bitmap = page.render(scale=scale, grayscale=True)
                try:
                    return _pgm(bitmap)
                finally:
                    bitmap.close()
            finally:
                page.close()

    def pages() -> Iterator[bytes]:
        try:
            for index in range(min(total, max_pages)):
                yield render(index)
        finally:
            with PDFIUM_LOCK:
                doc.close()

    return total, pages()
