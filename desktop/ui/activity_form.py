"""The activity form: add, edit or duplicate one activity.

Checks go through the same `validate` as imports and the command line; each
problem appears under its own field and nothing is saved until all are fixed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.activity import FIELD_LABELS, LANGUAGES, Activity, Problem, RawActivity, validate
from ..domain.plan import OTHER_ACTIVITIES, Plan
from ..domain.reach import FUNDING_SOURCES, REACH_FIELDS
from ..store.activities import DuplicateActivityError
from . import numbers
from .combos import ElidedComboBox
from .context import AppContext
from .date_field import DateField
from .errors import show_error
from .file_dialogs import open_file
from .geometry import resize_within_screen
from .texts import translated, translated_message
from .writer import ACTIVITIES

ERROR_STYLE = "color: #b00020;"
FIELD_ERROR_STYLE = "border: 1px solid #b00020;"


def target_choices(plan: Plan, lead_kinds: tuple[str, ...]) -> list[list[tuple[str, str]]]:
    """Groups of (label, code) for the target picker: the targets the unit
    leads, then the rest in plan order, then "Hoạt động khác" (code "")."""
    led = [t for t in plan.targets if set(t.lead_kinds) & set(lead_kinds)]
    rest = [t for t in plan.targets if t not in led]
    groups = [[(f"{t.code} – {t.title}", t.code) for t in group] for group in (led, rest)]
    return [g for g in groups if g] + [[(translated(OTHER_ACTIVITIES), "")]]


# The funding sources (domain.reach.FUNDING_SOURCES, kept as each item's data) as shown.
FUNDING_LABELS = (
    QT_TRANSLATE_NOOP("ActivityDialog", "Ngân sách tỉnh"),
    QT_TRANSLATE_NOOP("ActivityDialog", "Ngân sách huyện"),
    QT_TRANSLATE_NOOP("ActivityDialog", "Ngân sách xã"),
    QT_TRANSLATE_NOOP("ActivityDialog", "Xã hội hóa"),
    QT_TRANSLATE_NOOP("ActivityDialog", "Khác"),
)


class FieldError(QLabel):
    """The red line under a field saying what is wrong with it."""

    def __init__(self):
        super().__init__()
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class ActivityDialog(QDialog):
    """Add (activity_id None), edit, or duplicate (`duplicate=True`) an activity."""

    saved = Signal(int)  # id of the stored activity

    def __init__(
        self,
        ctx: AppContext,
        activity_id: int | None = None,
        *,
        duplicate: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        ws = ctx.workspace
        self.unit = ctx.unit
        self.original: Activity | None = ws.activities.get(activity_id) if activity_id else None
        self.duplicate = duplicate and self.original is not None
        self.editing = self.original is not None and not self.duplicate
        self.plan = self._plan_for_form()
        self.attachments: list[dict] = (
            ws.attachments.of_activity(self.original.id) if self.editing and self.original else []
        )
        self.new_files: list[Path] = []
        self.removed_attachments: list[int] = []

        if self.editing:
            self.setWindowTitle(self.tr("Sửa hoạt động"))
        elif self.duplicate:
            self.setWindowTitle(self.tr("Nhân bản hoạt động"))
        else:
            self.setWindowTitle(self.tr("Thêm hoạt động"))
        self.setModal(True)
        self._build()
        self._load(self.original)
        self._clean_state = self._state()

    def _plan_for_form(self) -> Plan:
        ws = self.ctx.workspace
        year = self.original.date.year if self.original else self.ctx.year
        plan = ws.plans.get(year) or ws.plans.get(self.ctx.year)
        if plan is None:
            years = ws.plans.years()
            plan = ws.plans.require(years[-1] if years else self.ctx.year)
        return plan

    # -- widgets ---------------------------------------------------------------

    def _build(self) -> None:
        self.date = DateField(year=self.ctx.year)
        self.date.setMaximumWidth(200)
        self.target = ElidedComboBox()
        for group in target_choices(self.plan, self.unit.lead_kinds):
            if self.target.count():
                self.target.insertSeparator(self.target.count())
            for label, code in group:
                self.target.addItem(label, code)
                self.target.setItemData(self.target.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.target.setMinimumContentsLength(30)
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.form = QComboBox()
        self.form.addItem(self.tr("— chọn hình thức —"), "")
        for f in self.plan.forms:
            self.form.addItem(f, f)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Tên tin, bài, chương trình, sự kiện..."))
        self.quantity = QLineEdit()
        self.quantity.setMaximumWidth(120)
        self.language = QComboBox()
        for lang in LANGUAGES:  # shown in the interface language, stored as the domain says
            self.language.addItem(translated(lang), lang)
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://...")
        self.cost = QLineEdit()
        self.cost.setPlaceholderText("0")
        self.cost.setMaximumWidth(200)
        self.cost.editingFinished.connect(self._format_cost)
        # Reach: empty means "not recorded", which is not 0.
        self.reach_edits: dict[str, QLineEdit] = {}
        for name in REACH_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("chưa ghi nhận"))
            edit.setMaximumWidth(200)
            edit.editingFinished.connect(lambda e=edit: _format_count(e))
            self.reach_edits[name] = edit
        self.funding = QComboBox()
        self.funding.addItem(self.tr("— chưa ghi nguồn —"), "")
        for source in FUNDING_SOURCES:
            self.funding.addItem(QCoreApplication.translate("ActivityDialog", source), source)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.theme_boxes: dict[int, QCheckBox] = {}
        themes_box = QGroupBox(self.tr("Chủ đề tuyên truyền"))
        grid = QGridLayout(themes_box)
        for i, theme in enumerate(self.plan.themes):
            box = QCheckBox(f"{theme.number}. {_shorten(theme.title, 55)}")
            box.setToolTip(theme.title)
            self.theme_boxes[theme.number] = box
            grid.addWidget(box, i, 0)

        self.errors = {name: FieldError() for name in FIELD_LABELS}
        self.fields = {
            "date": self.date,
            "target_code": self.target,
            "form": self.form,
            "title": self.title,
            "quantity": self.quantity,
            "language": self.language,
            "link": self.link,
            "cost": self.cost,
            "themes": themes_box,
            "notes": self.notes,
            **self.reach_edits,
            "funding": self.funding,
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in (
            ("date", self.tr("Ngày")),
            ("target_code", self.tr("Chỉ tiêu")),
            ("form", self.tr("Hình thức")),
            ("title", self.tr("Tiêu đề")),
            ("quantity", self.tr("Số lượng")),
            ("language", self.tr("Ngôn ngữ")),
            ("link", self.tr("Đường dẫn")),
            ("cost", self.tr("Kinh phí (đồng)")),
            ("funding", self.tr("Nguồn kinh phí")),
            ("views", self.tr("Lượt xem")),
            ("reach", self.tr("Lượt tiếp cận")),
            ("shares", self.tr("Lượt chia sẻ")),
        ):
            form.addRow(label, _with_error(self.fields[name], self.errors[name]))

        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(90)
        self.attachment_list.itemDoubleClicked.connect(self.open_attachment)
        add_file = QPushButton(self.tr("Đính kèm tệp..."))
        add_file.clicked.connect(self.choose_files)
        self.open_file_button = QPushButton(self.tr("Mở"))
        self.open_file_button.clicked.connect(lambda: self.open_attachment())
        self.remove_file_button = QPushButton(self.tr("Gỡ"))
        self.remove_file_button.clicked.connect(self.remove_attachment)
        files_buttons = QHBoxLayout()
        for b in (add_file, self.open_file_button, self.remove_file_button):
            files_buttons.addWidget(b)
        files_buttons.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(themes_box)
        right.addWidget(self.errors["themes"])
        right.addWidget(QLabel(self.tr("Ghi chú")))
        right.addWidget(self.notes, 1)
        right.addWidget(self.errors["notes"])
        right.addWidget(QLabel(self.tr("Tệp đính kèm")))
        right.addWidget(self.attachment_list)
        right.addLayout(files_buttons)

        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(right, 1)

        self.banner = FieldError()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 1040, 640)

    def _load(self, a: Activity | None) -> None:
        if a is None:
            a = self._new_activity()
        self.date.set_date(a.date)
        self.target.setCurrentIndex(max(self.target.findData(a.target_code or ""), 0))
        self.form.setCurrentIndex(max(self.form.findData(a.form), 0))
        self.title.setText(a.title)
        self.quantity.setText(numbers.integer(a.quantity))
        self.language.setCurrentIndex(max(0, self.language.findData(a.language)))
        self.link.setText(a.link)
        self.cost.setText(numbers.integer(a.cost) if a.cost else "")
        for number, box in self.theme_boxes.items():
            box.setChecked(number in a.themes)
        for name, edit in self.reach_edits.items():
            value = getattr(a, name)
            edit.setText("" if value is None else numbers.integer(value))
        self.funding.setCurrentIndex(max(self.funding.findData(a.funding or ""), 0))
        self.notes.setPlainText(a.notes)
        self._show_attachments()

    def _new_activity(self) -> Activity:
        """A new entry starts from the last entry's date, target and form (when
        the last date lies in the year shown), else from today or 1 January."""
        last = remembered_entry(self.ctx.settings)
        today = date.today()
        d = today if today.year == self.ctx.year else date(self.ctx.year, 1, 1)
        if last.get("date") and last["date"].year == self.ctx.year:
            d = last["date"]
        a = Activity(date=d, title="", form="")
        first = target_choices(self.plan, self.unit.lead_kinds)[0][0][1]
        a.target_code = first if first and self._leads(first) else None
        if "target_code" in last and self.target.findData(last["target_code"]) >= 0:
            a.target_code = last["target_code"] or None
        if last.get("form") and self.form.findData(last["form"]) >= 0:
            a.form = last["form"]
        return a

    def _leads(self, code: str) -> bool:
        target = self.plan.target(code)
        return target is not None and self.unit.leads(target)

    # -- attachments -----------------------------------------------------------

    def _show_attachments(self) -> None:
        self.attachment_list.clear()
        for att in self.attachments:
            if att["id"] in self.removed_attachments:
                continue
            item = QListWidgetItem(att["name"])
            item.setData(Qt.ItemDataRole.UserRole, ("stored", att))
            self.attachment_list.addItem(item)
        for path in self.new_files:
            item = QListWidgetItem(self.tr("{0} (chưa lưu)").format(path.name))
            item.setData(Qt.ItemDataRole.UserRole, ("new", path))
            self.attachment_list.addItem(item)

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        self.new_files.extend(paths)
        self._show_attachments()

    def _current_attachment(self):
        item = self.attachment_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def attachment_file(self, entry) -> Path:
        kind, value = entry
        return self.ctx.workspace.attachments.path(value["rel_path"]) if kind == "stored" else value

    def open_attachment(self, _item=None) -> None:
        entry = self._current_attachment()
        if entry is None:
            return
        # Opened with the system's application, or a message saying why not
        # (the file gone, no application for its kind).
        open_file(self, self.attachment_file(entry))

    def remove_attachment(self) -> None:
        entry = self._current_attachment()
        if entry is None:
            return
        kind, value = entry
        if kind == "stored":
            self.removed_attachments.append(value["id"])
        else:
            self.new_files.remove(value)
        self._show_attachments()

    # -- state -----------------------------------------------------------------

    def _format_cost(self) -> None:
        try:
            value = numbers.read_whole(self.cost.text(), money=True)
        except ValueError:
            return
        if value is not None:
            self.cost.setText(numbers.integer(value))

    def _state(self) -> tuple:
        return (
            self.date.text(),
            self.target.currentData(),
            self.form.currentData(),
            self.title.text(),
            self.quantity.text(),
            self.language.currentData(),
            self.link.text(),
            self.cost.text(),
            tuple(n for n, b in self.theme_boxes.items() if b.isChecked()),
            self.notes.toPlainText(),
            tuple(e.text() for e in self.reach_edits.values()),
            self.funding.currentData(),
            tuple(self.new_files),
            tuple(self.removed_attachments),
        )

    def is_dirty(self) -> bool:
        return self._state() != self._clean_state

    def _numbers(self) -> tuple[dict[str, str], dict[str, str]]:
        """The number fields as the domain is to read them, and the refused (ui.numbers)."""
        edits = {"quantity": self.quantity, "cost": self.cost, **self.reach_edits}
        texts = {name: edit.text() for name, edit in edits.items()}
        return numbers.entry_texts(texts, money={"cost"}, dash=set(REACH_FIELDS))

    def raw(self) -> RawActivity:
        n = self._numbers()[0]
        return RawActivity(
            date=self.date.date() or self.date.text(),
            target_code=self.target.currentData(),
            form=self.form.currentData(),
            title=self.title.text(),
            quantity=n["quantity"],
            language=self.language.currentData(),
            link=self.link.text(),
            cost=n["cost"],
            themes="; ".join(str(n) for n, b in self.theme_boxes.items() if b.isChecked()),
            notes=self.notes.toPlainText(),
            views=n["views"],
            reach=n["reach"],
            shares=n["shares"],
            funding=self.funding.currentData(),
        )

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(translated_message(p.message))
        for name, label in self.errors.items():
            messages = by_field.get(name, [])
            text = "; ".join(messages)
            label.show_message(text[:1].upper() + text[1:] if text else "")
            widget = self.fields[name]
            if isinstance(widget, (QLineEdit, QComboBox, QPlainTextEdit)):
                widget.setStyleSheet(FIELD_ERROR_STYLE if messages else "")
        if problems:
            self.banner.show_message(
                self.tr("Chưa lưu: còn {0} chỗ cần sửa (ghi màu đỏ bên dưới từng ô).").format(
                    len(problems)
                )
            )
            first = next((self.fields[p.field] for p in problems if p.field in self.fields), None)
            if first is not None:
                first.setFocus()
        else:
            self.banner.show_message("")

    # -- saving ----------------------------------------------------------------

    def save(self) -> bool:
        ws = self.ctx.reader()
        self.date.tidy()
        if self.date.date() is None:
            self.show_problems([Problem("date", self.date.problem())])
            return False
        raw = self.raw()
        plan = ws.plans.get(raw.date.year)
        if plan is None:
            self.show_problems(
                [
                    Problem(
                        "date",
                        self.tr(
                            "chưa có kế hoạch năm {0}; hãy sao chép kế hoạch "
                            "sang năm đó ở mục Kế hoạch"
                        ).format(raw.date.year),
                    )
                ]
            )
            return False
        activity, problems = validate(raw, plan)
        refused = self._numbers()[1]
        if refused:  # the domain never saw these numbers as typed
            problems = [p for p in problems if p.field not in refused]
            problems, activity = problems + [Problem(f, m) for f, m in refused.items()], None
        self.show_problems(problems)
        if activity is None:
            return False
        activity.unit_id = self.unit.id
        try:
            if self.editing and self.original is not None:
                activity = replace(
                    activity,
                    id=self.original.id,
                    uid=self.original.uid,
                    unit_id=self.original.unit_id,
                    created_at=self.original.created_at,
                )
                self.ctx.writer.write((ACTIVITIES,), lambda w: w.activities.update(activity))
                activity_id = self.original.id
            else:
                activity_id = self.ctx.writer.write(
                    (ACTIVITIES,), lambda w: w.activities.add(activity, self.unit.id)
                )
        except DuplicateActivityError as e:
            self.errors["title"].show_message(translated_message(e.args[0]))
            self.title.setStyleSheet(FIELD_ERROR_STYLE)
            self.banner.show_message(
                self.tr(
                    "Chưa lưu: hoạt động này đã có trong danh sách. Hãy đổi ngày, tiêu đề hoặc đường dẫn."
                )
            )
            return False
        except Exception as e:  # nothing was written; explain and keep the form open
            show_error(self, e)
            return False
        remember_entry(self.ctx.settings, activity)
        if not self._save_attachments(activity_id):
            return False
        self._clean_state = self._state()
        self.saved.emit(activity_id)
        self.accept()
        return True

    def _save_attachments(self, activity_id: int) -> bool:
        ws, writer = self.ctx.reader(), self.ctx.writer
        try:
            for att_id in self.removed_attachments:
                writer.write((ACTIVITIES,), lambda w, i: w.attachments.remove(i), att_id)
            self.removed_attachments.clear()
            while self.new_files:
                writer.write(
                    (ACTIVITIES,),
                    lambda w, i, f: w.attachments.add(i, f),
                    activity_id,
                    self.new_files[0],
                )
                self.new_files.pop(0)
        except Exception as e:  # the activity is saved; the file list shows what is left
            self.original = ws.activities.get(activity_id)
            self.editing = True
            self.duplicate = False
            self.attachments = ws.attachments.of_activity(activity_id)
            self._show_attachments()
            self.saved.emit(activity_id)
            show_error(self, e)
            return False
        return True

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Chưa lưu"),
                self.tr("Hoạt động có thay đổi chưa lưu. Lưu trước khi đóng?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()


ENTRY_KEYS = ("entry/last_date", "entry/last_target", "entry/last_form")


def remember_entry(settings, activity: Activity) -> None:
    """The date, target and form of the entry just saved, for the next one."""
    settings.setValue(ENTRY_KEYS[0], activity.date.isoformat())
    settings.setValue(ENTRY_KEYS[1], activity.target_code or "")
    settings.setValue(ENTRY_KEYS[2], activity.form or "")


def remembered_entry(settings) -> dict:
    """What `remember_entry` kept: date, target_code and form, those present."""
    out: dict = {}
    text = settings.value(ENTRY_KEYS[0], "")
    try:
        out["date"] = date.fromisoformat(str(text)) if text else None
    except ValueError:
        out["date"] = None
    target = settings.value(ENTRY_KEYS[1], None)
    if target is not None:
        out["target_code"] = str(target)
    form = settings.value(ENTRY_KEYS[2], None)
    if form:
        out["form"] = str(form)
    return out


def _with_error(widget: QWidget, error: FieldError) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


def _format_count(edit: QLineEdit) -> None:
    """ "12345" -> "12.345" ("12,345" in English) once typed; text that is
    not a number stays for the check to name."""
    try:
        value = numbers.read_whole(edit.text())
    except ValueError:
        return
    if value is not None:
        edit.setText(numbers.integer(value))


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
