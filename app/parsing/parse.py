"""parse_message: from the text of an SMS, an e-mail or a letter to a proposed appointment.

Steps: fold the text once; read every date and time; give each date its part in the message
(the appointment, the letter's own date, a deadline, a reference to an earlier letter); choose
the appointment's day and time; read place, organisation, what to bring and the flags; list
what stays open as questions. Pure functions, no network, no data files: fast and offline."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import islice, pairwise

from ..domain.localtime import HOME_ZONE, wall_time_exists
from .bodies import find_organisation
from .dates import DateHit, TimeHit, find_dates, find_times, find_vague
from .dates import forget as dates_cache_forget
from .flags import (
    find_mandatory,
    find_sanction_sentences,
    guess_source,
    looks_french,
    message_kind,
)
from .items import find_to_bring
from .model import (
    DateMention,
    DateRole,
    Found,
    MessageKind,
    Proposal,
    Question,
    QuestionKind,
    Reference,
    ReferenceSource,
)
from .places import find_place
from .text import Span, fold, line_at, sentence_at, tidy
from .text import forget as text_cache_forget

_HEADER_LINE = re.compile(
    r"[ \t>]*(?:de|from|a|to|cc|objet|subject|envoye(?:\s+le)?|sent|date|expediteur|"
    r"destinataire|recu\s+le)\s*:[^\n]*"
)
_LETTER_LINE_BEFORE = re.compile(
    r"\s*(?:fait\s+)?(?:a\s+)?(?:[a-z][a-z' -]{1,40}\s*,\s*)?(?:le\s*)?|.*,\s*le\s*"
)
_DEADLINE_BEFORE = re.compile(
    r"(?<![a-z])(?:avant\s+(?:le\s+|la\s+date\s+du\s+)?|au\s+plus\s+tard\s+(?:le\s+)?|d'ici\s+(?:le\s+|au\s+)?"
    r"|jusqu'(?:au|a)\s+|date\s+limite(?:\s+de\s+[a-z]+)?\s*:?\s*(?:le\s+|au\s+)?|limite\s*:\s*|"
    r"echeance\s*:?\s*(?:le\s+)?|retour\s+(?:avant|pour)\s+le\s+|delai\s*:\s*)$"
)
_REFERENCE_BEFORE = re.compile(
    r"(?<![a-z])(?:(?:courrier|lettre|message|mail|e-mail|courriel|demande|dossier|declaration|decision|"
    r"notification|paiement|versement|situation|periode|envoi|attestation|contrat|avis|releve|"
    r"facture|bulletin|jugement|arrete)s?\s+(?:du|en\s+date\s+du|datee?\s+du)\s+|en\s+date\s+du\s+|"
    r"nee?(?:\(e\))?\s+le\s+|depuis\s+le\s+|a\s+compter\s+du\s+|a\s+partir\s+du\s+|recue?\s+le\s+|"
    r"envoyee?\s+le\s+|inscrite?(?:\(e\))?\s+(?:depuis\s+)?le\s+|editee?\s+le\s+|le\s+mois\s+de\s+|"
    r"paye\s+le\s+|verse\s+le\s+|depose\s+le\s+|signee?\s+le\s+|du\s+mois\s+de\s+)$"
)
# "votre rendez-vous du 12 novembre": often an earlier one; weighed down, not removed.
_WEAK_REFERENCE = re.compile(
    r"(?<![a-z])(?:(?:rendez-vous|rdv|entretien|convocation|atelier|absence)\s+(?:du|de)|"
    r"etiez\s+(?:attendue?|convoquee?)(?:\(e\))?\s+(?:le|au|a))\s+$"  # a missed one
)
_CUE = re.compile(
    r"rendez-vous|\brdv\b|convoqu|aura\s+lieu|se\s+tiendra|a\s+lieu|prevue?|fixee?|atelier|"
    r"entretien|reunion|session|\ble\s+$|date\s*:|invit|attendons|presenter|venir|appel"
)
_MOVED = re.compile(
    r"report|deplace|nouvelle\s+date|nouveau\s+rendez-vous|remplace|avance|decale|modifi|change"
)
_CANCELLED = re.compile(r"annule|supprime|n'aura\s+pas\s+lieu")
# The date a reschedule replaces (issue 21): "au lieu du 14", "annule et remplace la convocation
# du 10", "votre rendez-vous du 18 à 14h30 est avancé au 16". Bounded runs only (linear).
_REPLACED_BEFORE = re.compile(
    r"(?<![a-z])(?:au\s++lieu\s++(?:du|de)|annule\s++et\s++remplace\s++(?:[a-z'-]++\s++){0,3}"
    r"(?:du|de)|(?:ancien|precedent)\s++(?:rendez-vous|rdv)\s++(?:du|de))\s++\Z"
)
_REPLACED_AFTER = re.compile(
    r"[^.\n]{0,30}?\b(?:est|a\s++ete|sera)\s++(?:annule|deplace|reporte|avance|decale|remplace"
    r")"
)
_SAME_TIME = re.compile(r"[ \t]*+,?[ \t]*+(?:a\s++la\s++meme\s++heure|meme\s++heure)")
# Possessive runs (*+): "[ \t]*[.,]?[ \t]*" tried every split of a run of spaces after a date
# (quadratic: 21 s for 40,000 spaces).
_LINE_REST = re.compile(r"[ \t]*+[.,]?[ \t]*+(?:\n|$)")
_QUOTED_LINE = re.compile(r"[ \t]*>")
_QUOTE_START = re.compile(r"(?:^|\n)[ \t]*+>")
_CONFIRMS = re.compile(
    r"(?<![a-z])(?:oui|ok|d'accord|je\s++confirme|c'est\s++bon|parfait|ca\s++marche|"
    r"entendu|tres\s++bien|je\s++serai\s++(?:la|present))(?![a-z])"
)
_WROTE = re.compile(r"a\s+ecrit\s*:|wrote\s*:")
_RANGE_GAP = re.compile(r"\s*+(?:au|-|jusqu'au|et\s++le)\s*+")
# Where the message says when it was written (issue 21). Every pattern is anchored at a line
# start or a date already found, with possessive runs: linear like the rest (see bounds).
_DATE_KEY_LINE = re.compile(r"[ \t>]*+(?:envoye|sent|date|recu\s++le)[ \t]*+:")
_HEADER_NEAR = re.compile(r"(?:^|\n)[ \t>]*+(?:de|from|expediteur|a|to|objet|subject)[ \t]*+:")
_SUBJECT_LINE = re.compile(r"[ \t>]*+(?:objet|subject|re|tr|fwd?)[ \t]*+:")
_SENT_BEFORE = re.compile(r"[ \t>]*+(?:envoyee?|sent|recue?|ecrit)[ \t]++(?:le|on)[ \t]++")
_REPLY_BEFORE = re.compile(r"[ \t>]*+(?:le|on)[ \t]++")
_SHORT_WEEKDAY = (
    r"(?:(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[a-z]*+\.?,?[ \t]*+)?"
)
_STAMP_BEFORE = re.compile(r"[ \t]*+\[?[ \t]*+" + _SHORT_WEEKDAY)
_STAMP_TIME = re.compile(
    r"[ \t]*+[,.-]?[ \t]*+(?:a[ \t]++)?[0-9]{1,2}[:h][0-9]{2}(?::[0-9]{2})?[ \t]*+(\]?)"
)
_EN_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_EN_DATE = re.compile(r"(?<![a-z])([a-z]{3,9})\.?[ \t]++([0-9]{1,2}),?[ \t]++([0-9]{4})(?![0-9])")
_DATE_KEY_LINES = re.compile(r"(?m)^[ \t>]*+(?:sent|date)[ \t]*+:[^\n]*+")
ATTACH_AFTER, ATTACH_BEFORE = 60, 40
HEADER_MAX = 2000
# A day without a year this far from the message's date is a weak reading: asked.
WEAK_AHEAD = timedelta(days=180)


@dataclass
class _Date:
    hit: DateHit
    role: DateRole
    time: TimeHit | None = None
    score: float = 0.0
    quoted: bool = False  # on a "> " line: an earlier message the reply answers


FIRST_YEAR, LAST_YEAR = 1900, 2200  # as app.domain.appointments


def _reference_day(received: date | datetime) -> date:
    if isinstance(received, datetime):
        day = received.astimezone(HOME_ZONE).date() if received.tzinfo else received.date()
    elif isinstance(received, date):
        day = received
    else:
        raise TypeError("received must be a date or a datetime")
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError("received is out of range")  # a caller's mistake, never the text's
    return day


_START_CUE = re.compile(
    r"(?<![a-z])(?:debut|accueil|commence|demarre|ouverture\s++des\s++portes)[^.\n,;]{0,25}\Z"
)
_END_CUE = re.compile(r"(?<![a-z])(?:fin|termine|jusqu'a|cloture)[^.\n,;]{0,12}\Z")


def _before(folded: str, t: TimeHit) -> str:
    return folded[max(0, t.span.start - 40) : t.span.start]


def _first_quote(folded: str) -> int:
    """Where the quoted part of a reply starts (its first "> " line), or the end."""
    m = _QUOTE_START.search(folded)
    return m.start() if m else len(folded)


def _header_end(folded: str) -> int:
    """End of an e-mail header block ("De :", "Objet :", "Envoyé :") at the very top."""
    end = pos = 0
    for line in folded[:HEADER_MAX].split("\n"):
        if _HEADER_LINE.fullmatch(line):
            end = pos + len(line)
        elif line.strip():
            break
        pos += len(line) + 1
    return end


def _role(
    folded: str, hit: DateHit, previous: DateHit | None, header_end: int, ref: date
) -> DateRole:
    if hit.span.start < header_end:
        return DateRole.LETTER
    line = line_at(folded, hit.span.start)
    if _QUOTED_LINE.match(folded, line.start) or _WROTE.search(
        folded, hit.span.end, min(line.end, hit.span.end + 120)
    ):
        return DateRole.REFERENCE  # an earlier message quoted in a reply
    before = folded[max(0, hit.span.start - 45) : hit.span.start]
    if (
        previous is not None
        and _RANGE_GAP.fullmatch(folded, previous.span.end, hit.span.start)
        and (
            previous.form == "range_start"
            or re.search(r"\bdu\s+$", folded[max(0, previous.span.start - 6) : previous.span.start])
        )
    ):
        return DateRole.RANGE_END  # "du 3 au 7 décembre", "du 03/12 au 05/12"
    if _REPLACED_BEFORE.search(before) or _REPLACED_AFTER.match(folded, hit.span.end):
        return DateRole.CANCELLED
    if _DEADLINE_BEFORE.search(before):
        return DateRole.DEADLINE
    if _REFERENCE_BEFORE.search(before):
        return DateRole.REFERENCE
    if _WEAK_REFERENCE.search(before) and hit.value is not None and hit.value < ref:
        return DateRole.REFERENCE  # "l'entretien du 5 novembre" that has already passed
    sentence = sentence_at(folded, hit.span.start)
    if _CANCELLED.search(folded, sentence.start, sentence.end) and not _MOVED.search(
        folded, sentence.start, sentence.end
    ):
        return DateRole.REFERENCE  # "votre rendez-vous du 3 décembre est annulé"
    line_before = folded[max(line.start, hit.span.start - 80) : hit.span.start]
    if (
        not hit.relative
        and hit.span.start - line.start <= 80
        and _LINE_REST.match(folded, hit.span.end)
        and _LETTER_LINE_BEFORE.fullmatch(line_before)
        and (re.search(r",\s*le\s*$", line_before) or hit.span.start < max(600, len(folded) // 5))
        and not re.search(r"(?:date|heure|quand|jour)\s*:", line_before)
        and (hit.explicit_year or "," in line_before)
        and (hit.value is None or hit.value <= ref)  # a day to come is not when it was written
    ):
        return DateRole.LETTER
    return DateRole.APPOINTMENT


def _written_on(
    folded: str, hit: DateHit, role: DateRole, header_end: int, edges: tuple[int, int]
) -> ReferenceSource | None:
    """Whether this date says when the message itself was written, and how it says it."""
    if hit.relative or hit.form not in ("numeric", "iso", "textual"):
        return None
    line = line_at(folded, hit.span.start)
    before = folded[line.start : hit.span.start]
    if _DATE_KEY_LINE.match(folded, line.start) and (
        hit.span.start < header_end
        or _HEADER_NEAR.search(folded, max(0, line.start - 300), min(len(folded), line.end + 300))
    ):
        return ReferenceSource.HEADER
    if _SENT_BEFORE.fullmatch(before):
        return ReferenceSource.SENT
    if _REPLY_BEFORE.match(before) and _WROTE.search(
        folded, hit.span.end, min(line.end, hit.span.end + 160)
    ):
        return ReferenceSource.REPLY  # the message answered was written that day
    if _STAMP_BEFORE.fullmatch(before):
        stamp = _STAMP_TIME.match(folded, hit.span.end)
        if stamp and (
            (stamp[1] and "[" in before)  # "[03/12 17:05] Mission Locale: …"
            or (  # a date and a time alone on the first or the last line
                _LINE_REST.match(folded, stamp.end())
                and (line.start >= edges[0] or line.end >= edges[1])
            )
        ):
            return ReferenceSource.TIMESTAMP
    if role is DateRole.LETTER and not _SUBJECT_LINE.match(folded, line.start):
        return ReferenceSource.HEADER if hit.span.start < header_end else ReferenceSource.LETTER
    return None


def _on_or_before(hit: DateHit, received: date) -> date | None:
    """The day a message-date mention means: never after the day it was received."""
    day = hit.value
    if day is None or hit.explicit_year:
        return day if day is not None and day <= received else None
    for _ in range(2):  # a day without a year: its last occurrence up to the received day
        if day <= received:
            return day
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            return None
    return day if day <= received else None


def _reference(
    text: str, folded: str, dates: list[_Date], received: date, header_end: int
) -> tuple[Reference, set[Span]]:
    """The message's own date (the latest one written: a reply is newer than what it quotes),
    else the received day; and the spans of the dates that said it."""
    stripped = folded.rstrip()
    edges = (len(folded) - len(folded.lstrip()), len(stripped))
    best: Reference | None = None
    spans: set[Span] = set()
    for d in dates:
        source = _written_on(folded, d.hit, d.role, header_end, edges)
        day = _on_or_before(d.hit, received) if source else None
        if source is None or day is None:
            continue
        spans.add(d.hit.span)
        if best is None or day > best.day:
            best = Reference(day, source, d.hit.span, tidy(d.hit.span.quote(text)))
    # "Sent: Thursday, December 3, 2026": the French grammar does not read English headers.
    for line in islice(_DATE_KEY_LINES.finditer(folded, 0, HEADER_MAX * 10), 50):
        if line.start() >= header_end and not _HEADER_NEAR.search(
            folded, max(0, line.start() - 300), min(len(folded), line.end() + 300)
        ):
            continue
        for m in _EN_DATE.finditer(folded, line.start(), line.end()):
            month = next((i for i, n in enumerate(_EN_MONTHS) if n.startswith(m[1])), None)
            if month is None:
                continue
            try:
                day = date(int(m[3]), month + 1, int(m[2]))
            except ValueError:
                continue
            if day <= received and (best is None or day > best.day):
                span = Span(*m.span())
                best = Reference(day, ReferenceSource.HEADER, span, tidy(span.quote(text)))
    return best or Reference(received, ReferenceSource.RECEIVED), spans


def _attach_times(folded: str, dates: list[_Date], times: list[TimeHit]) -> None:
    """Give each date the clock time written next to it ("le 3 décembre à 14h30").

    Dates and times come sorted and without overlaps: each date looks only at the times
    between its neighbours (bisect), so a text full of dates stays linear."""
    taken: set[int] = set()
    time_starts = [t.span.start for t in times]
    for index, d in enumerate(dates):
        span = d.hit.span
        next_date = dates[index + 1].hit.span.start if index + 1 < len(dates) else len(folded)
        prev_date = dates[index - 1].hit.span.end if index else 0
        sentence = sentence_at(folded, span.start)
        lo = bisect_left(time_starts, max(span.start - ATTACH_BEFORE, prev_date))
        hi = bisect_left(time_starts, min(span.end + ATTACH_AFTER, next_date))
        for i in range(lo, hi):
            t = times[i]
            if i in taken or span.start <= t.span.start < span.end:
                continue
            if _END_CUE.search(_before(folded, t)):
                continue  # "fin prévue à 16h" ends the day, it does not start it
            near = 0 <= t.span.start - span.end < 20
            same = (
                sentence.start <= t.span.start <= sentence.end
                or "\n\n" not in folded[min(span.end, t.span.start) : max(span.start, t.span.end)]
            )
            if same and (t.strong or near):
                d.time = t
                taken.add(i)
                break


def _score(folded: str, d: _Date) -> float:
    before = folded[max(0, d.hit.span.start - 80) : d.hit.span.start]
    score = d.hit.confidence + (2.0 if d.time else 0.0)
    if _CUE.search(before[-60:]):
        score += 1.0
    if _MOVED.search(before):
        score += 1.5
    if _CANCELLED.search(before[-60:]) and not _MOVED.search(before):
        score -= 2.0
    if _WEAK_REFERENCE.search(before):
        score -= 1.5
    return score


def _nearest_with_weekday(day: date, weekday: int) -> date:
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead if ahead <= 3 else ahead - 7)


@dataclass
class _When:
    day: Found[date] | None = None
    time: Found[time] | None = None
    end: Found[time] | None = None
    near: Span | None = None


def _found_time(text: str, t: TimeHit, confidence: float) -> Found[time]:
    return Found(t.value, confidence, t.span, tidy(t.span.quote(text)))


def _choose(
    text: str,
    folded: str,
    reference: Reference,
    today: date,
    dates: list[_Date],
    times: list[TimeHit],
) -> tuple[_When, list[Question]]:
    """`reference`: the message's date (what counts as past when it was written); `today`: the
    day it was received, against which a past appointment is said."""
    ref = reference.day
    questions: list[Question] = []
    when = _When()
    usable = [d for d in dates if d.role is DateRole.APPOINTMENT and d.hit.value is not None]
    impossible = [d for d in dates if d.role is DateRole.APPOINTMENT and d.hit.value is None]
    from_quote = False
    if not usable and not impossible:
        # "Oui c'est bon pour moi." above "> … le mercredi 9 décembre à 15h": the reply takes up
        # the quoted appointment; asked unless the reply says yes.
        usable = [
            d for d in dates if d.quoted and d.hit.value is not None and d.hit.value >= ref
        ]
        from_quote = bool(usable)
    pool = [d for d in usable if not d.hit.relative] or usable
    future = [d for d in pool if d.hit.value is not None and d.hit.value >= ref]
    if future and len(future) < len(pool):
        pool = future  # a past day next to a coming one is what the message refers back to
    if impossible:
        questions.append(
            Question(
                QuestionKind.IMPOSSIBLE_DATE, "start", (), tuple(d.hit.span for d in impossible)
            )
        )
    if pool:
        best = max(pool, key=lambda d: (d.score, -d.hit.span.start))
        hit = best.hit
        assert hit.value is not None
        distinct: dict[date, _Date] = {}
        for d in sorted(pool, key=lambda d: -d.score):
            assert d.hit.value is not None
            distinct.setdefault(d.hit.value, d)
        confidence = hit.confidence
        if len(distinct) > 1:
            confidence = min(confidence, 0.5)
            questions.append(
                Question(
                    QuestionKind.TWO_DATES,
                    "start",
                    tuple(distinct),
                    tuple(d.hit.span for d in distinct.values()),
                )
            )
        if hit.value < today:
            candidates = (hit.value,) + ((hit.other_year,) if hit.other_year else ())
            questions.append(Question(QuestionKind.DATE_IN_PAST, "start", candidates, (hit.span,)))
        elif hit.other_year is not None:
            questions.append(
                Question(
                    QuestionKind.YEAR_UNCLEAR, "start", (hit.value, hit.other_year), (hit.span,)
                )
            )
        if not hit.weekday_ok and hit.weekday is not None:
            questions.append(
                Question(
                    QuestionKind.WEEKDAY_MISMATCH,
                    "start",
                    (hit.value, _nearest_with_weekday(hit.value, hit.weekday)),
                    (hit.span,),
                )
            )
        weak = (
            (hit.relative and reference.source is ReferenceSource.RECEIVED)
            or (not hit.explicit_year and hit.value - ref > WEAK_AHEAD)
            or (from_quote and not _CONFIRMS.search(folded, 0, _first_quote(folded)))
        )
        if weak and not any(q.field == "start" and q.candidates for q in questions):
            confidence = min(confidence, 0.5)
            questions.append(Question(QuestionKind.CHECK_DAY, "start", (hit.value,), (hit.span,)))
        when.day = Found(hit.value, confidence, hit.span, tidy(hit.span.quote(text)))
        when.near = hit.span
        chosen_time = best.time
        time_confidence = 0.9
        if chosen_time is None and _SAME_TIME.match(folded, hit.span.end):
            # "avancé au 16 décembre à la même heure": the time of the one it replaces
            chosen_time = next(
                (d.time for d in dates if d.role is DateRole.CANCELLED and d.time), None
            )
        if chosen_time is None:
            attached = {id(d.time) for d in dates if d.time is not None}
            loose = [t for t in times if t.strong and id(t) not in attached]
            # "Début des ateliers à 9h, fin à 16h30": the end is not a start; a start cue wins.
            loose = [t for t in loose if not _END_CUE.search(_before(folded, t))] or loose
            starts = [t for t in loose if _START_CUE.search(_before(folded, t))]
            if len(starts) == 1:
                loose = starts
            if len(loose) == 1:
                chosen_time, time_confidence = loose[0], 0.6
        if chosen_time is not None:
            when.time = _found_time(text, chosen_time, time_confidence)
            when.near = hit.span.union(chosen_time.span)
            if chosen_time.end is not None and chosen_time.end_span is not None:
                when.end = Found(
                    chosen_time.end,
                    time_confidence,
                    chosen_time.end_span,
                    tidy(chosen_time.end_span.quote(text)),
                )
            naive = datetime.combine(hit.value, chosen_time.value)
            if not wall_time_exists(naive):
                questions.append(
                    Question(QuestionKind.NONEXISTENT_TIME, "start", (), (chosen_time.span,))
                )
        else:
            questions.append(Question(QuestionKind.NO_TIME, "start", (), (hit.span,)))
        return when, questions
    # A time written with a cancelled or an earlier date belongs to it, not to an appointment.
    spoken_for = {
        id(d.time) for d in dates if d.time is not None and d.role is not DateRole.APPOINTMENT
    }
    strong_times = [t for t in times if t.strong and id(t) not in spoken_for]
    vague = find_vague(folded)
    if strong_times:
        t = strong_times[0]
        when.time = _found_time(text, t, 0.6)
        when.near = t.span
        if t.end is not None and t.end_span is not None:
            when.end = Found(t.end, 0.6, t.end_span, tidy(t.end_span.quote(text)))
    if vague:
        questions.append(Question(QuestionKind.VAGUE_DATE, "start", (), tuple(vague)))
        when.near = when.near or vague[0]
    elif strong_times and not impossible:
        questions.append(Question(QuestionKind.TIME_WITHOUT_DATE, "start", (), (when.near,)))
    elif not impossible:
        questions.append(Question(QuestionKind.NO_DATE, "start"))
    return when, questions


def parse_message(text: str, received: date | datetime) -> Proposal:
    """What the message seems to say, with a question for everything it leaves open.

    `received` is the day the person got the message: it anchors "demain", days without a
    year, and what counts as past. Never raises on text, whatever it holds."""
    ref = _reference_day(received)
    try:
        return _parse(text, ref)
    finally:
        text_cache_forget()
        dates_cache_forget()


def _read_dates(folded: str, ref: date, header_end: int, stamps: set[Span]) -> list[_Date]:
    dates: list[_Date] = []
    previous: DateHit | None = None
    for hit in find_dates(folded, ref):
        role = _role(folded, hit, previous, header_end, ref)
        line = line_at(folded, hit.span.start)
        quoted = bool(_QUOTED_LINE.match(folded, line.start))
        dates.append(_Date(hit, DateRole.LETTER if hit.span in stamps else role, quoted=quoted))
        previous = hit
    return dates


def _parse(text: str, received: date) -> Proposal:
    folded = fold(text)
    header_end = _header_end(folded)
    dates = _read_dates(folded, received, header_end, set())
    reference, stamps = _reference(text, folded, dates, received, header_end)
    ref = reference.day
    if ref != received or stamps:  # read again, counting from the message's own date
        dates = _read_dates(folded, ref, header_end, stamps)
    times = find_times(folded)
    _attach_times(folded, dates, times)
    for first, second in pairwise(dates):
        if second.role is DateRole.RANGE_END and first.time is None:
            first.time, second.time = second.time, None  # "du 7 au 11 décembre, de 9h à 16h"
    for d in dates:
        d.score = _score(folded, d)
    when, questions = _choose(text, folded, reference, received, dates, times)

    french = looks_french(folded)
    organisation = find_organisation(text, folded, when.near)
    place = find_place(text, folded, when.near)
    to_bring = find_to_bring(text, folded)
    has_appointment = (
        when.day is not None
        or when.time is not None
        or any(q.kind is QuestionKind.VAGUE_DATE for q in questions)
    )
    kind = message_kind(
        folded, has_appointment=has_appointment, has_items=bool(to_bring), french=french
    )
    if kind.value is MessageKind.DECISION and when.day is not None and when.day.value < received:
        # A decision's past day (the session the case was examined at) is not an appointment.
        when = _When(near=when.near)
        questions = [q for q in questions if q.field != "start"]
        questions.append(Question(QuestionKind.NO_DATE, "start"))
    if kind.value is MessageKind.CONVOCATION and place is None:
        questions.append(Question(QuestionKind.NO_PLACE, "place"))
    if not french:
        questions.append(Question(QuestionKind.NOT_FRENCH, "language"))
    deadlines = [d for d in dates if d.role is DateRole.DEADLINE and d.hit.value is not None]
    deadline = None
    if deadlines:
        first = deadlines[0].hit
        assert first.value is not None
        deadline = Found(first.value, first.confidence, first.span, tidy(first.span.quote(text)))
    replaced = next(
        (d.hit for d in dates if d.role is DateRole.CANCELLED and d.hit.value is not None), None
    )
    cancelled = None
    if replaced is not None and replaced.value != (when.day.value if when.day else None):
        assert replaced.value is not None
        cancelled = Found(replaced.value, 0.8, replaced.span, tidy(replaced.span.quote(text)))
    return Proposal(
        received=received,
        reference=reference,
        cancelled=cancelled,
        kind=kind,
        day=when.day,
        time=when.time,
        end_time=when.end,
        deadline=deadline,
        place=place,
        organisation=organisation,
        to_bring=tuple(to_bring),
        mandatory=find_mandatory(text, folded),
        sanction_sentences=tuple(find_sanction_sentences(text, folded)),
        source=guess_source(folded),
        looks_french=french,
        dates=tuple(
            DateMention(
                value=d.hit.value,
                role=d.role,
                span=d.hit.span,
                text=tidy(d.hit.span.quote(text)),
                explicit_year=d.hit.explicit_year,
                weekday=d.hit.weekday,
                relative=d.hit.relative,
                score=round(d.score, 2),
            )
            for d in dates
        ),
        questions=tuple(questions),
    )
