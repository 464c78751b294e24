"""Error log in the data folder; tracebacks go here, never to the officer."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from .paths import data_dir

_configured = False


def log_file() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "baocao-cds.log"


def get_logger() -> logging.Logger:
    global _configured
    logger = logging.getLogger("baocao_cds")
    if not _configured:
        try:
            handler = logging.handlers.RotatingFileHandler(
                log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
        except OSError:
            logger.addHandler(logging.NullHandler())
        logger.setLevel(logging.INFO)
        _configured = True
    return logger


def log_exception(exc: BaseException) -> Path:
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    get_logger().error("Lỗi không mong đợi:\n%s", text)
    return log_file()
