"""`--smoke-test`: the end-to-end check the frozen app runs after every build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import smoke

ROOT = Path(__file__).resolve().parent.parent


def run_python(data: Path, *args: str) -> subprocess.CompletedProcess:
    """`python ARGS...` off screen, with `data` as the user's data folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BAOCAO_CDS_DATA_DIR=str(data))
    env.pop("BAOCAO_CDS_DB", None)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def smoke_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    """One real `python -m desktop --smoke-test` run, shared by the tests below."""
    data = tmp_path_factory.mktemp("user-data")
    return run_python(data, "-m", "desktop", "--smoke-test"), data


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


def test_the_bundled_folders_hold_every_file_the_app_needs(tmp_path, data_dir):
    """Frozen, `desktop.paths.asset()` looks in the bundle (sys._MEIPASS) which
    holds only what build.spec collects: resources/ (without translation
    sources) and report_templates/. The whole smoke test must pass on that."""
    bundle = tmp_path / "bundle"
    shutil.copytree(ROOT / "resources", bundle / "resources", ignore=shutil.ignore_patterns("*.ts"))
    shutil.copytree(ROOT / "report_templates", bundle / "report_templates")
    code = (
        f"import sys; sys._MEIPASS = {str(bundle)!r}; "
        "from desktop.__main__ import main; sys.exit(main(['--smoke-test']))"
    )

    done = run_python(data_dir, "-c", code)

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("SMOKE TEST OK")


def test_only_paths_module_locates_files_from_its_own_source():
    """A frozen app has no source tree: files beside a module are not there."""
    users = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "desktop").rglob("*.py")
        if "__file__" in path.read_text(encoding="utf-8")
    ]
    assert users == ["desktop/paths.py"]


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
