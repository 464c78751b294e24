"""The English interface shows the file layer's messages in English: what
receiving says of each package, why a package, a previous-year workspace file
or a list file is refused. The file layer words them in Vietnamese for the
command line, the log and the files (desktop.domain.text.Message keeps the
template and values); the interface translates them, a message built on
another message (a package refused for a reason) part by part."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from desktop.domain.activity import check_title
from desktop.domain.text import HAS_WORDS, Count, Message, joined, message_of, replaced
from desktop.ui.texts import translated_error, translated_message

VIETNAMESE = re.compile(r"[À-ỹ]")


def test_a_message_made_of_messages_is_translated_part_by_part(english):
    _, no_title = check_title("")
    both = joined("; ", [Message(HAS_WORDS, text="1,5 triệu"), no_title, Message("Ngày")])
    assert str(both) == (
        "“1,5 triệu” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000; chưa có tiêu đề; Ngày"
    )
    assert translated_message(both) == (
        "“1,5 triệu” has words in it; write the number in full, for example 1.500.000; "
        "no title yet; Date"
    )
    assert translated_message(joined(", ", [])) == ""
    # braces in the separator are kept as they are
    assert str(joined("{}", ["a", "b"])) == "a{}b"


def test_an_exception_keeps_its_message_for_the_interface(english):
    error = ValueError(Message(HAS_WORDS, text="x"))
    assert message_of(error).template == HAS_WORDS
    assert translated_error(error) == (
        "“x” has words in it; write the number in full, for example 1.500.000"
    )
    assert translated_error(ValueError("plain text")) == "plain text"
    assert translated_error(ValueError("a", "b")) == "('a', 'b')"


def test_numbers_in_a_message_are_written_the_interface_language_way(english):
    import pickle

    from desktop.io.package_import import ADDED_WHAT
    from desktop.io.tables import TOO_MANY_CELLS

    received = Message(ADDED_WHAT, count=Count(1096))
    assert str(received) == "đã nhận 1.096 hoạt động"
    assert translated_message(received) == "received 1,096 activities"
    again = pickle.loads(pickle.dumps(received))
    assert again.values["count"] == Count(1096) and str(again) == str(received)
    assert isinstance(again.values["count"], Count)
    too_big = Message(TOO_MANY_CELLS, name="ds.csv", limit=Count(8_000_000), row=Count(12_345))
    assert translated_message(too_big).startswith(
        "The file “ds.csv” has more than 8,000,000 cells (reached at row 12,345)"
    )


def test_replaced_reaches_every_part():
    inner = Message(HAS_WORDS, text="/tmp/copy")
    outer = joined(": ", ["/tmp/copy", inner])
    again = replaced(outer, "/tmp/copy", "/home/a.cdsdb")
    assert str(again) == (
        "/home/a.cdsdb: “/home/a.cdsdb” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000"
    )
    assert again.values["part1"].template == HAS_WORDS
    assert replaced("plain /tmp/copy", "/tmp/copy", "x") == "plain x"


# -- receiving, in the Tổng hợp page ---------------------------------------------


def _rewritten(source, target, change):
    """A copy of a package whose activities part is passed through `change`,
    its manifest's checksum and size made to match (so the entries are read)."""
    import hashlib
    import json
    import zipfile

    with zipfile.ZipFile(source) as src:
        parts = {info.filename: src.read(info) for info in src.infolist()}
    data = change(parts["hoat-dong.json"])
    parts["hoat-dong.json"] = data
    manifest = json.loads(parts["manifest.json"])
    for part in manifest["parts"]:
        if part["path"] == "hoat-dong.json":
            part["sha256"], part["size"] = hashlib.sha256(data).hexdigest(), len(data)
    parts["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, content in parts.items():
            dst.writestr(name, content)
    return target


@pytest.fixture
def department(tmp_path, settings, qapp, qtbot):
    """The department's Tổng hợp page, and Báo Quảng Ngãi's package with two
    broken copies of it."""
    from package_fixtures import BAO, SO, SO_DATA, UNIT_DATA, YEAR, make_unit_workspace

    from desktop.io.package import write_package
    from desktop.store import Workspace
    from desktop.ui.consolidation_page import ConsolidationPage
    from desktop.ui.context import AppContext

    qapp.setProperty("testing", True)
    bao_db = tmp_path / "bao.cdsdb"
    make_unit_workspace(bao_db, BAO, UNIT_DATA[BAO])
    package = tmp_path / "goi-bao.cdsgoi"
    with Workspace.open(bao_db, create=False) as bao:
        write_package(bao, YEAR, package)
    ws = Workspace.open(tmp_path / "so.cdsdb")
    so = ws.units.set_self_unit(ws.units.by_name(SO))
    ws.activities.insert_many(SO_DATA, so.id)
    page = ConsolidationPage(AppContext(ws, settings, year=YEAR))
    qtbot.addWidget(page)
    page.show()
    yield page, package
    ws.close()


def _received(page, qtbot, paths):
    page.result_box = None
    page.receive(paths)
    qtbot.waitUntil(lambda: getattr(page, "result_box", None) is not None, timeout=30000)
    box = page.result_box
    shown = box.text(), box.informativeText().split("\n"), box.detailedText()
    box.close()
    return shown


def test_receiving_says_in_english_what_became_of_each_package(
    english, department, qtbot, tmp_path
):
    from package_fixtures import BAO, UNIT_DATA

    page, package = department
    wrong = _rewritten(
        package,
        tmp_path / "bao-sai.cdsgoi",
        lambda data: data.replace(b'"quantity": 1', b'"quantity": "many"', 1),
    )
    cut = tmp_path / "bao-cat.cdsgoi"
    cut.write_bytes(package.read_bytes()[:-200])

    text, lines, details = _received(page, qtbot, [package, wrong, cut])
    count = len(UNIT_DATA[BAO])
    assert text == "Packages processed: 3; received 1, refused 2."
    assert lines == [
        f"“goi-bao.cdsgoi”: {BAO}, year 2023: received {count} activities.",
        "Package “bao-sai.cdsgoi” refused: part “hoat-dong.json” has wrong data: "
        'entry 1, column “Quantity”: must be a whole number (it is "many").',
        "Package “bao-cat.cdsgoi” refused: this is not a report package of this application "
        "(or the file was cut short).",
    ]
    assert details == "\n".join(lines)

    # the same package again: skipped, and said so
    text, lines, _ = _received(page, qtbot, [package])
    assert text == "Packages processed: 1; received 0, skipped 1 received before, refused 0."
    assert lines == [
        f"“goi-bao.cdsgoi”: the package of {BAO} for 2023 was received before; skipped."
    ]
    # nothing Vietnamese but the unit's own name
    assert not VIETNAMESE.search(" ".join(lines).replace(BAO, ""))


def test_receiving_stays_vietnamese_for_the_command_line_and_the_log(tmp_path, data_dir):
    """The lower layer's words are byte for byte what they were."""
    from package_fixtures import BAO, SO, UNIT_DATA, YEAR, make_unit_workspace

    from desktop.io.package import write_package
    from desktop.io.package_import import Outcome, receive_packages
    from desktop.store import Workspace

    bao_db = tmp_path / "bao.cdsdb"
    make_unit_workspace(bao_db, BAO, UNIT_DATA[BAO])
    package = tmp_path / "goi-bao.cdsgoi"
    with Workspace.open(bao_db, create=False) as bao:
        write_package(bao, YEAR, package)
    wrong = _rewritten(
        package,
        tmp_path / "bao-sai.cdsgoi",
        lambda data: data.replace(b'"quantity": 1', b'"quantity": "many"', 1),
    )
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        ws.units.set_self_unit(ws.units.by_name(SO))
        first = receive_packages(ws, [package, wrong])
        again = receive_packages(ws, [package])
    count = len(UNIT_DATA[BAO])
    assert [str(r.message) for r in first + again] == [
        f"“goi-bao.cdsgoi”: {BAO} năm 2023: đã nhận {count} hoạt động.",
        "Gói “bao-sai.cdsgoi” bị từ chối: phần “hoat-dong.json” có dữ liệu sai: "
        'mục 1, cột “Số lượng”: phải là số nguyên (đang là "many").',
        f"“goi-bao.cdsgoi”: gói của {BAO} năm 2023 đã nhận trước đó, bỏ qua.",
    ]
    assert [r.outcome for r in first + again] == [
        Outcome.ADDED,
        Outcome.REFUSED,
        Outcome.IDENTICAL,
    ]
    assert str(Outcome.IDENTICAL.label) == "Đã nhận trước đó: bỏ qua"


# -- list files and previous-year workspace files, in the import dialog ----------


def _import_dialog(ctx, qtbot, paths):
    from desktop.ui.import_dialog import ImportDialog

    dialog = ImportDialog(ctx, [str(p) for p in paths])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.busy, timeout=30000)
    return dialog


def test_a_broken_list_and_a_previous_file_without_unit_refused_in_english(
    english, ctx, qtbot, tmp_path
):
    from desktop.store import Workspace

    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a workbook")
    csv_text = tmp_path / "ds.csv"
    csv_text.write_bytes(b"\x00\x01\x02 binary")
    no_unit = tmp_path / "chua-chon.cdsdb"
    Workspace.open(no_unit).close()

    dialog = _import_dialog(ctx, qtbot, [broken, csv_text, no_unit])
    shown = [dialog.tree.topLevelItem(i).text(0) for i in range(3)]
    assert shown[0].startswith(
        "hong.xlsx: The Excel file “hong.xlsx” cannot be read: it is damaged or not an .xlsx file ("
    )
    assert shown[1] == "ds.csv: The file “ds.csv” is not a CSV text file."
    assert shown[2] == (
        f"chua-chon.cdsdb: The file “{no_unit}” has no unit chosen, so it has no activities "
        "to import."
    )
    assert dialog.tree.topLevelItem(1).toolTip(0) == "The file “ds.csv” is not a CSV text file."
    assert not dialog.import_button.isEnabled()
    dialog.done(0)


def test_a_refused_row_says_where_in_english(english, ctx, qtbot, tmp_path):
    listed = tmp_path / "ds.csv"
    listed.write_text(
        "Ngày,Mã chỉ tiêu,Hình thức,Tiêu đề,Số lượng\n"
        "06/01/2023,III.2.a/TH,Chuyên mục,Chuyển đổi số tuần 1,1\n"
        "13/01/2023,III.2.a/TH,Chuyên mục,Chuyển đổi số tuần 2,0\n"
        "20/01/2023,XYZ,Chuyên mục,Chuyển đổi số tuần 3,1\n",
        encoding="utf-8",
    )
    no_header = tmp_path / "ghi-chu.csv"
    no_header.write_text("Số liệu do phòng Thời sự tổng hợp.\n", encoding="utf-8")
    dialog = _import_dialog(ctx, qtbot, [listed, no_header])
    model = dialog.rejects_model
    shown = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert shown == [
        ["ds.csv", "", "3", "Quantity", "must be a whole number from 1 up"],
        [
            "ds.csv",
            "",
            "4",
            "Target code",
            "“XYZ” is not the code or name of any target in the plan for 2023",
        ],
        [
            "ghi-chu.csv",
            "",
            "",
            "",
            "no header row found in the first 20 rows (at least a Date column and a Title, "
            "Item name or Content column are needed); choose the header row",
        ],
    ]
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == (
        "ds.csv, row 3: column “Quantity”: must be a whole number from 1 up"
    )
    assert not any(VIETNAMESE.search(cell) for row in shown for cell in row)
    dialog.done(0)


def test_a_previous_file_refused_lists_its_problems_in_english(english, tmp_path):
    """A previous-year file's refusal is a message of messages: each problem
    (where, which field, why) in English."""
    from desktop.domain.activity import Problem
    from desktop.io.previous import ACTIVITY_NUMBER, PreviousImportError, _refuse

    problems = [
        Problem("title", check_title("")[1], source=Message(ACTIVITY_NUMBER, id=4)),
        Problem("", Message("quá lớn"), sheet="T1", row=7),
    ]
    try:
        _refuse(problems, tmp_path / "cu.cdsdb")
    except PreviousImportError as e:
        error = e
    assert str(error) == (
        f"Tệp “{tmp_path / 'cu.cdsdb'}” có dữ liệu không hợp lệ nên không nhập:\n"
        "- hoạt động số 4: cột “Tiêu đề”: chưa có tiêu đề\n"
        "- trang “T1”, dòng 7: quá lớn"
    )
    assert translated_error(error) == (
        f"The file “{tmp_path / 'cu.cdsdb'}” has invalid data, so nothing was imported:\n"
        "- activity no. 4: column “Title”: no title yet\n"
        "- sheet “T1”, row 7: too large"
    )


def test_a_signed_report_refused_for_a_package_in_english(english, tmp_path):
    from desktop.io.package import check_signed_report
    from desktop.io.package_values import PackageError

    not_pdf = tmp_path / "bao-cao.docx"
    not_pdf.write_bytes(b"PK\x03\x04 a document")
    broken = tmp_path / "bao-cao.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really a PDF")
    shown = []
    for path in (not_pdf, broken, tmp_path / "khong-co.pdf"):
        with pytest.raises(PackageError) as refused:
            check_signed_report(path, "Báo Quảng Ngãi", 2023)
        shown.append((str(refused.value), translated_error(refused.value)))
    assert shown == [
        (
            "Tệp “bao-cao.docx” không phải tệp PDF.",
            "The file “bao-cao.docx” is not a PDF file.",
        ),
        (
            "Không gửi được tệp “bao-cao.pdf”: tệp PDF hỏng, không đọc được.",
            "The file “bao-cao.pdf” cannot be sent: the PDF file is damaged and cannot be read.",
        ),
        (
            f"Không tìm thấy tệp báo cáo đã ký “{tmp_path / 'khong-co.pdf'}”.",
            f"The signed report file “{tmp_path / 'khong-co.pdf'}” was not found.",
        ),
    ]
