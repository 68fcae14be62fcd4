"""The design system: three themes, type sizes, target sizes and the zoom every screen follows.

Every text/background pair of every theme reaches 7:1 (WCAG 2.2 AAA); tests check it from the
palette, not from this table. Sizes are in points at 100 % and scale with the zoom (100-200 %).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

BODY_PT = 16
TITLE_PT = 24
SMALL_PT = 16  # nothing smaller than body text: the help line is body size too
TARGET_PX = 48  # minimum height and width of anything clickable
FOCUS_PX = 4
ZOOM_STEPS = (100, 125, 150, 175, 200)
# The header's tool buttons (and Today's tiles) grow up to 125 % only: at 200 % on a 1024×768
# screen they took half the height, in French three rows. They stay above the 48 px target.
HEADER_ZOOM_CAP = 125


@dataclass(frozen=True)
class Theme:
    key: str
    name: str  # English source; translated where shown
    window: str
    text: str
    muted_text: str
    card: str
    button: str
    button_text: str
    primary: str
    primary_text: str
    focus: str
    error_text: str
    ok_text: str
    field: str
    field_text: str
    border: str

    def pairs(self) -> dict[str, tuple[str, str]]:
        """Every foreground/background pair the stylesheet uses, for the contrast test."""
        return {
            "text on window": (self.text, self.window),
            "muted text on window": (self.muted_text, self.window),
            "text on card": (self.text, self.card),
            "muted text on card": (self.muted_text, self.card),
            "button text": (self.button_text, self.button),
            "primary button text": (self.primary_text, self.primary),
            "error on window": (self.error_text, self.window),
            "error on card": (self.error_text, self.card),
            "ok on window": (self.ok_text, self.window),
            "field text": (self.field_text, self.field),
            "disabled button text": (self.muted_text, self.button),
            # lists of sentences (agenda, directory): rows, day headings, the selected row
            "list item text": (self.field_text, self.field),
            "list heading text": (self.text, self.card),
            "selected list item text": (self.primary_text, self.primary),
        }


LIGHT = Theme(
    key="light", name="Light",
    window="#FFFFFF", text="#111111", muted_text="#3D3D3D", card="#F2F2F2",
    button="#E6E6E6", button_text="#111111", primary="#003A70", primary_text="#FFFFFF",
    focus="#B34700", error_text="#8A0000", ok_text="#005A1F", field="#FFFFFF",
    field_text="#111111", border="#444444",
)
DARK = Theme(
    key="dark", name="Dark",
    window="#121212", text="#F2F2F2", muted_text="#D0D0D0", card="#1E1E1E",
    button="#2B2B2B", button_text="#F2F2F2", primary="#BFE0FF", primary_text="#0A1A2A",
    focus="#FFB000", error_text="#FFB4B4", ok_text="#A8F0B8", field="#000000",
    field_text="#FFFFFF", border="#BBBBBB",
)
YELLOW_ON_BLACK = Theme(
    key="yellow", name="Yellow on black",
    window="#000000", text="#FFFF00", muted_text="#FFFF66", card="#000000",
    button="#000000", button_text="#FFFF00", primary="#FFFF00", primary_text="#000000",
    focus="#00FFFF", error_text="#FFFFFF", ok_text="#00FF00", field="#000000",
    field_text="#FFFF00", border="#FFFF00",
)
THEMES = {t.key: t for t in (LIGHT, DARK, YELLOW_ON_BLACK)}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_color: str) -> float:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(fg: str, bg: str) -> float:
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def scaled(value: float, zoom: int) -> int:
    return round(value * zoom / 100)


def stylesheet(theme: Theme, zoom: int) -> str:
    """One application-wide stylesheet; widgets pick roles by objectName/property."""
    body, title = scaled(BODY_PT, zoom), scaled(TITLE_PT, zoom)
    target, focus = scaled(TARGET_PX, zoom), max(3, scaled(FOCUS_PX, zoom))
    pad = scaled(10, zoom)
    tools = min(zoom, HEADER_ZOOM_CAP)
    t = theme
    return f"""
* {{ font-size: {body}pt; }}
QWidget {{ background: {t.window}; color: {t.text}; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {title}pt; font-weight: bold; }}
QLabel[role="help"] {{ color: {t.muted_text}; }}
QLabel[role="error"] {{ color: {t.error_text}; font-weight: bold; }}
QLabel[role="ok"] {{ color: {t.ok_text}; font-weight: bold; }}
QLabel[role="calm"] {{ color: {t.text}; }}
QLabel[role="code"] {{ font-size: {title}pt; font-family: "DejaVu Sans Mono", monospace;
    font-weight: bold; letter-spacing: 2px; }}
QFrame[role="card"] {{ background: {t.card}; border: 2px solid {t.border};
    border-radius: {pad}px; }}
QFrame[role="card"] QLabel {{ background: {t.card}; }}
QGroupBox[role="screen"] {{ border: none; margin: 0px; padding: 0px; }}
QFrame[role="header"] {{ border-bottom: 2px solid {t.border}; }}
QPushButton, QToolButton {{ background: {t.button}; color: {t.button_text};
    border: 2px solid {t.border}; border-radius: {pad}px; padding: {pad}px {2 * pad}px;
    min-height: {target}px; min-width: {target}px; }}
QPushButton[primary="true"] {{ background: {t.primary}; color: {t.primary_text};
    border-color: {t.primary}; font-weight: bold; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QCheckBox:focus, QComboBox:focus,
QListView:focus, QTextEdit:focus {{ border: {focus}px solid {t.focus}; }}
QPushButton:disabled, QPushButton[primary="true"]:disabled, QPushButton[limit="true"] {{
    background: {t.button};
    color: {t.muted_text}; border: 2px dashed {t.border}; font-weight: normal; }}
QPushButton[limit="true"]:focus {{ border: {focus}px solid {t.focus}; }}
QLabel:focus {{ border: {focus}px solid {t.focus}; }}
QLineEdit, QComboBox, QTextEdit, QPlainTextEdit {{ background: {t.field}; color: {t.field_text};
    border: 2px solid {t.border}; border-radius: {pad // 2}px; padding: {pad // 2}px;
    min-height: {target}px; }}
QCheckBox {{ min-height: {target}px; spacing: {pad}px; border: {focus}px solid transparent; }}
QCheckBox::indicator {{ width: {scaled(28, zoom)}px; height: {scaled(28, zoom)}px;
    border: 2px solid {t.border}; background: {t.field}; }}
QCheckBox::indicator:checked {{ background: {t.primary}; }}
QRadioButton {{ min-height: {target}px; spacing: {pad}px; border: {focus}px solid transparent; }}
QRadioButton:focus {{ border: {focus}px solid {t.focus}; }}
QRadioButton::indicator {{ width: {scaled(28, zoom)}px; height: {scaled(28, zoom)}px;
    border: 2px solid {t.border}; border-radius: {scaled(14, zoom)}px; background: {t.field}; }}
QRadioButton::indicator:checked {{ background: {t.primary}; }}
QProgressBar {{ border: 2px solid {t.border}; min-height: {scaled(24, zoom)}px;
    color: {t.text}; text-align: center; }}
QProgressBar::chunk {{ background: {t.primary}; }}
QScrollArea {{ border: none; }}
QFrame[role="header"] QLabel[role="title"] {{ font-size: {scaled(TITLE_PT, tools)}pt; }}
QFrame[role="header"] QLabel[role="zoom"] {{ font-size: {scaled(BODY_PT, tools)}pt; }}
QPushButton[role="tile"] {{ font-size: {scaled(BODY_PT, tools)}pt; font-weight: bold;
    min-height: {scaled(TARGET_PX, tools)}px;
    padding: {scaled(8, tools)}px {scaled(12, tools)}px; }}
QFrame[role="header"] QPushButton {{ font-size: {scaled(BODY_PT, tools)}pt;
    min-height: {scaled(TARGET_PX, tools)}px;
    padding: {scaled(8, tools)}px {scaled(12, tools)}px; }}
QListView, QPlainTextEdit {{ background: {t.field}; color: {t.field_text};
    border: 2px solid {t.border}; border-radius: {pad // 2}px; }}
QListView::item {{ padding: {pad}px; min-height: {target}px;
    border-bottom: 1px solid {t.border}; }}
QListView::item:selected {{ background: {t.primary}; color: {t.primary_text}; }}
QPlainTextEdit:focus {{ border: {focus}px solid {t.focus}; }}
QProgressBar[role="hours"] {{ min-height: {scaled(40, zoom)}px; border-radius: {pad // 2}px; }}
QScrollArea[role="viewer"] {{ border: 2px solid {t.border}; }}
QScrollBar:vertical {{ width: {scaled(20, zoom)}px; background: {t.card}; }}
QScrollBar::handle:vertical {{ background: {t.border}; min-height: {target}px;
    border-radius: {pad // 2}px; }}
"""


def theme_keys() -> list[str]:
    return list(THEMES)


def colour_fields() -> list[str]:
    return [f.name for f in fields(Theme) if f.name not in ("key", "name")]
