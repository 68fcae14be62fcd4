"""The size of a photo or a scan, read from its header before anything decodes it.

A 1 MB PNG can hold 30,000 × 30,000 pixels: Tesseract took 3.3 GB to read it. The width and
height are in the first bytes of every format Repères reads (PNG, JPEG, PGM/PPM, TIFF), so an
image with too many pixels is refused with a sentence before a single pixel is decoded."""

from __future__ import annotations

import struct

MAX_PIXELS = 50_000_000  # a 50-megapixel phone photo; an A4 page at 300 dpi is 8.7 million
TIFF_PAGES_MAX = 10  # as the PDF pages read (app/ocr/pdf.py)

PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"
PNM = (b"P5", b"P6")
TIFF = (b"II*\x00", b"MM\x00*")
IMAGE_MAGICS = (JPEG, PNG, *PNM, *TIFF)


def _png(data: bytes) -> int | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width * height


def _jpeg(data: bytes) -> int | None:
    """Walks the markers up to the first frame header (SOFn), at most the whole file once."""
    pos = 2
    while pos + 9 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width * height
        if length < 2:
            return None
        pos += 2 + length
    return None


def _pnm(data: bytes) -> int | None:
    """ "P5 2480 3508 255": numbers after the magic, comments (#…) allowed between them."""
    numbers: list[int] = []
    pos = 2
    while len(numbers) < 2 and pos < min(len(data), 4096):
        ch = data[pos : pos + 1]
        if ch == b"#":
            end = data.find(b"\n", pos)
            pos = len(data) if end < 0 else end + 1
        elif ch.isdigit():
            end = pos
            while end < len(data) and data[end : end + 1].isdigit() and end - pos < 9:
                end += 1
            numbers.append(int(data[pos:end]))
            pos = end
        elif ch.isspace():
            pos += 1
        else:
            return None
    return numbers[0] * numbers[1] if len(numbers) == 2 else None


def _tiff(data: bytes) -> int | None:
    """Pixels of every page (IFD) added up; a loop of pages, or too many, is refused."""
    order = "<" if data[:2] == b"II" else ">"
    if len(data) < 8:
        return None
    (offset,) = struct.unpack(order + "I", data[4:8])
    total, seen = 0, set()
    while offset:
        if offset in seen or len(seen) >= TIFF_PAGES_MAX or offset + 2 > len(data):
            return None
        seen.add(offset)
        (entries,) = struct.unpack(order + "H", data[offset : offset + 2])
        width = height = 0
        for i in range(entries):
            at = offset + 2 + 12 * i
            if at + 12 > len(data):
                return None
            tag, kind = struct.unpack(order + "HH", data[at : at + 4])
            if tag in (256, 257):  # ImageWidth, ImageLength: SHORT (3) or LONG (4)
                fmt = "H" if kind == 3 else "I"
                (value,) = struct.unpack(order + fmt, data[at + 8 : at + 8 + struct.calcsize(fmt)])
                width, height = (value, height) if tag == 256 else (width, value)
        if not width or not height:
            return None
        total += width * height
        at = offset + 2 + 12 * entries
        if at + 4 > len(data):
            return None
        (offset,) = struct.unpack(order + "I", data[at : at + 4])
    return total


def image_pixels(data: bytes) -> int | None:
    """Pixels of the image (all pages of a TIFF), or None when the header cannot be read."""
    try:
        if data.startswith(PNG):
            return _png(data)
        if data.startswith(JPEG):
            return _jpeg(data)
        if data.startswith(PNM):
            return _pnm(data)
        if data.startswith(TIFF):
            return _tiff(data)
    except struct.error:
        return None
    return None
