"""Which organisation a message comes from, and its name as the message writes it.

A letter from the CAF may speak of France Travail in passing; the sender is the body named most,
first, or next to the appointment, with a bonus for the letter head and signature."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..domain.organisations import OrganisationKind as K
from .model import Found, OrganisationGuess
from .text import Span, tidy

_PATTERNS: tuple[tuple[K, str], ...] = (
    (
        K.FRANCE_TRAVAIL,
        r"france[\s-]?travail|p[o0]le[\s-]?emploi|francetravail|\bft\b|فرانس\s*ترافاي",
    ),
    (
        K.MDPH,
        # The CDAPH is the MDPH's commission: its decisions come on the MDPH's paper.
        r"\bmdph\b|maison\s+departementale\s+des\s+personnes\s+handicapees|\bcdaph\b|"
        r"commission\s+des\s+droits\s+et\s+de\s+l'autonomie",
    ),
    # Arabic: "الكاف", the CAF as people say it (a message in Arabic is flagged, not dropped).
    (K.CAF, r"\bcaf\b|caisse\s+d'allocations?\s+familiales|\bال?كاف\b"),
    (K.MSA, r"\bmsa\b|mutualite\s+sociale\s+agricole"),
    (K.MISSION_LOCALE, r"mis?sions?[\s-]locales?"),  # "mision locale", typed fast
    (K.CAP_EMPLOI, r"cap[\s-]emploi"),
    (
        K.DEPARTEMENT,
        r"conseil\s+(?:departemental|general)|departement\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)"
        r"[a-z][a-z-]+|"
        r"maison\s+(?:departementale\s+)?des\s+solidarites|service\s+(?:departemental\s+)?"
        r"(?:de\s+l')?insertion|referent(?:e)?\s+(?:unique\s+)?rsa|rdv-insertion|"
        r"pole\s+(?:insertion|solidarites?)|direction\s+de\s+l'insertion",
    ),
    (K.HEALTH, r"\bcpam\b|assurance\s+maladie|medecine\s+du\s+travail|\bameli\b"),
    (K.TRAINING, r"\bafpa\b|\bgreta\b|organisme\s+de\s+formation|centre\s+de\s+formation"),
    (
        K.EMPLOYER,
        r"entretien\s+(?:d'embauche|de\s+recrutement|d'emploi)|recrutement|votre\s+candidature|"
        r"agence\s+d'interim|\binterim\b|ressources\s+humaines|\brh\b|"
        r"\b(?:manpower|adecco|randstad|synergie|proman|start\s+people|crit\s+interim)\b|"
        # English, from an employer abroad or an international group: flagged, still read.
        r"\binterview\b|\bhr\s+team\b|human\s+resources|\brecruit",
    ),
    (K.OTHER, r"\bccas\b|centre\s+social|france\s+services|\bplie\b|association\s"),
)
_COMPILED = tuple((kind, re.compile(pattern)) for kind, pattern in _PATTERNS)
# Plain words one of the patterns needs: a text without any of them skips the regex scans.
_HINTS = (
    "travail",
    "emploi",
    "ft",
    "mdph",
    "cdaph",
    "autonomie",
    "handicap",
    "caf",
    "alloca",
    "msa",
    "agricole",
    "mission",
    "conseil",
    "departement",
    "solidarit",
    "insertion",
    "referent",
    "rsa",
    "cpam",
    "maladie",
    "ameli",
    "afpa",
    "greta",
    "formation",
    "entretien",
    "recrutement",
    "candidature",
    "interim",
    "ressources",
    "rh",
    "ccas",
    "social",
    "services",
    "plie",
    "association",
    "interview",
    "hr team",
    "human",
    "recruit",
    "كاف",
    "mision",
    "فرانس",
    "manpower",
    "adecco",
    "randstad",
    "synergie",
    "proman",
    "start people",
)
# The employer's own name, when the message gives one after a word like "société".
_COMPANY = re.compile(
    r"(?:societe|entreprise|sarl|sas|eurl|groupe|boulangerie|restaurant|hotel|magasin|"
    r"supermarche|garage|cabinet|transports|nettoyage|interim)\s+[^\s,.;:\n]+(?:\s+[^\s,.;:\n]+)?"
)
READ_MAX, TAIL_MAX = 20_000, 4_000
EDGE_LINES = 3  # letter head and signature: the sender names itself there


@dataclass
class _Tally:
    kind: K
    first: int
    spans: list[Span]


def _edge_lines(folded: str) -> list[Span]:
    """The first and last few non-empty lines (a one-line SMS is both)."""
    lines, pos = [], 0
    for line in folded.split("\n"):
        if line.strip():
            lines.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:]


def find_organisation(text: str, folded: str, near: Span | None) -> Found[OrganisationGuess] | None:
    """The body that sent the message; `near` is the appointment's span, when there is one."""
    tallies: dict[K, _Tally] = {}
    if not any(hint in folded for hint in _HINTS):
        return None
    # A long letter names its sender at the top, at the bottom and near the appointment.
    windows = [(0, READ_MAX), (max(READ_MAX, len(folded) - TAIL_MAX), len(folded))]
    if near is not None and near.start > READ_MAX:
        windows.insert(1, (max(READ_MAX, near.start - 1000), near.end + 1000))
    for kind, pattern in _COMPILED:
        for lo, hi in windows:
            for m in pattern.finditer(folded, lo, max(lo, hi)):
                tally = tallies.setdefault(kind, _Tally(kind, m.start(), []))
                tally.spans.append(Span(*m.span()))
    if not tallies:
        return None
    edges = _edge_lines(folded)

    def score(t: _Tally) -> float:
        points = min(len(t.spans), 5) * 1.0
        points += 2 if any(e.start <= s.start < e.end for s in t.spans for e in edges) else 0
        if near is not None and any(abs(s.start - near.start) < 250 for s in t.spans):
            points += 2
        # An employer or "other" word is weaker than a named public body.
        return points - (2.5 if t.kind in (K.EMPLOYER, K.OTHER) else 0) - t.first / 1e6

    best = max(tallies.values(), key=score)
    span = best.spans[0]
    name = tidy(span.quote(text))
    if best.kind is K.EMPLOYER:
        company = _COMPANY.search(folded)
        span = Span(*company.span()) if company else span
        name = tidy(span.quote(text)) if company else ""
    confidence = 0.9 if len(tallies) == 1 else 0.7
    return Found(OrganisationGuess(best.kind, name), confidence, span, tidy(span.quote(text)))
