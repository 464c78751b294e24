"""The main window: sections, year, saved layout, import and export, opening files."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.domain.activity import Activity
from desktop.io.listformat import write_xlsx
from desktop.io.tables import read_table_file
from desktop.ui.activities_model import COL_TITLE
from desktop.ui.context import AppContext
from desktop.ui.jobs import wait_for_jobs
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.startup import (
    install_translation,
    open_workspace_interactively,
    remove_translations,
)
from tests.ui.modal import when_modal


def test_sections_by_keyboard_and_mouse(window, qtbot):
    assert window.section_keys()[:3] == ["activities", "progress", "report"]
    assert window.section_keys()[-2:] == ["plan", "unit"]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "progress"
    n = len(window.sections)
    qtbot.keyClick(window, Qt.Key.Key_0 + n, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "unit"
    rect = window.sidebar.visualItemRect(window.sidebar.item(0))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section() == "activities"
    assert window.stack.currentWidget() is window.activities


def test_year_selector_applies_everywhere(window, ctx, add):
    add(date(2023, 3, 1), "Chuyên mục 2023")
    ctx.workspace.plans.copy(2023, 2024)
    ctx.plan_changed.emit()
    years = [window.year_box.itemData(i) for i in range(window.year_box.count())]
    assert years == [2023, 2024]
    ctx.data_changed.emit()
    assert window.activities.model.count == 1
    window.year_box.setCurrentIndex(window.year_box.findData(2024))
    assert ctx.year == 2024
    assert window.activities.model.count == 0
    window.show_section("progress")  # its figures are read when it is on screen
    assert window.progress.heading.text().startswith("Tiến độ thực hiện kế hoạch năm 2024")
    assert window.plan_page.heading.text().startswith("Kế hoạch năm 2024")
    assert window.windowTitle().endswith("– 2024")
    assert ctx.workspace.get_meta("current_year") == "2024"


def test_double_clicking_a_target_shows_its_activities(window, add):
    add(date(2023, 3, 1), "Truyền hình số 1")
    add(date(2023, 3, 2), "Phát thanh số 1", code="III.2.a/PT")
    window.activities.refresh()
    window.progress.refresh()
    window.show_section("progress")
    window.progress.target_activated.emit("III.2.a/PT")
    assert window.current_section() == "activities"
    assert window.activities.target.currentData() == "III.2.a/PT"
    assert window.activities.model.count == 1
    assert window.activities.model.index(0, COL_TITLE).data() == "Phát thanh số 1"
    assert window.status_text.text().startswith("1 hoạt động")


def test_layout_is_restored_and_kept_on_screen(ctx, qtbot, settings):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(QSize(780, 620))  # the offscreen screen is 800×800
    first.move(QPoint(10, 20))
    first.show_section("progress")
    first.progress.splitter.setSizes([150, 350])
    split = first.progress.splitter.sizes()
    assert split[0] < 200  # moved away from the default
    first.activities.table.setColumnWidth(COL_TITLE - 1, 177)
    saved_frame = first.frameGeometry()
    first.close()

    second = MainWindow(AppContext(ctx.workspace, settings))
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(780, 620)
    restored = second.frameGeometry()
    assert restored.size() == saved_frame.size() and restored.x() == saved_frame.x()
    # The offscreen platform may add its few-pixel title margin on restore.
    assert 0 <= restored.y() - saved_frame.y() <= 5
    second.show_section("progress")
    assert second.progress.splitter.sizes() == split
    assert second.activities.table.columnWidth(COL_TITLE - 1) == 177
    second.move(QPoint(5000, 4000))  # a screen that is gone
    second.resize(QSize(3000, 2000))  # larger than this screen
    second.close()

    third = MainWindow(AppContext(ctx.workspace, settings))
    qtbot.addWidget(third)
    third.show()
    screen = third.screen().availableGeometry()
    assert screen.contains(third.frameGeometry())
    assert third.splitter.sizes()[0] >= 130  # section names stay readable


def test_export_filtered_rows_to_xlsx(window, qtbot, add, tmp_path, monkeypatch):
    add(date(2023, 3, 1), "Truyền hình số 1", cost=1_500_000)
    add(date(2023, 3, 2), "Tin hội nghị chuyển đổi số", code=None, form="Tin bài")
    add(date(2023, 4, 2), "Tin tháng 4", code=None, form="Tin bài")
    window.activities.refresh()
    window.activities.month.setCurrentIndex(window.activities.month.findData(3))
    target = tmp_path / "xuat" / "danh-sach"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    assert wait_for_jobs()
    qtbot.waitUntil(lambda: "Đã xuất 2 hoạt động" in window.statusBar().currentMessage())
    sheet = read_table_file(tmp_path / "xuat" / "danh-sach.xlsx")[0]
    titles = sorted(row[3] for row in sheet.rows[1:])
    assert titles == ["Tin hội nghị chuyển đổi số", "Truyền hình số 1"]


def test_import_a_list_file(window, qtbot, ctx, tmp_path, monkeypatch):
    source = tmp_path / "danh-sach.xlsx"
    write_xlsx(
        source,
        [
            Activity(
                date=date(2023, 5, d), title=f"Tin nhập số {d}", form="Tin bài", cost=100_000 * d
            )
            for d in range(1, 4)
        ],
    )
    from desktop.ui.import_dialog import ImportDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], ""))
    window.import_files()
    dialog = window.findChild(ImportDialog)
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.busy)
    assert dialog.tabs.tabText(0) == "Xem trước (3 dòng hợp lệ)"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None)
    assert dialog.status_label.text() == "Đã nhập 3, đã có sẵn 0, bị từ chối 0."
    qtbot.waitUntil(lambda: window.activities.model.count == 3)
    assert ctx.workspace.activities.count_and_sums(window.activities.current_filter()) == (
        3,
        3,
        600_000,
    )


def test_settings_are_saved(window, qtbot, settings):
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.template.setText("/tmp/mau-bao-cao.docx")
    dialog.accept()
    assert settings.value("ui/language") == "en"
    assert settings.value("report/template") == "/tmp/mau-bao-cao.docx"


def test_english_interface_from_the_translation_file(qapp, ctx, qtbot):
    assert install_translation(qapp, "en")
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        assert [title for _k, title, _p in w.sections][:2] == ["Activities", "Progress"]
        assert w.activities.new_action.text() == "Add activity"
    finally:
        remove_translations(qapp)
    w2 = MainWindow(ctx)
    qtbot.addWidget(w2)
    assert w2.sections[0][1] == "Hoạt động"


def test_vietnamese_interface_translates_qt_standard_buttons(qapp, qtbot):
    assert not install_translation(qapp, "vi")  # the app's own texts are Vietnamese
    try:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Xóa",
            "Xóa?",
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        )
        qtbot.addWidget(box)
        texts = [
            box.button(b).text()
            for b in (
                QMessageBox.StandardButton.Yes,
                QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Cancel,
            )
        ]
        assert texts == ["&Có", "&Không", "Hủy"]
    finally:
        remove_translations(qapp)


def test_a_file_that_is_not_a_workspace_is_explained(tmp_path, monkeypatch, qapp):
    bad = tmp_path / "ghi-chu.cdsdb"
    bad.write_bytes(b"this is not a database at all" * 100)
    shown = []

    def leave() -> None:  # the box offers a backup or another file; the officer quits
        box = QApplication.activeModalWidget()
        shown.append(box.text() + box.informativeText())
        next(b for b in box.buttons() if b.text() == "Thoát").click()

    QTimer.singleShot(0, leave)
    assert open_workspace_interactively(bad) is None
    assert len(shown) == 1 and str(bad) in shown[0]
    assert bad.read_bytes().startswith(b"this is not a database")


def test_sort_order_is_restored(ctx, qtbot, settings, add):
    add(date(2023, 1, 1), "Bản tin B", code=None, form="Bản tin")
    add(date(2023, 1, 2), "Bản tin A", code=None, form="Bản tin")
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.activities.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert first.activities.model.index(0, COL_TITLE).data() == "Bản tin A"
    first.close()

    second = MainWindow(AppContext(ctx.workspace, settings))
    qtbot.addWidget(second)
    header = second.activities.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        COL_TITLE,
        Qt.SortOrder.AscendingOrder,
    )
    assert second.activities.model.index(0, COL_TITLE).data() == "Bản tin A"


def test_saving_into_another_year_says_where_it_went(window, qtbot, ctx, type_text):
    from PySide6.QtCore import QDate

    ctx.workspace.plans.copy(2023, 2024)
    window.activities.new_action.trigger()
    dialog = window.activities.dialog
    dialog.date.setDate(QDate(2024, 1, 15))
    dialog.form.setCurrentIndex(dialog.form.findData("Tin bài"))
    type_text(dialog.title, "Tin đầu năm 2024")
    dialog.save()
    assert (
        window.statusBar().currentMessage()
        == "Đã lưu hoạt động vào năm 2024; chọn năm 2024 để xem."
    )
    assert window.activities.model.count == 0
    assert ctx.workspace.activities.years(ctx.unit.id) == [2024]


def _answer(name: str, button_text: str | None = None, standard=None):
    """Click the button of the modal dialog `name` (by its text, or a standard one)."""

    def act(box):
        if standard is not None:
            box.button(standard).click()
            return
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    when_modal(name, act)


def test_closing_with_report_texts_not_saved_asks_first(window, ctx, qtbot, monkeypatch):
    from desktop.reports import context as rc
    from desktop.ui import report_page

    monkeypatch.setattr(report_page, "show_error", lambda parent, e: None)
    window.show_section("activities")
    box = window.report.boxes[rc.UU_DIEM]
    box.setPlainText("x" * 100_001)  # too long to be saved
    _answer("unsavedReportTexts", "Ở lại để sửa")
    assert not window.close()
    assert window.isVisible() and window.current_section() == "report"
    assert box.toPlainText() == "x" * 100_001  # still there to shorten

    _answer("unsavedReportTexts", "Đóng, bỏ phần chưa lưu")
    assert window.close()


def test_closing_with_the_unit_profile_edited_offers_to_save(window, ctx, qtbot):
    page = window.unit_page
    assert not page.has_unsaved_changes()
    page.place.setText("  Quảng Ngãi  ")  # the same once cleaned: nothing to ask
    assert not page.has_unsaved_changes()
    page.signer_name.setText("Trần Thị Bình")
    assert page.has_unsaved_changes()

    _answer("unsavedUnit", standard=QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.current_section() == "unit"
    assert ctx.workspace.units.self_unit().signer_name != "Trần Thị Bình"

    _answer("unsavedUnit", standard=QMessageBox.StandardButton.Save)
    assert window.close()
    assert ctx.workspace.units.self_unit().signer_name == "Trần Thị Bình"


def test_closing_drops_unit_edits_only_when_told(window, ctx, qtbot):
    before = ctx.workspace.units.self_unit()
    window.unit_page.addressee.setText("Sở Khoa học và Công nghệ")
    _answer("unsavedUnit", standard=QMessageBox.StandardButton.Discard)
    assert window.close()
    assert ctx.workspace.units.self_unit() == before
