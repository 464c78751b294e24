"""A submission package written from README's "Submission package format"
alone, without the app's writer: the benchmarks and tests use it to check
that a package made by another system is received like the app's own.

Only the standard library is used: zipfile, json, hashlib.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def write_format_package(
    out: Path,
    *,
    unit: dict,
    year: int,
    plan: dict,
    activities: list[dict],
    texts: dict[str, str] | None = None,
    created_at: str = "2023-11-20T08:15:02.123456+07:00",
    app_version: str = "0-independent",
) -> Path:
    """Write a `.cdsgoi` ZIP: the unit, plan, activities and texts parts,
    each listed in manifest.json with its size and SHA-256."""
    codes = sorted({a["target_code"] for a in activities if a.get("target_code")})
    contents = [
        ("don-vi.json", "unit", _json(unit)),
        ("ke-hoach.json", "plan", _json({**plan, "codes_used": codes})),
        ("hoat-dong.json", "activities", _json(activities)),
        ("noi-dung-bao-cao.json", "texts", _json(texts or {})),
    ]
    parts = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, role, data in contents:
            zf.writestr(name, data)
            parts.append(
                {"path": name, "role": role, "size": len(data),
                 "sha256": hashlib.sha256(data).hexdigest()}
            )  # fmt: skip
        manifest = {
            "format": "baocao-cds/goi-bao-cao",
            "format_version": 1,
            "app_version": app_version,
            "schema_version": 0,
            "created_at": created_at,
            "unit": unit["name"],
            "year": year,
            "activities": len(activities),
            "parts": parts,
        }
        zf.writestr("manifest.json", _json(manifest))
    return out
