"""Save dialogs that remember their folder, one folder per kind of file
(report, package, rejects, export …, kept in the settings as `paths/KIND`),
and opening a written file with the system's application, saying why when
it cannot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# The kinds of files saved, each with its own remembered folder.
REPORT = "report"  # the year-end report, the consolidated report
REPORT_TEMPLATE = "report_template"  # a copy of the report template to edit
PACKAGE = "packages"  # submission packages sent and received
REJECTS = "rejects"  # refused rows of an import
EXPORT = "export"  # the filtered list exported to Excel
LIST_TEMPLATE = "list_template"  # the blank list template
SIGNED = "signed"  # signed PDFs
# Older settings keys read when a kind has no folder of its own yet.
_OLDER = {REPORT: ("report/last_dir",), REJECTS: ("paths/import",)}


def _key(kind: str) -> str:
    return f"paths/{kind}"


def remembered_folder(settings: QSettings, kind: str) -> Path:
    """The folder last saved into for `kind` (the home folder at first, or
    when that folder is gone)."""
    for key in (_key(kind), *_OLDER.get(kind, ())):
        value = str(settings.value(key, "") or "")
        if value and Path(value).is_dir():
            return Path(value)
    return Path.home()


def remember_folder(settings: QSettings, kind: str, path: Path | str) -> None:
    """Remember the folder of `path` (a file) for the next save of `kind`."""
    settings.setValue(_key(kind), str(Path(path).parent))


def save_file(
    parent: QWidget | None,
    settings: QSettings,
    kind: str,
    title: str,
    name: str,
    pattern: str,
    suffix: str = "",
) -> Path | None:
    """Ask where to save a file of `kind`, starting in its remembered folder
    with `name`; `suffix` (".docx") is added when the name typed lacks it.
    None when the officer cancels."""
    start = remembered_folder(settings, kind) / name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), pattern)
    if not chosen:
        return None
    path = Path(chosen)
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    remember_folder(settings, kind, path)
    return path


def open_file(parent: QWidget | None, path: Path | str) -> bool:
    """Open a file just written with the application the system has for it;
    when it cannot, say why in a message (the file missing, no application
    for its kind) and where the file is. True when opened."""
    path = Path(path)
    if not path.is_file():
        text = QCoreApplication.translate(
            "FileDialogs",
            "Không mở được “{0}”: tệp không còn ở đó (có thể đã bị xóa, đổi tên hoặc chuyển "
            "đi, hoặc ổ đĩa đã được rút ra).",
        ).format(path)
    elif QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    else:
        text = QCoreApplication.translate(
            "FileDialogs",
            "Không mở được “{0}”: máy chưa có ứng dụng nào mở được tệp {1}. Hãy cài một ứng "
            "dụng đọc loại tệp này (Word hoặc LibreOffice cho .docx, một trình đọc PDF cho "
            ".pdf) rồi mở tệp từ thư mục “{2}”. Tệp đã được lưu đầy đủ.",
        ).format(path.name, path.suffix.lower() or path.name, path.parent)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FileDialogs", "Không mở được tệp"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("openFailed")
    if parent is not None:
        parent.open_problem = box  # kept while shown; tests read it
    box.open()
    return False
