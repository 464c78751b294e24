"""The department chooses which received package of a unit's year is the one
in use: the package's activities and report texts, read again from the copy
kept when it was received (checked like any package), replace the unit's
year in one transaction. So a package whose creation time is wrong (a clock
set ahead) cannot stay in use for good, and a correction can be undone."""

from __future__ import annotations

from pathlib import Path

from ..domain.text import Message, message_of, template
from ..store import WorkspaceError
from ..store.submissions import Submission
from .file_messages import CANNOT_READ_FILE
from .package import Package, PackageError, file_sha256, read_package

NO_SUCH_UNIT = template("Không có đơn vị “{unit}” trong dữ liệu tổng hợp.")
CODE_TOO_SHORT = template(
    "Mã gói “{code}” quá ngắn: hãy ghi ít nhất 8 ký tự đầu của mã SHA-256 "
    "(xem bằng lệnh submissions list)."
)
NO_SUCH_PACKAGE = template(
    "Không có gói nào của “{unit}” có mã bắt đầu bằng “{code}” (xem bằng lệnh submissions list)."
)
SEVERAL_PACKAGES = template("Có {count} gói có mã bắt đầu bằng “{code}”; hãy ghi dài hơn.")
COPY_MISSING = template(
    "Không còn bản sao của gói (tệp “{path}”); hãy nhận lại tệp gói để dùng nó."
)
COPY_CHANGED = template("Bản sao của gói (tệp “{path}”) đã bị thay đổi; hãy nhận lại gói.")


class ChoiceError(WorkspaceError):
    """The package asked for cannot be put in use; the message says why."""


def find_submission(ws, unit_name: str, package: str, year: int | None = None) -> Submission:
    """The received package of `unit_name` whose SHA-256 starts with
    `package` (at least 8 characters), of `year` when given."""
    unit = ws.units.by_name(unit_name)
    if unit is None:
        raise ChoiceError(Message(NO_SUCH_UNIT, unit=unit_name))
    key = package.strip().lower()
    if len(key) < 8:
        raise ChoiceError(Message(CODE_TOO_SHORT, code=package))
    years = [year] if year is not None else ws.plans.years()
    found = [
        s
        for y in years
        for s in ws.submissions.history(y, unit.id)
        if s.package_sha256.lower().startswith(key)
    ]
    if not found:
        raise ChoiceError(Message(NO_SUCH_PACKAGE, unit=unit.name, code=package))
    if len(found) > 1:
        raise ChoiceError(Message(SEVERAL_PACKAGES, count=len(found), code=package))
    return found[0]


def use_submission(ws, submission: Submission) -> int:
    """Make `submission` the package in use for its unit's year. Returns the
    number of activities now in the unit's year."""
    if submission.current:
        return ws.activities.count_and_sums(_year_filter(submission))[0]
    pkg = read_kept(ws, submission)
    ws.submissions.make_current(submission.id, pkg.activities, pkg.texts, kept_activities(ws))
    return len(pkg.activities)


def read_kept(ws, submission: Submission) -> Package:
    """A received package read again (and checked like any package) from the
    copy kept when it was received."""
    path = Path(ws.files_dir) / submission.stored_path
    if not path.is_file():
        raise ChoiceError(Message(COPY_MISSING, path=str(path)))
    try:
        if file_sha256(path) != submission.package_sha256:
            raise ChoiceError(Message(COPY_CHANGED, path=str(path)))
        return read_package(path, ws.plans.require)
    except OSError as e:
        raise ChoiceError(
            Message(CANNOT_READ_FILE, path=str(path), reason=e.strerror or str(e))
        ) from e
    except PackageError as e:
        raise ChoiceError(message_of(e)) from e


def kept_activities(ws):
    """Reads the activities of a package in use again from its kept copy
    (for the days it shares with another year's package)."""
    return lambda submission: read_kept(ws, submission).activities


def _year_filter(submission: Submission):
    from .package_stream import period_filter

    return period_filter(submission.period, submission.unit_id)
