"""Class 7 beyond packages: a lone surrogate in the officer's texts file or in
a command-line argument, `Infinity` in a texts file: each a named refusal,
never "Lỗi không mong đợi", and the workspace unchanged."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.cli import main
from desktop.store import Workspace


@pytest.fixture
def unit_db(unit_ws):
    path = unit_ws.path
    unit_ws.close()
    return path


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"chi_dao": "Đã triển khai \\ud800 kịp thời"}', "mã UTF-16 lẻ"),
        ('{"\\udc00": "Đã triển khai"}', "mã UTF-16 lẻ"),
        ('{"uu_diem": Infinity}', "phải là chuỗi văn bản"),
        ('{"uu_diem": [1]}', "phải là chuỗi văn bản"),
    ],
)
def test_a_texts_file_with_bad_values_is_refused_by_name(unit_db, tmp_path, capsys, content, words):
    f = tmp_path / "noi-dung.json"
    f.write_text(content, encoding="utf-8")
    assert main(["texts", "import", "--db", str(unit_db), "--year", "2023", str(f)]) == 1
    err = capsys.readouterr().err
    assert "noi-dung.json" in err and words in err and "không mong đợi" not in err
    with Workspace.open(unit_db, create=False) as ws:
        assert ws.conn.execute("SELECT count(*) FROM report_texts").fetchone()[0] == 0


def test_an_argument_that_is_not_utf8_is_refused_by_name(unit_db, data_dir):
    # A terminal in another code page passes bytes that are not UTF-8.
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "unit", "set", "--db", os.fsencode(unit_db),
         "--signer-name", b"Nguy\xe3n V\xe3n A"],
        capture_output=True,
        env={**os.environ, "BAOCAO_CDS_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )  # fmt: skip
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 1 and "--signer-name" in err and "không mong đợi" not in err
    with Workspace.open(unit_db, create=False) as ws:
        assert "\ufffd" not in json.dumps(ws.units.self_unit().__dict__, default=str)
