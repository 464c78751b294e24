"""A unit the plan does not name has no abbreviation yet: the report's
number would print "Số: 05/BC-". The pre-flight check says so, and `unit
set --abbreviation` gives it from the command line as the Đơn vị page does."""

from __future__ import annotations

import docx

from desktop.cli import main


def test_a_missing_abbreviation_is_flagged_then_set(tmp_path, capsys):
    db = tmp_path / "hnd.cdsdb"
    assert main(["init", "--db", str(db), "--unit", "Hội Nông dân tỉnh", "--year", "2023"]) == 0
    out = tmp_path / "bc.docx"
    report = ["report", "--db", str(db), "--year", "2023", "--number", "05", "--out", str(out)]
    capsys.readouterr()
    main([*report, "--check"])
    assert "Chưa có chữ viết tắt tên đơn vị: số hiệu in “Số: .../BC-” thiếu phần sau" in (
        capsys.readouterr().out
    )

    assert main(["unit", "set", "--db", str(db), "--abbreviation", "HND"]) == 0
    assert "Viết tắt: HND" in capsys.readouterr().out
    assert main(report) == 0
    text = "\n".join(c.text for t in docx.Document(out).tables for r in t.rows for c in r.cells)
    assert "Số: 05/BC-HND" in text
    main([*report, "--check"])
    assert "chữ viết tắt" not in capsys.readouterr().out
