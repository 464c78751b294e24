"""`--smoke-test`: the end-to-end check the frozen app runs after every build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import smoke

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    """One real `python -m desktop --smoke-test` run, shared by the tests below."""
    data = tmp_path_factory.mktemp("user-data")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BAOCAO_CDS_DATA_DIR=str(data))
    env.pop("BAOCAO_CDS_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    return done, data


def test_smoke_test_passes_from_source(smoke_run):
    done, _ = smoke_run
    assert done.returncode == 0, done.stdout + done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert line.startswith("SMOKE TEST OK: kiểm tra nhanh đạt")
    assert "DOCX" in line and "PDF" in line and "trang" in line
    assert "Traceback" not in done.stderr


def test_smoke_test_leaves_the_user_data_folder_alone(smoke_run):
    _, data = smoke_run
    assert list(data.iterdir()) == []


def test_a_failing_step_is_named_with_its_reason(qapp, monkeypatch, capsys):
    def unreadable_pdf(self):
        self.pdf_path.write_bytes(b"%PDF-1.7\nnot really a PDF")

    monkeypatch.setattr(smoke._Smoke, "write_reports", _reports_then(unreadable_pdf))
    before = dict(os.environ)

    assert smoke.run_smoke_test() == 1

    out = capsys.readouterr().out.strip()
    assert out.startswith("SMOKE TEST FAILED: bước “kiểm tra tệp PDF”")
    assert dict(os.environ) == before


def _reports_then(spoil):
    """The real report step, then `spoil` damages what it wrote."""
    real = smoke._Smoke.write_reports

    def step(self):
        real(self)
        spoil(self)

    return step
