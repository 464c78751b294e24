"""The English interface is complete: every text the windows show is marked
for translation, has English in the .ts file, and the compiled .qm carries it."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QFileDialog

from desktop.domain.activity import FIELD_LABELS, LANGUAGES
from desktop.domain.consolidation import submission_status
from desktop.domain.plan import OTHER_ACTIVITIES
from desktop.domain.progress import STATUS_LABELS
from desktop.io.listformat import REJECT_HEADERS
from desktop.store import backup as bk
from desktop.ui import texts
from desktop.ui.backup_dialogs import BackupFolderDialog, RestoreDialog
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.send_dialog import SendDialog

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "baocao_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
UI_SOURCES = sorted((ROOT / "desktop" / "ui").glob("*.py")) + [ROOT / "desktop" / "app.py"]
VIETNAMESE = re.compile(r"[À-ỹ]")
# Vietnamese literals in the interface code that are deliberately not translated.
NOT_TRANSLATED = {
    "Tiếng Việt",  # a language is offered under its own name
    "UBND TỈNH QUẢNG NGÃI",  # default governing body, printed in the report itself
    "Quảng Ngãi",  # default place name, printed in the report itself
    "Đã nộp, đúng hạn",  # submission states as the store words them (data, not labels)
    "Đã nộp, trễ hạn",
    "Chưa nộp",
    "Báo cáo CĐS",  # the application's name
    "Bản cài đặt này không có kiểm tra nhanh (--smoke-test).",  # command-line output
    "ẶẪỖỮẴỠặẫỗữẵỡỵỹ",  # letters measured for the row height (tables.py), never shown
}
LOGGER_METHODS = {"debug", "info", "warning", "error", "exception"}


def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (ctx.findtext("name"), message.findtext("source"), message.find("translation"))
        for ctx in root.iter("context")
        for message in ctx.iter("message")
    ]


def _translations() -> dict[tuple[str, str], str]:
    return {(c, s): t.text or "" for c, s, t in _messages() if t.get("type") is None}


def _string(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Marks(ast.NodeVisitor):
    """Collects (context, source) of tr / translate / QT_TRANSLATE_NOOP calls
    with literal texts, each with its place, and the texts not so marked."""

    def __init__(self, path: Path):
        self.path = path
        self.classes: list[str] = []
        self.marked: list[tuple[str, str, str]] = []
        self.unmarked: list[tuple[str, str]] = []
        self.problems: list[str] = []
        self._inside: set[int] = set()

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{node.lineno}"

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Expr(self, node: ast.Expr) -> None:
        if _string(node.value) is None:  # a docstring is no interface text
            self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = [_string(a) for a in node.args]
        if name == "tr" and args and args[0] is not None:
            owner = func.value if isinstance(func, ast.Attribute) else None
            if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
                self.marked.append((self.classes[-1], args[0], self.where(node)))
            else:
                # Qt looks the text up under the object's class, which the
                # translation tools cannot know from the name of a variable.
                self.problems.append(f"{self.where(node)}: tr() not on self: {args[0]!r}")
            self._inside.update(id(a) for a in ast.walk(node))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            if args[0] is not None and args[1] is not None:
                self.marked.append((args[0], args[1], self.where(node)))
            self._inside.update(id(a) for a in ast.walk(node))
        elif name in LOGGER_METHODS:  # the log file is for support, in Vietnamese
            self._inside.update(id(a) for a in ast.walk(node))
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        text = _string(node)
        if text and VIETNAMESE.search(text) and id(node) not in self._inside:
            if text not in NOT_TRANSLATED:
                self.unmarked.append((self.where(node), text))


@pytest.fixture(scope="module")
def marks() -> list[_Marks]:
    found = []
    for path in UI_SOURCES:
        visitor = _Marks(path)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        found.append(visitor)
    return found


def test_every_message_in_the_ts_file_is_translated():
    messages = _messages()
    assert len(messages) > 400
    unfinished = [
        (c, s) for c, s, t in messages if t.get("type") is not None or not (t.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation():
    for context, source, translation in _messages():
        fields = sorted(re.findall(r"\{[a-z0-9]*\}", source))
        assert sorted(re.findall(r"\{[a-z0-9]*\}", translation.text)) == fields, (context, source)


def test_every_marked_text_in_the_interface_code_has_english(marks):
    translations = _translations()
    marked = [m for v in marks for m in v.marked]
    assert len(marked) > 400
    missing = [f"{where}: [{c}] {s!r}" for c, s, where in marked if (c, s) not in translations]
    assert missing == [], "run pyside6-lupdate and translate: " + "\n".join(missing)
    assert [p for v in marks for p in v.problems] == []


def test_no_vietnamese_text_in_the_interface_code_is_left_unmarked(marks):
    assert [u for v in marks for u in v.unmarked] == []


def test_texts_from_the_lower_layers_are_all_marked():
    submission_states = {
        submission_status(None, date(2023, 12, 1)),
        submission_status(None, date(2023, 12, 1), expected=False),
        submission_status(date(2023, 11, 1), date(2023, 12, 1)),
        submission_status(date(2023, 12, 2), date(2023, 12, 1)),
    }
    below = (
        set(FIELD_LABELS.values())
        | set(REJECT_HEADERS)
        | {OTHER_ACTIVITIES}
        | set(STATUS_LABELS.values())
        | submission_states
        | set(bk.KIND_LABELS.values())
        | set(LANGUAGES)
    )
    assert set(texts.MARKED) == below


def test_compiled_file_matches_the_ts_file():
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    stale = [
        (c, s)
        for (c, s), english in _translations().items()
        if translator.translate(c, s) != english
    ]
    assert stale == [], "run pyside6-lrelease on the .ts file"


def test_english_window_sections_menus_and_dialogs(english, ctx, qtbot, monkeypatch):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert [title for _key, title, _page in window.sections] == [
        "Activities",
        "Progress",
        "Report",
        "Plan",
        "Unit",
    ]
    assert window.windowTitle().startswith("Digital Transformation Report – ")
    menu = [a.text() for a in window.file_menu.actions() if a.text()]
    tools = [a.text() for a in window.tools_menu.actions() if a.text()]
    for command in ("Back up now", "Restore from backup...", "Backup folder..."):
        assert command in tools
    assert "Send report (package for the Department)..." in menu
    targets = window.activities.target
    assert targets.itemText(0) == "All targets"
    assert targets.itemText(targets.count() - 1) == "Other activities"

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    dialog = ImportDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import from files"
    assert dialog.import_button.text() == "Import"
    assert [dialog.tabs.tabText(i) for i in range(2)] == ["Preview", "Refused rows"]
    model = dialog.preview_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:3] == ["Source", "Date", "Target code"]
    assert dialog.rejects_model.headerData(4, Qt.Orientation.Horizontal) == "Reason"

    restore = RestoreDialog(ctx.workspace.path, ctx.workspace.figures.counts())
    qtbot.addWidget(restore)
    assert restore.windowTitle() == "Restore from backup"
    assert restore.restore_button.text() == "Restore"
    assert [restore.table.horizontalHeaderItem(i).text() for i in range(5)] == [
        "Time",
        "Kind",
        "Activities",
        "Unit",
        "File",
    ]
    assert restore.details.text().startswith("There are no backups of ")

    folder = BackupFolderDialog()
    qtbot.addWidget(folder)
    assert folder.windowTitle() == "Backup folder"
    assert str(bk.get_backup_dir()) == folder.path_edit.text()

    send = SendDialog(ctx, window)
    qtbot.addWidget(send)
    assert send.windowTitle() == "Send report"
