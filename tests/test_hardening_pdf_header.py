"""The header's and the signature's details: a texts file whose report
number or signer's name is thousands of characters long is refused with the
file and the field named; a value that long reaching the PDF another way
(typed in the app, a workspace file from elsewhere) no longer stops the PDF
with reportlab's LayoutError ("too large on page 2"): the cell is set whole,
its columns one after the other, and breaks across pages."""

from __future__ import annotations

import json
import re
import subprocess

import pytest
from test_hardening_pdf_text import body, pdf_text
from test_report import make_workspace

from desktop.cli import main
from desktop.cli.profile import META_TEXT_LIMIT
from desktop.reports import context as rc
from desktop.reports.context import build_unit_report
from desktop.reports.pipeline import write_report
from desktop.store import Workspace

GAPS = re.compile(r"\s+")


def pdf_body(path) -> str:
    """The PDF's text in the order drawn, page numbers left out, without any
    white space."""
    return body(pdf_text(path, "-raw"))


def _texts_file(tmp_path, texts: dict) -> str:
    path = tmp_path / "noi-dung.json"
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("key", "label"),
    [
        (rc.META_NUMBER, "số báo cáo"),
        (rc.META_SIGNER_NAME, "người ký"),
        (rc.META_SIGNER_TITLE, "chức vụ người ký"),
        (rc.META_SIGNER_AUTHORITY, "thẩm quyền ký"),
        ("tong_hop:" + rc.META_NUMBER, "số báo cáo"),
    ],
)
def test_an_over_long_header_detail_in_a_texts_file_is_refused(tmp_path, capsys, key, label):
    db = tmp_path / "dai.cdsdb"
    make_workspace(db).close()
    path = _texts_file(tmp_path, {rc.CHI_DAO: "Đã triển khai.", key: "x" * 20_000})
    code = main(["texts", "import", "--db", str(db), "--year", "2023", path])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert f"Tệp “{path}”, khóa “{key}” ({label}): nội dung quá dài (20.000 ký tự" in err
    assert f"tối đa {META_TEXT_LIMIT} ký tự" in err
    with Workspace.open(db) as ws:  # nothing of the file was stored
        texts = ws.texts.report_texts(ws.units.require_self_unit().id, 2023)
        assert texts[rc.CHI_DAO] != "Đã triển khai." and texts.get(key) != "x" * 20_000
    out = str(tmp_path / "bc.docx")
    code = main(["report", "--db", str(db), "--year", "2023", "--out", out, "--texts", path])
    err = capsys.readouterr().err
    assert code == 1 and f"khóa “{key}” ({label}): nội dung quá dài" in err


def test_header_details_up_to_the_limit_are_taken(tmp_path, capsys):
    db = tmp_path / "dai.cdsdb"
    make_workspace(db).close()
    name = "Nguyễn Văn " + "A" * (META_TEXT_LIMIT - 11)
    assert len(name) == META_TEXT_LIMIT
    path = _texts_file(tmp_path, {rc.META_SIGNER_NAME: name, rc.CHI_DAO: "x" * 50_000})
    assert main(["texts", "import", "--db", str(db), "--year", "2023", path]) == 0
    capsys.readouterr()


def _report_with(tmp_path, texts: dict, recipients: list[str] | None = None):
    """A report whose details were stored past every check: a workspace
    written before the store bounded them (field_limits) still opens, and
    its report must still be set."""
    with make_workspace(tmp_path / "dai.cdsdb") as ws:
        unit = ws.units.require_self_unit()
        with ws.transaction():
            ws.conn.executemany(
                "INSERT INTO report_texts (unit_id, year, key, text, updated_at) "
                "VALUES (?, 2023, ?, ?, '2024-01-01T00:00:00') "
                "ON CONFLICT DO UPDATE SET text = excluded.text",
                [(unit.id, key, text) for key, text in texts.items()],
            )
            if recipients is not None:
                ws.conn.execute(
                    "UPDATE units SET recipients = ? WHERE id = ?",
                    (json.dumps(recipients, ensure_ascii=False), unit.id),
                )
        return build_unit_report(ws, 2023)


def test_a_report_number_longer_than_a_page_is_printed_whole(tmp_path):
    number = "".join("abcdefghij"[(i * 3 + i // 10) % 10] for i in range(30_000))
    report = _report_with(tmp_path, {rc.META_NUMBER: number})
    files = write_report(report, docx=tmp_path / "bc.docx", pdf=tmp_path / "bc.pdf")
    text = pdf_body(files.pdf)
    assert f"Số:{number}/BC-PTTH" in text
    # The header's first row is still a table row: the unit beside the motto.
    assert (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        in subprocess.run(
            ["pdftotext", "-l", "1", "-layout", str(files.pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()[0]
    )


def test_a_signer_name_and_title_longer_than_a_page_are_printed_whole(tmp_path):
    name = "Nguyễn Văn An " * 1_500
    title = "PHÓ GIÁM ĐỐC " * 1_500
    report = _report_with(tmp_path, {rc.META_SIGNER_NAME: name, rc.META_SIGNER_TITLE: title})
    pdf = write_report(report, pdf=tmp_path / "bc.pdf").pdf
    text = pdf_body(pdf)
    assert GAPS.sub("", title) + GAPS.sub("", name) in text
    # The recipients come first, in their own column, then the signature.
    assert text.index("Nơinhận:") < text.index(GAPS.sub("", title))


def test_thousands_of_recipients_are_listed_whole(tmp_path):
    recipients = [f"Đơn vị nhận số {i}" for i in range(3_000)]
    report = _report_with(tmp_path, {}, recipients)
    pdf = write_report(report, pdf=tmp_path / "bc.pdf").pdf
    listed = "".join(f"-{GAPS.sub('', r)};" for r in recipients)
    assert f"Nơinhận:-Nhưtrên;{listed}-Lưu:VT." in pdf_body(pdf)
