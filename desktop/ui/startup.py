"""GUI start-up and recovery: the application object, its settings and
interface language, opening the workspace (explaining why it cannot be
opened and offering the latest backup of a broken file), the first-run
question, and the main window built on the open workspace."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from ..paths import asset, data_dir, default_db_path
from ..store import Workspace, WorkspaceError
from ..store import backup as bk
from ..store import restore as rs
from ..store.connection import WorkspaceLocationError, WorkspaceWriteError, location_problem
from ..store.lock import WorkspaceLockedError
from . import numbers
from .context import AppContext
from .errors import show_error
from .first_run import FirstRunDialog
from .texts import translated, translated_error, translated_message

ORGANISATION = "BaoCaoCDS"
LANGUAGES = ("vi", "en")


FILE_FILTER = QT_TRANSLATE_NOOP("backup", "Tệp dữ liệu Báo cáo CĐS (*.cdsdb);;Mọi tệp (*)")


def backup_time(info_or_entry) -> str:
    """When a backup was made, as the dialogs show it."""
    made = info_or_entry.made_at
    return (
        made.strftime("%d/%m/%Y %H:%M:%S")
        if made
        else QCoreApplication.translate("backup", "không rõ")
    )


def backup_kind(entry) -> str:
    """The kind of a backup (daily, before an import...) in the interface language."""
    return translated(entry.kind_label)


def backup_summary(info) -> str:
    """What a backup holds, as the restore dialog shows it (the store's
    `BackupInfo.describe` in the interface language)."""
    when = (
        info.made_at.strftime(QCoreApplication.translate("backup", "%H:%M ngày %d/%m/%Y"))
        if info.made_at
        else QCoreApplication.translate("backup", "không rõ")
    )
    c = info.counts
    counts = [
        numbers.integer(c.get(k, 0)) for k in ("activities", "plans", "units", "report_texts")
    ]
    if info.unit_name:
        return QCoreApplication.translate(
            "backup",
            "Bản sao lưu lúc {0}; đơn vị: {1}: {2} hoạt động, {3} kế hoạch, {4} đơn vị, "
            "{5} đoạn văn báo cáo.",
        ).format(when, info.unit_name, *counts)
    return QCoreApplication.translate(
        "backup",
        "Bản sao lưu lúc {0}: {1} hoạt động, {2} kế hoạch, {3} đơn vị, {4} đoạn văn báo cáo.",
    ).format(when, *counts)


def under_test() -> bool:
    """The tests run the app with this property set: no extra message boxes."""
    app = QApplication.instance()
    return bool(app is not None and app.property("testing"))


def make_settings() -> QSettings:
    """Settings live in an ini file in the data folder, so a portable copy and
    the tests (which point the data folder elsewhere) keep their own."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def create_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
        app.setStyle("Fusion")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(ORGANISATION)
    QGuiApplication.setApplicationDisplayName("Báo cáo CĐS")
    # Every size drawn for its size (16 px for title bars, 256 px for docks).
    app.setWindowIcon(QIcon(str(asset("resources", "icons", "app.ico"))))
    return app


_translators: list[QTranslator] = []
# The interface language of this run, and whether the command line (--lang) chose it.
_in_use: dict[str, object] = {"language": "vi", "command_line": False}


def install_translation(
    app: QCoreApplication, language: str, *, command_line: bool = False
) -> bool:
    """Load the interface language. The app's texts are written in Vietnamese;
    for "vi" only Qt's own texts (standard buttons, text menus) are loaded,
    for another language the app's translation file. Returns whether the
    app's texts were translated. `command_line`: chosen by --lang for this
    run rather than by the saved setting."""
    remove_translations(app)
    if language != "vi":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if language == "vi":
        _load(app, "qtbase_vi.qm")
        _in_use.update(language="vi", command_line=command_line)
        return False
    loaded = _load(app, f"baocao_{language}.qm")
    if loaded:
        _in_use.update(language=language, command_line=command_line)
        numbers.use_language(language)
    return loaded


def language_in_use() -> tuple[str, bool]:
    """(the interface language of this run, whether the command line chose it)."""
    return str(_in_use["language"]), bool(_in_use["command_line"])


def remove_translations(app: QCoreApplication) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    _in_use.update(language="vi", command_line=False)
    numbers.use_language("vi")
    # Calendars, dates and Qt's own dialogs follow the Vietnamese locale.
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))


def _load(app: QCoreApplication, name: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(str(asset("resources", "translations", name))):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True


def open_workspace_interactively(path: Path, parent: QWidget | None = None) -> Workspace | None:
    """Open the workspace file, or explain in Vietnamese why it cannot be opened.

    Returns None when it could not be opened (the officer has been told).
    """
    if not Path(path).exists() and (
        rs.find_leftover(path) or rs.orphan_log(path) or rs.lost_workspace_backup(path)
    ):
        return offer_leftover(parent, Path(path))
    if not Path(path).exists() and not Path(path).parent.is_dir() and path != default_db_path():
        # A workspace on a drive that is not there: say so, never create one.
        _explain_open_failure(parent, path, translated_message(location_problem(Path(path)) or ""))
        return None
    try:
        return Workspace.open(path, lock=True, daily_backup=True, deferred_checks=True)
    except (WorkspaceLockedError, WorkspaceLocationError, WorkspaceWriteError) as e:
        # Not damage: the file is kept and no backup is offered.
        _explain_open_failure(parent, path, translated_error(e))
    except WorkspaceError as e:
        if not Path(path).exists():
            _explain_open_failure(parent, path, translated_error(e))
            return None
        # A broken file is kept as it is; offer the latest backup or another file.
        return offer_recovery(parent, Path(path), translated_error(e))
    except OSError as e:
        reason = QCoreApplication.translate(
            "app", "Không đọc hoặc tạo được tệp ({0}). Hãy kiểm tra thư mục."
        ).format(e.strerror or e)
        _explain_open_failure(parent, path, reason)
    return None


def _explain_open_failure(parent: QWidget | None, path: Path, message: str) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("app", "Không mở được dữ liệu"),
        QCoreApplication.translate("app", "Không mở được tệp dữ liệu “{0}”.\n\n{1}").format(
            path, message
        ),
    )


# -- a workspace that cannot be opened ----------------------------------------------------------


def offer_recovery(parent, path: Path, message: str):
    """The workspace cannot be opened: say why in plain words and offer the
    latest backup or another file. Returns an open Workspace or None."""
    latest = bk.latest_backup(path.stem, workspace_id=bk.identity_of(path))
    box = QMessageBox(parent)
    box.setObjectName("openFailed")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("backup", "Không mở được dữ liệu"))
    box.setText(
        QCoreApplication.translate("backup", "Không mở được tệp dữ liệu “{0}”.").format(path)
    )
    advice = (
        QCoreApplication.translate("backup", "Có bản sao lưu lúc {0} ({1}).").format(
            backup_time(latest), backup_kind(latest)
        )
        if latest
        else QCoreApplication.translate(
            "backup", "Chưa có bản sao lưu nào của tệp này trong thư mục sao lưu."
        )
    )
    box.setInformativeText(f"{message}\n\n{advice}")
    restore = (
        box.addButton(
            QCoreApplication.translate("backup", "Khôi phục bản sao lưu gần nhất"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        if latest
        else None
    )
    other = box.addButton(
        QCoreApplication.translate("backup", "Mở tệp khác..."), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("backup", "Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        try:
            result = rs.restore_backup(latest.path, path)
        except WorkspaceLockedError as e:
            show_error(parent, e)
            return None
        except WorkspaceError as e:
            show_error(parent, e)
            return offer_recovery(parent, path, message)
        if result.kept_aside and not under_test():
            QMessageBox.information(
                parent,
                QCoreApplication.translate("backup", "Đã khôi phục"),
                QCoreApplication.translate(
                    "backup", "Đã khôi phục bản sao lưu lúc {0}. Tệp hỏng được giữ lại tại “{1}”."
                ).format(backup_time(result.info), result.kept_aside),
            )
        return open_workspace_interactively(path, parent)
    if clicked is other:
        return _open_other(parent, path)
    return None


def _open_other(parent, path: Path):
    """The officer picks another workspace file, from `path`'s folder."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("backup", "Mở tệp dữ liệu"),
        str(path.parent),
        QCoreApplication.translate("backup", FILE_FILTER),
    )
    return open_workspace_interactively(Path(name), parent) if name else None


def offer_leftover(parent, path: Path):
    """The workspace's path is missing but a restore stopped half-way left
    the file it kept aside (or a WAL with changes), or the workspace has
    backups: offer those instead of a new, empty workspace. Returns an open
    Workspace or None."""
    leftover = rs.find_leftover(path)
    latest = None if leftover else rs.lost_workspace_backup(path)
    orphan = rs.orphan_log(path)
    box = QMessageBox(parent)
    box.setObjectName("leftoverFound")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("backup", "Không thấy tệp dữ liệu"))
    box.setText(QCoreApplication.translate("backup", "Không thấy tệp dữ liệu “{0}”.").format(path))
    if leftover is not None:
        info = QCoreApplication.translate(
            "backup",
            "Bên cạnh có tệp “{0}”, được giữ lại khi khôi phục và mới hơn mọi bản sao lưu "
            "(một lần khôi phục đã bị ngắt giữa chừng?). Dùng tệp này để không mất dữ liệu.",
        ).format(leftover.name)
    elif orphan is not None:
        info = QCoreApplication.translate(
            "backup",
            "Còn nhật ký “{0}” giữ các thay đổi đã lưu của tệp đó: không tạo tệp mới để "
            "không mất các thay đổi ấy. Hãy tìm lại tệp dữ liệu.",
        ).format(orphan)
    else:
        info = QCoreApplication.translate(
            "backup",
            "Tệp có thể đã bị xóa, đổi tên hoặc chuyển đi. Có bản sao lưu của chính tệp này "
            "lúc {0} ({1}).",
        ).format(backup_time(latest), backup_kind(latest))
    box.setInformativeText(info)
    restore = (
        box.addButton(
            QCoreApplication.translate("backup", "Khôi phục bản sao lưu gần nhất"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        if latest is not None and orphan is None
        else None
    )
    new = (
        box.addButton(
            QCoreApplication.translate("backup", "Tạo tệp dữ liệu mới"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        if leftover is None and orphan is None
        else None
    )
    use = (
        box.addButton(
            QCoreApplication.translate("backup", "Dùng tệp được giữ lại"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        if leftover is not None
        else None
    )
    other = box.addButton(
        QCoreApplication.translate("backup", "Mở tệp khác..."), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("backup", "Thoát"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    chosen = leftover if clicked is use else latest.path if clicked is restore else None
    if clicked is not None and chosen is not None and clicked in (use, restore):
        try:
            rs.restore_backup(chosen, path)
        except WorkspaceError as e:
            show_error(parent, e)
            return None
        return open_workspace_interactively(path, parent)
    if new is not None and clicked is new:
        try:
            return Workspace.open(path, lock=True, daily_backup=True)
        except WorkspaceError as e:
            show_error(parent, e)
            return None
    if clicked is other:
        return _open_other(parent, path)
    return None


def start_main_window(path: Path, settings: QSettings, window_type: type[QWidget]):
    """Open the workspace, ask for the unit on first run, build the window
    (a `window_type`, the main window, taking the AppContext). None when the
    officer could not or chose not to go on.

    The main window's own restore command starts its successor through this,
    which is why the class is given rather than imported here."""
    ws = open_workspace_interactively(path)
    if ws is None:
        return None
    if ws.units.self_unit() is None:
        dialog = FirstRunDialog(ws)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            ws.close()
            return None
    return window_type(AppContext(ws, settings))
