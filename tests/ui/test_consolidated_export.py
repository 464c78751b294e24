"""Tổng hợp: exporting the consolidated report, with the estimate column
when asked for."""

from __future__ import annotations

from datetime import date

import docx
from test_consolidation_page import exchange, page  # noqa: F401

import desktop.ui.consolidation_page as cp
from desktop.reports.process import produce


def test_estimate_box_reaches_the_report(page, exchange, qtbot, tmp_path, monkeypatch):  # noqa: F811
    from desktop.io.package_import import receive_packages

    receive_packages(page.ctx.workspace, list(exchange.packages.values()))
    page.refresh()
    asked = []

    def write_in_this_process(progress, request):
        # The figures of 30/06: the year is long over on the machine's clock.
        request.options.on = date(2023, 6, 30)
        asked.append(request.options.estimate)
        produce(request, lambda _s: None, lambda: None)

    monkeypatch.setattr(cp, "report_in_process", write_in_this_process)
    box = page.findChild(cp.QCheckBox, "consolidatedEstimate")
    assert not box.isChecked()  # off unless asked for
    for checked, out in ((False, tmp_path / "a.docx"), (True, tmp_path / "b.docx")):
        box.setChecked(checked)
        page.write_report(out, with_pdf=False)
        qtbot.waitUntil(lambda out=out: f"“{out}”" in page.summary.text(), timeout=20000)
    assert asked == [False, True]

    def header(path):
        table = next(
            t for t in docx.Document(str(path)).tables if t.rows[0].cells[1].text == "Mục KH"
        )
        return [c.text for c in table.rows[0].cells]

    assert "Ước thực hiện cả năm (*)" not in header(tmp_path / "a.docx")
    assert "Ước thực hiện cả năm (*)" in header(tmp_path / "b.docx")
