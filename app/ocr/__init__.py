"""Reading the text of a letter on paper (a photo, a scan or a PDF), offline.

    engine = find_engine()                      # None: OCR is "not available" on this PC
    result = read_document(data, engine=engine, cancel=event, on_page=...)
    result.text, result.pages_read, result.pages_total, result.quality

Tesseract (French data) runs as a child process fed through pipes: the image goes in on stdin,
the words come out on stdout, so no decrypted page is ever written to a file. PDF pages are
rendered in memory (pypdfium2). Nothing here knows about Qt; the screen runs it on a worker
thread and can cancel it between and during pages."""

from .engine import (
    LANGUAGE,
    OcrEngine,
    OcrError,
    PageText,
    engine_status,
    find_engine,
)
from .pdf import MAX_PAGES, pdf_page_images
from .read import OcrResult, Quality, read_document

__all__ = [
    "LANGUAGE",
    "MAX_PAGES",
    "OcrEngine",
    "OcrError",
    "OcrResult",
    "PageText",
    "Quality",
    "engine_status",
    "find_engine",
    "pdf_page_images",
    "read_document",
]
