"""Where the appointment is: an address, an agency, "par téléphone", or a video link.

Addresses are looked for around the appointment (a letter head may hold the person's own home
address, which is not the place to go). A labelled line ("Lieu : …") wins over a guess."""

from __future__ import annotations

import re

from ..domain.appointments import PLACE_MAX, Mode
from .model import Found, Place
from .text import Span, sentence_at, tidy

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+")
_VIDEO_HOST = re.compile(r"visio|teams|zoom|meet|jitsi|webex|whereby|webconf|livestorm")
_VIDEO_WORDS = re.compile(
    r"(?<![\w])(?:en\s+visio(?:conference)?|par\s+visio(?:conference)?|visio-?conference|"
    r"par\s+video|en\s+video|lien\s+de\s+(?:connexion|la\s+visio)|rendez-vous\s+video)(?![\w])"
)
_PHONE_WORDS = re.compile(
    r"(?<![\w])(?:par\s+telephone|entretien\s+telephonique|rendez-vous\s+telephonique|"
    r"rdv\s+telephonique|appel\s+telephonique|echange\s+telephonique|vous\s+(?:serez|sera)\s+"
    r"(?:appele|contacte)e?s?(?:\(e\))?|vous\s+(?:appellera|rappellera|telephonera|contactera"
    r"\s+par\s+telephone)|au\s+telephone)(?![\w])"
)
# Sentences where "par téléphone" is how to reach them, not how the appointment happens.
_CONTACT_SENTENCE = re.compile(
    r"contactez|joindre|prevenir|prevenez|appelez|appeler\s+le|question|renseignement|"
    r"informer|empechement|ne\s+pouvez\s+pas|en\s+cas\s+d'|signaler|reporter"
)
_STREET_TYPES = (
    r"rue|avenue|av\.|bd|boulevard|place|chemin|allee|impasse|route|quai|cours|square|passage|"
    r"esplanade|rond-point|parvis|residence|faubourg|cite|promenade|voie|sentier|zac|za|zi"
)
# "12", "12 bis", "12bis," then a street type. Possessive runs (*+, ++): each run of spaces is
# read once; "\s*(?:bis)?\s*,?\s+" backtracked over every split of a run (cubic: 53 s for a
# number followed by 2,000 spaces).
_NUMBER_BEFORE_STREET = r"[0-9]{1,4}(?:\s*+(?:bis|ter))?(?:\s*+,)?\s++"
_STREET = re.compile(
    rf"(?<![\w]){_NUMBER_BEFORE_STREET}(?:{_STREET_TYPES})(?![\w])[^\n,;:()]{{1,60}}"
)
_STREET_STOP = re.compile(
    r"\.\s|\.$|\s(?:a|pour|avec|afin|merci|muni|munie|des\s+[0-9]|le\s+[0-9]|le\s+(?:lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche))(?![\w])|\s[0-9]{1,2}\s?h|\s[0-9]{5}(?![0-9])"
)
_POSTCODE = re.compile(r"\s*+,?\s*+(?:-\s*+)?([0-9]{5})\s++(?=\S)")
_CITY_LINK = frozenset(
    {
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "sur",
        "sous",
        "en",
        "aux",
        "lès",
        "lez",
        "d'",
        "l'",
        "cedex",
    }
)
_LABEL = re.compile(
    r"(?:^|\n)[ \-*•]*(?:lieu(?:\s+du\s+rendez-vous|\s+de\s+l'(?:entretien|atelier|information"
    r"\s+collective))?|adresse|ou|endroit|rendez-vous\s+a)\s*:\s*([^\n]+)"
)
_PLACE_WORDS = (
    r"agence|antenne|site|maison|espace|centre|mairie|siege|locaux|point|permanence|bureaux?|pole|"
    r"mission\s+locale|caf\b|msa\b|cap\s+emploi|france\s+travail|conseil\s+departemental|ccas|cias|"
    r"salle|hotel\s+de|mediatheque|bibliotheque|cite\s+des|foyer|residence|campus|ecole|lycee|"
    r"college|afpa|greta|cafeteria|boulangerie|magasin|restaurant|entreprise|societe|usine|"
    r"entrepot|gymnase|cmp|cpam|accueil|domicile"
)
# "à l'agence …", "au CCAS de …", ", salle des fêtes de …", "à la cafétéria du centre social …"
_AT_PLACE = re.compile(
    r"(?<![\w])(?:a\s+l'|a\s+la\s+|au\s+|aux\s+|a\s+(?=votre\s+domicile|ton\s+domicile)|dans\s+(?:les\s+locaux\s+(?:de\s+(?:la\s+|l')?|"
    rf"du\s+|des\s+)?|nos\s+locaux|l'|la\s+|le\s+))((?:[a-z]+\s+){{0,2}}?(?:{_PLACE_WORDS})"
    r"(?![a-z])[^\n.;,()]{0,70})"
    rf"|(?<=[,:])[ \t]*((?:{_PLACE_WORDS})(?![a-z])[^\n.;,()]{{0,70}})"
)
_AGENCY_STOP = re.compile(
    r"\s(?:a\s+(?:[0-9]|partir)|le\s+(?:[0-9]|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|premier)|pour|avec|afin|ou\s|et\s+(?:vous|de|d')|munie?|des\s+[0-9]|en\s+vue|"
    r"situee?|sis[e]?|qui\s|dont|[0-9]{1,2}\s?h)(?![\w])|\s(?:lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche)(?![\w])|\s[0-9]{1,2}[/.-][0-9]"
)
WINDOW_BEFORE, WINDOW_AFTER = 250, 500


def _cut(folded: str, start: int, end: int, stop: re.Pattern[str]) -> int:
    m = stop.search(folded, start, end)
    return m.start() if m else end


def _city_end(text: str, start: int) -> int:
    """End of the city name after a postcode: capitalised words and the small words between."""
    end = pos = start
    for m in re.finditer(r"[^\s,.;()]+", text[start : start + 60]):
        gap = text[pos : start + m.start()]
        if pos > start and ("\n" in gap or any(c in gap for c in ",.;()")):
            break
        word = m.group(0)
        if word[0].isupper():
            end = start + m.end()
        elif not (word.lower() in _CITY_LINK and end > start):
            break
        pos = start + m.end()
    return end


_NEXT_ADDRESS_LINE = re.compile(
    rf"\n[ \t]*+(?:{_NUMBER_BEFORE_STREET}(?:{_STREET_TYPES})(?![\w])|[0-9]{{5}}\s)[^\n]*"
)


def _addresses(text: str, folded: str, lo: int, hi: int) -> list[Span]:
    found = []
    for m in _STREET.finditer(folded, lo, hi):
        end = _cut(folded, m.start() + 3, m.end(), _STREET_STOP)
        while end > m.start() and folded[end - 1] in " -":
            end -= 1
        post = _POSTCODE.match(folded, end)
        if post:
            city = _city_end(text, post.end())
            if city > post.end():
                end = city
        found.append(Span(m.start(), end))
    return found


def _agency(text: str, folded: str, lo: int, hi: int) -> Span | None:
    m = _AT_PLACE.search(folded, lo, hi)
    if not m:
        return None
    group = 1 if m.group(1) is not None else 2
    start = m.start(group)
    end = _cut(folded, start, m.end(group), _AGENCY_STOP)
    while end > start and folded[end - 1] in " -:":
        end -= 1
    return Span(start, end) if end - start >= 3 else None


def _in_person(text: str, folded: str, near: Span | None) -> Found[Place] | None:
    lo, hi = (
        (max(0, near.start - WINDOW_BEFORE), min(len(folded), near.end + WINDOW_AFTER))
        if near
        else (0, min(len(folded), 3000))
    )
    # After the appointment first: a letter head above it may hold the person's own address.
    mid = near.start if near else lo
    label = _LABEL.search(folded, lo, hi) or _LABEL.search(folded)
    if label:
        span = Span(*label.span(1))
        for _ in range(2):  # the address may go on over the next lines
            following = _NEXT_ADDRESS_LINE.match(folded, span.end)
            if following is None:
                break
            span = Span(span.start, following.end())
        value = tidy(span.quote(text)).rstrip(" .")
        return Found(Place(value[:PLACE_MAX], Mode.IN_PERSON), 0.9, span, value)
    agency = _agency(text, folded, mid, hi) or _agency(text, folded, lo, mid)
    addresses = _addresses(text, folded, mid, hi) or _addresses(text, folded, lo, mid)
    if near is not None and not addresses and agency is None:
        return None
    if not addresses and agency is None:
        return None
    if addresses:
        address = addresses[0]
        if agency is not None and agency.start < address.start and address.start - agency.end < 150:
            span = agency.union(address)
            value = f"{tidy(agency.quote(text))}, {tidy(address.quote(text))}"
            return Found(
                Place(value[:PLACE_MAX], Mode.IN_PERSON), 0.85, span, tidy(span.quote(text))
            )
        value = tidy(address.quote(text))
        return Found(Place(value[:PLACE_MAX], Mode.IN_PERSON), 0.8 if near else 0.5, address, value)
    assert agency is not None
    value = tidy(agency.quote(text))
    return Found(Place(value[:PLACE_MAX], Mode.IN_PERSON), 0.6, agency, value)


def find_place(text: str, folded: str, near: Span | None) -> Found[Place] | None:
    """The best place found, or None. `near` is the span of the appointment's date."""
    for m in _URL.finditer(folded):
        if _VIDEO_HOST.search(m.group(0)):
            span = Span(m.start(), m.end() - (1 if folded[m.end() - 1] in ".," else 0))
            value = span.quote(text)
            return Found(Place(value[:PLACE_MAX], Mode.VIDEO), 0.9, span, value)
    video = _VIDEO_WORDS.search(folded)
    if video:
        value = tidy(text[video.start() : video.end()])
        return Found(Place(value, Mode.VIDEO), 0.8, Span(*video.span()), value)
    for m in _PHONE_WORDS.finditer(folded):
        sentence = sentence_at(folded, m.start())
        if _CONTACT_SENTENCE.search(folded, sentence.start, sentence.end):
            continue
        if near is not None and not near.start - WINDOW_BEFORE <= m.start() <= near.end + 300:
            continue  # "par téléphone" far from the appointment speaks of something else
        close = near is not None and sentence.start <= near.start <= sentence.end
        value = tidy(text[m.start() : m.end()])
        return Found(Place(value, Mode.PHONE), 0.9 if close else 0.75, Span(*m.span()), value)
    return _in_person(text, folded, near)
