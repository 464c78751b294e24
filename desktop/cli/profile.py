"""`unit set|show` (in the `unit` group): the unit profile a report prints
(signer, addressee); `texts export|import`: the officer's report texts of a
year as a JSON file, with the keys a submission package carries."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from ..domain.field_limits import MAX_META_TEXT
from ..domain.text import clean_line, clean_surrogates, format_int, has_lone_surrogate
from ..files import FileWriteError, atomic_path
from .common import EXIT_OK, Parser, UserError, add_db, open_existing

# A texts file is a few pages of writing; anything much larger is not one.
TEXTS_FILE_LIMIT = 2 * 1024 * 1024
# A report detail ("meta:..."): one short line of the header or the signature
# (a number, a date, a person's name or title); the longest real ones are a
# few dozen characters.
META_TEXT_LIMIT = MAX_META_TEXT
META_LABELS = {
    "meta:number": "số báo cáo",
    "meta:date": "ngày báo cáo",
    "meta:signer_authority": "thẩm quyền ký",
    "meta:signer_title": "chức vụ người ký",
    "meta:signer_name": "người ký",
}
UNIT_FIELDS = (
    ("signer_name", "--signer-name", "họ tên người ký"),
    ("signer_title", "--signer-title", "chức vụ người ký, ví dụ GIÁM ĐỐC"),
    (
        "signer_authority",
        "--signer-authority",
        "thẩm quyền ký, ví dụ KT. GIÁM ĐỐC (bỏ trống: không có)",
    ),
    ("addressee", "--addressee", "nơi nhận báo cáo (Kính gửi)"),
    ("abbreviation", "--abbreviation", "chữ viết tắt tên đơn vị trong số hiệu: .../BC-PTTH"),
)
UNIT_LABELS = {
    "name": "Tên đơn vị",
    "abbreviation": "Viết tắt",
    "governing_body": "Cơ quan chủ quản",
    "place": "Địa danh",
    "signer_authority": "Thẩm quyền ký",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Người ký",
    "addressee": "Kính gửi",
    "archive": "Lưu",
}


def add_unit_commands(unit_sub) -> None:
    """`unit set` and `unit show`, added to the `unit` group."""
    p = unit_sub.add_parser(
        "set", help="sửa người ký, chức vụ, thẩm quyền ký, nơi nhận, chữ viết tắt"
    )
    add_db(p)
    for _, flag, text in UNIT_FIELDS:
        p.add_argument(flag, metavar="TEXT", help=text)
    p.set_defaults(func=cmd_unit_set)
    p = unit_sub.add_parser("show", help="in hồ sơ đơn vị")
    add_db(p)
    p.set_defaults(func=cmd_unit_show)


def add_parsers(sub) -> None:
    texts = sub.add_parser(
        "texts",
        help="nội dung báo cáo do cán bộ viết: xuất, nhập tệp JSON",
        description="Các đoạn văn của báo cáo (chỉ đạo, ưu điểm, tồn tại, phương hướng, đề xuất, "
        "giải trình từng nhiệm vụ, số và ngày báo cáo) dưới dạng tệp JSON, cùng các khóa như trong "
        "gói báo cáo.",
    )
    texts_sub = texts.add_subparsers(dest="texts_command", metavar="LỆNH", parser_class=Parser)
    for name, helptext, func in (
        ("export", "ghi nội dung báo cáo của năm ra tệp JSON", cmd_texts_export),
        ("import", "nạp nội dung báo cáo của năm từ tệp JSON", cmd_texts_import),
    ):
        p = texts_sub.add_parser(name, help=helptext)
        add_db(p)
        p.add_argument("--year", type=int, required=True)
        p.add_argument("file", type=Path, metavar="FILE.json")
        p.set_defaults(func=func)
    texts.set_defaults(func=lambda args: _usage(texts))


def _usage(parser) -> int:
    parser.print_help()
    return 2


def cmd_unit_set(args) -> int:
    changes = {
        name: clean_line(getattr(args, name))
        for name, _, _ in UNIT_FIELDS
        if getattr(args, name) is not None
    }
    if not changes:
        raise UserError(
            "Chưa có gì để sửa: dùng --signer-name, --signer-title, --signer-authority, "
            "--addressee hoặc --abbreviation."
        )
    with open_existing(args.db) as ws:
        unit = ws.units.require_self_unit()
        ws.units.save(replace(unit, **changes))
        print(f"Đã lưu hồ sơ “{unit.name}”:")
        for name, value in changes.items():
            print(f"  {UNIT_LABELS[name]}: {value or '(để trống)'}")
    return EXIT_OK


def cmd_unit_show(args) -> int:
    with open_existing(args.db) as ws:
        unit = ws.units.require_self_unit()
    for name, label in UNIT_LABELS.items():
        print(f"{label}: {getattr(unit, name) or '(chưa có)'}")
    recipients = [r for r in unit.recipients if clean_line(r)]
    print("Nơi nhận: " + ("; ".join(recipients) if recipients else "(chưa có)"))
    return EXIT_OK


def allowed_key(key: str, codes: set[str]) -> bool:
    """A key of the report texts: a section, a report detail, a task's remarks
    (a code of the plan), or the department's consolidated report's."""
    from ..reports.context import NARRATIVE_KEYS, TASK_PREFIX
    from ..reports.gather import CONSOLIDATED_PREFIX

    if key.startswith(CONSOLIDATED_PREFIX):
        key = key[len(CONSOLIDATED_PREFIX) :]
    if key.startswith(TASK_PREFIX):
        return key[len(TASK_PREFIX) :] in codes
    return key in NARRATIVE_KEYS or key.startswith("meta:")


def cmd_texts_export(args) -> int:
    with open_existing(args.db) as ws:
        unit = ws.units.require_self_unit()
        ws.plans.require(args.year)
        texts = ws.texts.report_texts(unit.id, args.year)
    data = json.dumps(dict(sorted(texts.items())), ensure_ascii=False, indent=2) + "\n"
    try:
        with atomic_path(args.file) as tmp:
            tmp.write_bytes(data.encode("utf-8"))
    except FileWriteError as e:
        raise UserError(str(e)) from e
    print(f"Đã ghi {len(texts)} đoạn nội dung báo cáo năm {args.year} vào “{args.file}”.")
    return EXIT_OK


def read_texts_file(path: Path, codes: set[str]) -> dict[str, str]:
    """The texts of a JSON file (an object of strings), checked: bounded in
    size, every key known, every value text."""
    if not path.is_file():
        raise UserError(f"Không tìm thấy tệp “{path}”.")
    if path.stat().st_size > TEXTS_FILE_LIMIT:
        raise UserError(
            f"Tệp “{path}” quá lớn ({path.stat().st_size // 1024} KB) cho nội dung báo cáo "
            f"(tối đa {TEXTS_FILE_LIMIT // 1024 // 1024} MB)."
        )
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise UserError(f"Tệp “{path}” không phải tệp JSON đọc được (UTF-8): {e}.") from None
    except RecursionError:
        # brackets nested thousands deep: the parser gives up on them
        raise UserError(
            f"Tệp “{path}” không phải tệp JSON đọc được: các ngoặc lồng nhau quá sâu "
            '(nội dung báo cáo là một đối tượng {"khóa": "nội dung"}).'
        ) from None
    if not isinstance(data, dict):
        raise UserError(f'Tệp “{path}” phải là một đối tượng JSON {{"khóa": "nội dung"}}.')
    for key, value in data.items():
        if not isinstance(value, str):
            raise UserError(f"Tệp “{path}”, khóa “{key}”: nội dung phải là chuỗi văn bản.")
        if has_lone_surrogate(key) or has_lone_surrogate(value):
            raise UserError(
                f"Tệp “{path}”, khóa “{clean_surrogates(key)}”: có ký tự không hợp lệ "
                "(mã UTF-16 lẻ); hãy sửa đoạn đó rồi nạp lại."
            )
        if not allowed_key(key, codes):
            raise UserError(
                f"Tệp “{path}”: khóa “{key}” không phải nội dung báo cáo (các khóa: chi_dao, khac, "
                "kinh_phi, uu_diem, ton_tai, nguyen_nhan, phuong_huong, de_xuat, meta:..., "
                "task:MÃ NHIỆM VỤ)."
            )
        _check_meta_length(path, key, value)
    return data


def _check_meta_length(path: Path, key: str, value: str) -> None:
    """A report detail longer than one short line is refused: it is printed
    in the header or under the signature, where no page could hold it."""
    from ..reports.gather import CONSOLIDATED_PREFIX

    meta = key.removeprefix(CONSOLIDATED_PREFIX)
    if not meta.startswith("meta:") or len(value) <= META_TEXT_LIMIT:
        return
    label = META_LABELS.get(meta, "chi tiết của báo cáo")
    raise UserError(
        f"Tệp “{path}”, khóa “{key}” ({label}): nội dung quá dài ({format_int(len(value))} ký tự, "
        f"tối đa {META_TEXT_LIMIT} ký tự); đây là một dòng ngắn ở đầu hoặc cuối báo cáo, "
        "hãy sửa đoạn đó rồi nạp lại."
    )


def cmd_texts_import(args) -> int:
    with open_existing(args.db) as ws:
        unit = ws.units.require_self_unit()
        plan = ws.plans.require(args.year)
        texts = read_texts_file(args.file, {t.code for t in plan.targets})
        ws.texts.set_report_texts(unit.id, args.year, texts)
    print(f"Đã nạp {len(texts)} đoạn nội dung báo cáo năm {args.year} từ “{args.file}”.")
    return EXIT_OK
