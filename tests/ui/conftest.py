"""Fixtures for the window tests: a workspace of the radio-TV station, the
shared context, settings in the test's own data folder."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.activity import Activity
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.startup import install_translation, make_settings, remove_translations


@pytest.fixture
def settings(data_dir):
    s = make_settings()
    # The report preview is drawn by itself when the Báo cáo page shows, in a
    # process of its own: tests that are not about it press the button, so
    # that no test leaves a report being drawn behind it.
    s.setValue("report/auto_preview", False)
    return s


@pytest.fixture
def ctx(unit_ws, settings, qapp):
    # Error dialogs show without blocking while testing.
    qapp.setProperty("testing", True)
    return AppContext(unit_ws, settings, year=2023)


@pytest.fixture
def add(unit_ws):
    """add(day, title, code=..., form=..., **fields) stores an activity of the
    workspace's own unit and returns its id."""

    def add(
        day: date, title: str, *, code: str | None = "III.2.a/TH", form: str = "Chuyên mục", **kw
    ) -> int:
        return unit_ws.activities.add(
            Activity(date=day, title=title, form=form, target_code=code, **kw)
        )

    return add


@pytest.fixture
def type_text(qtbot):
    """type_text(widget, text): key presses carrying each character, also
    Vietnamese letters (QTest's own key clicks take ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_text(widget, text: str) -> None:
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )

    return type_text


@pytest.fixture(autouse=True)
def _preflight_goes_on(monkeypatch):
    """The pre-flight dialog is modal: tests that export or send go on as an
    officer who read it would ("Vẫn xuất"); its own tests replace this."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui import preflight_dialog

    monkeypatch.setattr(
        preflight_dialog.PreflightDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )


@pytest.fixture
def english(qapp):
    """The English interface for one test, Vietnamese again after it."""
    assert install_translation(qapp, "en")
    yield
    remove_translations(qapp)


@pytest.fixture
def window(ctx, qtbot):
    """The main window on the test's workspace, shown and active (a test
    module with its own `window` fixture uses that one instead)."""
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


@pytest.fixture(scope="module")
def pki_and_report(tmp_path_factory):
    """A test PKI and the radio-TV station's report PDF, made once for a test module."""
    from tests.signing_fixtures import make_pki, make_report_pdf

    folder = tmp_path_factory.mktemp("ky-so")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        pki = make_pki(folder / "pki")
        report = make_report_pdf(
            folder,
            "dai.pdf",
            unit_name="Đài Phát thanh và Truyền hình tỉnh",
            db=folder / "dai.cdsdb",
        )
    return pki, report
