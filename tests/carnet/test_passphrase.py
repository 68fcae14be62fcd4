"""Passphrase rules a person can live with: long phrases and any script accepted, very weak ones
refused with a reason, generated phrases of common words, and `assess` never crashes."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.carnet import Carnet, WeakPassphrase, WrongPassphrase
from app.carnet.passphrase import (
    GENERATED_WORDS,
    MAX_LENGTH,
    assess,
    common_words,
    generate_phrase,
)

from .kit import folder_state, make_carnet

WORDS = ["lanterne", "velours", "cerisier", "boussole", "marelle", "pivoine", "tartine", "galet"]


def _phrase_of_length(n: int) -> str:
    """A non-repetitive phrase of exactly n characters."""
    out, i = "", 0
    while len(out) < n:
        out += WORDS[i % len(WORDS)] + f" {i} "
        i += 1
    return out[:n].rstrip() + "x" * (n - len(out[:n].rstrip()))


LONG_128 = _phrase_of_length(128)
LONG_1024 = _phrase_of_length(1024)

UNICODE_PHRASES = {
    "emoji": "🐘🌳🚲🍎 mon vélo 🎈🐟 au marché",
    "arabic-rtl": "مرحبا بكم في البيت الكبير الأخضر",
    "accents": "Éléphant côté rivière, ça déçoit Noël",
    "hebrew-mixed": "שלום עולם 42 et le café crème",
    "cjk": "山の上に小さな家があります四月",
    "combining": "e\u0301te\u0301 a\u0300 la plage, c\u0327a de\u0301tend",
}


def test_lengths_and_scripts_are_accepted():
    assert len(LONG_128) == 128 and len(LONG_1024) == 1024 == MAX_LENGTH
    for phrase in (LONG_128, LONG_1024, *UNICODE_PHRASES.values()):
        verdict = assess(phrase)
        assert verdict.acceptable, (phrase[:30], verdict.reasons)
    assert "too_long" in assess(LONG_1024 + "z").reasons


@pytest.mark.parametrize(
    "phrase",
    [LONG_128, LONG_1024, *UNICODE_PHRASES.values()],
    ids=["128", "1024", *UNICODE_PHRASES],
)
def test_long_and_unicode_phrases_open_the_carnet(tmp_path: Path, phrase: str):
    carnet, _ = make_carnet(tmp_path / "c", phrase)
    carnet.lock()
    Carnet.unlock(tmp_path / "c", phrase).lock()
    with pytest.raises(WrongPassphrase):  # one character less is another phrase
        Carnet.unlock(tmp_path / "c", phrase[:-1])
    if len(phrase) > 72:  # the strength check reads only the start; the key uses all of it
        with pytest.raises(WrongPassphrase):
            Carnet.unlock(tmp_path / "c", phrase[:-1] + "#")


def test_nfc_and_nfd_of_the_same_phrase_both_unlock(tmp_path: Path):
    nfc = unicodedata.normalize("NFC", "Noël à l'Hôtel-Dieu, café crème")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd and nfc.encode() != nfd.encode()
    for created, typed in ((nfc, nfd), (nfd, nfc)):
        folder = tmp_path / f"c{len(created)}"
        carnet, _ = make_carnet(folder, created)
        carnet.lock()
        Carnet.unlock(folder, typed).lock()
        Carnet.unlock(folder, created).lock()


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("azerty", "too_short"),
        ("motdepasse", "easy_to_guess"),
        ("Marie2024", "easy_to_guess"),
        ("abc", "too_short"),
        ("", "too_short"),
        ("1234567", "too_short"),
        ("azertyuiop", "easy_to_guess"),
        ("soleil2024", "easy_to_guess"),
        ("jetaime123", "easy_to_guess"),
        ("motdepasse123", "easy_to_guess"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaa", "easy_to_guess"),
        ("12345678910", "easy_to_guess"),
        ("bien\x00caché dans le texte", "invalid_character"),
    ],
)
def test_very_weak_phrases_are_refused_with_a_reason(tmp_path: Path, phrase: str, reason: str):
    verdict = assess(phrase)
    assert not verdict.acceptable
    assert reason in verdict.reasons
    with pytest.raises(WeakPassphrase) as info:
        make_carnet(tmp_path / "c", phrase)
    assert reason in info.value.reasons
    assert not (tmp_path / "c").exists() or folder_state(tmp_path / "c") == {}


def test_the_person_s_own_name_counts_against_the_phrase(tmp_path: Path):
    assert assess("Bernadette Vasquez 87").acceptable  # strong enough from a stranger...
    assert "easy_to_guess" in assess("Bernadette Vasquez 87", ["Bernadette Vasquez"]).reasons
    with pytest.raises(WeakPassphrase):
        make_carnet(tmp_path / "c", "Bernadette Vasquez 87", owner_name="Bernadette Vasquez")


def test_generated_phrases_pass_and_use_the_word_list():
    words = common_words()
    assert len(words) >= 1024 and len(set(words)) == len(words)
    seen = set()
    for _ in range(60):
        phrase = generate_phrase()
        parts = phrase.split(" ")
        assert len(parts) == GENERATED_WORDS == 5
        assert all(p in words for p in parts)
        verdict = assess(phrase)
        assert verdict.acceptable, (phrase, verdict.reasons)
        seen.add(phrase)
    assert len(seen) == 60  # no repeats: the phrase is drawn, not fixed


def test_a_generated_phrase_opens_a_carnet(tmp_path: Path):
    phrase = generate_phrase()
    carnet, _ = make_carnet(tmp_path / "c", phrase)
    carnet.lock()
    Carnet.unlock(tmp_path / "c", phrase).lock()


# All of Unicode, surrogates included (they reach Python from files read with surrogateescape).
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)


@settings(max_examples=300)
@given(text=ANY_TEXT, personal=st.lists(st.text(max_size=20), max_size=3))
def test_assess_never_crashes(text: str, personal: list[str]):
    verdict = assess(text, personal)
    assert isinstance(verdict.reasons, list)
    assert verdict.acceptable == (verdict.reasons == [])
    assert verdict.guesses_log10 >= 0


@settings(max_examples=30)
@given(text=st.text(min_size=1000, max_size=3000))
def test_assess_of_very_long_text_never_crashes(text: str):
    verdict = assess(text)
    if len(unicodedata.normalize("NFC", text)) > MAX_LENGTH:
        assert "too_long" in verdict.reasons
