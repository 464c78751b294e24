"""The year-end report with a long Phụ lục II: DOCX and PDF for 20,000 and
40,000 activities.

Builds a workspace of the Sở Thông tin và Truyền thông with a year of
activities (realistic titles, links, forms, costs, texts for every section),
then times the real path (report model from the workspace, DOCX on the
built-in template, PDF with reportlab) and prints measured vs target.

    .venv/bin/python benchmarks/bench_report.py
    .venv/bin/python benchmarks/bench_report.py --sample OUT_DIR [--count 1500]
        (writes a sample report to look at instead of timing)
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.domain.activity import Activity  # noqa: E402
from desktop.reports import context as rc  # noqa: E402
from desktop.reports.context import ReportOptions, build_unit_report  # noqa: E402
from desktop.reports.pipeline import write_report  # noqa: E402
from desktop.store import Workspace  # noqa: E402

DOCX_TARGET_S = 3.0
PDF_TARGET_S = 5.0
GROWTH_LIMIT = 2.2

TOPICS = (
    "Chính quyền số và dịch vụ công trực tuyến",
    "Kinh tế số: thanh toán không dùng tiền mặt tại chợ truyền thống",
    "Xã hội số: kỹ năng số cho người dân vùng nông thôn",
    "Tổ Công nghệ số cộng đồng hỗ trợ người dân cài đặt VNeID",
    "Chuyển đổi số trong nông nghiệp: truy xuất nguồn gốc nông sản",
    "An toàn thông tin và phòng chống lừa đảo trực tuyến",
    "Hồ sơ sức khỏe điện tử và khám chữa bệnh từ xa",
    "Chuyển đổi số trong giáo dục: học bạ số, thanh toán học phí",
    "Doanh nghiệp nhỏ và vừa lên sàn thương mại điện tử",
    "Ngày Chuyển đổi số quốc gia 10/10",
)
SITES = ("quangngai.gov.vn", "ptthquangngai.vn", "baoquangngai.vn", "cds.quangngai.gov.vn")


def build_workspace(path: Path, count: int, unit_name: str = "Sở Thông tin và Truyền thông"):
    """A workspace of one unit with `count` activities in 2023 and some in 2022."""
    ws = Workspace.open(path)
    unit = ws.units.set_self_unit(ws.units.by_name(unit_name))
    ws.units.save(replace(unit, signer_name="Nguyễn Văn An"))
    ws.plans.copy(2023, 2022)
    plan = ws.plans.require(2023)
    rng = random.Random(2023)
    for year, n in ((2023, count), (2022, count * 4 // 5)):
        # Led targets get about their planned number (some short, some over);
        # the rest are untargeted tasks and other activities.
        codes: list[str | None] = []
        for t in plan.targets:
            if unit.leads(t) and t.target:
                codes += [t.code] * round(t.target * rng.uniform(0.6, 1.2))
        open_codes = [t.code for t in plan.targets if unit.leads(t) and not t.target]
        codes += [rng.choice(open_codes + [None]) for _ in range(max(n - len(codes), 0))]
        activities = []
        for i, code in enumerate(codes[:n]):
            form = rng.choice(plan.forms[:6]) if code else rng.choice(plan.forms)
            day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
            activities.append(
                Activity(
                    date=day,
                    title=f"{rng.choice(TOPICS)} (số {i + 1})",
                    form=form,
                    target_code=code,
                    quantity=1 if code else rng.choice((1, 1, 2, 3)),
                    link=f"https://{rng.choice(SITES)}/chuyen-doi-so/tin-{year}-{i + 1}.html",
                    cost=rng.choice((0, 0, 0, 500_000, 1_500_000, 2_000_000)),
                    themes=(rng.randint(1, 8),),
                )
            )
        ws.activities.insert_many(activities, unit.id)
    ws.texts.set_report_texts(
        unit.id,
        2023,
        {
            rc.CHI_DAO: "Ban hành Kế hoạch số 45/KH-STTTT ngày 20/02/2023 triển khai Kế hoạch của "
            "UBND tỉnh; phân công phòng Thông tin - Báo chí - Xuất bản làm đầu mối.\n"
            "Tổ chức 02 hội nghị hướng dẫn các cơ quan báo chí, UBND các huyện, thị xã, thành phố.",
            rc.task_key(
                plan.targets[0].code
            ): "Nội dung phong phú, bám sát các chủ đề của Kế hoạch.",
            rc.PHUONG_HUONG: "Tiếp tục đẩy mạnh truyền thông về chuyển đổi số trên các nền tảng số.",
            rc.DE_XUAT: "Đề nghị UBND tỉnh bố trí kinh phí cho hoạt động truyền thông năm 2024.",
            rc.META_NUMBER: "5",
            rc.META_DATE: "2024-01-05",
        },
    )
    ws.texts.set_report_texts(unit.id, 2023, rc.suggest_assessment(ws, 2023))
    return ws


def timed(fn, *args, **kwargs) -> float:
    t0 = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t0


def measure(folder: Path, count: int) -> tuple[float, float, int]:
    """Seconds for the DOCX and the PDF, each including reading the report's
    data from the workspace (as an export from the app does)."""
    ws = build_workspace(folder / f"ws{count}.cdsdb", count)
    t0 = time.perf_counter()
    report = build_unit_report(ws, 2023)
    model_s = time.perf_counter() - t0
    rows = len(report.appendices[-1].blocks[0].rows)
    docx_s = model_s + timed(write_report, report, docx=folder / f"r{count}.docx")
    pdf_s = model_s + timed(write_report, report, pdf=folder / f"r{count}.pdf")
    ws.close()
    return docx_s, pdf_s, rows


def sample(out_dir: Path, count: int, unit_name: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    ws = build_workspace(out_dir / "sample.cdsdb", count, unit_name)
    report = build_unit_report(ws, 2023, options=ReportOptions())
    write_report(report, docx=out_dir / "bao-cao.docx", pdf=out_dir / "bao-cao.pdf")
    ws.close()
    print(f"wrote {out_dir / 'bao-cao.docx'} and {out_dir / 'bao-cao.pdf'}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=Path)
    parser.add_argument("--count", type=int, default=1500)
    parser.add_argument("--unit", default="Sở Thông tin và Truyền thông")
    args = parser.parse_args()
    if args.sample:
        sample(args.sample, args.count, args.unit)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        d20, p20, n20 = measure(folder, 20_000)
        d40, p40, n40 = measure(folder, 40_000)
    print(f"report DOCX, {n20:,} activities: {d20:.2f} s (target <= {DOCX_TARGET_S:.1f} s)")
    print(
        f"report DOCX, {n40:,} activities: {d40:.2f} s "
        f"(target <= {GROWTH_LIMIT} x {d20:.2f} = {GROWTH_LIMIT * d20:.2f} s)"
    )
    print(f"report PDF, {n20:,} activities: {p20:.2f} s (target <= {PDF_TARGET_S:.1f} s)")
    print(
        f"report PDF, {n40:,} activities: {p40:.2f} s "
        f"(target <= {GROWTH_LIMIT} x {p20:.2f} = {GROWTH_LIMIT * p20:.2f} s)"
    )


if __name__ == "__main__":
    main()
