"""The consolidated report's "Ước thực hiện cả năm" column (asked for with
`report --consolidated --estimate`) and its pre-flight check, on the
department's workspace after receiving the units' packages; read back from
the DOCX."""

from __future__ import annotations

import docx
from test_consolidated_report import _tables, _texts, written  # noqa: F401

from desktop.cli import main

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
