"""`init`: a new workspace for a unit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.plan import derive_plan, nearest_year, new_unit_defaults, working_year
from ..paths import default_db_path
from ..store import Workspace
from .common import EXIT_OK, UserError, add_db


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "init",
        help="tạo dữ liệu cho một đơn vị",
        description="Tạo tệp dữ liệu cho đơn vị, có sẵn kế hoạch kèm theo ứng dụng. Năm chưa có kế "
        "hoạch được tạo từ kế hoạch của năm gần nhất (cần kiểm tra chỉ tiêu). Lệnh không "
        "thành công thì không để lại tệp nào.",
    )
    add_db(p)
    p.add_argument(
        "--unit",
        required=True,
        metavar="TÊN",
        help="tên đơn vị, ví dụ “Sở Khoa học và Công nghệ”, “UBND xã Ba Tơ”",
    )
    p.add_argument(
        "--year",
        type=int,
        help="năm theo dõi (mặc định: năm nay nếu đã có kế hoạch năm nay, "
        "nếu không thì năm của kế hoạch mới nhất)",
    )
    p.set_defaults(func=cmd_init)


_EXTRAS = ("", "-wal", "-shm", "-journal", ".lock", ".files")


def _remove_workspace_files(path: Path, present: set[str]) -> None:
    """What a failed `init` made: the new file and what it put beside it."""
    import shutil

    for extra in ("", "-wal", "-shm", "-journal", ".lock"):
        if extra not in present:
            Path(f"{path}{extra}").unlink(missing_ok=True)
    files = path.with_name(path.name + ".files")
    if files.is_dir() and ".files" not in present:
        shutil.rmtree(files, ignore_errors=True)


def cmd_init(args) -> int:
    path = Path(args.db or default_db_path())
    fresh = not path.exists()
    # Only what this `init` makes is removed if it fails: a WAL or folder
    # already beside a missing file holds someone's data.
    present = {extra for extra in _EXTRAS if Path(f"{path}{extra}").exists()}
    try:
        return _init(path, args)
    except BaseException:
        if fresh:
            _remove_workspace_files(path, present)
        raise


def _init(path: Path, args) -> int:
    from ..io.importer import DERIVE_MAX_YEARS

    with Workspace.open(path) as ws:
        if args.year is None:
            args.year = working_year(ws.plans.years(), date.today().year)
        current = ws.units.self_unit()
        unit = ws.units.by_name(args.unit)
        if current is not None and (unit is None or unit.id != current.id):
            raise UserError(
                f"Tệp “{path}” đã là dữ liệu của “{current.name}”; không đổi sang đơn vị khác."
            )
        derived = None
        if ws.plans.get(args.year) is None:
            source = nearest_year(ws.plans.years(), args.year)
            if source is None or abs(source - args.year) > DERIVE_MAX_YEARS:
                raise UserError(
                    f"Không có kế hoạch nào gần năm {args.year} để tạo kế hoạch năm {args.year}."
                )
            derived = derive_plan(ws.plans.require(source), args.year)
        with ws.transaction():
            plan = derived or ws.plans.get(args.year)
            unit = ws.units.set_self_unit(unit or new_unit_defaults(args.unit.strip(), plan))
            if plan is not None and plan.consolidator:
                ws.units.mark_consolidator(plan.consolidator, plan)
                unit = ws.units.self_unit()
            if derived is not None:
                ws.plans.add(derived)
            ws.set_meta("current_year", str(args.year))
        note = f", {derived.derived_note}" if derived is not None else ""
        print(f"Đã tạo dữ liệu cho “{unit.name}” tại “{path}” (kế hoạch năm {args.year}{note}).")
    return EXIT_OK
