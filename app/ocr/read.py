"""A whole document read: every page (up to MAX_PAGES), the text joined, and how well it read.

Quality is judged from Tesseract's own word confidences: a blurred, dark or upside-down photo
gives few words or words it is unsure of, and the screen says so plainly instead of passing
garbage on to the parser as if it were the letter."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from .engine import OcrEngine, OcrError, PageText
from .images import IMAGE_MAGICS, MAX_PIXELS, image_pixels
from .pdf import MAX_PAGES, pdf_page_images

PDF_MAGIC = b"%PDF-"
GOOD_CONFIDENCE = 70.0  # mean word confidence of a clean print is 90+; a blurred photo < 50
POOR_CONFIDENCE = 55.0
MIN_WORDS = 8  # fewer words than that on a whole letter: nothing worth reading was found


class Quality(StrEnum):
    GOOD = "good"
    UNSURE = "unsure"  # read, but some words may be wrong: the person checks
    POOR = "poor"  # mostly guesswork: take the photo again
    EMPTY = "empty"  # no text found (a photo of something else, a blank page)


@dataclass(frozen=True)
class OcrResult:
    text: str
    pages_read: int
    pages_total: int
    words: int
    confidence: float  # mean over every word, 0..100
    quality: Quality

    @property
    def truncated(self) -> bool:
        return self.pages_read < self.pages_total


def quality_of(words: int, confidence: float) -> Quality:
    if words < MIN_WORDS:
        return Quality.EMPTY
    if confidence >= GOOD_CONFIDENCE:
        return Quality.GOOD
    if confidence >= POOR_CONFIDENCE:
        return Quality.UNSURE
    return Quality.POOR


def read_document(
    data: bytes,
    *,
    engine: OcrEngine,
    cancel: threading.Event | None = None,
    on_page: Callable[[int, int], None] | None = None,
    max_pages: int = MAX_PAGES,
) -> OcrResult:
    """The text of a photo, a scan or a PDF. on_page(page, of) is called before each page.
    Raises OcrError (cancelled, encrypted_pdf, broken_pdf, unsupported, failed)."""
    # The type is read at the very start only: a photo whose text chunk says "%PDF-" is a photo.
    if data.startswith(IMAGE_MAGICS):
        pixels = image_pixels(data)
        if pixels is None:
            raise OcrError("failed", "image size unreadable")
        if pixels > MAX_PIXELS:
            raise OcrError("too_many_pixels")  # refused before anything decodes it
        total, images = 1, iter([data])
    elif data.startswith(PDF_MAGIC):
        total, images = pdf_page_images(data, max_pages)
    else:
        raise OcrError("unsupported")
    pages: list[PageText] = []
    to_read = min(total, max_pages)
    try:
        for number, image in enumerate(images, start=1):
            if cancel is not None and cancel.is_set():
                raise OcrError("cancelled")
            if on_page is not None:
                on_page(number, to_read)
            pages.append(engine.read_image(image, cancel))
    finally:
        close = getattr(images, "close", None)
        if close is not None:
            close()  # the PDF is closed now, not whenever the collector passes
    words = sum(p.words for p in pages)
    confidence = sum(p.confidence * p.words for p in pages) / words if words else 0.0
    text = "\n\n".join(p.text for p in pages if p.text)
    return OcrResult(text, len(pages), total, words, confidence, quality_of(words, confidence))
