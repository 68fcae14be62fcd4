"""The Qt measures, each run as `python -m benchmarks.gui_child TASK ...` in a fresh process
(a first paint, a cold cache and memory are only honest in a new process). The real window is
built as the app builds it (MainWindow, French, the person's settings) and driven through its
own methods; the last line printed is `BENCH-RESULT {json}`.

Tasks:
    today CARNET PASSFILE            open (cheap KDF) + Today painted; Today again (warm)
    agenda CARNET PASSFILE [STEPS]   agenda opened, 12 earlier weeks at a time back to the
                                     start, page-by-page scroll (vs a plain QListView), search
    speech CARNET PASSFILE STAMPS N  "Lire" -> first sample at the sink: first (cold), then N
    stall_idle N                     the timer's own longest gap, event loop idle (baseline)
    stall_busy N                     the same while Argon2id runs in a worker thread (baseline)
    stall_unlock CARNET PASSFILE N   Open pressed -> Today shown, real Argon2id
    stall_speech CARNET PASSFILE STAMPS N   reading a long text aloud for a few seconds
    stall_pdf CARNET PASSFILE N      recovery sheet printed; journal extract chosen, saved
    stall_import CARNET PASSFILE FILE...   one document import per file (20 MB PDFs)
    memory CARNET PASSFILE           RSS once Today is shown and after a tour of the screens
    bare_memory                      RSS of a bare PySide6 window (baseline)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QListView, QMainWindow

from .stall import StallMeter, spin, wait_until

RESULT_PREFIX = "BENCH-RESULT "
Result = dict[str, Any]


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _memory() -> dict[str, float]:
    """VmRSS (now) and VmHWM (peak) of this process, in MiB."""
    found: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


def _passphrase(passfile: str) -> str:
    from app.cli import read_passphrase_file

    return read_passphrase_file(passfile)


class App:
    """QApplication + the real MainWindow on a carnet folder, as ui.application builds it."""

    def __init__(self, carnet: str | None, speaker_factory: Callable[[], Any] | None = None):
        from app import settings as settings_store
        from app.locations import locate
        from ui import appearance
        from ui.application import install_translations
        from ui.main_window import MainWindow
        from ui.reading import Reader
        from ui.session import Session

        self.qapp = QApplication.instance() or QApplication(sys.argv[:1])
        self.qapp.setApplicationName("Reperes")
        places = locate()
        appearance.install(appearance.Appearance(settings_store.load(places.settings_file)))
        self.translators = install_translations(self.qapp, appearance.current().settings.language)
        self.session = Session(places, carnet_path=Path(carnet) if carnet else None)
        self.reader = Reader(speaker_factory)
        self.window = MainWindow(self.session, on_lock=None, reader=self.reader)
        self.window.resize(1024, 768)
        self.window.show()
        spin(0.2)

    def open_directly(self, passfile: str) -> float:
        """Carnet.unlock on the GUI thread (demo carnets made with the cheap KDF): ms."""
        from app.carnet import Carnet

        folder = self.session.carnet_path
        assert folder is not None
        start = time.perf_counter()
        self.session.carnet = Carnet.unlock(folder, _passphrase(passfile))
        return _ms(start)

    def show(self, key: str) -> float:
        start = time.perf_counter()
        self.window.show_screen(key)
        self.window.grab()  # layout and a full paint of what is shown
        return _ms(start)

    def close(self) -> None:
        self.reader.close()
        self.session.lock()


# -- Today ----------------------------------------------------------------------------------------
def task_today(carnet: str, passfile: str) -> Result:
    app = App(carnet)
    open_ms = app.open_directly(passfile)
    start = time.perf_counter()
    app.session.unlocked.emit()  # what the window hears when the worker has opened the carnet
    app.window.grab()
    today_ms = _ms(start)
    again = []
    for _ in range(3):
        app.show("settings")
        again.append(app.show("today"))
    app.close()
    return {"open_ms": open_ms, "today_ms": today_ms, "today_again_ms": again}


# -- agenda ---------------------------------------------------------------------------------------
SEARCHES = ("caf", "france travail", "convocation", "cv", "attestation", "rendez-vous conseil")


def _scroll_steps(view: QListView) -> list[float]:
    bar = view.verticalScrollBar()
    steps = []
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        start = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()
        steps.append(_ms(start))
    return steps


def task_agenda(carnet: str, passfile: str, max_steps: str = "0") -> Result:
    app = App(carnet)
    app.open_directly(passfile)
    app.session.unlocked.emit()
    spin(0.1)
    open_ms = app.show("agenda")
    screen = app.window.screen("agenda")
    earlier: list[float] = []
    while not int(max_steps) or len(earlier) < int(max_steps):
        first = screen.first_day
        start = time.perf_counter()
        screen.load_earlier()
        screen.list.viewport().repaint()
        if screen.first_day == first:
            break
        earlier.append(_ms(start))
    rows = screen.model.rowCount()
    scroll = _scroll_steps(screen.list)
    # Baseline: a plain list of the same sentences, same size and font, default delegate.
    plain = QListView()
    plain.setWordWrap(True)
    plain.setFont(screen.list.font())
    plain.setModel(QStringListModel([r.text for r in screen.model.rows]))
    plain.resize(screen.list.size())
    plain.show()
    spin(0.1)
    plain_scroll = _scroll_steps(plain)
    searches = []
    for words in SEARCHES:
        start = time.perf_counter()
        screen.search_edit.setText(words)
        screen.run_search()
        screen.list.viewport().repaint()
        searches.append(_ms(start))
    screen.end_search()
    app.close()
    return {"open_ms": open_ms, "earlier_ms": earlier, "rows": rows, "scroll_ms": scroll,
            "plain_scroll_ms": plain_scroll, "search_ms": searches}  # fmt: skip


# -- speech ---------------------------------------------------------------------------------------
def _sink_app(carnet: str, stamp_file: str) -> App:
    from app.speech import Speaker
    from app.speech.espeak_driver import EspeakDriver
    from ui import appearance

    from .sink import sink_player

    def factory() -> Speaker:
        chosen = appearance.current().settings
        driver = EspeakDriver(players=[sink_player(Path(stamp_file))])
        return Speaker([driver], rate=chosen.speech_rate, voice_id=chosen.speech_voice or None)

    return App(carnet, factory)


def task_speech(carnet: str, passfile: str, stamp_file: str, repeats: str) -> Result:
    from .sink import stamps, wall

    app = _sink_app(carnet, stamp_file)
    app.open_directly(passfile)
    app.session.unlocked.emit()
    spin(0.3)
    latencies, delays, problems = [], [], []
    for _ in range(int(repeats) + 1):
        seen = len(stamps(Path(stamp_file)))
        start = wall()
        app.window.read_button.click()  # "Lire" (Ctrl+R) on Today
        if not wait_until(lambda n=seen: len(stamps(Path(stamp_file))) > n, 20):
            problems.append(str(app.reader.speaker.engine_problem))
            break
        latencies.append((stamps(Path(stamp_file))[-1] - start) * 1000)
        delay = app.reader.speaker.start_delay_s
        delays.append(delay * 1000 if delay is not None else None)
        app.reader.stop()
        spin(0.4)
    app.close()
    return {"latency_ms": latencies, "driver_delay_ms": delays, "problems": problems,
            "first_sentence": app.window.title_label.text()}  # fmt: skip


# -- stalls ---------------------------------------------------------------------------------------
def _stalled(work: Callable[[], object], settle_s: float = 0.3) -> tuple[float, float]:
    """(longest gap of the 10 ms timer, time of `work` itself) when `work` runs from the event
    loop as a click would run it."""
    meter = StallMeter()
    meter.start()
    spin(0.1)
    took: list[float] = []

    def run() -> None:
        start = time.perf_counter()
        work()
        took.append(_ms(start))

    QTimer.singleShot(0, run)
    wait_until(lambda: bool(took), 120)
    spin(settle_s)
    meter.stop()
    return meter.longest_ms(), took[0]


def task_stall_idle(repeats: str) -> Result:
    QApplication.instance() or QApplication(sys.argv[:1])
    longest = []
    for _ in range(int(repeats)):
        meter = StallMeter()
        meter.start()
        spin(1.5)
        meter.stop()
        longest.append(meter.longest_ms())
    return {"longest_ms": longest}


def task_stall_busy(repeats: str) -> Result:
    """The timer while Argon2id (the real cost) runs in a worker thread and the GUI thread has
    nothing to do: what the KDF's two busy cores alone do to the GUI thread."""
    import threading

    from app.carnet import KdfParams

    QApplication.instance() or QApplication(sys.argv[:1])
    longest = []
    for _ in range(int(repeats)):
        worker = threading.Thread(target=KdfParams().derive, args=("phrase", b"0123456789abcdef"))
        meter = StallMeter()
        meter.start()
        spin(0.1)
        worker.start()
        wait_until(lambda w=worker: not w.is_alive(), 60)
        spin(0.1)
        meter.stop()
        longest.append(meter.longest_ms())
    return {"longest_ms": longest}


def task_stall_unlock(carnet: str, passfile: str, repeats: str) -> Result:
    app = App(carnet)
    passphrase = _passphrase(passfile)
    longest, total = [], []
    for _ in range(int(repeats)):
        meter = StallMeter()
        meter.start()
        spin(0.1)
        start = time.perf_counter()
        app.session.unlock(passphrase)  # what the unlock screen's Open button calls
        if not wait_until(lambda: app.window.current.key == "today", 60):
            raise RuntimeError("the carnet did not open")
        app.window.grab()
        total.append(_ms(start))
        spin(0.3)
        meter.stop()
        longest.append(meter.longest_ms())
        app.window.lock()  # back to the unlock screen (the app would restart the process)
        spin(0.2)
    app.close()
    return {"longest_ms": longest, "unlock_to_today_ms": total}


def _long_text(carnet) -> str:
    from app.records.journal import journal_entries

    entries = journal_entries(carnet, limit=40)
    return " ".join(e.draft.summary.rstrip(".") + "." for e in entries)


def task_stall_speech(carnet: str, passfile: str, stamp_file: str, repeats: str) -> Result:
    from ui.reading import Part

    app = _sink_app(carnet, stamp_file)
    app.open_directly(passfile)
    app.session.unlocked.emit()
    spin(0.3)
    label = app.window.screen("today").journal_text
    text = _long_text(app.session.carnet)
    label.setText(text)
    _ = app.reader.speaker  # the engine is loaded (~50 ms) before measuring, as after a first Lire
    longest, words = [], []
    counted = {"n": 0}
    app.reader._relay.word.connect(lambda *_: counted.__setitem__("n", counted["n"] + 1))
    for _ in range(int(repeats)):
        counted["n"] = 0
        meter = StallMeter()
        meter.start()
        spin(0.1)
        app.window.read_parts([Part(text, label)])
        spin(5.0)
        app.reader.stop()
        spin(0.2)
        meter.stop()
        longest.append(meter.longest_ms())
        words.append(counted["n"])
    app.close()
    return {"longest_ms": longest, "words_highlighted": words, "characters": len(text)}


def task_stall_pdf(carnet: str, passfile: str, repeats: str) -> Result:
    """The paper of the 'paper' work, as a person uses it: the recovery sheet printed (to a PDF
    printer), and the journal extract of the last twelve months chosen in the paper dialog
    (built and paginated), then saved as PDF: each step is one click on the GUI thread."""
    from app.carnet.recovery import new_recovery_code
    from app.domain.documents import pdf_page_count
    from ui.paper_dialog import PaperDialog
    from ui.printing import recovery_sheet_pdf
    from ui.screens.paper_choices import journal_choices

    app = App(carnet)
    app.open_directly(passfile)
    app.session.unlocked.emit()
    spin(0.2)
    out = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
    found: dict[str, list[float]] = {k: [] for k in (
        "sheet_longest_ms", "sheet_ms", "choose_longest_ms", "choose_ms", "save_longest_ms",
        "save_ms")}  # fmt: skip
    for i in range(int(repeats)):
        code = new_recovery_code()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out / f"sheet-{i}.pdf"))
        gap, took = _stalled(lambda p=printer, c=code: recovery_sheet_pdf(c, p))
        found["sheet_longest_ms"].append(gap)
        found["sheet_ms"].append(took)
        choices = journal_choices(app.session)
        dialog = PaperDialog(app.window, choices)
        twelve = choices[-1]  # "My exchanges of the last twelve months"
        gap, took = _stalled(lambda d=dialog, c=twelve: d.choose(c))
        found["choose_longest_ms"].append(gap)
        found["choose_ms"].append(took)
        target = out / f"journal-{i}.pdf"
        gap, took = _stalled(lambda d=dialog, t=target: d.write_pdf(d.sheet, t))
        found["save_longest_ms"].append(gap)
        found["save_ms"].append(took)
        dialog.close()
        dialog.deleteLater()
    app.close()
    pages = pdf_page_count((out / "journal-0.pdf").read_bytes()) or 0
    return {**found, "journal_pages": pages}


def task_stall_import(carnet: str, passfile: str, *files: str) -> Result:
    app = App(carnet)
    app.open_directly(passfile)
    app.session.unlocked.emit()
    spin(0.2)
    app.show("documents")
    screen = app.window.screen("documents")
    longest, total = [], []
    for i, path in enumerate(files):
        screen.chosen(Path(path))
        screen.title_edit.setText(f"Courrier scanné {i + 1}")
        meter = StallMeter()
        meter.start()
        spin(0.1)
        start = time.perf_counter()
        screen.start_import()  # what "Save" calls
        if not wait_until(lambda: not screen.importing, 120):
            raise RuntimeError("the import did not finish")
        total.append(_ms(start))
        spin(0.3)
        meter.stop()
        longest.append(meter.longest_ms())
    app.close()
    return {"longest_ms": longest, "import_ms": total, "bytes": os.path.getsize(files[0])}


# -- memory ---------------------------------------------------------------------------------------
TOUR = ("agenda", "journal", "documents", "hours", "obligations", "directory", "today")


def task_memory(carnet: str, passfile: str) -> Result:
    from ui.screens.registry import has_screen

    app = App(carnet)
    app.session.unlock(_passphrase(passfile))  # the real path: Argon2id in the worker
    if not wait_until(lambda: app.window.current.key == "today", 60):
        raise RuntimeError("the carnet did not open")
    app.window.grab()
    spin(0.5)
    at_today = _memory()
    for key in TOUR:
        if has_screen(key):
            app.show(key)
            spin(0.1)
    agenda = app.window.screen("agenda")
    app.show("agenda")
    agenda.search_edit.setText("caf")
    agenda.run_search()
    app.window.grab()
    app.show("today")
    spin(0.5)
    after = _memory()
    app.close()
    return {"rss_today_mib": at_today["VmRSS"], "rss_after_tour_mib": after["VmRSS"],
            "peak_mib": after["VmHWM"]}  # fmt: skip


def task_bare_memory() -> Result:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Bonjour"))
    window.resize(1024, 768)
    window.show()
    window.grab()
    spin(0.5)
    found = _memory()
    window.close()
    del app
    return {"rss_mib": found["VmRSS"], "peak_mib": found["VmHWM"]}


TASKS: dict[str, Callable[..., Result]] = {
    "today": task_today,
    "agenda": task_agenda,
    "speech": task_speech,
    "stall_idle": task_stall_idle,
    "stall_busy": task_stall_busy,
    "stall_unlock": task_stall_unlock,
    "stall_speech": task_stall_speech,
    "stall_pdf": task_stall_pdf,
    "stall_import": task_stall_import,
    "memory": task_memory,
    "bare_memory": task_bare_memory,
}


def main(argv: list[str]) -> int:
    task, args = argv[0], argv[1:]
    profile_to = os.environ.get("BENCH_PROFILE")
    if profile_to:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    result = TASKS[task](*args)
    if profile_to:
        profiler.stop()
        Path(profile_to).write_text(profiler.output_text(unicode=True, show_all=False), "utf-8")
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
