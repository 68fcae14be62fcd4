"""What to bring (or send): "munissez-vous de votre CV et d'une pièce d'identité", or a list.

After a trigger ("vous munir de", "apporter", "documents à fournir :", "merci de nous envoyer")
the rest of the sentence is split on commas, "et" and semicolons; a trigger that ends its line
with ":" reads the bullets below it. Articles ("votre", "d'une") are dropped, words are kept as
written."""

from __future__ import annotations

import re

from ..domain.appointments import TO_BRING_ITEM_MAX, TO_BRING_MAX_ITEMS
from .model import Found
from .text import Span, tidy

_TRIGGER = re.compile(
    r"(?<![\w])(?:(?:vous\s+|se\s+)?munir\s+(?:de|d')|munissez-vous\s+(?:de|d')|munis-toi\s+de|"
    r"muni(?:e|\(e\)|s|es)?\s+(?:de|d')|"
    r"(?:apportez|apporter|apporte|amenez|amener|amene|ramenez|ramener|ramene|prevoyez|prevoir|"
    r"prevois)\s+(?=votre|vos|un|une|le|la|les|l'|des|du|ton|ta|tes|:)|"
    r"pensez?\s+a\s+(?:prendre|apporter|amener|ramener)|n'oubliez?\s+pas(?:\s+(?:de\s+prendre|"
    r"d'apporter|d'amener|de\s+ramener))?|venez\s+avec|viens\s+avec|"
    r"(?:documents?|pieces?(?:\s+justificatives?)?|justificatifs?)\s+(?:a\s+(?:fournir|apporter|"
    r"presenter|prevoir|joindre|envoyer|transmettre)|(?:suivante?s|demandee?s|manquante?s|"
    r"necessaires)\s*(?=:))|"
    r"(?:merci|veuillez|je\s+vous\s+remercie|nous\s+vous\s+remercions|vous\s+devez)\s+"
    r"(?:de\s+|d')?(?:bien\s+vouloir\s+)?(?:nous\s+|me\s+|lui\s+)?(?:faire\s+parvenir|envoyer|"
    r"transmettre|fournir|adresser|retourner|deposer|joindre|renvoyer|apporter|preparer)|"
    r"(?:a\s+apporter|a\s+prevoir|a\s+fournir|a\s+joindre)\s*:|nous\s+avons\s+besoin\s+(?:des|du|de|d')|"
    r"(?:please\s+|remember\s+to\s+)?bring\s+(?=your\s|the\s|a\s|an\s))"
)
# "Prévoir chaussures de sécurité." : an imperative opening its sentence needs no article.
# The word is searched, then what is before it checked (_opens_sentence): a pattern starting
# with "\s*" after a line break was tried at every line of a run of blank lines (quadratic).
_IMPERATIVE = re.compile(r"(?<![\w])(?:prevoir|prevoyez|apporter|apportez|a\s++prevoir)\s+")


def _opens_sentence(folded: str, pos: int, floor: int) -> bool:
    """True when the former pattern could start in the blank space before `pos` (not before
    `floor`, where the previous match ended): at the start of the text, after a line break or
    a ".", "!", "?", ":", possibly followed by one space."""
    start = pos
    while True:
        if start == 0 or folded[start - 1] in ".!?:\n":
            return True
        if start >= 2 and folded[start - 1] == " " and folded[start - 2] in ".!?:\n":
            return True
        if start <= floor or not folded[start - 1].isspace():
            return False
        start -= 1


def _imperatives(folded: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for m in _IMPERATIVE.finditer(folded):
        if _opens_sentence(folded, m.start(), found[-1].end() if found else 0):
            found.append(m)
    return found


_BULLET = re.compile(r"[ \t]*(?:[-*•·–>o▪■□☐]|[0-9]{1,2}[.)]|[a-z][.)])\s+")
_SPLIT = re.compile(
    r",|;|\s+et\s+(?!de\s+(?:paiement|droits))|\s+ou\s+|\s+ainsi\s+que\s+|\s+\+\s+|\s/\s|\s+and\s+"
)
# Where the list stops in a sentence: what follows is about when, where or why.
_ITEM_STOP = re.compile(
    r"\s(?:pour|afin|lors|le\s+jour|au\s+(?:rendez-vous|plus\s+tard)|a\s+l'(?:entretien|accueil|"
    r"atelier)|a\s+votre|avant\s+le|avant\s+la|d'ici|par\s+(?:courrier|mail|e-mail|courriel|voie|"
    r"le\s+biais|l'intermediaire)|sur\s+(?:votre|le\s+site|l'appli)|dans\s+(?:votre|un\s+delai|les)|"
    r"si\s|des\s+que|sous\s+[0-9]|a\s+(?:ce|cet|cette)\s|a\s+(?:nos|notre)\s|en\s+(?:vue|cas)|qui\s)"
)
_ARTICLE = re.compile(
    r"(?:(?:(?:de\s+|d')?(?:votre|vos|une|un|les|le|la|des|du|ton|ta|tes|mon|ma|mes|son|sa|ses|"
    r"leurs|leur|your|the|an)(?![\w])|l'|d'|de(?![\w])|egalement|aussi|bien(?![\w])|imperativement|"
    r"obligatoirement|-vous\s+de|:)\s*)+"
)
_NOT_ITEM = re.compile(  # used with match(): anchored where the item starts
    r"(?:nous|vous|il|elle|ils|merci|cordialement|bonne|a\s+bientot|votre\s+conseill|"
    r"rendez-vous|rdv|si\s)|[^a-z]*$"
)
LIST_MAX_LINES = 15
LIST_CHARS_MAX = 400
TRIGGERS_MAX = 50  # an inline list longer than this is not a list
ITEM_WORDS_MAX = 12


def _clean(text: str, folded: str, span: Span) -> Found[str] | None:
    start, end = span.start, span.end
    stop = _ITEM_STOP.search(folded, start, end)
    end = stop.start() if stop else end
    while start < end and folded[start] in " \t-:":
        start += 1
    article = _ARTICLE.match(folded, start, end)
    if article:
        start = article.end()
    while start < end and folded[start] in " \t-:":
        start += 1
    opened = folded.find("(", start, end)
    if opened >= 0 and folded.find(")", opened, end) < 0:
        end = opened  # "relevé d'identité bancaire (RIB" cut by a comma inside brackets
    while end > start and folded[end - 1] in " \t.!:;,(":
        end -= 1
    if end - start < 2:
        return None
    words = folded[start:end].split()
    if len(words) > ITEM_WORDS_MAX or _NOT_ITEM.match(folded, start, end):
        return None
    value = tidy(text[start:end])[:TO_BRING_ITEM_MAX]
    return Found(value, 0.8, Span(start, end), value)


def _split(folded: str, start: int, end: int) -> list[Span]:
    spans, pos = [], start
    for m in _SPLIT.finditer(folded, start, end):
        spans.append(Span(pos, m.start()))
        pos = m.end()
    spans.append(Span(pos, end))
    return spans


def _bullets(folded: str, pos: int) -> list[Span]:
    """The bullet (or short) lines that follow a trigger ending with ":"."""
    spans: list[Span] = []
    line_start = folded.find("\n", pos) + 1
    while line_start > 0 and len(spans) < LIST_MAX_LINES:
        line_end = folded.find("\n", line_start)
        line_end = len(folded) if line_end < 0 else line_end
        line = folded[line_start:line_end]
        bullet = _BULLET.match(folded, line_start, line_end)
        if bullet:
            spans.append(Span(bullet.end(), line_end))
        elif not line.strip() and not spans:
            pass  # a blank line between the title and its list
        else:
            break
        line_start = line_end + 1 if line_end < len(folded) else 0
    return spans


_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*•·–>▪■]|[0-9]{1,2}[.)]))")


def find_to_bring(text: str, folded: str) -> list[Found[str]]:
    items: list[Found[str]] = []
    seen: set[str] = set()
    triggers = sorted([*_TRIGGER.finditer(folded), *_imperatives(folded)], key=lambda m: m.start())
    for m in triggers[:TRIGGERS_MAX]:
        if len(items) >= TO_BRING_MAX_ITEMS:
            break
        line_end = folded.find("\n", m.end())
        line_end = len(folded) if line_end < 0 else line_end
        rest = folded[m.end() : line_end].strip(" \t")
        if not rest.strip(":") or rest.endswith(":"):
            spans = _bullets(folded, m.end())  # "Documents à apporter :" and a list below
        else:
            limit = min(len(folded), m.end() + LIST_CHARS_MAX)
            stop = _SENTENCE_STOP.search(folded, m.end(), limit)
            spans = _split(folded, m.end(), stop.start() if stop else limit)
        for span in spans:
            found = _clean(text, folded, span)
            if found is None:
                continue
            key = found.value.casefold()
            if key not in seen:
                seen.add(key)
                items.append(found)
    return items[:TO_BRING_MAX_ITEMS]
