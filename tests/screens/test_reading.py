"""'Lire' on real screens: what is read, in which order, the word highlighted as it is read,
Escape stopping, a missing voice said politely, and the GUI thread kept free."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from app.speech import SilentDriver, Speaker, SpyDriver
from ui.reading import Reader


@pytest.fixture
def spy():
    return SpyDriver(word_delay=0.02)


@pytest.fixture
def reading_window(make_window, spy):
    def make(**kwargs):
        return make_window(reader=Reader(lambda: Speaker(drivers=[spy])), **kwargs)

    return make


def test_read_button_reads_title_help_and_content_in_order(reading_window, qtbot, spy):
    window = reading_window()
    qtbot.mouseClick(window.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(spy.utterances and spy.utterances[-1].completed), timeout=10000)
    said = spy.said[-1]
    title, help_line = "Welcome to Repères", "Choose what you want to do."
    assert said.startswith(title)
    assert said.index(help_line) < said.index("Nothing leaves this computer.")
    assert "Open my carnet" not in said  # buttons are not read as content
    qtbot.waitUntil(lambda: not window.reader.reading)
    assert window.read_button.accessibleName() == "Read"


def test_the_word_being_read_is_highlighted_then_restored(reading_window, qtbot, spy):
    window = reading_window()
    from PySide6.QtWidgets import QLabel

    label = next(x for x in window.welcome_screen.findChildren(QLabel) if "carnet." in x.text())
    seen: list[str] = []
    timer = QTimer()
    timer.timeout.connect(lambda: seen.append(label.text()) if "<span" in label.text() else None)
    timer.start(5)
    original = label.text()
    window.toggle_reading()
    qtbot.waitUntil(lambda: not window.reader.reading, timeout=15000)
    timer.stop()
    assert seen, "no word was ever highlighted"
    assert any("<span" in text and "carnet" in text for text in seen)
    assert label.text() == original and label.accessibleName() == original


def test_escape_stops_reading_at_once(make_window, qtbot):
    """Stopped as the key is handled; the time to silence is the benchmark's (budget 200 ms)."""
    spy_slow = SpyDriver(word_delay=0.2)
    window = make_window(reader=Reader(lambda: Speaker(drivers=[spy_slow])))
    window.toggle_reading()
    qtbot.waitUntil(lambda: bool(spy_slow.utterances and spy_slow.utterances[-1].words))
    assert window.read_button.accessibleName() == "Stop reading"
    clock = time.perf_counter()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.reader.reading
    qtbot.waitUntil(lambda: spy_slow.utterances[-1].completed is False, timeout=1000)
    elapsed = time.perf_counter() - clock
    print(f"escape to stopped: {elapsed * 1000:.1f} ms")
    assert window.current.key == "welcome"  # Escape stopped the voice, it did not go back


def test_pressing_read_ten_times_fast_gives_one_voice(reading_window, qtbot, spy):
    window = reading_window()
    for _ in range(10):
        window.read_parts([])  # nothing to read: ignored
        window.toggle_reading()
    qtbot.waitUntil(lambda: not window.reader.reading, timeout=15000)
    assert spy.utterances[-1].completed
    assert sum(1 for u in spy.utterances if u.completed) == 1


def test_no_voice_gives_a_polite_message_and_nothing_else_breaks(make_window, qtbot):
    speaker = Speaker(drivers=[SpyDriver(broken=True), SilentDriver()])
    window = make_window(reader=Reader(lambda: speaker))
    window.toggle_reading()
    qtbot.waitUntil(lambda: window.status.isVisible(), timeout=5000)
    assert "no voice on this computer" in window.status.text()
    assert "Everything else works" in window.status.text()
    window.show_screen("create")  # the app goes on
    assert window.current.key == "create"


def test_recovery_code_is_spelled_when_read(reading_window, qtbot, spy):
    window = reading_window()
    window.recovery_screen.show_code("ABCD-EFGH-JKMN-PQRS-TWXY-Z234")
    window.show_screen("recovery_code")
    window.toggle_reading()
    qtbot.waitUntil(lambda: bool(spy.utterances and spy.utterances[-1].completed), timeout=15000)
    assert "A B C D. E F G H" in spy.said[-1]


def _interleaved(events: list[str]) -> bool:
    """The GUI thread's timer ticked while the voice went on: a tick after the first word and
    a word after that tick. Reading done on the GUI thread would give all words, then ticks."""
    if "word" not in events:
        return False
    after_first_word = events[events.index("word") :]
    if "tick" not in after_first_word:
        return False
    return "word" in after_first_word[after_first_word.index("tick") :]


def test_gui_thread_stays_free_while_reading_a_long_text(reading_window, qtbot, spy):
    """A 20-page text handed to the voice: the GUI thread keeps turning while the words come.
    How long it may stall (budget 50 ms) is measured by the benchmark, not asserted here."""
    from ui.reading import Part

    window = reading_window()
    text = "Vous êtes convoqué le mardi 3 décembre à 14 h 30. " * 800
    gaps: list[int] = []
    events: list[str] = []
    window.reader._relay.word.connect(lambda *_: events.append("word"))
    clock = QElapsedTimer()
    clock.start()
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now
        events.append("tick")

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    qtbot.wait(50)
    window.read_parts([Part(text, window.welcome_screen.help_line)])
    qtbot.wait(500)
    window.reader.stop()
    qtbot.wait(50)
    timer.stop()
    worst = max(gaps[1:])
    print(f"longest GUI-thread gap while reading: {worst} ms")
    assert _interleaved(events), events[:40]


def test_gui_thread_stays_free_with_the_real_voice(make_window, qtbot):
    """Real espeak-ng synthesis (a fake player stands for the sound card, which CI lacks)."""
    import sys
    from pathlib import Path

    from PySide6.QtCore import QElapsedTimer

    from app.speech.audio_output import PlayerCommand
    from app.speech.espeak_driver import EspeakDriver
    from ui.reading import Part

    player_script = Path(__file__).resolve().parents[1] / "speech" / "fake_player.py"
    player = PlayerCommand(
        "fake-player", (sys.executable, "-B", str(player_script), "--rate", "{rate}"), 0.1
    )
    driver = EspeakDriver(players=[player])
    assert driver.available(), driver.problem()
    window = make_window(reader=Reader(lambda: Speaker(drivers=[driver])))
    words: list[tuple[int, int]] = []
    events: list[str] = []
    window.reader._relay.word.connect(lambda n, start, length: words.append((start, length)))
    window.reader._relay.word.connect(lambda *_: events.append("word"))
    text = "Vous êtes convoqué le mardi 3 décembre à 14 h 30, à l'agence de la ville. " * 300
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [0]

    def tick() -> None:
        gaps.append(clock.elapsed() - last[0])
        last[0] = clock.elapsed()
        events.append("tick")

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    qtbot.wait(50)
    window.read_parts([Part(text, window.welcome_screen.help_line)])
    qtbot.waitUntil(lambda: len(words) >= 5, timeout=10000)  # the voice is really going
    qtbot.wait(800)
    window.reader.stop()
    qtbot.wait(50)
    timer.stop()
    worst = max(gaps[1:])
    print(f"longest GUI-thread gap while espeak-ng speaks: {worst} ms, words so far {len(words)}")
    assert _interleaved(events), events[:40]  # the stall itself: the benchmark's
    assert text[words[0][0] : words[0][0] + words[0][1]] == "Vous"
    driver.close()


def test_a_card_reads_only_itself(reading_window, qtbot, spy, existing_carnet):
    from .conftest import PASSPHRASE

    window = reading_window()
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.current.key == "today", timeout=20000)
    qtbot.mouseClick(window.today_screen.next_read, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(spy.utterances and spy.utterances[-1].completed), timeout=10000)
    assert spy.said[-1] == "Next appointment\nNothing is planned for now."
