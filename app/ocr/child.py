"""The OCR child when it can be kept unreadable: a Python process that marks itself not dumpable
(app/hardening.py), then runs Tesseract's own library in-process through its C API, with the same
protocol as `tesseract stdin stdout -l fra --psm 1 tsv`: an image on stdin, TSV on stdout.

The tesseract program itself cannot be protected: starting a program makes it dumpable again, so
other programs of the same account could read the page from its memory (issue 22). When the
libraries are missing, this child starts the program instead (the old way, said in README Limits).

Usage: python -m app.ocr.child TESSERACT_BINARY
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys

from ..hardening import protect_process

PSM_AUTO_OSD = 1
LANGUAGE = b"fra"
TSV_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top",
               "width", "height", "conf", "text")  # fmt: skip


def _library(name: str, soname: str) -> ctypes.CDLL | None:
    for candidate in (ctypes.util.find_library(name), soname):
        if candidate:
            try:
                return ctypes.CDLL(candidate)
            except OSError:
                continue
    return None


def libraries() -> tuple[ctypes.CDLL, ctypes.CDLL] | None:
    tess = _library("tesseract", "libtesseract.so.5")
    lept = _library("lept", "liblept.so.5") or _library("leptonica", "libleptonica.so.6")
    if tess is None or lept is None:
        return None
    return tess, lept


def read_tsv(image: bytes, tess: ctypes.CDLL, lept: ctypes.CDLL) -> bytes:
    """The TSV Tesseract gives for this image. Raises RuntimeError on any failure."""
    vp, cp = ctypes.c_void_p, ctypes.c_char_p
    lept.pixReadMem.restype = vp
    lept.pixReadMem.argtypes = [ctypes.c_char_p, ctypes.c_size_t]
    lept.pixDestroy.argtypes = [ctypes.POINTER(vp)]
    tess.TessBaseAPICreate.restype = vp
    tess.TessBaseAPIInit3.argtypes = [vp, cp, cp]
    tess.TessBaseAPISetPageSegMode.argtypes = [vp, ctypes.c_int]
    tess.TessBaseAPISetImage2.argtypes = [vp, vp]
    tess.TessBaseAPIRecognize.argtypes = [vp, vp]
    tess.TessBaseAPIGetTsvText.restype = ctypes.POINTER(ctypes.c_char)
    tess.TessBaseAPIGetTsvText.argtypes = [vp, ctypes.c_int]
    tess.TessDeleteText.argtypes = [ctypes.POINTER(ctypes.c_char)]
    tess.TessBaseAPIEnd.argtypes = [vp]
    tess.TessBaseAPIDelete.argtypes = [vp]

    pix = vp(lept.pixReadMem(image, len(image)))
    if not pix.value:
        raise RuntimeError("image not readable")
    api = vp(tess.TessBaseAPICreate())
    try:
        datapath = os.environ.get("TESSDATA_PREFIX")
        if tess.TessBaseAPIInit3(api, datapath.encode() if datapath else None, LANGUAGE) != 0:
            raise RuntimeError("no French data")
        tess.TessBaseAPISetPageSegMode(api, PSM_AUTO_OSD)
        tess.TessBaseAPISetImage2(api, pix)
        if tess.TessBaseAPIRecognize(api, None) != 0:
            raise RuntimeError("recognition failed")
        text = tess.TessBaseAPIGetTsvText(api, 0)
        if not text:
            raise RuntimeError("no text")
        try:
            body = ctypes.string_at(text)
        finally:
            tess.TessDeleteText(text)
    finally:
        tess.TessBaseAPIEnd(api)
        tess.TessBaseAPIDelete(api)
        lept.pixDestroy(ctypes.byref(pix))
    # The program prints a header line first; the library gives the word rows only.
    header = "\t".join(TSV_COLUMNS) + "\n"
    return header.encode() + body


def main(argv: list[str]) -> int:
    protect_process()  # before the image is read: not dumpable, no core dump
    found = libraries()
    if found is None:  # no library: the program, as before (dumpable: README, Limits)
        binary = argv[0]
        os.execv(binary, [binary, "stdin", "stdout", "-l", "fra", "--psm", "1", "tsv"])
    image = sys.stdin.buffer.read()
    try:
        tsv = read_tsv(image, *found)
    except RuntimeError:
        return 1
    sys.stdout.buffer.write(tsv)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
