"""WAV bytes built in memory (never a temporary file: spoken text is personal data)."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterable

SAMPLE_WIDTH = 2  # 16-bit signed little-endian, what espeak-ng and SAPI produce


def wav_bytes(pcm_parts: Iterable[bytes], sample_rate: int, channels: int = 1) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(sample_rate)
        for part in pcm_parts:
            out.writeframesraw(part)
    return buffer.getvalue()
