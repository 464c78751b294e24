"""Tổng hợp: exporting the consolidated report, with the estimate column
when asked for."""

from __future__ import annotations

from datetime import date

import docx
from test_consolidation_page import page  # noqa: F401 - exchange comes from tests/conftest.py

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


def test_preflight_before_exporting(page, exchange, qtbot, monkeypatch):  # noqa: F811
    from desktop.io.package_import import receive_packages

    receive_packages(page.ctx.workspace, list(exchange.packages.values()))
    page.refresh()
    chosen = []
    monkeypatch.setattr(page, "choose_report_file", lambda: chosen.append(True))
    page.tabs.setCurrentWidget(page.splitter)
    page.export_report()
    qtbot.waitUntil(lambda: getattr(page, "preflight", None) is not None, timeout=20000)
    dialog = page.preflight
    shown = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    codes = [f.code for f in dialog.findings]
    assert codes[:3] == ["units_missing", "signer_name", "plan_citation"]
    assert shown[0].startswith("14 đơn vị phải báo cáo chưa có số liệu (Văn phòng UBND tỉnh;")
    assert shown == [f.message for f in dialog.findings]
    # "Sửa mục này" on the units not reported: the submissions, to receive theirs.
    dialog.items.setCurrentRow(0)
    dialog.fix_button.click()
    assert page.tabs.currentWidget() is page.submissions and chosen == []
    # "Vẫn xuất báo cáo": on to the file.
    page.preflight = None
    page.export_report()
    qtbot.waitUntil(lambda: getattr(page, "preflight", None) is not None, timeout=20000)
    page.preflight.go_on_button.click()
    assert chosen == [True]


def test_preflight_findings_in_english(page, exchange, qapp):  # noqa: F811
    from desktop.reports.header import ReportOptions
    from desktop.ui.consolidated_check import consolidated_findings
    from desktop.ui.preflight_texts import finding_text
    from desktop.ui.startup import install_translation, remove_translations

    findings = consolidated_findings(page.ctx.workspace, 2023, ReportOptions())
    missing = next(f for f in findings if f.code == "units_missing")
    assert install_translation(qapp, "en")
    try:
        text = finding_text(missing)
    finally:
        remove_translations(qapp)
    assert text.startswith("18 units that must report have no figures (")
