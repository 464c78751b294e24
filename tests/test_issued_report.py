"""The report a unit issues with `report --number --date` is the one its
package carries: the number and date are kept in the workspace (as the
window's fields keep them), so `export` renders the same report. A report
PDF carried without a signature is said to be unsigned."""

from __future__ import annotations

import io
import json
import zipfile

import docx

from desktop.cli import main


def _package_report(package) -> tuple[dict, str]:
    with zipfile.ZipFile(package) as zf:
        texts = json.loads(zf.read("noi-dung-bao-cao.json"))
        document = docx.Document(io.BytesIO(zf.read("bao-cao/bao-cao.docx")))
    cells = " | ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    return texts, cells + "\n" + "\n".join(p.text for p in document.paragraphs)


def test_the_package_carries_the_report_as_issued(unit_db_file, tmp_path, capsys):
    issued = tmp_path / "bc.docx"
    argv = ["report", "--db", str(unit_db_file), "--year", "2023", "--out", str(issued)]
    assert main([*argv, "--number", "12", "--date", "2023-11-28"]) == 0
    package = tmp_path / "goi.cdsgoi"
    assert main(["export", "--db", str(unit_db_file), "--year", "2023", "--out", str(package)]) == 0
    texts, text = _package_report(package)
    assert (texts["meta:number"], texts["meta:date"]) == ("12", "2023-11-28")
    assert "Số: 12/BC-PTTH" in text
    assert "ngày 28 tháng 11 năm 2023" in text
    assert "Số liệu tính đến ngày 28/11/2023" in text
    # A check alone keeps nothing.
    assert main([*argv[:-2], "--check", "--number", "99"]) == 0
    main(["export", "--db", str(unit_db_file), "--year", "2023", "--out", str(package)])
    assert _package_report(package)[0]["meta:number"] == "12"


def test_an_unsigned_report_pdf_is_said_to_be_unsigned(unit_db_file, tmp_path, capsys):
    pdf = tmp_path / "bc.pdf"
    argv = ["report", "--db", str(unit_db_file), "--year", "2023"]
    assert main([*argv, "--out", str(tmp_path / "bc.docx"), "--pdf", str(pdf)]) == 0
    capsys.readouterr()
    package = tmp_path / "goi.cdsgoi"
    export = ["export", "--db", str(unit_db_file), "--year", "2023", "--out", str(package)]
    assert main([*export, "--report-pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("kèm bản báo cáo PDF chưa ký số.")
