"""app/ocr/images.py: the pixels of a photo or a scan read from its header, before anything
decodes it, and read_document refusing too many of them without starting Tesseract."""

from __future__ import annotations

import struct

import pytest
from hostile.inputs import png
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from app.ocr import OcrEngine, OcrError, read_document
from app.ocr.images import MAX_PIXELS, image_pixels


def encoded(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(data.data())


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF", "PGM", "PPM"])
def test_the_pixels_of_every_format_read_are_known_from_the_header(qapp, fmt: str) -> None:
    image = QImage(321, 123, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image_pixels(encoded(image, fmt)) == 321 * 123


def test_a_tiff_whose_pages_loop_or_a_cut_header_is_unknown() -> None:
    ifd = struct.pack("<H", 2) + struct.pack("<HHII", 256, 4, 1, 10)
    ifd += struct.pack("<HHII", 257, 4, 1, 10) + struct.pack("<I", 8)  # next page: itself
    assert image_pixels(b"II*\x00" + struct.pack("<I", 8) + ifd) is None
    assert image_pixels(b"\x89PNG\r\n\x1a\n\x00\x00") is None
    assert image_pixels(b"\xff\xd8\xff\xe0\x00") is None


def test_too_many_pixels_are_refused_before_any_decoding() -> None:
    huge = png(30_000, 30_000, rows=10)  # 900 million pixels promised in a few kilobytes
    assert image_pixels(huge) == 900_000_000 > MAX_PIXELS
    nowhere = OcrEngine("/nonexistent/tesseract")  # started, it would say "not_available"
    with pytest.raises(OcrError) as caught:
        read_document(huge, engine=nowhere)
    assert caught.value.code == "too_many_pixels"
