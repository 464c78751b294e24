"""`plan …`: the year's plan. `plan import` reads the plan as issued (DOCX,
PDF with a text layer, plain text) or a plan file (.cdskh) the department
published; `plan show` prints a stored plan; `plan export` writes the plan
file; `plan copy` copies a plan into another year. Each sub-command is added
by one function of `SUBCOMMANDS`."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.period import CALENDAR, WINDOW_LABELS, WINDOWS, plan_period, year_period
from ..domain.plan import plan_as_json
from ..domain.text import clean_line, format_int
from .common import EXIT_OK, Parser, UserError, add_db, date_arg, open_existing


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "plan",
        help="kế hoạch của năm: nhập từ văn bản hoặc tệp kế hoạch, xem, xuất tệp kế hoạch",
        description="Các lệnh về kế hoạch của năm. Xem: python -m desktop plan LỆNH --help",
    )
    plan_sub = p.add_subparsers(dest="plan_command", metavar="LỆNH", parser_class=Parser)
    for add in SUBCOMMANDS:
        add(plan_sub)
    p.set_defaults(func=lambda args: _usage(p))


def _usage(parser) -> int:
    parser.print_help()
    return 2


def _add_import(sub) -> None:
    p = sub.add_parser(
        "import",
        help="đọc kế hoạch từ văn bản (DOCX, PDF, TXT) hoặc tệp kế hoạch (.cdskh)",
        description="Đọc kế hoạch như đã ban hành và đề xuất kế hoạch của năm: số hiệu, ngày, "
        "cơ quan ban hành, các nhiệm vụ với mã theo cách đánh số của kế hoạch, chỉ tiêu của cả năm "
        "tính từ tần suất, thời hạn, đơn vị chủ trì, hạn gửi báo cáo và đơn vị tổng hợp. Mọi dòng "
        "không đọc được đều được liệt kê. Với tệp .cdskh: nạp kế hoạch Sở đã phát hành, kèm danh "
        "sách đơn vị; tệp mới hơn của cùng kế hoạch thay các chỉ tiêu và cho biết thay đổi.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    add_db(p)
    p.add_argument("--year", type=int, required=True, help="năm của kế hoạch")
    p.add_argument(
        "--replace",
        action="store_true",
        help="thay kế hoạch đã có của năm (các hoạt động đã ghi được giữ nguyên)",
    )
    p.add_argument("--dry-run", action="store_true", help="chỉ đọc và in đề xuất, không ghi gì")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(func=cmd_import)


def _add_show(sub) -> None:
    p = sub.add_parser("show", help="in kế hoạch của một năm")
    add_db(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true", help="in dạng JSON")
    p.set_defaults(func=cmd_show)


def _add_export(sub) -> None:
    p = sub.add_parser(
        "export",
        help="xuất tệp kế hoạch (.cdskh) để các đơn vị nạp",
        description="Ghi kế hoạch của năm cùng danh sách đơn vị và loại đơn vị vào một tệp có mã "
        "kiểm tra SHA-256, để các đơn vị nạp bằng lệnh plan import.",
    )
    add_db(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.cdskh")
    p.set_defaults(func=cmd_export)


def _add_copy(sub) -> None:
    p = sub.add_parser(
        "copy",
        help="sao chép kế hoạch sang năm khác",
        description="Sao chép kế hoạch của một năm sang năm khác (trước hoặc sau): cùng mã "
        "chỉ tiêu, thời hạn dời theo năm. Không ghi đè kế hoạch đã có nếu không có --replace.",
    )
    p.add_argument("--from", dest="from_year", type=int, required=True, metavar="NĂM")
    p.add_argument("--to", dest="to_year", type=int, required=True, metavar="NĂM")
    p.add_argument(
        "--replace",
        action="store_true",
        help="thay kế hoạch đã có của năm đích (các hoạt động đã ghi được giữ nguyên)",
    )
    add_db(p)
    p.set_defaults(func=cmd_copy)


def _add_set(sub) -> None:
    p = sub.add_parser(
        "set",
        help="sửa số hiệu, ngày ký, cơ quan ban hành, hạn gửi báo cáo của kế hoạch",
        description="Sửa các thông tin của kế hoạch mà báo cáo trích dẫn: “Thực hiện Kế hoạch số "
        "45/KH-UBND ngày 05 tháng 01 năm 2023 của UBND tỉnh ...”, và hạn gửi báo cáo.",
    )
    add_db(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--number", metavar="45/KH-UBND", help="số hiệu kế hoạch")
    p.add_argument("--signed-date", type=date_arg, metavar="YYYY-MM-DD", help="ngày ký")
    p.add_argument("--issuer", metavar="TEXT", help="cơ quan ban hành, ví dụ UBND tỉnh Quảng Ngãi")
    p.add_argument(
        "--deadline", type=date_arg, metavar="YYYY-MM-DD", help="hạn các đơn vị gửi báo cáo"
    )
    p.add_argument(
        "--window",
        choices=WINDOWS,
        help="kỳ số liệu của năm: calendar (01/01 – 31/12) hoặc nd09 (kỳ báo cáo năm theo "
        "Nghị định 09/2019: 15/12 năm trước – 14/12)",
    )
    p.add_argument(
        "--consolidator",
        metavar="TÊN ĐƠN VỊ",
        help="đơn vị tổng hợp báo cáo của kế hoạch, ví dụ Sở Khoa học và Công nghệ",
    )
    p.add_argument(
        "--checked",
        action="store_true",
        help="kế hoạch do ứng dụng tạo từ kế hoạch năm khác đã được kiểm tra (nhiệm vụ, chỉ tiêu, "
        "thời hạn, đơn vị tổng hợp): thôi ghi “tạo từ kế hoạch năm …” và thôi nhắc khi kiểm tra "
        "báo cáo",
    )
    p.set_defaults(func=cmd_set)


def cmd_set(args) -> int:
    names = ("number", "signed_date", "issuer", "deadline", "window", "consolidator")
    if all(getattr(args, name) is None for name in names) and not args.checked:
        raise UserError(
            "Chưa có gì để sửa: dùng --number, --signed-date, --issuer, --deadline, --window, "
            "--consolidator hoặc --checked."
        )
    if args.consolidator is not None and not clean_line(args.consolidator):
        raise UserError("Tên đơn vị tổng hợp (--consolidator) không được để trống.")
    with open_existing(args.db) as ws:
        plan = ws.plans.require(args.year)
        ws.plans.update_info(
            args.year,
            title=plan.title,
            issuer=plan.issuer if args.issuer is None else args.issuer,
            number=plan.number if args.number is None else args.number,
            signed_date=plan.signed_date if args.signed_date is None else args.signed_date,
            subject=plan.subject,
            report_deadline=plan.report_deadline if args.deadline is None else args.deadline,
        )
        if args.window is not None:
            ws.plans.set_window(args.year, args.window)
        moved, before = [], ws.plans.require(args.year).consolidator
        if args.consolidator is not None:
            moved = ws.plans.set_consolidator(args.year, args.consolidator)
        own = ws.units.self_unit()
        derived = ws.plans.require(args.year).derived_from
        if args.checked:
            ws.plans.mark_checked(args.year)
        plan = ws.plans.require(args.year)
    print(f"Đã lưu kế hoạch năm {args.year}:")
    if moved:
        mine = own is not None and any(u.id == own.id for u in moved)
        if mine:
            print(f"  Nơi nhận báo cáo (Kính gửi) của {own.name} đổi theo: {plan.consolidator}.")
        if len(moved) > mine:
            print(
                f"  {format_int(len(moved) - mine)} đơn vị khác trước gửi báo cáo cho {before}, "
                f"nay gửi {plan.consolidator}."
            )
    if args.checked:
        print(
            f"  Đã kiểm tra: không còn ghi “tạo từ kế hoạch năm {derived}”."
            if derived is not None
            else "  Kế hoạch này không do ứng dụng tạo từ năm khác: không có gì phải đánh dấu."
        )
    elif plan.derived_from is not None:
        print(
            f"  ({plan.derived_note}; khi đã kiểm tra xong: plan set --year {plan.year} --checked)"
        )
    print(f"  Số hiệu: {plan.number or '(chưa có)'}")
    print(f"  Ngày ký: {plan.signed_date:%d/%m/%Y}" if plan.signed_date else "  Ngày ký: (chưa có)")
    print(f"  Cơ quan ban hành: {plan.issuer or '(chưa có)'}")
    print(f"  Đơn vị tổng hợp: {plan.consolidator or '(chưa có)'}")
    if plan.report_deadline:
        print(f"  Hạn gửi báo cáo: {plan.report_deadline:%d/%m/%Y}")
    start, end = plan_period(plan)
    print(f"  Kỳ số liệu: {WINDOW_LABELS[plan.window]}, từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}")
    return EXIT_OK


SUBCOMMANDS = [_add_import, _add_show, _add_export, _add_copy, _add_set]


# -- commands ------------------------------------------------------------------


def _print_plan(data: dict) -> None:
    p = data["plan"]
    print(f"{p['title']} (năm {p['year']})")
    if p["number"] or p["signed_date"]:
        print(f"  Số {p['number'] or '—'}, ngày ký {p['signed_date'] or '—'}, {p['issuer']}")
    print(
        f"  Đơn vị tổng hợp: {data['consolidator'] or '—'}; hạn báo cáo: {p['report_deadline'] or '—'}"
    )
    window = p.get("window") or CALENDAR
    start, end = year_period(p["year"], window)
    print(f"  Kỳ số liệu: {WINDOW_LABELS.get(window, window)}, {start:%d/%m/%Y} – {end:%d/%m/%Y}")
    print(f"  {len(data['themes'])} nội dung tuyên truyền, {len(data['targets'])} chỉ tiêu:")
    for t in data["targets"]:
        number = "—" if t["target"] is None else format_int(t["target"])
        each = " (mỗi đơn vị)" if t["per_unit"] else ""
        print(
            f"  {t['code']:<12} {number:>6} {t['measure']:<22} {t['due_start']}…{t['due_end']}  "
            f"{'; '.join(t['lead_units'])}{each}"
        )


def _print_changes(changes) -> None:
    for line in changes.lines():
        print(f"  {line}")


def cmd_show(args) -> int:
    with open_existing(args.db) as ws:
        plan = ws.plans.require(args.year)
        data = plan_as_json(plan)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_plan(data)
    return EXIT_OK


def cmd_import(args) -> int:
    from ..io.plan_file import EXTENSION

    if args.file.suffix.lower() == EXTENSION:
        return _import_plan_file(args)
    return _import_document(args)


def _import_document(args) -> int:
    from ..domain.plan_proposal import proposal_json, proposal_to_plan
    from ..domain.plan_reader import PlanReadError, read_plan_text
    from ..io.plan_document import PlanDocumentError, read_document_lines
    from ..store.plan_versions import preview_plan, save_plan

    try:
        lines = read_document_lines(args.file)
        proposal = read_plan_text(lines, args.year)
    except (PlanDocumentError, PlanReadError) as e:
        raise UserError(str(e)) from e
    if proposal.year_in_text and proposal.year_in_text != args.year:
        raise UserError(
            f"“{args.file.name}” là kế hoạch năm {proposal.year_in_text} "
            f"(“{proposal.title}”), không phải năm {args.year}. Hãy chọn --year "
            f"{proposal.year_in_text}."
        )
    with open_existing(args.db) as ws:
        forms = _forms_for(ws, args.year)
        plan, new_kinds = proposal_to_plan(proposal, ws.plans.unit_kinds(), forms)
        if not plan.targets:
            raise UserError(f"Không đọc được chỉ tiêu nào trong “{args.file.name}”.")
        if args.dry_run:
            changes = preview_plan(ws, plan)
        else:
            changes = save_plan(ws, plan, replace=args.replace, kinds=new_kinds)
    if args.json:
        data = proposal_json(proposal, plan)
        data["written"] = not args.dry_run
        data["changes"] = changes.as_json()
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_plan(plan_as_json(plan))
    if proposal.unread:
        print(f"{format_int(len(proposal.unread))} dòng không dùng để lập chỉ tiêu:")
        for u in proposal.unread:
            print(f"  dòng {u.line} ({u.section}): {u.reason}: {u.text[:100]}")
    if args.dry_run:
        print("Chạy thử: chưa ghi gì vào dữ liệu.")
    else:
        print(f"Đã lưu kế hoạch năm {plan.year} ({len(plan.targets)} chỉ tiêu).")
    _print_changes(changes)
    return EXIT_OK


def _forms_for(ws, year: int) -> list[str]:
    """The forms catalogue a new plan starts with: that of the year, or of the
    latest year before it, or the built-in one."""
    plan = ws.plans.get(year)
    if plan is None:
        years = [y for y in ws.plans.years() if y < year] or ws.plans.years()
        plan = ws.plans.get(years[-1]) if years else None
    if plan is not None and plan.forms:
        return plan.forms
    from ..store.workspace import load_builtin_plan

    return load_builtin_plan()[0].forms


def _import_plan_file(args) -> int:
    from ..io.plan_file import PlanFileError, read_plan_file
    from ..store.plan_versions import load_published_plan, preview_plan

    try:
        pf = read_plan_file(args.file)
    except PlanFileError as e:
        raise UserError(str(e)) from e
    if pf.plan.year != args.year:
        raise UserError(
            f"“{args.file.name}” là tệp kế hoạch năm {pf.plan.year}, không phải năm {args.year}."
        )
    with open_existing(args.db) as ws:
        if args.dry_run:
            changes = preview_plan(ws, pf.plan)
        else:
            changes = load_published_plan(
                ws,
                pf.plan,
                pf.kinds,
                pf.units,
                created_at=pf.created_at.isoformat(),
                replace=args.replace,
            )
    data = plan_as_json(pf.plan)
    if args.json:
        data["written"] = not args.dry_run
        data["changes"] = changes.as_json()
        data["units"] = [{"name": u.name, "kind": u.kind} for u in pf.units]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_plan(data)
    print(f"Tệp kế hoạch lập lúc {pf.created_at:%d/%m/%Y %H:%M}, {len(pf.units)} đơn vị.")
    print("Chạy thử: chưa ghi gì vào dữ liệu." if args.dry_run else "Đã nạp kế hoạch.")
    _print_changes(changes)
    return EXIT_OK


def cmd_export(args) -> int:
    from ..files import FileWriteError
    from ..io.plan_file import EXTENSION, write_plan_file

    if args.out.suffix.lower() != EXTENSION:
        raise UserError(f"Tệp kế hoạch phải có đuôi {EXTENSION} (“{args.out.name}”).")
    with open_existing(args.db) as ws:
        if args.out.resolve() == Path(ws.path).resolve():
            raise UserError("Không ghi tệp kế hoạch đè lên chính tệp dữ liệu.")
        plan = ws.plans.require(args.year)
        units = ws.units.all()
        try:
            out = write_plan_file(args.out, plan, units)
        except FileWriteError as e:
            raise UserError(str(e)) from e
    print(
        f"Đã xuất kế hoạch năm {plan.year} ({len(plan.targets)} chỉ tiêu, "
        f"{format_int(len(units))} đơn vị) vào “{out}”."
    )
    return EXIT_OK


def cmd_copy(args) -> int:
    with open_existing(args.db) as ws:
        if args.from_year == args.to_year:
            raise UserError("Năm nguồn và năm đích trùng nhau.")
        if ws.plans.get(args.to_year) is not None and not args.replace:
            raise UserError(
                f"Năm {args.to_year} đã có kế hoạch; thêm --replace để thay bằng bản sao "
                f"từ năm {args.from_year}."
            )
        plan = ws.plans.copy(args.from_year, args.to_year, replace=args.replace)
        print(
            f"Đã sao chép kế hoạch năm {args.from_year} sang năm {plan.year}: "
            f"{len(plan.targets)} chỉ tiêu."
        )
    return EXIT_OK
