"""Hostile inputs, made by code (the big ones would weigh megabytes in the repository).

Each input is what a person may really hand to Repères — a pasted web-mail full of blank
space, a calendar from another program, a photo or a PDF — pushed to where a careless reader
backtracks, loops or fills the memory. `HOSTILE` lists them with the command that reads them,
the exit code it must end with and a piece of the sentence it must say. tests/hostile runs
them under the budget of handbook §9 (app.limits), the benchmark measures them."""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.demo_files import pdf_from_objects

RECEIVED = "2026-12-01"
WHEN = "Quand : mardi 15 décembre 2026, à 10 h 30."
SENTENCE = "Convocation le mardi 15 décembre 2026 à 10h30 à l'agence France Travail.\n"


@dataclass(frozen=True)
class Hostile:
    kind: str  # message, calendar, photo, pdf
    name: str
    make: Callable[[Path], Path]  # writes the file into a folder, returns its path
    command: str  # parse-message, import-ics (into a new carnet)
    exit_code: int
    says: str  # a piece of what stdout or stderr must hold
    stdin: bytes | None = None  # written to a named pipe when the input is one


def _text(name: str, content: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_text(content, "utf-8")
        return path

    return make


# -- messages: runs of blank space and digits where the patterns look ---------------------------
MESSAGES = [
    # The street-address pattern tried every split of the run (cubic: 53 s for 2,000 spaces).
    Hostile(
        "message",
        "number_then_spaces",
        _text("m.txt", SENTENCE + "12" + " " * 20_000 + "x"),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "number_then_tabs_and_lines",
        _text("m.txt", SENTENCE + "Adresse 4 bis" + "\t \n" * 5_000 + ", rue"),
        "parse-message",
        0,
        WHEN,
    ),
    # A run of spaces after a date grew with its square (21 s for 40,000).
    Hostile(
        "message",
        "date_then_spaces",
        _text("m.txt", "RDV le 15/12/2026" + " " * 200_000 + "à 10h30\n"),
        "parse-message",
        0,
        "Quand : mardi 15 décembre 2026",
    ),
    Hostile(
        "message",
        "blank_lines_around_keywords",
        _text(
            "m.txt",
            SENTENCE
            + "".join(
                w + "\n" * 2_000 for w in ("le", "du", "lundi", "75001", "rue", "premier", "à")
            ),
        ),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "postcode_after_blank_lines",
        _text("m.txt", SENTENCE + "3 rue des Lilas" + " \n" * 20_000 + "75011 Paris"),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "digits_and_spaces",
        _text("m.txt", SENTENCE + "1 " * 200_000),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "a_long_number",
        _text("m.txt", SENTENCE + "9" * 500_000),
        "parse-message",
        0,
        WHEN,
    ),
    Hostile(
        "message",
        "weekday_then_spaces",
        _text("m.txt", SENTENCE + "jeudi" + " \n" * 50_000 + "premier" + " " * 50_000 + "x"),
        "parse-message",
        0,
        WHEN,
    ),
]


# -- calendars ----------------------------------------------------------------------------------
def _event(uid: str, day: int = 15, *lines: str) -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261201T100000Z\r\n"
        f"DTSTART:202612{day:02d}T100000Z\r\nSUMMARY:Rendez-vous {uid}\r\n"
        + "".join(f"{line}\r\n" for line in lines)
        + "END:VEVENT\r\n"
    )


def _calendar(*parts: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//hostile//FR\r\n"
        + "".join(parts)
        + "END:VCALENDAR\r\n"
    )


def _bytes(name: str, content: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return make


def _zone_every(freq: str) -> str:
    """About 500 bytes: a time zone whose offset changes every second (or minute) from 1970."""
    return (
        "BEGIN:VTIMEZONE\r\nTZID:Piege/Seconde\r\nBEGIN:STANDARD\r\n"
        "DTSTART:19700101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
        f"RRULE:FREQ={freq}\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\n"
        "DTSTART:19700101T000001\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
        f"RRULE:FREQ={freq}\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    )


def _fifo(folder: Path) -> Path:
    path = folder / "agenda.ics"
    os.mkfifo(path)  # nobody ever writes: a plain read would wait for ever
    return path


def _dev_zero(folder: Path) -> Path:
    path = folder / "agenda.ics"
    path.symlink_to("/dev/zero")  # read to the end, it would fill the memory
    return path


def _large(folder: Path) -> Path:
    """1,458 events (as libical's large.ics), one of them broken beyond reading."""
    events = [_event(f"e{i}", 1 + i % 28) for i in range(1457)]
    events.insert(700, _event("broken", 15, *["BEGIN:VALARM"] * 12))
    path = folder / "large.ics"
    path.write_text(_calendar(*events), "utf-8")
    return path


IMPORTED = "Rendez-vous importés : {}."
CALENDARS = [
    Hostile(
        "calendar",
        "zone_every_second",
        _text(
            "a.ics",
            _calendar(
                _zone_every("SECONDLY"),
                _event("a"),
                _event("b", 16, "DTSTART;TZID=Piege/Seconde:20261216T100000"),
            ),
        ),
        "import-ics",
        0,
        "dans un fuseau horaire aux règles impossibles : 1",
    ),
    Hostile(
        "calendar",
        "zone_every_minute",
        _text("a.ics", _calendar(_zone_every("MINUTELY"), _event("a"))),
        "import-ics",
        0,
        IMPORTED.format(1),
    ),
    Hostile("calendar", "named_pipe", _fifo, "import-ics", 2, "pas un fichier ordinaire"),
    Hostile("calendar", "link_to_dev_zero", _dev_zero, "import-ics", 2, "pas un fichier ordinaire"),
    Hostile(
        "calendar", "large_with_one_broken_event", _large, "import-ics", 0, IMPORTED.format(1457)
    ),
    Hostile(
        "calendar",
        "events_after_the_end",
        _text("a.ics", _calendar(_event("a")) + _event("b") * 3),
        "import-ics",
        0,
        "écrits après la fin du calendrier (END:VCALENDAR) : 3",
    ),
    Hostile(
        "calendar",
        "one_bad_byte",
        _bytes(
            "a.ics",
            _calendar(_event("a"), _event("é\udcff", 16)).encode("utf-8", "surrogateescape"),
        ),
        "import-ics",
        0,
        "Des lettres du fichier étaient abîmées.",
    ),
    Hostile(
        "calendar",
        "deep_nesting",
        _text("a.ics", _calendar(_event("a"), "BEGIN:VEVENT\r\n" * 200_000)),
        "import-ics",
        0,
        IMPORTED.format(1),
    ),
    Hostile(
        "calendar",
        "too_large",
        _text("a.ics", _calendar(_event("a")) + " " * (21 << 20)),
        "import-ics",
        1,
        "trop gros pour un calendrier",
    ),
]

HOSTILE: list[Hostile] = [*MESSAGES, *CALENDARS]


# -- photos and PDFs ----------------------------------------------------------------------------
def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int, height: int, *, text: bytes = b"", rows: int | None = None) -> bytes:
    """A grey PNG, white; `rows`: how many rows of pixels are really there (a header that
    promises more than the file holds costs nothing to make)."""
    packer = zlib.compressobj(1)
    row = b"\x00" + b"\xff" * width
    body = b"".join(packer.compress(row) for _ in range(height if rows is None else rows))
    body += packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    extra = _chunk(b"tEXt", b"Comment\x00" + text) if text else b""
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + extra + _chunk(b"IDAT", body)
            + _chunk(b"IEND", b""))  # fmt: skip


def pdf(objects: list[bytes]) -> bytes:
    """A PDF from its objects (1 is the catalogue), with a correct cross-reference table."""
    return pdf_from_objects(objects, version=b"1.7")


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(content, 1)
    return (b"<< /Length %d /Filter /FlateDecode " % len(packed) + extra + b">>\nstream\n"
            + packed + b"\nendstream")  # fmt: skip


def _page_pdf(content: bytes, resources: bytes = b"<< >>") -> bytes:
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources
        + b" /Contents 4 0 R >>",
        _stream(content),
    ])  # fmt: skip


def _file(name: str, make_bytes: Callable[[], bytes]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(make_bytes())
        return path

    return make


def _big_image_pdf() -> bytes:
    """A page that draws one 20,000 × 20,000 grey image (400 MB once decoded)."""
    side = 20_000
    packer = zlib.compressobj(1)
    row = b"\x80" * side
    data = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    head = b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray " % (
        side, side,
    )  # fmt: skip
    image = (
        head
        + b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(data)
        + data
        + b"\nendstream"
    )
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        b"<< /XObject << /Im 5 0 R >> >> /Contents 4 0 R >>",
        _stream(b"q 595 0 0 842 0 0 cm /Im Do Q"),
        image,
    ])  # fmt: skip


def _circular_pdf() -> bytes:
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ])  # fmt: skip


UNREADABLE_PHOTO = "La photo est trop difficile à lire."
TOO_HEAVY = "demande trop de mémoire ou de temps"
LETTERS = [
    Hostile(
        "photo",
        "png_30000_squared",
        _file("photo.png", lambda: png(30_000, 30_000, rows=200)),
        "parse-message",
        13,
        "trop grande pour être lue",
    ),
    Hostile(
        "photo",
        "png_64_megapixels",
        _file("photo.png", lambda: png(8_000, 8_000)),
        "parse-message",
        13,
        "trop grande pour être lue",
    ),
    Hostile(
        "photo",
        "photo_saying_pdf",
        _file("photo.png", lambda: png(600, 400, text=b"%PDF-1.7")),
        "parse-message",
        13,
        UNREADABLE_PHOTO,
    ),
    Hostile(
        "photo",
        "twenty_six_megabytes",
        _file("photo.png", lambda: png(100, 100, text=b"x" * (26 << 20))),
        "parse-message",
        2,
        "plus de 25 Mo",
    ),
    Hostile(
        "pdf",
        "image_of_20000_squared",
        _file("lettre.pdf", _big_image_pdf),
        "parse-message",
        13,
        UNREADABLE_PHOTO,
    ),
    Hostile(
        "pdf",
        "five_million_operators",
        _file("lettre.pdf", lambda: _page_pdf(b"0 0 m 595 842 l S\n" * 5_000_000)),
        "parse-message",
        13,
        TOO_HEAVY,
    ),
    Hostile(
        "pdf",
        "stream_inflating_to_400_mb",
        _file("lettre.pdf", lambda: _page_pdf(b"%" + b" " * (400 << 20))),
        "parse-message",
        13,
        TOO_HEAVY,
    ),
    Hostile(
        "pdf",
        "circular_page_tree",
        _file("lettre.pdf", _circular_pdf),
        "parse-message",
        13,
        "Ce fichier PDF est abîmé.",
    ),
]

HOSTILE += LETTERS
