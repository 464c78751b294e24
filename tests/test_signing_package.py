"""Sending the signed report and checking it on receipt: `export --report-pdf`
carries the signed PDF (only this unit's report of the year, not altered);
the department's `consolidate` checks its signatures, prints and stores the
verdict with the submission."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from desktop.cli import main
from desktop.io.package import REPORT_PDF_PART, write_package
from desktop.store import Workspace
from tests.signing_fixtures import make_report_pdf, signed_unit_report

DAI = "Đài Phát thanh và Truyền hình tỉnh"
SO = "Sở Thông tin và Truyền thông"


@pytest.fixture(scope="module")
def unit(tmp_path_factory):
    """The Đài's workspace, its report PDF, and the copy signed by the person."""
    folder = tmp_path_factory.mktemp("signed-package")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        pki, db, report, signed = signed_unit_report(folder, DAI)
        other = make_report_pdf(folder, "so.pdf", unit_name=SO, db=folder / "so-report.cdsdb")
    return {
        "folder": folder,
        "pki": pki,
        "db": db,
        "report": report,
        "signed": signed,
        "other": other,
    }


def _department(tmp_path, data_dir, pki, trust=True):
    db = tmp_path / "so.cdsdb"
    assert main(["init", "--db", str(db), "--unit", SO]) == 0
    if trust:
        (data_dir / "tin-cay").mkdir(exist_ok=True)
        shutil.copy(pki.root_pem, data_dir / "tin-cay" / "goc.pem")
    return db


def test_package_carries_the_signed_report_and_the_department_sees_its_signer(
    unit, tmp_path, data_dir, capsys
):
    out = tmp_path / "dai.cdsgoi"
    argv = ["export", "--db", str(unit["db"]), "--year", "2023", "--out", str(out)]
    assert main(argv + ["--report-pdf", str(unit["signed"].out)]) == 0
    assert "kèm bản báo cáo PDF đã ký số" in capsys.readouterr().out
    with zipfile.ZipFile(out) as zf:
        assert zf.read(REPORT_PDF_PART) == unit["signed"].out.read_bytes()

    db = _department(tmp_path, data_dir, unit["pki"])
    capsys.readouterr()
    assert main(["consolidate", str(out), "--db", str(db)]) == 0
    printed = capsys.readouterr().out
    when = unit["signed"].signed_at.strftime("%d/%m/%Y %H:%M")
    line = f"Chữ ký số: Đã ký: Nguyễn Văn An, Phó Giám đốc, {when} — hợp lệ"
    assert line in printed
    with Workspace.open(db, create=False) as ws:
        dai = ws.units.by_name(DAI)
        sub = ws.submissions.current(dai.id, 2023)
        assert (sub.signature_state, sub.signature_text) == ("hop-le", line[len("Chữ ký số: ") :])


def test_without_a_trusted_root_the_signature_is_said_to_be_untrusted(
    unit, tmp_path, data_dir, capsys
):
    out = tmp_path / "dai.cdsgoi"
    argv = ["export", "--db", str(unit["db"]), "--year", "2023", "--out", str(out)]
    assert main(argv + ["--report-pdf", str(unit["signed"].out)]) == 0
    db = _department(tmp_path, data_dir, unit["pki"], trust=False)
    assert main(["consolidate", str(out), "--db", str(db)]) == 0
    assert "— chứng thư số không thuộc gốc tin cậy" in capsys.readouterr().out


def test_unsigned_and_altered_reports_are_told_apart(unit, tmp_path, data_dir, capsys):
    plain = tmp_path / "chua-ky.cdsgoi"
    assert main(["export", "--db", str(unit["db"]), "--year", "2023", "--out", str(plain)]) == 0
    data = bytearray(unit["signed"].out.read_bytes())
    data[data.index(b"stream", 3000) + 40] ^= 0x01
    bad_pdf = tmp_path / "sua.pdf"
    bad_pdf.write_bytes(bytes(data))
    altered = tmp_path / "bi-sua.cdsgoi"
    with Workspace.open(unit["db"], create=False) as ws:
        # Written past the export's own check, as a hand-made package could be.
        write_package(
            ws,
            2023,
            altered,
            report_writer=lambda docx, pdf: (docx.write_bytes(b"docx"), shutil.copy(bad_pdf, pdf)),
        )
    db = _department(tmp_path, data_dir, unit["pki"])
    capsys.readouterr()
    assert main(["consolidate", str(plain), "--db", str(db)]) == 0
    assert "Chữ ký số: Chưa ký" in capsys.readouterr().out
    assert main(["consolidate", str(altered), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Chữ ký số: Đã ký: Nguyễn Văn An, Phó Giám đốc" in out
    assert out.count("— bị sửa sau khi ký") == 1
    with Workspace.open(db, create=False) as ws:
        history = ws.submissions.history(2023, ws.units.by_name(DAI).id)
        assert sorted(h.signature_state for h in history) == ["bi-sua", "chua-ky"]


def test_export_refuses_another_units_report_and_an_altered_one(unit, tmp_path, capsys):
    out = tmp_path / "x.cdsgoi"
    argv = ["export", "--db", str(unit["db"]), "--year", "2023", "--out", str(out)]
    assert main(argv + ["--report-pdf", str(unit["other"])]) == 1
    err = capsys.readouterr().err
    assert f"đây là báo cáo của “{SO}”, không phải của {DAI}" in err
    with Workspace.open(unit["db"], create=False) as ws:
        if 2022 not in ws.plans.years():
            ws.plans.copy(2023, 2022)
    argv_2022 = ["export", "--db", str(unit["db"]), "--year", "2022", "--out", str(out)]
    assert main(argv_2022 + ["--report-pdf", str(unit["signed"].out)]) == 1
    assert "không phải báo cáo năm 2022" in capsys.readouterr().err
    data = bytearray(unit["signed"].out.read_bytes())
    data[data.index(b"stream", 3000) + 40] ^= 0x01
    bad = tmp_path / "sua.pdf"
    bad.write_bytes(bytes(data))
    assert main(argv + ["--report-pdf", str(bad)]) == 1
    assert "bị sửa sau khi ký. Hãy ký lại từ bản báo cáo gốc." in capsys.readouterr().err
    assert not out.exists()
