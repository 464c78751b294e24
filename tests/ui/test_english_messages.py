"""The English interface shows the domain's messages in English: the domain
keeps each message's template and values (desktop.domain.text.Message), the
interface translates them: form errors, refused rows, the duplicate refusal,
money in the status bar, statuses on the Báo cáo page."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

import desktop.domain.activity
import desktop.domain.plan_reasons  # noqa: F401 - declares its messages
import desktop.domain.reach  # noqa: F401 - declares its messages
import desktop.files  # noqa: F401 - declares its messages
import desktop.io.limits  # noqa: F401 - declares its messages
import desktop.io.package  # noqa: F401 - declares its messages
import desktop.io.package_choice  # noqa: F401 - declares its messages
import desktop.io.package_import  # noqa: F401 - declares its messages
import desktop.io.package_stream  # noqa: F401 - declares its messages
import desktop.io.plan_document  # noqa: F401 - declares its messages
import desktop.io.plan_file  # noqa: F401 - declares its messages
import desktop.io.previous  # noqa: F401 - declares its messages
import desktop.io.rowcheck  # noqa: F401 - declares its messages
import desktop.io.smartlist  # noqa: F401 - declares its messages
import desktop.io.tables  # noqa: F401 - declares its messages
import desktop.reports.process  # noqa: F401 - declares its messages
import desktop.signing.credentials  # noqa: F401 - declares its messages
import desktop.signing.placement  # noqa: F401 - declares its messages
import desktop.signing.sign  # noqa: F401 - declares its messages
import desktop.signing.verify  # noqa: F401 - declares its messages
import desktop.store.activities  # noqa: F401 - declares its messages
import desktop.store.attachments  # noqa: F401 - declares its messages
import desktop.store.backup  # noqa: F401 - declares its messages
import desktop.store.connection  # noqa: F401 - declares its messages
import desktop.store.figures  # noqa: F401 - declares its messages
import desktop.store.forms  # noqa: F401 - declares its messages
import desktop.store.imports  # noqa: F401 - declares its messages
import desktop.store.lock  # noqa: F401 - declares its messages
import desktop.store.opencheck  # noqa: F401 - declares its messages
import desktop.store.plan_versions  # noqa: F401 - declares its messages
import desktop.store.plans  # noqa: F401 - declares its messages
import desktop.store.restore  # noqa: F401 - declares its messages
import desktop.store.submissions  # noqa: F401 - declares its messages
import desktop.store.units  # noqa: F401 - declares its messages
import desktop.store.untrusted  # noqa: F401 - declares its messages
from desktop.domain.text import MESSAGE_TEMPLATES, Message
from desktop.ui.activities_page import ActivitiesPage
from desktop.ui.report_page import ReportPage
from desktop.ui.texts import MESSAGES, MESSAGES_CONTEXT, translated_message

VIETNAMESE = re.compile(r"[À-ỹ]")


def test_every_domain_message_is_marked_and_has_english(english):
    assert set(MESSAGE_TEMPLATES) <= set(MESSAGES)
    for template in MESSAGE_TEMPLATES:
        english_text = QCoreApplication.translate(MESSAGES_CONTEXT, template)
        assert english_text != template and not VIETNAMESE.search(english_text), template
        # the same values fill both
        assert re.findall(r"{\w+}", english_text) == re.findall(r"{\w+}", template), template


def test_a_message_stays_vietnamese_text_for_files_and_the_command_line():
    _, message = desktop.domain.activity.check_quantity("0")
    assert message == "phải là số nguyên từ 1 trở lên"
    _, message = desktop.domain.activity.check_cost("1,5 triệu")
    assert isinstance(message, Message) and message.values == {"text": "1,5 triệu"}
    assert str(message) == "“1,5 triệu” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000"
    assert translated_message(message) == str(message)  # no translation installed
    import pickle

    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.template == message.template


def test_form_errors_and_the_status_bar_in_english(english, ctx, qtbot, add, type_text):
    add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1", cost=1_500_000)
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.summary_text == "Activities: 1 · Quantity: 1 · Cost: VND 1,500,000"

    page.new_activity()
    dialog = page.dialog
    dialog.form.setCurrentIndex(0)
    dialog.quantity.setText("0")
    type_text(dialog.cost, "1,5 triệu")
    dialog.link.setText("https://x.vn/" + "a" * 4000)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    errors = {name: label.text() for name, label in dialog.errors.items() if label.text()}
    assert errors == {
        "form": "No form chosen",
        "title": "No title yet",
        "quantity": "Must be a whole number from 1 up",
        "link": "The link is too long",
        "cost": "“1,5 triệu” has words in it; write the number in full, for example 1,500,000",
    }
    assert "5 problem(s) to fix" in dialog.banner.text()

    # the duplicate refusal, from the store
    dialog.form.setCurrentIndex(dialog.form.findData("Chuyên mục"))
    dialog.target.setCurrentIndex(dialog.target.findData("III.2.a/TH"))
    dialog.date.set_date(date(2023, 1, 6))
    type_text(dialog.title, "Chuyên mục CĐS tuần 1")
    dialog.quantity.setText("1")
    dialog.cost.setText("")
    dialog.link.setText("")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.errors["title"].text() == (
        "There is already an activity with the same date, target, title and link."
    )
    dialog.done(0)  # closed without the "save changes?" question


def test_refused_rows_give_their_reason_in_english(english):
    from desktop.domain.activity import Problem
    from desktop.ui.import_models import RejectsModel

    _, message = desktop.domain.activity.check_title("")
    model = RejectsModel()
    model.set_problems([Problem("title", message, source="ds.xlsx", row=4)])
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Reason"
    assert model.index(0, 4).data() == "no title yet"


def test_task_statuses_on_the_report_page_in_english(english, ctx, qtbot, add):
    add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1")
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    shown = " ".join(
        page.tasks_layout.itemAt(i).widget().text()
        for i in range(page.tasks_layout.count())
        if hasattr(page.tasks_layout.itemAt(i).widget(), "text")
    )
    assert "Not met" in shown or "Behind" in shown or "On track" in shown
    assert "Không đạt" not in shown and "Chậm tiến độ" not in shown


def test_languages_of_activities_in_english_stored_as_the_domain_says(
    english, ctx, qtbot, add, type_text
):
    from desktop.ui.activities_model import COL_LANGUAGE

    add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1")
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.index(0, COL_LANGUAGE).data() == "Vietnamese"
    filters = [page.language.itemText(i) for i in range(page.language.count())]
    assert filters == ["All languages", "Vietnamese", "English", "Vietnamese and English"]
    page.language.setCurrentIndex(3)
    assert page.model.count == 0
    page.language.setCurrentIndex(0)

    page.new_activity()
    dialog = page.dialog
    choices = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert choices == ["Vietnamese", "English", "Vietnamese and English"]
    dialog.form.setCurrentIndex(dialog.form.findData("Chuyên mục"))
    dialog.target.setCurrentIndex(dialog.target.findData("III.2.a/TH"))
    dialog.date.set_date(date(2023, 1, 13))
    type_text(dialog.title, "Chuyên mục song ngữ")
    dialog.language.setCurrentIndex(2)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    stored = ctx.workspace.conn.execute(
        "SELECT language FROM activities WHERE title = 'Chuyên mục song ngữ'"
    ).fetchone()
    assert stored[0] == "Tiếng Việt và Tiếng Anh"


def test_funding_sources_in_english_kept_as_the_domain_names_them(english, ctx, qtbot):
    from desktop.domain.reach import FUNDING_SOURCES

    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.new_activity()
    box = page.dialog.funding
    shown = [box.itemText(i) for i in range(1, box.count())]
    assert shown == [
        "Provincial budget",
        "District budget",
        "Commune budget",
        "Private funding",
        "Other",
    ]
    assert [box.itemData(i) for i in range(1, box.count())] == list(FUNDING_SOURCES)
    page.dialog.done(0)


def test_a_refused_source_of_funding_in_english(english):
    from desktop.domain.reach import FUNDING_SOURCES, check_funding

    _, unclear = check_funding("ngân sách")
    assert str(unclear).startswith("“ngân sách” chưa rõ cấp ngân sách; hãy ghi Ngân sách tỉnh")
    assert translated_message(unclear) == (
        "“ngân sách” does not say which budget: write the provincial, district or commune budget"
    )
    _, unknown = check_funding("Vay ngân hàng")
    assert translated_message(unknown) == "“Vay ngân hàng” must be one of: " + ", ".join(
        FUNDING_SOURCES
    )
