"""Plain language in every interface string (handbook §5): short sentences, and the words of
the administration explained where they appear (list: resources/wordlists/jargon.toml)."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
JARGON = tomllib.loads((ROOT / "resources" / "wordlists" / "jargon.toml").read_text("utf-8"))
MAX_WORDS = 20


def _strings(language: str) -> list[str]:
    tree = ET.parse(ROOT / "resources" / "translations" / f"reperes_{language}.ts")
    return [m.findtext("translation") or "" for m in tree.iter("message")]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def _words(sentence: str) -> list[str]:
    return [w for w in re.split(r"[\s\u00a0\u202f]+", sentence) if re.search(r"\w", w)]


def jargon_problems(text: str) -> list[str]:
    """Terms used in `text` without their explanation in the same text."""
    problems = []
    for term, rule in JARGON.items():
        if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text):
            missing = [w for w in rule["explain"] if w.lower() not in text.lower()]
            if missing:
                problems.append(f"{term} (missing: {', '.join(missing)})")
    return problems


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_sentence_over_20_words(language):
    long = [s for text in _strings(language) for s in _sentences(text)
            if len(_words(s)) > MAX_WORDS]  # fmt: skip
    assert long == [], f"sentences over {MAX_WORDS} words: {long}"


def test_administration_words_are_explained_where_they_appear():
    problems = {text: jargon_problems(text) for text in _strings("fr")}
    assert {t: p for t, p in problems.items() if p} == {}


def test_the_jargon_check_can_fail():
    missing = ["DTR (missing: déclaration, trimestrielle)"]
    assert jargon_problems("Faites votre DTR avant le 15.") == missing
    explained = "La DTR (déclaration trimestrielle de ressources) se fait en ligne."
    assert jargon_problems(explained) == []
    assert jargon_problems("Vous avez une ARRESTATION") == []  # whole words only


# -- the guides of the content packs (resources/content/guides) -----------------------------------
def _guides() -> list[tuple[str, str, str]]:
    """(guide id, language, whole text) of every shipped guide: title, paragraphs, facts not
    verified, as the person hears them."""
    found = []
    for path in sorted((ROOT / "resources" / "content" / "guides").glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        for lang in ("fr", "en"):
            parts = [data["title"][lang], *data["paragraphs"][lang]]
            parts += [u[lang] for u in data.get("unverified", [])]
            for subject in data.get("subjects", []):  # the question "what is it about?"
                parts += [subject["name"][lang], subject.get("help", {}).get(lang, "")]
            found.append((data["id"], lang, "\n".join(parts)))
    return found


@pytest.mark.parametrize("guide, language, text", _guides())
def test_guides_have_short_sentences(guide, language, text):
    long = [s for s in _sentences(text) if len(_words(s)) > MAX_WORDS]
    assert long == [], f"{guide} ({language}): sentences over {MAX_WORDS} words: {long}"


@pytest.mark.parametrize("guide, language, text", [g for g in _guides() if g[1] == "fr"])
def test_guides_explain_the_administration_words(guide, language, text):
    assert jargon_problems(text) == []


def test_guides_use_french_typography():
    for guide, language, text in _guides():
        if language == "fr":
            assert "'" not in text, guide
            assert not re.search(r" [?!:;]", text), guide


# -- the procedures of "J'ai reçu un courrier" (resources/content/procedures) ---------------------
def _procedures() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted((ROOT / "resources" / "content" / "procedures").glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        for lang in ("fr", "en"):
            parts = [data["title"][lang], data["when_late"][lang]]
            for step in data["steps"]:
                parts += [step["name"][lang], step["addressee"][lang], step["what"][lang]]
            parts += [u[lang] for u in data.get("unverified", [])]
            for subject in data.get("subjects", []):  # the question "what is it about?"
                parts += [subject["name"][lang], subject.get("help", {}).get(lang, "")]
            found.append((data["id"], lang, "\n".join(parts)))
    return found


@pytest.mark.parametrize("procedure, language, text", _procedures())
def test_procedures_have_short_sentences(procedure, language, text):
    long = [s for s in _sentences(text) if len(_words(s)) > MAX_WORDS]
    assert long == [], f"{procedure} ({language}): sentences over {MAX_WORDS} words: {long}"


@pytest.mark.parametrize("procedure, language, text", [p for p in _procedures() if p[1] == "fr"])
def test_procedures_explain_the_administration_words(procedure, language, text):
    assert jargon_problems(text) == []


# Words that hide what to do: the plain name of the thing instead (issue 16).
VAGUE = ("moyen qui garde une date", "way that keeps a date")


def test_ways_of_sending_are_named_plainly():
    texts = _strings("fr") + _strings("en")
    for path in (ROOT / "resources" / "content").rglob("*.toml"):
        texts.append(path.read_text("utf-8"))
    found = [v for v in VAGUE for t in texts if v in t]
    assert found == [], found


# Turns that are not written French, or that say the wrong day: "avant quand" (spoken, and a
# last day is included: « jusqu’à quand »), "Avant le %1" for a last day (the day before).
MISWORDED = ("avant quand", "avant le %1")


def test_no_misworded_french_turns():
    found = [text for text in _strings("fr") if any(w in text.lower() for w in MISWORDED)]
    assert found == []
