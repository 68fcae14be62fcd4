"""A printed sheet as plain structure: a title, then sections of lines, some with a box to tick.

The renderer (ui/print_sheets.py) turns it into large black-on-white type; tests read it back
from the PDF. `one_page` asks the renderer to fit the sheet on one page when it can."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    text: str
    tick: bool = False  # a box ☐ before the line, to tick with a pen
    big: bool = False  # the line that matters most (the time of an appointment, the code)
    mono: bool = False  # codes and hashes, easier to copy sign by sign


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[Line, ...] = ()


@dataclass(frozen=True)
class Sheet:
    title: str
    sections: tuple[Section, ...] = ()
    one_page: bool = False
    footer: str = ""  # printed at the end, small: when and by what the sheet was made
    kind: str = ""  # a stable name for tests and for the default file name ("appointment")
    file_name: str = "reperes.pdf"  # suggested when saving; never personal data

    def text(self) -> str:
        """Everything the sheet says, in reading order (for tests and for reading aloud)."""
        parts = [self.title]
        for section in self.sections:
            if section.heading:
                parts.append(section.heading)
            parts += [line.text for line in section.lines]
        if self.footer:
            parts.append(self.footer)
        return "\n".join(parts)


@dataclass(frozen=True)
class SheetChoice:
    """One sheet a screen offers to print, built only when chosen (it reads the carnet)."""

    label: str
    build: Callable[[], Sheet] = field(compare=False)
    save: bool = True  # False: paper only (the recovery code never goes to a file)
