"""Where things live on disk: bundled assets and the user's data folder.

Both work from a source checkout and from the frozen (PyInstaller) build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "BAOCAO_CDS_DATA_DIR"
DB_ENV = "BAOCAO_CDS_DB"


def app_root() -> Path:
    """The folder that holds `resources/` and `report_templates/`."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def asset(*parts: str) -> Path:
    """Path of a bundled file, e.g. asset("resources", "plan-2023.json")."""
    return app_root().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (workspace, backups, logs); created on demand."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("BaoCaoCDS", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "workspace.cdsdb"
