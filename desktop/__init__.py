"""Báo cáo CĐS: records a unit's digital-transformation communication work
and produces the year-end results report in the official format."""

# The one place the version is written: pyproject.toml, build.spec (the Windows
# version resource), `--version` and the package manifest all read it.
__version__ = "1.0.0"
APP_NAME = "BaoCaoCDS"
APP_TITLE = "Báo cáo Chuyển đổi số"
