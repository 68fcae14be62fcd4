"""Letters made for the OCR tests, in memory: French text drawn by Qt at 300 dots per inch, as a
scanner would give it (PNG), turned a quarter, blurred, or laid out as PDF pages."""

from __future__ import annotations

import io

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageSize, QPainter, QPdfWriter, QTransform

A4_300DPI = (2480, 3508)
DOTS_PER_METRE_300DPI = 11811

CONVOCATION = """France Travail
Agence de Saint-Étienne Centre
12 rue de la République, 42000 Saint-Étienne

Saint-Étienne, le 20 novembre 2026

Objet : Convocation à un entretien

Madame,

Vous êtes convoquée le jeudi 3 décembre 2026 à 14h30 à l'agence France Travail
de Saint-Étienne Centre, 12 rue de la République, 42000 Saint-Étienne.

Merci de vous munir de votre CV et d'une pièce d'identité.

Votre présence est obligatoire.

Veuillez agréer, Madame, nos salutations distinguées.

Votre conseillère France Travail"""

SANCTION_NOTICE = """Caisse d'allocations familiales de la Loire
3 avenue du Président Émile Loubet, 42000 Saint-Étienne

Saint-Étienne, le 16 novembre 2026

Objet : Suspension envisagée de votre RSA

Madame,

Vous ne vous êtes pas présentée au rendez-vous prévu avec votre référente.
Nous envisageons de suspendre le versement de votre revenu de solidarité active.

Avant toute décision, vous pouvez présenter vos observations écrites
dans un délai de 10 jours à compter de la réception de ce courrier.

Veuillez agréer, Madame, nos salutations distinguées."""


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def letter_image(text: str) -> QImage:
    width, height = A4_300DPI
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    image.setDotsPerMeterX(DOTS_PER_METRE_300DPI)
    image.setDotsPerMeterY(DOTS_PER_METRE_300DPI)
    painter = QPainter(image)
    font = QFont("DejaVu Serif")
    font.setPixelSize(46)  # 11 points at 300 dpi
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(
        QRectF(220, 260, width - 440, height - 520),
        Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
        text,
    )
    painter.end()
    return image


def letter_png(text: str = CONVOCATION) -> bytes:
    return _png(letter_image(text))


def rotated_png(text: str = CONVOCATION, degrees: int = 90) -> bytes:
    return _png(letter_image(text).transformed(QTransform().rotate(degrees)))


def blurred_png(text: str = CONVOCATION, factor: int = 10) -> bytes:
    """A shaken photo: shrunk to a tenth, blown up again; the letters melt into grey."""
    image = letter_image(text)
    small = image.scaledToWidth(image.width() // factor, Qt.TransformationMode.SmoothTransformation)
    return _png(small.scaledToWidth(image.width(), Qt.TransformationMode.SmoothTransformation))


def pdf_pages(pages: list[str]) -> bytes:
    """A PDF with one text per page (vector text, as an office's software exports it)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    font = QFont("DejaVu Serif")
    font.setPointSize(12)
    painter.setFont(font)
    for index, text in enumerate(pages):
        if index:
            writer.newPage()
        painter.drawText(QRectF(220, 260, 2040, 2980), Qt.TextFlag.TextWordWrap, text)
    painter.end()
    buffer.close()
    return bytes(data.data())


def encrypted_pdf(pages: list[str], password: str = "secret") -> bytes:
    """The same PDF locked with a password (AES-256), as a bank or an office may send it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_pages(pages))))
    writer.encrypt(password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def letter_tiff(text: str = CONVOCATION) -> bytes:
    """A scanner's TIFF (what many office scanners save by default)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert letter_image(text).save(buffer, "TIFF")
    return bytes(data.data())


def with_text_chunk(png: bytes, words: bytes) -> bytes:
    """The PNG with a tEXt chunk right after its header, as a camera or an editor writes one."""
    import struct
    import zlib

    body = b"Comment\x00" + words
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + body))
    return png[:33] + chunk + png[33:]  # 8-byte signature + 25-byte IHDR chunk
