"""Save dialogs start in the folder last used for the same kind of file
(report, rejects, export, list template …), remembered in the settings; and
"Mở tệp sau khi xuất" opens the file or says why it cannot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desktop.ui import report_page
from desktop.ui.file_dialogs import open_file, remembered_folder
from desktop.ui.main_window import MainWindow
from desktop.ui.report_page import ReportPage
from desktop.ui.startup import make_settings


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records where each dialog
    starts and answers with the next name given (or "" to cancel)."""

    def __init__(self):
        self.starts: list[Path] = []
        self.answers: list[str] = []

    def __call__(self, parent, title, start, pattern):
        self.starts.append(Path(start))
        return (self.answers.pop(0) if self.answers else ""), pattern


@pytest.fixture
def dialog(monkeypatch):
    d = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", d)
    return d


def test_each_kind_of_file_remembers_its_own_folder(ctx, qtbot, dialog, tmp_path):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    templates, exports = tmp_path / "mẫu", tmp_path / "xuất"
    templates.mkdir()
    exports.mkdir()
    home = Path.home()

    dialog.answers = [str(templates / "mau")]
    window.save_template()
    assert dialog.starts[-1] == home / "mau-danh-sach-hoat-dong.xlsx"
    assert (templates / "mau.xlsx").exists()  # the extension added

    window.save_template()  # cancelled: starts where the last template went
    assert dialog.starts[-1] == templates / "mau-danh-sach-hoat-dong.xlsx"

    window.export_xlsx()  # another kind: not the templates' folder
    assert dialog.starts[-1] == home / "hoat-dong-2023.xlsx"
    dialog.answers = [str(exports / "ds.xlsx")]
    window.export_xlsx()
    qtbot.waitUntil(lambda: (exports / "ds.xlsx").exists(), timeout=10000)

    # kept in settings.ini: a new start remembers both
    ctx.settings.sync()
    again = make_settings()
    assert remembered_folder(again, "list_template") == templates
    assert remembered_folder(again, "export") == exports


def test_report_export_starts_in_the_last_folder_and_says_why_it_cannot_open(
    ctx, qtbot, add, dialog, tmp_path, monkeypatch
):
    add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1")
    ctx.settings.setValue(report_page.OPEN_AFTER_KEY, True)
    opened = []
    # no application for .docx on this computer
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.show()
    folder = tmp_path / "Báo cáo năm"
    folder.mkdir()
    dialog.answers = [str(folder / "bao-cao")]
    qtbot.mouseClick(page.export_docx_button, Qt.MouseButton.LeftButton)
    target = folder / "bao-cao.docx"
    qtbot.waitUntil(lambda: page.export_pdf_button.isEnabled() and target.exists(), timeout=30000)
    assert dialog.starts[0] == Path.home() / "Bao-cao-CDS-2023-PTTH.docx"
    assert [u.toLocalFile() for u in opened] == [str(target)]
    box = page.open_problem
    assert box.isVisible() and box.windowTitle() == "Không mở được tệp"
    assert "bao-cao.docx" in box.text() and "chưa có ứng dụng nào mở được tệp .docx" in box.text()
    assert str(folder) in box.text()
    box.accept()

    qtbot.mouseClick(page.export_pdf_button, Qt.MouseButton.LeftButton)  # cancelled
    qtbot.waitUntil(lambda: len(dialog.starts) > 1)  # asked once the check is made
    assert dialog.starts[1] == folder / "Bao-cao-CDS-2023-PTTH.pdf"


def test_opening_a_file_that_is_gone_says_so(ctx, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pytest.fail("not opened"))
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    gone = tmp_path / "da-xoa.pdf"
    assert not open_file(page, gone)
    assert "không còn ở đó" in page.open_problem.text()
    assert "da-xoa.pdf" in page.open_problem.text()
    page.open_problem.accept()
