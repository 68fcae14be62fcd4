"""Tiny, valid PNG and PDF files for the training carnet (and for tests): made in memory, a few
hundred bytes each, every one different so none is mistaken for another."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def tiny_png(seed: int, size: int = 24) -> bytes:
    """A grey-level PNG whose pattern depends on `seed` (a stand-in for a photo of a receipt)."""
    rows = bytearray()
    for y in range(size):
        rows.append(0)  # filter: none
        rows.extend(((x * 7 + y * 13 + seed * 31) ^ (seed >> (x % 8))) & 0xFF for x in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )


def _pdf_text(text: str) -> str:
    """A PDF string literal in the standard Latin-1 font (other characters become '?')."""
    safe = text.encode("latin-1", "replace").decode("latin-1")
    return "(" + safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def tiny_pdf(lines: list[str], *, pages: int = 1) -> bytes:
    """A PDF of `pages` A4 pages showing `lines` (a stand-in for a scanned letter).
    pages=0 makes a well-formed PDF with an empty page tree: the case import must refuse."""
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    font = 3 + 2 * pages
    for i in range(pages):
        text = " ".join(
            f"BT /F1 11 Tf 56 {780 - 16 * n} Td {_pdf_text(line)} Tj ET"
            for n, line in enumerate(lines or [""])
        ).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * i} 0 R "
            f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_from_objects(objects)


def pdf_from_objects(objects: list[bytes], version: bytes = b"1.4") -> bytes:
    """A PDF file from its numbered objects (1 is the catalogue), with a correct
    cross-reference table."""
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
