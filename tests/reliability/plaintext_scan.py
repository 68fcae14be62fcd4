"""C7: find any encoding of a secret in any file under some folders.

A plain grep is not enough: keyrings store base64, Windows tools write UTF-16, logs write hex.
Forms looked for: raw UTF-8, upper and lower case, UTF-16 LE/BE, hex (both cases), URL-encoded,
and base64 at the 3 byte alignments (standard and URL-safe alphabets)."""

from __future__ import annotations

import base64
import os
import secrets
import urllib.parse
from pathlib import Path


def make_markers() -> dict[str, str]:
    tag = secrets.token_hex(6)
    return {
        "ascii": f"CANARY-{tag}-journal",
        "accents": f"CANÄRY-é€-ç-{tag}",
        "rtl": f"CANARY-{tag}-שלום-مرحبا",
        "emoji": f"CANARY-{tag}-🐘🌳🚲",
        "long": f"LONGCANARY-{tag}-" + "z" * 300,
    }


def _base64_variants(raw: bytes) -> set[bytes]:
    """Base64 of `raw` at the 3 possible alignments, keeping only the characters fully determined
    by `raw`, so the secret is found wherever it sits inside a larger base64 text."""
    out = set()
    for pad in range(3):
        enc = base64.b64encode(b"\0" * pad + raw)
        start, end = -(-8 * pad // 6), (8 * (pad + len(raw))) // 6
        if end - start >= 8:
            for alphabet in (enc, enc.replace(b"+", b"-").replace(b"/", b"_")):
                out.add(alphabet[start:end])
    return out


def encodings(secret: str | bytes) -> set[bytes]:
    if isinstance(secret, bytes):  # e.g. a raw 32-byte key
        forms = {secret, secret.hex().encode(), secret.hex().upper().encode()}
        return forms | _base64_variants(secret)
    raw = secret.encode("utf-8")
    forms = {
        raw,
        secret.encode("utf-16-le"),
        secret.encode("utf-16-be"),
        secret.upper().encode("utf-8"),
        secret.lower().encode("utf-8"),
        raw.hex().encode(),
        raw.hex().upper().encode(),
        urllib.parse.quote(secret).encode(),
    }
    return {f for f in forms | _base64_variants(raw) if f}


def scan(roots, secrets_to_find, skip: tuple[Path, ...] = ()) -> tuple[list[tuple[str, str]], int]:
    """(file, secret) for every hit under `roots`, and the number of bytes read."""
    needles = [(s, form) for s in secrets_to_find for form in encodings(s)]
    hits: set[tuple[str, str]] = set()
    read = 0
    seen: set[tuple[int, int]] = set()
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                if any(path.is_relative_to(s) for s in skip):
                    continue
                try:
                    st = path.lstat()
                    if not path.is_file() or path.is_symlink() or (st.st_dev, st.st_ino) in seen:
                        continue
                    seen.add((st.st_dev, st.st_ino))
                    data = path.read_bytes()
                except OSError:
                    continue  # vanished or unreadable
                read += len(data)
                hits |= {(str(path), repr(s)[:24]) for s, form in needles if form in data}
    return sorted(hits), read
