"""A previous year's workspace as the first schema version wrote it, shared
by the import tests and the import dialog's test."""

import json
import sqlite3

from desktop.domain.plan import copy_plan_to_year
from desktop.store.connection import migrate
from desktop.store.workspace import load_builtin_plan

UNIT = "Đài Phát thanh và Truyền hình tỉnh"


def make_v1_workspace(path):
    """A 2022 workspace as the first schema version wrote it: the unit with its
    own signer, the 2022 plan, three activities and two report texts."""
    plan, units = load_builtin_plan()
    plan22 = copy_plan_to_year(plan, 2022)
    unit = next(u for u in units if u.name == UNIT)
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, 0, 1)
    conn.execute(
        "INSERT INTO units(id, name, short_name, abbreviation, kind, lead_kinds, governing_body, "
        "place, signer_title, signer_name, addressee, recipients) VALUES (7, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            unit.name,
            unit.short_name,
            unit.abbreviation,
            unit.kind,
            json.dumps(list(unit.lead_kinds)),
            unit.governing_body,
            unit.place,
            "GIÁM ĐỐC",
            "Nguyễn Văn A",
            unit.addressee,
            json.dumps(["Ban Giám đốc Đài", "Lưu: VT"], ensure_ascii=False),
        ),
    )
    conn.execute("INSERT INTO meta(key, value) VALUES ('self_unit_id', '7')")
    conn.executemany(
        "INSERT INTO unit_kinds(code, name) VALUES (?, ?)",
        [(k.code, k.name) for k in plan.unit_kinds],
    )
    conn.execute(
        "INSERT INTO plans(id, year, title, issuer) VALUES (3, 2022, ?, ?)",
        (plan22.title, plan22.issuer),
    )
    for i, t in enumerate(plan22.targets):
        conn.execute(
            "INSERT INTO targets(plan_id, code, task, title, measure, target, due_start, due_end, due_label, "
            "lead_kinds, per_unit, sort_order) VALUES (3, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                t.code,
                t.task,
                t.title,
                t.measure,
                t.target,
                t.due_start.isoformat(),
                t.due_end.isoformat(),
                t.due_label,
                json.dumps(list(t.lead_kinds)),
                int(t.per_unit),
                i,
            ),
        )
    conn.executemany(
        "INSERT INTO themes(plan_id, number, title) VALUES (3, ?, ?)",
        [(t.number, t.title) for t in plan22.themes],
    )
    conn.executemany(
        "INSERT INTO forms(plan_id, position, name) VALUES (3, ?, ?)", list(enumerate(plan22.forms))
    )
    rows = [
        ("u1", "2022-01-07", "III.2.a/TH", "Chuyên mục", "CĐS 2022 số 1", 1, 0),
        ("u2", "2022-01-14", "III.2.a/TH", "Chuyên mục", "CĐS 2022 số 2", 1, 2_000_000),
        ("u3", "2022-06-01", None, "Tin bài", "Tin khác 2022", 3, 0),
    ]
    conn.executemany(
        "INSERT INTO activities(uid, unit_id, year, date, target_code, form, title, quantity, cost, "
        "created_at, updated_at) VALUES (?, 7, 2022, ?, ?, ?, ?, ?, ?, '2022-12-01T08:00:00', '2022-12-01T08:00:00')",
        rows,
    )
    conn.executemany(
        "INSERT INTO report_texts(unit_id, year, key, text, updated_at) VALUES (7, 2022, ?, ?, '2022-12-01')",
        [("ket_qua", "Năm 2022 Đài đã thực hiện tốt."), ("kien_nghi", "Đề nghị bổ sung kinh phí.")],
    )
    conn.close()
    return path
