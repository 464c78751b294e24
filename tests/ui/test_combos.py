"""Long choices in a drop-down list end in "…" instead of being cut off."""

from __future__ import annotations

from desktop.ui.activity_form import ActivityDialog
from desktop.ui.combos import ElidedComboBox

LONG = "III.2.a/PT – Chuyên mục Chuyển đổi số trên sóng phát thanh của Đài Phát thanh và Truyền hình tỉnh"


def test_a_long_choice_is_shortened_with_an_ellipsis_and_shown_whole_as_tooltip(qtbot):
    box = ElidedComboBox()
    qtbot.addWidget(box)
    box.addItem("Mọi chỉ tiêu", "")
    box.addItem(LONG, "III.2.a/PT")
    box.setFixedWidth(300)
    box.show()
    qtbot.waitExposed(box)
    assert box.shown_text() == "Mọi chỉ tiêu"  # fits: whole
    box.setCurrentIndex(1)
    shown = box.shown_text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert box.fontMetrics().horizontalAdvance(shown) < 300 - 20  # left of the arrow
    assert box.toolTip() == LONG
    assert box.currentText() == LONG  # the value itself stays whole
    box.setFixedWidth(box.fontMetrics().horizontalAdvance(LONG) + 80)
    assert box.shown_text() == LONG
    assert not box.grab().isNull()


def test_the_forms_target_at_1366x768_is_not_cut_off(ctx, qtbot):
    dialog = ActivityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1040, 650)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.target.setCurrentIndex(dialog.target.findData("III.2.a/PT"))
    assert dialog.target.currentText() == LONG
    # The left column is narrower than the title: it ends in "…" within the box.
    assert dialog.target.width() < dialog.target.fontMetrics().horizontalAdvance(LONG)
    shown = dialog.target.shown_text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1])
    assert dialog.target.toolTip() == LONG
    dialog.reject()
