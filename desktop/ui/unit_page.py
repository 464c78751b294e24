"""Đơn vị: the unit's profile, printed in the report's header, signature and
recipients list."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.field_limits import MAX_UNIT_LINE, unit_problem
from ..domain.plan import Unit
from ..domain.text import clean_line
from ..store import WorkspaceError
from .activity_form import FieldError
from .context import AppContext
from .errors import show_error
from .texts import translated_error
from .writer import UNIT


class UnitPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.unit: Unit | None = None
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.governing_body = QLineEdit()
        self.governing_body.setPlaceholderText(
            self.tr("cơ quan cấp trên, ví dụ UBND TỈNH …; UBND xã, phường để trống")
        )
        self.abbreviation = QLineEdit()
        self.abbreviation.setPlaceholderText(
            self.tr("ví dụ PTTH (dùng trong số hiệu: .../BC-PTTH)")
        )
        self.place = QLineEdit()
        self.signer_authority = QLineEdit()
        self.signer_authority.setPlaceholderText(self.tr("ví dụ TM. ỦY BAN NHÂN DÂN, KT. GIÁM ĐỐC"))
        self.signer_title = QLineEdit()
        self.signer_name = QLineEdit()
        self.addressee = QLineEdit()
        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.recipients.setMaximumHeight(110)
        self.archive = QLineEdit()
        for edit in (
            self.name,
            self.short_name,
            self.governing_body,
            self.abbreviation,
            self.place,
            self.signer_authority,
            self.signer_title,
            self.signer_name,
            self.addressee,
            self.archive,
        ):
            edit.setMaxLength(MAX_UNIT_LINE)
        self.name_error = FieldError()
        self.message = QLabel()
        self.message.setObjectName("unitMessage")
        self.message.setWordWrap(True)  # a refusal names its field in a sentence

        name_cell = QWidget()
        name_layout = QVBoxLayout(name_cell)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self.name)
        name_layout.addWidget(self.name_error)

        form = QFormLayout()
        form.addRow(self.tr("Tên đơn vị"), name_cell)
        form.addRow(self.tr("Tên viết gọn"), self.short_name)
        form.addRow(self.tr("Cơ quan chủ quản"), self.governing_body)
        form.addRow(self.tr("Chữ viết tắt"), self.abbreviation)
        form.addRow(self.tr("Địa danh"), self.place)
        form.addRow(self.tr("Quyền hạn ký"), self.signer_authority)
        form.addRow(self.tr("Chức vụ người ký"), self.signer_title)
        form.addRow(self.tr("Họ tên người ký"), self.signer_name)
        form.addRow(self.tr("Kính gửi"), self.addressee)
        form.addRow(self.tr("Nơi nhận (mỗi dòng một nơi)"), self.recipients)
        form.addRow(self.tr("Lưu (ví dụ: VT, VHTT)"), self.archive)

        self.save_button = QPushButton(self.tr("Lưu thông tin đơn vị"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Hoàn lại"))
        self.revert_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        heading = QLabel(
            self.tr("Thông tin đơn vị (in ở phần đầu, phần ký và nơi nhận của báo cáo)")
        )
        heading.setStyleSheet("font-weight: bold;")
        inner_layout.addWidget(heading)
        inner_layout.addLayout(form)
        inner_layout.addLayout(buttons)
        inner_layout.addStretch(1)
        inner.setMaximumWidth(900)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        ctx.unit_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.unit = self.ctx.workspace.units.self_unit()
        u = self.unit
        if u is None:
            return
        for edit, value in (
            (self.name, u.name),
            (self.short_name, u.short_name),
            (self.governing_body, u.governing_body),
            (self.abbreviation, u.abbreviation),
            (self.place, u.place),
            (self.signer_authority, u.signer_authority),
            (self.signer_title, u.signer_title),
            (self.signer_name, u.signer_name),
            (self.addressee, u.addressee),
            (self.archive, u.archive),
        ):
            edit.setText(value)
        self.recipients.setPlainText("\n".join(u.recipients))
        self.name_error.show_message("")
        self.message.clear()

    def edited_unit(self) -> Unit | None:
        if self.unit is None:
            return None
        return replace(
            self.unit,
            name=self.name.text(),
            short_name=self.short_name.text(),
            governing_body=self.governing_body.text(),
            abbreviation=self.abbreviation.text(),
            place=self.place.text(),
            signer_authority=self.signer_authority.text(),
            signer_title=self.signer_title.text(),
            signer_name=self.signer_name.text(),
            addressee=self.addressee.text(),
            recipients=tuple(
                line for line in map(clean_line, self.recipients.toPlainText().splitlines()) if line
            ),
            archive=self.archive.text(),
        )

    def has_unsaved_changes(self) -> bool:
        """The fields differ from the unit as saved (as the store would clean them)."""
        edited = self.edited_unit()
        if edited is None or self.unit is None:
            return False
        return _cleaned(edited) != _cleaned(self.unit)

    def save(self) -> bool:
        unit = self.edited_unit()
        if unit is None:
            return False
        if not clean_line(unit.name):
            self.name_error.show_message(self.tr("Tên đơn vị không được để trống."))
            self.name.setFocus()
            return False
        try:
            self.ctx.writer.write((UNIT,), lambda ws: ws.units.save(unit))
        except WorkspaceError as e:
            if unit_problem(unit) is not None:  # a line too long, which it names
                self.message.setText(translated_error(e))
            else:  # the name another unit has
                self.name_error.show_message(translated_error(e))
            return False
        except Exception as e:
            show_error(self, e)
            return False
        self.message.setText(self.tr("Đã lưu."))
        return True


def _cleaned(unit: Unit) -> Unit:
    """The unit's lines as saved: spaces trimmed and runs of them made one."""
    lines = {
        f: clean_line(getattr(unit, f))
        for f in (
            "name",
            "short_name",
            "governing_body",
            "abbreviation",
            "place",
            "signer_authority",
            "signer_title",
            "signer_name",
            "addressee",
        )
    }
    return replace(unit, **lines, archive=clean_line(unit.archive) or "VT")
