"""The French date and time grammar: every usual way a letter, an SMS or an e-mail writes a day.

"3/12", "03/12/2026", "03.12.2026", "3-12-26", "2026-12-03", "mardi 3 décembre", "le 3 déc.",
"1er décembre", "3 decembre", "3 decmbre" (month names matched with a small edit distance),
"lundi 7", "demain", "après-demain", "lundi prochain", "mardi"; times "14h30", "14 h 30",
"14:30", "9h", "à 9 heures", "midi", ranges "de 9h à 12h". All search the folded text.

A day without a year is the next one on or after the day the message was received; one of the
7 days before is kept in the past (the message may speak of it) and flagged by the caller."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from functools import lru_cache
from itertools import islice

from .text import Span, distance, sentence_at

MONTHS = (
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
)
# Exact words only: no edit distance, so that French words stay French.
ENGLISH_MONTHS = {
    "january": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
}  # fmt: skip
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Words that sit after a number and are one or two letters away from a month name.
NOT_MONTHS = frozenset(
    {
        "mais",
        "mail",
        "mails",
        "mois",
        "tout",
        "tous",
        "bout",
        "mari",
        "marc",
        "join",
        "fois",
        "jour",
        "jours",
        "ans",
        "mai.",
        "juil.",
        "avis",
        "mars.",
        "aout.",
    }
)
PAST_KEPT = timedelta(days=7)  # a day without year this recently past stays in the past
FAR_AHEAD = timedelta(days=300)  # a day without year further than this: which year?
DAY_ONLY_MONTHS = 3
# A message holds a few dates; past this many of one form it is a calendar or noise, and the
# rest is not read (keeps a 1 MB paste fast).
MAX_HITS = 300  # "lundi 7": looked for in this month and the next two

_WD = "|".join(WEEKDAYS)


@lru_cache(maxsize=2048)
def month_of(word: str) -> int | None:
    """1-12 for a month name, an abbreviation ("déc", "sept") or a near miss ("decmbre")."""
    word = word.rstrip(".")
    if len(word) < 3 or word in NOT_MONTHS:
        return None
    if word in ENGLISH_MONTHS:  # "Tuesday 9 March 2027" in an English or mixed message
        return ENGLISH_MONTHS[word]
    if word in MONTHS:
        return MONTHS.index(word) + 1
    prefixed = [i for i, name in enumerate(MONTHS) if name.startswith(word)]
    if len(prefixed) == 1:
        return prefixed[0] + 1
    if len(word) < 4:
        return None
    limit = 1 if len(word) <= 5 else 2
    scored = sorted((distance(word, name, limit), i) for i, name in enumerate(MONTHS))
    best, index = scored[0]
    if best > limit or scored[1][0] == best:  # too far, or as close to two months
        return None
    return index + 1


# -- what a mention looks like ----------------------------------------------------------------
@dataclass(frozen=True)
class DateHit:
    span: Span
    value: date | None  # None: the day does not exist (31/02)
    form: str  # numeric, iso, textual, range_start, day_only, relative, weekday
    confidence: float
    explicit_year: bool = False
    weekday: int | None = None  # written next to the date
    weekday_ok: bool = True
    kept_past: bool = False  # no year, one of the last 7 days
    other_year: date | None = None  # the other reading when the year is not written

    @property
    def relative(self) -> bool:
        return self.form in ("relative", "weekday")


@dataclass(frozen=True)
class TimeHit:
    span: Span
    value: time
    strong: bool  # minutes, "midi", or a word like "à", "vers", "de" before it
    end: time | None = None
    end_span: Span | None = None


# -- resolving a day against the received date -------------------------------------------------
def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str, ref: date) -> int:
    """ "26" is the year ending in 26 closest to the day received."""
    year = int(text)
    if len(text) != 2:
        return year
    century = ref.year - ref.year % 100
    return min(
        (century + delta + year for delta in (-100, 0, 100)), key=lambda y: abs(y - ref.year)
    )


def _resolve(
    day: int, month: int, year: int | None, weekday: int | None, ref: date
) -> tuple[date | None, bool, date | None]:
    """(the day, kept in the past?, the other possible year) for a day and month."""
    if year is not None:
        return _safe_date(year, month, day), False, None
    found = [d for y in range(ref.year - 1, ref.year + 5) if (d := _safe_date(y, month, day))]
    upcoming = [d for d in found if d >= ref - PAST_KEPT]
    if not upcoming:
        return None, False, None
    chosen = upcoming[0]
    if weekday is not None and chosen.weekday() != weekday:
        # The written weekday may tell the year: take the other reading when it fits.
        later = next((d for d in upcoming[1:] if d.weekday() == weekday), None)
        if later is not None and later - ref <= FAR_AHEAD:
            chosen = later
    other = None
    if chosen < ref:
        other = next((d for d in upcoming if d >= ref), None)
    elif chosen - ref > FAR_AHEAD:
        other = next((d for d in reversed(found) if d < chosen), None)
    return chosen, chosen < ref, other


def _add_months(ref: date, months: int) -> tuple[int, int]:
    index = ref.year * 12 + ref.month - 1 + months
    return index // 12, index % 12 + 1


def _resolve_day_only(day: int, weekday: int, ref: date) -> tuple[date | None, bool]:
    """ "lundi 7": the next 7th that is a Monday, within three months; else the next 7th."""
    days = [
        d
        for k in range(-1, DAY_ONLY_MONTHS)
        if (d := _safe_date(*_add_months(ref, k), day)) and d >= ref - PAST_KEPT
    ]
    future = [d for d in days if d >= ref]
    for candidate in (
        next((d for d in future if d.weekday() == weekday), None),
        next((d for d in days if d < ref and d.weekday() == weekday), None),
        future[0] if future else None,
    ):
        if candidate is not None:
            return candidate, candidate.weekday() == weekday
    return None, True


# -- the grammar -------------------------------------------------------------------------------
# Runs of spaces are read possessively (*+, ++) wherever what follows cannot be a space: the
# same matches, and no pattern tries every split of a long run (parsing stays linear).
_WEEKDAY_BEFORE = re.compile(rf"(?<![\w])({_WD})\s*+,?\s*+(?:le\s++)?$")
_NUMERIC = re.compile(
    r"(?<![\w./-])([0-9]{1,2})(\s?/\s?|[.-])([0-9]{1,2})(?:\2([0-9]{4}|[0-9]{2}))?"
    # [ \t], not \s: "Date : 14/12/2026" then "Heure : 9h" on the next line is still a date.
    r"(?![0-9]|[./-][0-9]|[ \t]*+(?:€|eur|%|ans\b|h\b|heures?\b|mois\b|jours\b|km\b|kg\b))"
)
_ISO = re.compile(r"(?<![\w./-])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9]|[:-][0-9])")
_TEXTUAL = re.compile(
    r"(?<![\w.,/])([0-9]{1,2}|premier)\s*+(?:er|eme)?\s*+([a-z]{3,12}\.?)(?![a-z])"
    r"(?:\s*+,?\s*+([0-9]{4})(?![0-9]))?"
)
_RANGE_START = re.compile(
    r"(?<![\w])du\s++([0-9]{1,2})\s*+(?:er)?\s*+(?:au|-)\s*+[0-9]{1,2}\s*+(?:er)?\s*+"
    r"([a-z]{3,12}\.?)(?![a-z])(?:\s*+([0-9]{4}))?"
)
_DAY_ONLY = re.compile(
    rf"(?<![\w])({_WD})(?:\s*+,)?\s++(?:le\s++)?([0-9]{{1,2}})(?:er)?"
    r"(?![0-9]|\s*+[/.:-]\s*+[0-9]|\s*+(?:h|heures?)(?![a-z]))"
)
_NEXT_WORD = re.compile(r"\s*+([a-z]{3,12}\.?)")
_NOT_A_DAY_AFTER = re.compile(r"\s*+(?:journee|temps|heure|page)")
_RELATIVE = re.compile(
    rf"(?<![\w-])(?:(apres[- ]?demain)|(demain)|(aujourd'hui)|(?:(ce|cette)\s+)?({_WD})"
    r"(?:\s+(prochain))?)(?![\w])"
)
_HABITUAL = re.compile(
    rf"(?:du\s+)?(?:{_WD})s?\s*+(?:au|a|-|et)\s*+(?:{_WD})|(?:les|chaque)\s+(?:{_WD})"
)
_CUE_BEFORE = re.compile(rf"(?:\ble|\bdu|\bau|\bdate\s*+:|,|{_WD})\s*+$")
# Lines that give opening hours: their days and times are not an appointment.
OPENING_HOURS = re.compile(
    # "Horaires : 13:30 - 16:30" gives the session's hours: not opening hours.
    r"(?<![a-z])(?:horaires(?![ \t]*+:[ \t]*+[0-9])|ouvert[se]?\s|ouverture|"
    r"accueil\s+telephonique|joignable)|"
    rf"(?:{_WD})\s*+(?:au|-)\s*+(?:{_WD})"
)


def _weekday_before(folded: str, start: int) -> tuple[int, int] | None:
    """(weekday, where its word starts) when a weekday is written just before a date."""
    match = _WEEKDAY_BEFORE.search(folded, max(0, start - 16), start)
    return (WEEKDAYS.index(match.group(1)), match.start()) if match else None


def _explicit(
    folded: str, span: Span, day: int, month: int, year: int | None, ref: date, form: str
) -> DateHit | None:
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year is not None and not 1900 <= year <= 2200:
        return None
    before = _weekday_before(folded, span.start)
    weekday = before[0] if before else None
    value, kept_past, other = _resolve(day, month, year, weekday, ref)
    if before:
        span = Span(before[1], span.end)
    return DateHit(
        span=span,
        value=value,
        form=form,
        confidence=0.95 if year is not None else 0.85,
        explicit_year=year is not None,
        weekday=weekday,
        weekday_ok=value is None or weekday is None or value.weekday() == weekday,
        kept_past=kept_past,
        other_year=other,
    )


def find_dates(folded: str, ref: date) -> list[DateHit]:
    """Every date mention, in text order, overlapping ones removed (the longest stays)."""
    hits: list[DateHit] = []
    for m in islice(_ISO.finditer(folded), MAX_HITS):
        hit = _explicit(folded, Span(*m.span()), int(m[3]), int(m[2]), int(m[1]), ref, "iso")
        if hit:
            hits.append(hit)
    for m in islice(_NUMERIC.finditer(folded), MAX_HITS):
        sep, year = m[2].strip(), m[4]
        if (
            year is None
            and sep != "/"
            and not _CUE_BEFORE.search(folded, max(0, m.start() - 12), m.start())
        ):
            continue  # "3.5" or "3-12" alone is rarely a date
        if year is None and _NOT_A_DAY_AFTER.match(folded, m.end()):
            continue  # "une 1/2 journée"
        hit = _explicit(
            folded,
            Span(*m.span()),
            int(m[1]),
            int(m[3]),
            _full_year(year, ref) if year else None,
            ref,
            "numeric",
        )
        if hit:
            hits.append(hit)
    for m in islice(_TEXTUAL.finditer(folded), MAX_HITS):
        month = month_of(m[2])
        if month is None:
            continue
        day = 1 if m[1] == "premier" else int(m[1])
        hit = _explicit(
            folded, Span(*m.span()), day, month, int(m[3]) if m[3] else None, ref, "textual"
        )
        if hit:
            hits.append(hit)
    for m in islice(_RANGE_START.finditer(folded), MAX_HITS):
        month = month_of(m[2])
        if month is None:
            continue
        start = m.start() + m.group(0).index(m[1])
        hit = _explicit(
            folded,
            Span(start, start + len(m[1])),
            int(m[1]),
            month,
            int(m[3]) if m[3] else None,
            ref,
            "range_start",
        )
        if hit:
            hits.append(hit)
    hits = _without_overlaps(hits)
    taken = SpanSet([h.span for h in hits])
    hits += _day_only(folded, ref, taken)
    hits += _relative(folded, ref, taken)
    return sorted(_without_overlaps(hits), key=lambda h: h.span.start)


class SpanSet:
    """Non-overlapping spans kept sorted, so a long text with thousands of hits stays fast."""

    def __init__(self, spans: list[Span] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for span in sorted(spans or []):
            self.add(span)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._ends, start)  # the first span ending after `start`
        return i < len(self._starts) and self._starts[i] < end

    def add(self, span: Span) -> None:
        i = bisect_left(self._starts, span.start)
        self._starts.insert(i, span.start)
        self._ends.insert(i, span.end)


def _without_overlaps(hits: list[DateHit]) -> list[DateHit]:
    """Overlapping readings of the same words: the longest one stays."""
    taken = SpanSet()
    kept: list[DateHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.span.end - h.span.start), h.span.start)):
        if not taken.overlaps(hit.span.start, hit.span.end):
            taken.add(hit.span)
            kept.append(hit)
    return kept


_opening: list[tuple[str, list[int]]] = []  # one entry, as text.sentence_at


def forget() -> None:
    """Drop what was cached from the last message (see text.forget)."""
    _opening.clear()
    month_of.cache_clear()


def _in_opening_hours(folded: str, pos: int) -> bool:
    """True inside a sentence that gives opening hours ("du lundi au vendredi de 9h à 17h")."""
    cached = _opening[0] if _opening else None
    if cached is None or cached[0] is not folded:
        cached = (folded, [m.start() for m in OPENING_HOURS.finditer(folded)])
        _opening[:] = [cached]
    sentence = sentence_at(folded, pos)
    i = bisect_left(cached[1], sentence.start)
    return i < len(cached[1]) and cached[1][i] < sentence.end


def _day_only(folded: str, ref: date, taken: SpanSet) -> list[DateHit]:
    found: list[DateHit] = []
    if "di" not in folded:
        return found
    for m in islice(_DAY_ONLY.finditer(folded), MAX_HITS):
        span = Span(*m.span())
        day = int(m[2])
        if (
            taken.overlaps(span.start, span.end)
            or not 1 <= day <= 31
            or _in_opening_hours(folded, m.start())
        ):
            continue
        word = _NEXT_WORD.match(folded, m.end())
        if word and month_of(word[1]):
            continue  # a month follows: a textual date the grammar could not take whole
        weekday = WEEKDAYS.index(m[1])
        value, ok = _resolve_day_only(day, weekday, ref)
        found.append(
            DateHit(
                span,
                value,
                "day_only",
                0.7,
                weekday=weekday,
                weekday_ok=ok,
                kept_past=value is not None and value < ref,
            )
        )
    return found


def _relative(folded: str, ref: date, taken: SpanSet) -> list[DateHit]:
    if "di" not in folded and "dem" not in folded and "aujourd" not in folded:
        return []  # every weekday ends in "di"; "demain", "aujourd'hui"
    habitual = SpanSet([Span(*m.span()) for m in _HABITUAL.finditer(folded)])
    found = []
    for m in islice(_RELATIVE.finditer(folded), MAX_HITS):
        span = Span(*m.span())
        if taken.overlaps(span.start, span.end) or habitual.overlaps(span.start, span.end):
            continue
        if m[1]:
            found.append(DateHit(span, ref + timedelta(days=2), "relative", 0.8))
        elif m[2]:
            found.append(DateHit(span, ref + timedelta(days=1), "relative", 0.8))
        elif m[3]:
            found.append(DateHit(span, ref, "relative", 0.6))
        else:
            if _in_opening_hours(folded, m.start()) or taken.overlaps(span.start, span.end + 16):
                continue  # a weekday written before a date belongs to that date
            weekday = WEEKDAYS.index(m[5])
            ahead = (weekday - ref.weekday()) % 7
            if m[4] is None or (ahead == 0 and m[6]):
                ahead = ahead or 7  # "mardi", "mardi prochain": a day still to come
            form, confidence = ("relative", 0.7) if m[4] or m[6] else ("weekday", 0.6)
            found.append(
                DateHit(span, ref + timedelta(days=ahead), form, confidence, weekday=weekday)
            )
    return found


VAGUE = re.compile(
    r"(?<![\w])(?:la\s+semaine\s+prochaine|le\s+mois\s+prochain|dans\s+les\s+prochains\s+jours|"
    r"prochainement|tres\s+bientot|dans\s+la\s+semaine|courant\s+(?:de\s+la\s+semaine|du\s+mois)"
    r"|en\s+debut\s+de\s+semaine|en\s+fin\s+de\s+semaine)(?![\w])"
)


def find_vague(folded: str) -> list[Span]:
    return [Span(*m.span()) for m in islice(VAGUE.finditer(folded), MAX_HITS)]


# -- times -------------------------------------------------------------------------------------
_HOUR_NAMES = (
    "zero", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
    "vingt", "vingt et une", "vingt-deux", "vingt-trois",
)  # fmt: skip
# Longest first, so that "dix-sept" is not read as "dix"; fixed words only (linear).
_HOUR_WORDS = "|".join(
    w.replace(" ", r"\s++") for w in sorted(_HOUR_NAMES, key=len, reverse=True)
)
_TIME = re.compile(
    r"(?<![\w:/.,])([0-9]{1,2})\s?(?:heures?(?![a-z])|h(?![a-z]))(?:\s?([0-5][0-9])(?![0-9]))?"
    r"|(?<![\w:/.,])([0-9]{1,2}):([0-5][0-9])(?![0-9:])(?!\s?[ap]m(?![a-z]))"
    r"|(?<![\w'-])(midi|minuit)(?:\s+(et\s+demie?|trente|30|quinze|15|et\s+quart))?(?![\w])"
    # "2pm", "10:30 am": an English message is flagged, its time still read.
    r"|(?<![\w:/.,])([0-9]{1,2})(?::([0-5][0-9]))?\s?(am|pm)(?![a-z])"
    # "à quatorze heures", "neuf heures trente", "dix heures et demie" (issue 21)
    rf"|(?<![\w'-])({_HOUR_WORDS})\s++heures?(?:\s++(trente|quinze|quarante-cinq|et\s++demie?"
    r"|et\s++quart))?(?![\w])"
)
_TIME_CUE_BEFORE = re.compile(
    r"(?:\ba|\bvers|\bdes|\bpartir\s+de|\bde|\bentre|\bet|\brdv|\brendez-vous|\bheure\s*:|"
    r"\bhoraire\s*+:|\bjusqu'a|\bpour|,|\bconvoque(?:e|\(e\))?|\bprevu|\bfixe)\s*+$"
)
_NOT_A_TIME_BEFORE = re.compile(
    r"(?<![a-z])(?:pendant|durant|duree(?:\s+de)?|dure|durera|environ|soit|totale?\s+de|plus\s+de|"
    r"moins\s+de|au\s+moins|minimum|maximum|de\s+[0-9]+\s+a|les|chaque|toutes\s+les|sous|apres)\s*+$"
)
_NOT_A_TIME_AFTER = re.compile(
    r"\s*+(?:/|par\s|d'activite|de\s+(?:formation|cours|stage|trajet|route|travail|pause|suite)|"
    r"hebdo|minimum|maximum|au\s+total|sur\s|chaque|d'affilee|d'accompagnement|avant\s+(?:le|la|l')"
    r"|apres\s+(?:le|la|l'|reception)|maximum)"
)
_MEAL = r"(?:repas|dejeuner|pause|collation|buffet|casse-croute)"
# On the same line only: "12h : repas" must not hide the "8h30 : accueil" below it.
_MEAL_BEFORE = re.compile(
    rf"(?<![a-z]){_MEAL}(?:[ \t]++(?:dejeuner|cafe))?[ \t]*+(?:de|du|a|vers|:)?[ \t]*+\Z"
)
_MEAL_AFTER = re.compile(rf"[ \t]*+[:-]?[ \t]*+(?:le[ \t]++|un[ \t]++)?{_MEAL}(?![a-z])")
_END_LINK = re.compile(r"\s*+(?:jusqu'a|au|a|et|-)\s*+")
_MINUTES = {
    "et demi": 30,
    "et demie": 30,
    "trente": 30,
    "30": 30,
    "quinze": 15,
    "15": 15,
    "et quart": 15,
    "quarante-cinq": 45,
}


def _time_at(folded: str, pos: int) -> tuple[time, Span] | None:
    m = _TIME.match(folded, pos)
    if not m:
        return None
    if m[10]:
        hour = _HOUR_NAMES.index(" ".join(m[10].split()))
        minute = _MINUTES.get(" ".join((m[11] or "").split()), 0)
    elif m[9]:
        if not 1 <= int(m[7]) <= 12:
            return None
        hour = int(m[7]) % 12 + (12 if m[9] == "pm" else 0)
        minute = int(m[8] or 0)
    elif m[5]:
        hour = 12 if m[5] == "midi" else 0
        minute = _MINUTES.get(" ".join((m[6] or "").split()), 0)
    elif m[3]:
        hour, minute = int(m[3]), int(m[4])
    else:
        hour, minute = int(m[1]), int(m[2] or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute), Span(*m.span())


def find_times(folded: str) -> list[TimeHit]:
    """Clock times that can start an appointment; durations and weekly hours are left out."""
    found: list[TimeHit] = []
    taken_until = -1
    for m in islice(_TIME.finditer(folded), MAX_HITS):
        if m.start() < taken_until:
            continue  # the end of a range already read
        parsed = _time_at(folded, m.start())
        if parsed is None:
            continue
        value, span = parsed
        before = folded[max(0, m.start() - 25) : m.start()]
        if _NOT_A_TIME_BEFORE.search(before) or _NOT_A_TIME_AFTER.match(folded, m.end()):
            continue
        if _in_opening_hours(folded, m.start()):
            continue
        if _MEAL_BEFORE.search(before) or _MEAL_AFTER.match(folded, span.end):
            continue  # "le repas de midi", "12h : déjeuner": a programme's break, not its start
        strong = bool(m[2] or m[3] or m[5] or m[9] or m[10] or _TIME_CUE_BEFORE.search(before))
        hit = TimeHit(span, value, strong)
        link = _END_LINK.match(folded, m.end())
        if link:
            end = _time_at(folded, link.end())
            if end is not None and end[0] > value:
                hit = replace(hit, end=end[0], end_span=end[1])
                taken_until = end[1].end
        found.append(hit)
    return found
