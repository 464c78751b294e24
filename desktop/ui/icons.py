"""The bundled icon set (resources/icons/*.svg, CC0; see LICENSE.txt there)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..paths import asset


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (file resources/icons/NAME.svg); an empty icon if missing."""
    path = asset("resources", "icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
