"""The report's serif font files: Times New Roman where the system has it
(the four styles), otherwise the bundled Liberation Serif (same metrics, full
Vietnamese). Used by the PDF writer and by the signatures' text appearance.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .paths import asset

STYLES = ("regular", "bold", "italic", "bolditalic")
TIMES_FILES = {
    "regular": ("times.ttf", "Times New Roman.ttf", "Times_New_Roman.ttf"),
    "bold": ("timesbd.ttf", "Times New Roman Bold.ttf", "Times_New_Roman_Bold.ttf"),
    "italic": ("timesi.ttf", "Times New Roman Italic.ttf", "Times_New_Roman_Italic.ttf"),
    "bolditalic": (
        "timesbi.ttf",
        "Times New Roman Bold Italic.ttf",
        "Times_New_Roman_Bold_Italic.ttf",
    ),
}
LIBERATION_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}


def font_dirs() -> list[Path]:
    dirs = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [
            Path("/Library/Fonts"),
            Path("/Library/Fonts/Microsoft"),
            Path("/System/Library/Fonts/Supplemental"),
            Path.home() / "Library" / "Fonts",
        ]
    else:
        dirs += [
            Path("/usr/share/fonts/truetype/msttcorefonts"),
            Path("/usr/share/fonts/TTF"),
            Path("/usr/local/share/fonts"),
            Path.home() / ".local" / "share" / "fonts",
            Path.home() / ".fonts",
        ]
    return dirs


def find_times() -> dict[str, Path] | None:
    """The four Times New Roman files, or None unless all four are present."""
    found: dict[str, Path] = {}
    for style in STYLES:
        for folder in font_dirs():
            hit = next(
                (folder / n for n in TIMES_FILES[style] if (folder / n).is_file()),
                None,
            )
            if hit:
                found[style] = hit
                break
    return found if len(found) == len(STYLES) else None


def serif_regular() -> Path:
    """The upright serif font file: Times New Roman, or Liberation Serif."""
    times = find_times()
    return times["regular"] if times else asset("resources", "fonts", LIBERATION_FILES["regular"])
