"""One described document, two renderings: what the officer edits in the
template (a fixed sentence, a style's size) shows in the DOCX and in the PDF,
for the unit's report and for the consolidated one."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from pypdf import PdfReader

from desktop.reports.consolidated import build_consolidated_report
from desktop.reports.context import build_unit_report
from desktop.reports.make_template import default_template_path
from desktop.reports.model import STYLE_SPECS, Style
from desktop.reports.pipeline import write_report
from desktop.reports.template import load_template

DAI = "Đài Phát thanh và Truyền hình tỉnh"
SO = "Sở Thông tin và Truyền thông"
OPENING = "Căn cứ {{ plan_citation }}, {{ unit_name }} xin báo cáo (theo mẫu của đơn vị) như sau:"
BODY_SIZE = 13.5
TITLE_SIZE = 19.0


def _edited_copy(folder: Path) -> Path:
    """The built-in template with its opening sentence reworded and two
    styles resized, saved as a unit would after editing it in Word."""
    document = docx.Document(str(default_template_path()))
    opening = next(
        p
        for p in document.paragraphs
        if p.style.style_id == Style.BODY and p.text.startswith("Thực hiện")
    )
    opening.runs[0].text = OPENING
    for run in opening.runs[1:]:
        run.text = ""
    document.styles[str(Style.BODY)].font.size = Pt(BODY_SIZE)
    document.styles[str(Style.TITLE)].font.size = Pt(TITLE_SIZE)
    out = folder / "mau-don-vi.docx"
    document.save(str(out))
    return out


def _pdf_runs(path: Path) -> list[tuple[str, float]]:
    """Every piece of text the PDF draws, with the font size it is set in."""
    runs: list[tuple[str, float]] = []
    for page in PdfReader(str(path)).pages:
        page.extract_text(
            visitor_text=lambda text, cm, tm, font, size: (
                runs.append((text, float(size))) if text.strip() else None
            )
        )
    return runs


def _check_both(files, unit_name: str) -> None:
    expected_start = "Căn cứ Kế hoạch của "
    expected_end = f"{unit_name} xin báo cáo (theo mẫu của đơn vị) như sau:"
    # DOCX: the sentence as reworded, the style as resized.
    document = docx.Document(str(files.docx))
    sentence = next(p for p in document.paragraphs if p.text.startswith(expected_start))
    assert sentence.text.endswith(expected_end)
    assert "Thực hiện Kế hoạch" not in "\n".join(p.text for p in document.paragraphs)
    assert document.styles[str(Style.BODY)].font.size.pt == BODY_SIZE
    # PDF: the same sentence, drawn in the template's sizes.
    runs = _pdf_runs(files.pdf)
    body_text = " ".join(" ".join(text.split()) for text, size in runs if size == BODY_SIZE)
    assert expected_start in body_text
    assert expected_end in body_text
    assert "Thực hiện Kế hoạch" not in " ".join(text for text, _ in runs)
    assert ("BÁO CÁO", TITLE_SIZE) in [(t.strip(), s) for t, s in runs]
    # The built-in sizes are gone from those two styles.
    assert not [t for t, s in runs if "Căn cứ" in t and s == STYLE_SPECS[Style.BODY].size]


def test_built_in_template_describes_the_built_in_styles():
    loaded = load_template()
    assert loaded.styles == STYLE_SPECS
    assert loaded.frame.first(Style.TITLE) == "BÁO CÁO"
    assert loaded.frame.opening[0].startswith("Thực hiện {{ plan_citation }}")


def test_edited_template_shows_in_both_renderings_of_the_unit_report(tmp_path, unit_ws):
    template = _edited_copy(tmp_path)
    report = build_unit_report(unit_ws, 2023)
    files = write_report(
        report, docx=tmp_path / "bc.docx", pdf=tmp_path / "bc.pdf", template=template
    )
    _check_both(files, DAI)


def test_edited_template_shows_in_both_renderings_of_the_consolidated_report(tmp_path, ws):
    ws.units.set_self_unit(ws.units.by_name(SO))
    template = _edited_copy(tmp_path)
    report = build_consolidated_report(ws, 2023)
    files = write_report(
        report, docx=tmp_path / "th.docx", pdf=tmp_path / "th.pdf", template=template
    )
    _check_both(files, SO)


def test_a_failed_pdf_keeps_the_previous_pdf_and_leaves_no_temporary_file(tmp_path, unit_ws):
    report = build_unit_report(unit_ws, 2023)
    (tmp_path / "bc.pdf").write_bytes(b"ban truoc")
    calls = []

    def check() -> None:
        # Four calls while the DOCX is rendered, the fifth once the PDF's
        # page flow is laid out.
        calls.append(1)
        if len(calls) == 5:
            raise RuntimeError("dừng")

    with pytest.raises(RuntimeError):
        write_report(report, docx=tmp_path / "bc.docx", pdf=tmp_path / "bc.pdf", check=check)
    assert len(calls) == 5
    assert (tmp_path / "bc.pdf").read_bytes() == b"ban truoc"
    # the DOCX was finished before the PDF failed: whole, with its sentences
    assert any(
        p.text.startswith("Thực hiện Kế hoạch")
        for p in docx.Document(str(tmp_path / "bc.docx")).paragraphs
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_builders_need_no_store_once_the_data_is_gathered(tmp_path, ws):
    """The unit's and the consolidated report are built from gathered data
    alone (the workspace closed), and share their header fields."""
    from dataclasses import replace
    from datetime import date

    from desktop.domain.activity import Activity
    from desktop.reports.consolidated import consolidated_report
    from desktop.reports.context import unit_report
    from desktop.reports.gather import gather_consolidated, gather_unit
    from desktop.reports.header import ReportOptions

    so = ws.units.set_self_unit(ws.units.by_name(SO))
    ws.activities.insert_many([Activity(date(2023, 4, 2), "Tin đã lưu", "Tin bài")], so.id)
    unit_data = gather_unit(ws, 2023)
    consolidated_data = gather_consolidated(ws, 2023)
    ws.close()
    streamed = [Activity(date(2023, 5, 6), "Tin trong luồng", "Tin bài", quantity=3)]
    unit_data = replace(unit_data, activities=lambda: iter(streamed))
    options = ReportOptions(number="7", report_date=date(2024, 1, 9))
    unit = unit_report(unit_data, options)
    consolidated = consolidated_report(consolidated_data, options)
    rows = unit.appendices[1].blocks[0].rows
    assert rows == [
        ("1", "06/05/2023", "Khác", "Tin bài", "Tin trong luồng", "3", "", ""),
        ("", "", "", "", "Tổng cộng: 1 hoạt động", "3", "", ""),
    ]
    differ = {k for k in unit.fields if unit.fields[k] != consolidated.fields[k]}
    assert differ == {"subject"}
    assert unit.fields["number"] == "07"
    assert unit.fields["place_date"].endswith("ngày 09 tháng 01 năm 2024")
    assert unit.appendices[0].note == consolidated.appendices[0].note


def test_a_template_that_unpacks_too_large_is_refused_before_it_is_read(tmp_path):
    import zipfile

    from desktop.reports import template as tpl
    from desktop.reports.template import TemplateError

    path = tmp_path / "mau-lon.docx"
    with (
        zipfile.ZipFile(default_template_path()) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            target.writestr(item, source.read(item))
        # Zeros compress to almost nothing: small on disk, huge unpacked.
        with target.open("word/media/anh.bin", "w") as big:
            chunk = bytes(1024 * 1024)
            for _ in range(tpl.MAX_TEMPLATE_UNPACKED_BYTES // len(chunk) + 1):
                big.write(chunk)
    assert path.stat().st_size < tpl.MAX_TEMPLATE_BYTES
    with pytest.raises(TemplateError, match="quá lớn"):
        load_template(path)
    assert load_template(default_template_path()).styles == STYLE_SPECS
