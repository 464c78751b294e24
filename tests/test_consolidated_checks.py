"""The consolidated report's "Ước thực hiện cả năm" column (asked for with
`report --consolidated --estimate`) and its pre-flight check, on the
department's workspace after receiving the units' packages; read back from
the DOCX."""

from __future__ import annotations

import docx
from test_consolidated_report import _tables, _texts, written  # noqa: F401

from desktop.cli import main
from desktop.reports.consolidated import (
    TEXT_KEYS,
    consolidated_data,
    consolidated_report,
    text_key,
)
from desktop.reports.fonts import covered_characters
from desktop.reports.preflight import check_consolidated_report
from desktop.store import Workspace

YEAR = 2023

ESTIMATE = "Ước thực hiện cả năm (*)"


def _province(path) -> list[list[str]]:
    document = docx.Document(str(path))
    return next(t for t in _tables(document) if t and t[0][:2] == ["STT", "Mục KH"])


def _report(db, out, *extra) -> int:
    args = ["report", "--db", str(db), "--year", "2023", "--consolidated", "--out", str(out)]
    return main([*args, *extra])


def test_estimate_column_in_the_consolidated_report(written, tmp_path, capsys):  # noqa: F811
    _, db, _ = written
    out = tmp_path / "uoc.docx"
    assert _report(db, out, "--on", "2023-06-30", "--estimate") == 0, capsys.readouterr().err
    header, *rows, total = _province(out)
    assert header[5:8] == ["Kết quả", ESTIMATE, "Tỷ lệ (%)"]
    by_code = {r[1]: r for r in rows}
    # Đài's radio programme every Friday from 06/01: 26 by 30/06, 181 of 365
    # days of the task's window gone: 26 × 365 / 181 = 52.4.
    assert by_code["III.2.a/PT"][5:7] == ["26", "52"]
    # A task whose units have not reported has no estimate.
    assert by_code["III.2.d"][5:8] == ["", "", ""] and by_code["III.2.d"][-1] == "Chưa báo cáo"
    # Other activities over the period's part gone; the total is the column's sum.
    shown = [int(r[6].replace(".", "")) for r in rows if r[6]]
    assert total[2] == "Tổng cộng" and total[6] == f"{sum(shown):,}".replace(",", ".")
    texts = _texts(docx.Document(str(out)))
    assert any(t.startswith("(*) Ước thực hiện cả năm: số ước tính") for t in texts)
    assert (
        "Cột “Ước thực hiện cả năm” của Phụ lục I là số ước tính đến ngày 31/12/2023 theo tiến "
        "độ bình quân đến ngày 30/06/2023, không phải số liệu đã thực hiện." in texts
    )
    # Not asked for: no column; asked for after the period: none, and said why.
    assert _report(db, out, "--on", "2023-06-30") == 0
    assert ESTIMATE not in _province(out)[0]
    capsys.readouterr()
    assert _report(db, out, "--estimate") == 0
    assert ESTIMATE not in _province(out)[0]
    assert "Không thêm cột ước thực hiện: số liệu đã tính đến hết kỳ (31/12/2023)." in (
        capsys.readouterr().out
    )


def _codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_consolidated_check_names_what_is_missing(written, capsys):  # noqa: F811
    _, db, _ = written
    base = ["report", "--db", str(db), "--year", "2023", "--consolidated", "--check"]
    assert main(base) == 0
    out = capsys.readouterr().out
    assert out.startswith("Kiểm tra trước khi phát hành: 7 mục cần xem lại:")
    # 4 of the 18 units that must report have: the other 14, ten of them named.
    assert (
        "- 14 đơn vị phải báo cáo chưa có số liệu (Văn phòng UBND tỉnh; Tỉnh đoàn Quảng Ngãi; "
        in out
    )
    assert "UBND huyện Sơn Hà; …): báo cáo tổng hợp ghi các đơn vị này là “Chưa báo cáo”" in out
    assert "- Chưa có họ tên người ký báo cáo" in out
    assert "Câu trích dẫn kế hoạch năm 2023 còn thiếu số hiệu, ngày ký" in out
    assert "Mục “II.1. Ưu điểm” chưa có nội dung" in out
    assert "Mục “IV. Đề xuất, kiến nghị”" not in out  # the department wrote it
    assert main([*base, "--strict"]) == 1
    capsys.readouterr()

    # Filled in: the signer, the plan's citation, the department's texts (one
    # with a character no font of the PDF has).
    assert main(["unit", "set", "--db", str(db), "--signer-name", "Nguyễn Văn An"]) == 0
    plan_set = ["plan", "set", "--db", str(db), "--year", "2023"]
    assert main([*plan_set, "--number", "45/KH-UBND", "--signed-date", "2023-03-01"]) == 0
    with Workspace.open(db, create=False) as ws:
        so = ws.units.require_self_unit()
        texts = {text_key(k): f"Nội dung {k} của Sở." for k in TEXT_KEYS}
        texts[text_key("uu_diem")] = "Các đơn vị phối hợp tốt \u0645."
        ws.texts.set_report_texts(so.id, YEAR, texts)
        data = consolidated_data(ws, YEAR)
        findings = check_consolidated_report(data, consolidated_report(data), covered_characters())
    assert _codes(findings) == ["units_missing", "glyph"]
    assert findings[0].place == "submissions" and dict(findings[0].args)["count"] == "14"
    assert dict(findings[1].args)["codepoint"] == "U+0645"
    capsys.readouterr()
    assert main([*base, "--strict"]) == 1
    assert "Kiểm tra trước khi phát hành: 2 mục cần xem lại:" in capsys.readouterr().out
