"""What the two halves of the command line share: the parser and entry point (app/cli.py) and
the commands (app/commands.py). Apart, so that neither imports the other back."""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_CONTENT = 12
EXIT_SOME_REFUSED = 14  # add-documents: some files were not added (the others were)


def read_passphrase_file(path: str) -> str:
    """The whole file minus one trailing newline. Never printed, never logged."""
    text = Path(path).read_text("utf-8")
    return text[:-1] if text.endswith("\n") else text
