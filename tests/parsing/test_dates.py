"""The French date grammar: every usual form, typos, the received day as the reference, and
hypothesis round trips (a day written any supported way reads back as that day)."""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.localtime import HOME_ZONE
from app.parsing import QuestionKind, parse_message
from app.parsing.dates import month_of
from app.parsing.text import fold
from app.parsing.wording import day_words

RECEIVED = date(2026, 11, 20)  # a Friday
FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ABBREVIATIONS = (
    "janv",
    "févr",
    "mars",
    "avr",
    "mai",
    "juin",
    "juil",
    "août",
    "sept",
    "oct",
    "nov",
    "déc",
)


def read(text: str, received: date = RECEIVED):
    return parse_message(text, received)


def day_of(text: str, received: date = RECEIVED) -> date | None:
    proposal = read(text, received)
    return proposal.day.value if proposal.day else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RDV le 3/12 à 9h", date(2026, 12, 3)),
        ("RDV le 03/12/2026 à 9h", date(2026, 12, 3)),
        ("RDV le 03.12.2026 à 9h", date(2026, 12, 3)),
        ("RDV le 3-12-26 à 9h", date(2026, 12, 3)),
        ("RDV le 2026-12-03 à 9h", date(2026, 12, 3)),
        ("RDV le jeudi 3 décembre à 9h", date(2026, 12, 3)),
        ("RDV le 3 déc. à 9h", date(2026, 12, 3)),
        ("RDV le 3 decembre a 9h", date(2026, 12, 3)),
        ("RDV LE 3 DÉCEMBRE 2026 À 9H", date(2026, 12, 3)),
        ("RDV le 3 decmbre à 9h", date(2026, 12, 3)),
        ("RDV le 30 novembr à 9h", date(2026, 11, 30)),
        ("RDV le 3 setpembre 2027 à 9h", date(2027, 9, 3)),
        ("RDV le 1er décembre à 9h", date(2026, 12, 1)),
        ("RDV lundi 7 à 9h", date(2026, 12, 7)),
        ("RDV demain à 9h", date(2026, 11, 21)),
        ("RDV après-demain à 9h", date(2026, 11, 22)),
        ("RDV apres demain à 9h", date(2026, 11, 22)),
        ("RDV lundi prochain à 9h", date(2026, 11, 23)),
        ("RDV vendredi à 9h", date(2026, 11, 27)),  # the next one, not today
        ("RDV aujourd'hui à 9h", date(2026, 11, 20)),
        ("RDV le 3 janvier à 9h", date(2027, 1, 3)),  # next occurrence: next year
    ],
)
def test_usual_forms(text: str, expected: date) -> None:
    assert day_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("à 14h30", time(14, 30)),
        ("à 14 h 30", time(14, 30)),
        ("à 14:30", time(14, 30)),
        ("à 9h", time(9, 0)),
        ("à 9 heures", time(9, 0)),
        ("à 9 heures 15", time(9, 15)),
        ("à midi", time(12, 0)),
        ("à midi et demi", time(12, 30)),
        ("à 09H00", time(9, 0)),
        ("at 2pm", time(14, 0)),  # English: flagged as not French, the time still read
        ("at 10:30 am", time(10, 30)),
        ("at 12 pm", time(12, 0)),
        ("at 12am", time(0, 0)),
    ],
)
def test_times(text: str, expected: time) -> None:
    proposal = read(f"Rendez-vous le 3 décembre 2026 {text}.")
    assert proposal.time is not None and proposal.time.value == expected
    assert proposal.start == datetime.combine(date(2026, 12, 3), expected, HOME_ZONE)


def test_end_time_and_durations_that_are_not_times() -> None:
    proposal = read("Atelier le 3 décembre 2026 de 9h à 12h. Comptez 15 heures par semaine.")
    assert proposal.time.value == time(9) and proposal.end_time.value == time(12)
    assert read("Formation de 35 heures le 3 décembre 2026.").time is None
    assert read("Accueil du lundi au vendredi de 8h30 à 12h. RDV le 3/12/2026.").time is None
    assert read("Le 3 décembre 2026 l'après-midi.").time is None


def test_spans_point_at_the_words_in_the_message() -> None:
    text = "Bonjour,\nVous êtes convoquée le Mardi 1er Décembre 2026 à 14 h 30."
    proposal = read(text)
    assert proposal.day.span.quote(text) == "Mardi 1er Décembre 2026"
    assert proposal.time.span.quote(text) == "14 h 30"
    assert proposal.day.text == "Mardi 1er Décembre 2026"


def test_month_names_tolerate_small_typos_but_not_other_words() -> None:
    assert month_of("decmbre") == 12 and month_of("novembr") == 11 and month_of("fevirer") == 2
    assert month_of("dec.") == 12 and month_of("sept") == 9 and month_of("juil") == 7
    for word in ("mais", "mois", "jours", "rue", "avenue", "heures", "tout", "jui", "euros"):
        assert month_of(word) is None, word
    assert day_of("Vous avez 3 mois pour répondre, 2 jours de plus, 4 euros.") is None


def test_no_year_a_day_of_the_last_week_stays_in_the_past_and_is_asked() -> None:
    proposal = read("RDV le 16 novembre à 10h au 2 rue de la Gare.")
    assert proposal.day.value == date(2026, 11, 16)
    question = proposal.question(QuestionKind.DATE_IN_PAST)
    assert question is not None
    assert question.candidates == (date(2026, 11, 16), date(2027, 11, 16))
    assert day_of("RDV le 12 novembre à 10h") == date(2027, 11, 12)  # 8 days ago: next year


def test_year_unclear_far_ahead() -> None:
    proposal = read("RDV le 5 décembre à 10h.", date(2026, 12, 20))
    assert proposal.day.value == date(2027, 12, 5)
    assert proposal.question(QuestionKind.YEAR_UNCLEAR).candidates == (
        date(2027, 12, 5),
        date(2026, 12, 5),
    )


def test_explicit_past_date_and_weekday_mismatch_are_asked() -> None:
    past = read("Convocation le 16/11/2026 à 9h.")
    assert past.day.value == date(2026, 11, 16)
    assert past.question(QuestionKind.DATE_IN_PAST) is not None
    wrong = read("RDV le mardi 3 décembre 2026 à 14h30.")  # the 3rd is a Thursday
    mismatch = wrong.question(QuestionKind.WEEKDAY_MISMATCH)
    assert wrong.day.value == date(2026, 12, 3)
    assert mismatch.candidates == (date(2026, 12, 3), date(2026, 12, 1))


def test_impossible_dates_are_questions_never_crashes() -> None:
    for text in (
        "RDV le 31/02 à 9h",
        "RDV le 31 février 2027 à 9h",
        "RDV le 30/02/2026",
        "RDV le 31/04/2026 à 10h",
    ):
        proposal = read(text)
        assert proposal.day is None
        assert proposal.question(QuestionKind.IMPOSSIBLE_DATE) is not None, text
    assert day_of("le 45/13/2026") is None  # not a date at all


def test_three_twelve_is_day_then_month_not_ambiguous() -> None:
    proposal = read("RDV le 3/12 à 9h au 2 rue de la Gare.")
    assert proposal.day.value == date(2026, 12, 3) and proposal.questions == ()


def test_vague_two_dates_time_without_date_no_date() -> None:
    kinds = lambda text: {q.kind for q in read(text).questions}  # noqa: E731
    assert QuestionKind.VAGUE_DATE in kinds("Votre conseiller vous appellera la semaine prochaine.")
    two = read("RDV le 3 décembre à 10h ou le 4 décembre à 14h.")
    assert two.question(QuestionKind.TWO_DATES).candidates == (date(2026, 12, 3), date(2026, 12, 4))
    assert QuestionKind.TIME_WITHOUT_DATE in kinds("Votre rendez-vous est à 10h30.")
    assert QuestionKind.NO_DATE in kinds("Merci de nous envoyer votre RIB.")
    assert QuestionKind.NO_TIME in kinds("Atelier le 3 décembre 2026 à la Mission locale.")


def test_received_as_aware_datetime_is_read_in_paris() -> None:
    late = datetime(2026, 11, 20, 23, 30, tzinfo=HOME_ZONE)
    assert day_of("RDV demain à 9h", late) == date(2026, 11, 21)
    assert day_of("RDV demain à 9h", late.astimezone(UTC)) == date(2026, 11, 21)  # 22:30 UTC
    after_midnight = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)  # already the 21st in Paris
    assert day_of("RDV demain à 9h", after_midnight) == date(2026, 11, 22)
    with pytest.raises(ValueError):
        parse_message("RDV demain", date(1, 1, 1))


def test_spring_clock_change_time_is_asked() -> None:
    proposal = read("RDV le 29 mars 2026 à 2h30.", date(2026, 3, 20))
    assert proposal.start is None
    assert proposal.question(QuestionKind.NONEXISTENT_TIME) is not None


# -- hypothesis: every supported way of writing a day reads back as that day --------------------
def _day_number(day: date) -> str:
    return "1er" if day.day == 1 else str(day.day)


WITH_YEAR = (
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"{d.day}-{d.month}-{d.year % 100:02d}",
    lambda d: d.isoformat(),
    lambda d: f"{FR_DAYS[d.weekday()]} {_day_number(d)} {FR_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"le {d.day} {ABBREVIATIONS[d.month - 1]}. {d.year}",
    lambda d: f"{FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year}".upper(),
    lambda d: fold(f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}"),
    lambda d: day_words(d),
)
WITHOUT_YEAR = (
    lambda d: f"{d.day}/{d.month}",
    lambda d: f"{d.day:02d}/{d.month:02d}",
    lambda d: f"{FR_DAYS[d.weekday()]} {_day_number(d)} {FR_MONTHS[d.month - 1]}",
    lambda d: f"le {d.day} {ABBREVIATIONS[d.month - 1]}.",
    lambda d: fold(f"{d.day} {FR_MONTHS[d.month - 1]}").capitalize(),
)
received_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2190, 12, 31))


@given(
    received=received_days,
    offset=st.integers(-366, 366),
    form=st.sampled_from(WITH_YEAR),
    minutes=st.integers(0, 24 * 60 - 1),
)
def test_written_with_year_reads_back(received: date, offset: int, form, minutes: int) -> None:
    day = received + timedelta(days=offset)
    at = time(minutes // 60, minutes % 60)
    proposal = read(f"Rendez-vous : {form(day)} à {at.hour}h{at.minute:02d}.", received)
    assert proposal.day is not None and proposal.day.value == day
    assert proposal.time is not None and proposal.time.value == at
    assert proposal.question(QuestionKind.WEEKDAY_MISMATCH) is None
    assert (proposal.question(QuestionKind.DATE_IN_PAST) is not None) == (day < received)


@given(received=received_days, offset=st.integers(-7, 350), form=st.sampled_from(WITHOUT_YEAR))
def test_written_without_year_reads_back(received: date, offset: int, form) -> None:
    day = received + timedelta(days=offset)
    proposal = read(f"Rendez-vous {form(day)} à 10h30 au 2 rue de la Gare.", received)
    assert proposal.day is not None and proposal.day.value == day
    assert (proposal.question(QuestionKind.DATE_IN_PAST) is not None) == (day < received)


@given(received=received_days, offset=st.integers(0, 27))
def test_weekday_and_day_only_reads_back(received: date, offset: int) -> None:
    day = received + timedelta(days=offset)
    assert day_of(f"RDV {FR_DAYS[day.weekday()]} {day.day} à 10h.", received) == day


@given(received=received_days, month=st.integers(1, 12), position=st.integers(1, 5))
def test_month_typos_read_back(received: date, month: int, position: int) -> None:
    name = fold(FR_MONTHS[month - 1])
    assume(len(name) >= 7 and position < len(name) - 1)
    typo = name[:position] + name[position + 1 :]  # one letter forgotten
    assert month_of(typo) == month


# -- never raises, and fast ----------------------------------------------------------------------
FRAGMENTS = (
    "le 3 décembre ",
    "3/12 ",
    "31/02 ",
    "14h30 ",
    "demain ",
    "lundi ",
    "midi ",
    "du 3 au 7 décembre ",
    "12 rue des Tilleuls, 42999 Bourg ",
    "munissez-vous de ",
    "obligatoire ",
    "radiation. ",
    "\n- CV\n",
    "à l'agence ",
    "France Travail ",
    "https://visio.test/x ",
    "\u202e",
    "\u200f",
    "مرحبا ",
    "🙂",
    "\x00",
    "\x1b[2J",
    "\r\n",
    "\t",
    "İ",
    "ß",
    "ﬁ",
    "𝟙𝟚/𝟙𝟚 ",
    "٣/١٢ ",
    "lundi 7 ",
    ">",
)
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map("".join),
)


@given(text=texts, received=received_days)
def test_never_raises(text: str, received: date) -> None:
    proposal = parse_message(text, received)
    for found in (proposal.day, proposal.time, proposal.place, proposal.organisation):
        if found is not None and found.span is not None:
            assert 0 <= found.span.start <= found.span.end <= len(text)


def _best_ms(text: str, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = clock.perf_counter()
        parse_message(text, RECEIVED)
        best = min(best, clock.perf_counter() - start)
    return best * 1000


def test_speed_10_kb_and_100_kb() -> None:
    from .corpus import CORPUS

    letter = (CORPUS / "39_lettre_longue_100ko.txt").read_text("utf-8")
    import random

    rng = random.Random(7)
    noise = "".join(chr(rng.randint(1, 0x2FFF)) for _ in range(10_000))
    dense = "".join(rng.choice(FRAGMENTS) for _ in range(2000))[:10_000]
    timings = {
        "letter 10 kB": _best_ms(letter[:10_000]),
        "random Unicode 10 kB": _best_ms(noise),
        "dense dates 10 kB": _best_ms(dense),
        "letter 100 kB": _best_ms(letter, runs=2),
        "dense dates 100 kB": _best_ms((dense * 10)[:100_000], runs=2),
        "controls, RTL, emoji 100 kB": _best_ms(
            ("\u202e🙂\x00\x1b مرحبا 3/12 " * 5000)[:100_000], runs=2
        ),
    }
    print()
    for label, ms in timings.items():
        print(f"  parse {label}: {ms:.1f} ms")
    # Bounds that catch a quadratic blow-up (100 kB would take minutes), not a busy machine:
    # measured 45-90 ms for 10 kB and ~530 ms for 100 kB on a loaded 2-core PC.
    assert timings["letter 10 kB"] < 500
    assert timings["random Unicode 10 kB"] < 500
    assert timings["letter 100 kB"] < 5000
