"""Admin subcommands of `reperes`: demo, check, import-ics, export-ics, say.

Output rules: results on stdout, one plain sentence per problem on stderr, never a traceback,
never the passphrase. Exit codes are those documented in app/cli.py: a carnet error's own
exit_code; 2 for a bad command line, an unusable passphrase file or an unreadable input file;
1 for a file that is not a calendar, for `say` without a voice, and for anything unexpected.

`check` only reads (Carnet.inspect): no unlock recorded, no migration, not a byte of the carnet
written, so it works on a read-only stick. An older schema is checked as it is and reported as
"upgrade_pending" (the app brings it up to date at its next opening, after a copy).

`REPERES_FAST_KDF=1` in the environment makes `demo` use the cheap test KDF (FAST_KDF): for
automated tests and quick training set-ups only. Without it demo carnets get the real Argon2id
cost, like any carnet.
"""

from __future__ import annotations

import argparse
import getpass
import io
import json
import os
import stat
import sys
import wave
from collections.abc import Callable
from datetime import date
from pathlib import Path

from . import demo, messages
from .carnet import (
    DB_NAME,
    ENVELOPE_NAME,
    FAST_KDF,
    Carnet,
    CarnetError,
    CarnetExists,
    DamagedCarnet,
    NotACarnet,
)
from .carnet.atomic import atomic_write_bytes
from .carnet.migrations import LATEST
from .cli_common import (
    EXIT_CONTENT,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_SOME_REFUSED,
    EXIT_USAGE,
    read_passphrase_file,
)
from .content.review import content_report
from .deadline_command import run as _deadline_command
from .domain.documents import MAX_BYTES, MAX_MEGABYTES, DocumentKind
from .domain.journal import ChainCheck
from .domain.validation import InvalidRecord
from .hardening import protect_process
from .ics import MAX_FILE_BYTES, IcsError, parse_ics
from .limits import InputRefused, read_regular_file
from .messages import say
from .parsing.command import run as _parse_message
from .records import (
    RecordNotFound,
    cipher_version,
    export_calendar,
    import_calendar,
    import_document_file,
    table_counts,
    verify_journal,
)

FAST_KDF_ENV = "REPERES_FAST_KDF"
MAX_DEMO_YEARS = 30


class CommandError(Exception):
    """A problem with what was asked (not with the carnet): a sentence and an exit code."""

    def __init__(self, code: str, exit_code: int = EXIT_USAGE, **values: object):
        super().__init__(code)
        self.code = code
        self.exit_code = exit_code
        self.values = values


def _tell(text: str) -> None:
    print(text, file=sys.stderr)


# -- passphrase and carnet -----------------------------------------------------------------------
def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From --passphrase-file (the subcommand's own first), else typed at a terminal."""
    path = getattr(args, "sub_passphrase_file", None) or getattr(args, "passphrase_file", None)
    if path:
        try:
            return read_passphrase_file(path)
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError("passphrase_file_unreadable") from exc
    if not sys.stdin.isatty():
        raise CommandError("no_passphrase")
    first = getpass.getpass(say("passphrase_prompt"))
    if confirm and getpass.getpass(say("passphrase_confirm")) != first:
        raise CommandError("passphrase_mismatch")
    return first


def _carnet_folder(path: str) -> Path:
    """The carnet folder; the path of its database or envelope file is accepted too."""
    folder = Path(path)
    if folder.is_file() and folder.name in (DB_NAME, ENVELOPE_NAME):
        folder = folder.parent
    if not (folder / ENVELOPE_NAME).is_file():
        raise NotACarnet("no envelope")  # said before asking for a passphrase
    return folder


def _unlock(args: argparse.Namespace) -> Carnet:
    folder = _carnet_folder(args.path)
    return Carnet.unlock(folder, _passphrase(args))


# -- demo ------------------------------------------------------------------------------------------
def _demo(args: argparse.Namespace) -> int:
    if not 1 <= args.years <= MAX_DEMO_YEARS:
        raise CommandError("demo_years_range", max=MAX_DEMO_YEARS)
    folder = Path(args.path)
    if (folder / ENVELOPE_NAME).exists() or (folder / DB_NAME).exists():
        raise CarnetExists(str(folder))
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise CommandError("demo_folder_not_empty")
    passphrase = _passphrase(args, confirm=True)
    kdf = FAST_KDF if os.environ.get(FAST_KDF_ENV) == "1" else None
    carnet, code = Carnet.create(folder, passphrase, owner_name=demo.PERSON_NAME, kdf=kdf)
    with carnet:
        summary = demo.populate(carnet, args.years)
    print(
        say("demo_done", path=folder.resolve(), appointments=summary.appointments, years=args.years)
    )
    if args.show_recovery_code:
        print(say("recovery_code", code=code))
    return EXIT_OK


# -- check -----------------------------------------------------------------------------------------
def _check(args: argparse.Namespace) -> int:
    """One JSON object on stdout whatever happens; a sentence on stderr when something is wrong."""
    summary: dict[str, object] = {
        "ok": False,
        "schema_version": None,
        "cipher_version": None,
        "integrity": None,
        "counts": {},
        "journal": None,
        "upgrade_pending": None,
        "error": None,
    }
    exit_code = EXIT_OK
    try:
        with Carnet.inspect(_carnet_folder(args.path), _passphrase(args)) as carnet:
            problems = carnet.integrity_problems()
            older = carnet.schema_version < LATEST
            # The journal checker reads today's schema; an older carnet's journal is checked
            # after the app has brought it up to date.
            chain = verify_journal(carnet) if not problems and not older else None
            summary.update(
                schema_version=carnet.schema_version,
                cipher_version=cipher_version(carnet),
                integrity=problems or "ok",
                counts=table_counts(carnet),
                journal="not_checked" if older and not problems else _journal_summary(chain),
                upgrade_pending=older,
                ok=not problems and (older or (chain is not None and chain.ok)),
            )
            if older and not problems:
                _tell(say("upgrade_pending"))
            if problems:
                summary["error"], exit_code = DamagedCarnet.code, DamagedCarnet.exit_code
                _tell(say(DamagedCarnet.code))
            elif chain is not None and not chain.ok:
                # Tampering or damage: the same exit code as a damaged carnet (documented in cli).
                summary["error"], exit_code = "journal_broken", DamagedCarnet.exit_code
                _tell(say("journal_broken"))
    except CarnetError as exc:
        summary["error"], exit_code = exc.code, exc.exit_code
        if isinstance(exc, DamagedCarnet):
            summary["integrity"] = [DamagedCarnet.code]
        _tell(say(exc.code))
    except CommandError as exc:
        summary["error"], exit_code = exc.code, exc.exit_code
        _tell(say(exc.code, **exc.values))
    print(json.dumps(summary, ensure_ascii=False))
    return exit_code


def _journal_summary(chain: ChainCheck | None) -> object:
    """The "journal" field: "ok", where the chain breaks and why, or None (damaged carnet)."""
    if chain is None or chain.ok:
        return None if chain is None else "ok"
    return {"broken_at": chain.broken_at, "reason": chain.reason, "checked": chain.checked}


# -- calendar files --------------------------------------------------------------------------------
def _read_calendar_file(path: str) -> bytes:
    """Only a regular file, its size checked before reading: a named pipe would block and a
    link to /dev/zero fill the memory."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except InputRefused as exc:
        if exc.code == "too_large":
            raise IcsError("ics_too_large") from exc
        raise CommandError("input_not_a_file", path=path) from exc
    except OSError as exc:
        raise CommandError("file_unreadable", path=path) from exc


def _import_ics(args: argparse.Namespace) -> int:
    # The file is read and checked first: a bad file costs no passphrase and touches nothing.
    parsed = parse_ics(_read_calendar_file(args.file), texts=messages.ics_texts())
    with _unlock(args) as carnet:
        report = import_calendar(carnet, parsed)
    for warning in parsed.warnings:
        _tell(say(warning))
    print(say("import_done", count=report.imported))
    if report.already_present:
        print(say("import_already", count=report.already_present))
    if report.skipped:
        print(say("import_skipped", count=report.skipped_total))
        for code, count in sorted(report.skipped.items()):
            print(say("skip_line", reason=messages.reason(code, 24), count=count))
    return EXIT_OK


def _add_documents(args: argparse.Namespace) -> int:
    """Many scans at once (an association digitising a box of letters), through the same
    operation as the Documents screen: the same checks and limits. Each file is its own
    transaction: a file refused, or a stop (Ctrl+C, a full disk), keeps those added before.
    Progress on stderr, one line a file; the count on stdout."""
    kind = DocumentKind(args.kind)
    files = [Path(f) for f in args.files]
    # Files that cannot be added are said before the passphrase is asked.
    refused = {f: code for f in files if (code := _file_refusal(f)) is not None}
    for i, f in enumerate(files, 1):
        if f in refused:
            _tell_refused(i, len(files), f, refused[f])
    if len(refused) == len(files):
        print(say("add_done", added=0, present=0, refused=len(refused)))
        return EXIT_SOME_REFUSED
    added = present = 0
    try:
        with _unlock(args) as carnet:
            for i, f in enumerate(files, 1):
                if f in refused:
                    continue
                try:
                    result = import_document_file(carnet, f, kind=kind)
                except InvalidRecord as exc:
                    refused[f] = exc.problems[0].code if exc.problems else "unreadable_file"
                    _tell_refused(i, len(files), f, refused[f])
                    continue
                if result.already_present:
                    present += 1
                    _tell(say("add_present", i=i, n=len(files), name=f))
                else:
                    added += 1
                    mb = f"{result.document.size / 1e6:.1f}"
                    mb = mb if messages.language() == "en" else mb.replace(".", ",")
                    _tell(say("add_added", i=i, n=len(files), name=f, mb=mb))
    finally:
        print(say("add_done", added=added, present=present, refused=len(refused)))
    return EXIT_SOME_REFUSED if refused else EXIT_OK


def _tell_refused(i: int, n: int, path: Path, code: str) -> None:
    _tell(say("add_refused", i=i, n=n, name=path, why=messages.reason(code, MAX_MEGABYTES)))


def _file_refusal(path: Path) -> str | None:
    """What stat says before anything is opened (the import checks again on the open file)."""
    try:
        info = path.stat()
    except OSError:
        return "unreadable_file"
    if not stat.S_ISREG(info.st_mode):
        return "not_a_file"
    if info.st_size == 0:
        return "empty_file"
    if info.st_size > MAX_BYTES:
        return "file_too_large"
    return None


def _export_ics(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.is_dir():
        raise CommandError("export_target_is_folder", path=out)
    if not out.parent.is_dir():
        raise CommandError("export_folder_missing", path=out.parent)
    with _unlock(args) as carnet:
        export = export_calendar(carnet, texts=messages.ics_texts())
    # Temp file beside the target, fsync, os.replace: a half-written calendar never appears.
    atomic_write_bytes(out, export.data)
    print(say("export_done", count=export.count, path=out))
    return EXIT_OK


# -- say -------------------------------------------------------------------------------------------
def _say(args: argparse.Namespace) -> int:
    """Test the voice: aloud, or into a WAV file (works without a sound card)."""
    from .speech import Speaker, SpeechUnavailable  # loads the engine: only for this command

    speaker = Speaker()
    try:
        if args.wav:
            try:
                data = speaker.synthesize_wav(args.text)
            except SpeechUnavailable:
                _tell(say("say_no_voice"))
                return EXIT_ERROR
            atomic_write_bytes(Path(args.wav), data)
            print(say("say_wav_done", path=args.wav, seconds=_wav_seconds(data)))
            return EXIT_OK
        if not speaker.speaks_aloud:
            problem = speaker.engine_problem
            _tell(say("say_no_audio" if problem and problem.kind == "no_audio_output"
                      else "say_no_voice"))  # fmt: skip
            return EXIT_ERROR
        return EXIT_OK if speaker.say_and_wait(args.text, timeout=600) else EXIT_ERROR
    finally:
        speaker.close()


def _wav_seconds(data: bytes) -> str:
    with wave.open(io.BytesIO(data)) as w:
        return f"{w.getnframes() / w.getframerate():.1f}"


# -- check-content ---------------------------------------------------------------------------------
def _check_content(args: argparse.Namespace) -> int:
    """Problems on stderr (file:line: field: what), the report on stdout; 12 if a file is
    refused. Rules due for review and facts not verified are listed, never refused."""
    today = date.today()
    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError as exc:
            raise CommandError("content_bad_today") from exc
    folder = Path(args.folder) if args.folder else None
    if folder is not None and not folder.is_dir():
        raise CommandError("content_no_folder")
    report = content_report(today, folder)
    for problem in report.problems:
        _tell(problem)
    if args.review:
        _write_review(args, today, folder)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        c = report.counts
        print(say("content_counts", **c))
        due = report.due_for_review()
        print(say("content_due", n=len(due)))
        for r in due:
            print(f"  {r.id}  ({r.file}, {r.review_due_on.isoformat()})")
        missing = report.without_evidence()
        print(say("content_no_evidence", n=len(missing)))
        for r in missing:
            print(f"  {r.id}  {r.file}")
        not_verified = report.not_verified()
        print(say("content_not_verified", n=len(not_verified)))
        for r in not_verified:
            print(f"  {r.id}  [{r.verification}, {r.confidence}]  {r.file}")
            for fact in r.unverified:
                print(f"      - {fact}")
        if local := report.local():
            replaced = report.overriding()
            print(say("content_local", folder=local[0].local_folder, n=len(local),
                      replaced=len(replaced)))  # fmt: skip
            for r in local:
                what = f"replaces {r.overrides}" if r.overrides else "new"
                print(f"  {r.id}  ({r.file}: {what})")
    if report.problems:
        _tell(say("content_refused", n=len(report.problems)))
        return EXIT_CONTENT
    return EXIT_OK


def _write_review(args: argparse.Namespace, today: date, folder: Path | None) -> None:
    """The review sheet as a PDF (rendered by Qt, which ui.launcher passes in)."""
    from .content.review_sheet import review_sheet

    render = getattr(args, "render_pdf", None)
    if render is None:
        raise CommandError("content_review_no_pdf", EXIT_ERROR)
    out = Path(args.review)
    if not out.parent.is_dir():
        raise CommandError("content_review_no_folder", EXIT_USAGE, path=str(out.parent))
    sheet = review_sheet(today, folder)
    try:
        atomic_write_bytes(out, render(sheet))
    except OSError as exc:
        raise CommandError("content_review_not_written", EXIT_ERROR, path=args.review) from exc
    print(say("content_review_written", path=args.review, n=len(sheet.sections) - 1))


def _deadline(args: argparse.Namespace) -> int:
    return _deadline_command(args)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _demo,
    "check": _check,
    "import-ics": _import_ics,
    "export-ics": _export_ics,
    "add-documents": _add_documents,
    "say": _say,
    "parse-message": _parse_message,
    "deadline": _deadline,
    "check-content": _check_content,
}


# Commands that decrypt a carnet: not dumpable, no core dump, private files (app/hardening.py).
CARNET_COMMANDS = frozenset({"demo", "check", "import-ics", "export-ics", "add-documents"})


def run(args: argparse.Namespace) -> int:
    handler = HANDLERS.get(args.command)
    if handler is None:
        return EXIT_USAGE
    if args.command in CARNET_COMMANDS:
        protect_process()
    try:
        return handler(args)
    except (CarnetError, IcsError, InvalidRecord, RecordNotFound) as exc:
        _tell(say(exc.code))
        return exc.exit_code
    except CommandError as exc:
        _tell(say(exc.code, **exc.values))
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one sentence, no traceback, no data in the message
        _tell(say("unexpected", kind=type(exc).__name__))
        return EXIT_ERROR
