"""Lists as units really keep them: each names its forms in its own words.

- `department_year`: the department's year, 91 activities in the list
  format's columns, forms such as "Văn bản hướng dẫn", "Hội nghị", "Video clip".
- `hand_kept_list`: a hand-kept workbook (titles above the header, an STT
  column, one sheet per quarter, a total row) with "Ảnh", "Video clip" and
  "Livestream" rows among its 52.
- `station_list` and `district_list`: "Chuyên mục truyền hình/phát thanh".
- `list_of_year`: the same kind of list dated in another year.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import xlsxwriter

LIST_HEADERS = ["Ngày", "Mã chỉ tiêu", "Hình thức", "Tiêu đề", "Số lượng", "Kinh phí (đồng)"]

SO = "Sở Thông tin và Truyền thông"
DAI = "Đài Phát thanh và Truyền hình tỉnh"
BINH_SON = "UBND huyện Bình Sơn"
TAI_CHINH = "Sở Tài chính"


def _days(start: date, step: int, count: int) -> list[date]:
    return [start + timedelta(days=step * i) for i in range(count)]


def department_rows(year: int = 2023) -> list[list[object]]:
    """91 rows: (date, code, form as written, title, quantity, cost)."""
    rows: list[list[object]] = [
        [
            date(year, 2, 20),
            "III.1",
            "Văn bản hướng dẫn",
            f"Hướng dẫn truyền thông CĐS {year}",
            1,
            0,
        ]
    ]
    portal_forms = ["Tin bài", "Bài viết", "tin bai", "Tin ảnh"]
    for i, d in enumerate(_days(date(year, 1, 9), 8, 40)):
        rows.append([d, "III.2.c", portal_forms[i % 4], f"Tin CĐS trên trang tin số {i + 1}", 1, 0])
    social = ["Bài đăng Facebook", "Zalo", "Bài đăng mạng xã hội"]
    for i, d in enumerate(_days(date(year, 1, 4), 13, 25)):
        rows.append([d, "III.2.g", social[i % 3], f"Bài đăng fanpage số {i + 1}", 1, 0])
    rows.append(
        [date(year, 9, 15), "III.3.a", "Sự kiện", f"Ngày Chuyển đổi số {year}", 1, 50_000_000]
    )
    rows.append([date(year, 8, 1), "III.3.b", "Cuộc thi", "Thi video clip Tổ CNS cộng đồng", 1, 0])
    for i, d in enumerate(_days(date(year, 2, 1), 50, 6)):
        rows.append([d, "III.4.a", "Bản tin số", f"Bản tin số CĐS kỳ {i + 1}", 1, 3_000_000])
    for i, d in enumerate(_days(date(year, 3, 3), 60, 4)):
        rows.append([d, "III.4.b", "Video clip", f"Clip CĐS đặt hàng {i + 1}", 1, 10_000_000])
    for i, d in enumerate(_days(date(year, 1, 6), 40, 8)):
        code = "III.2.e"
        rows.append([d, code, "Phóng sự phát thanh", f"Phóng sự cho Đài xã {i + 1}", 1, 0])
    others = ["Hội nghị", "Tập huấn", "Hội nghị", "Tập huấn", "Hội thảo"]
    for i, d in enumerate(_days(date(year, 4, 10), 30, 5)):
        rows.append([d, "", others[i], f"{others[i]} CĐS cho cán bộ lần {i + 1}", 1, 2_000_000])
    assert len(rows) == 91
    return rows


def _cell(value: object) -> object:
    return value.strftime("%d/%m/%Y") if isinstance(value, date) else value


def write_list_csv(path: Path, rows: list[list[object]], headers=LIST_HEADERS) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(headers)
        for r in rows:
            w.writerow([_cell(v) for v in r])
    return path


def write_list_xlsx(path: Path, rows: list[list[object]], headers=LIST_HEADERS) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    sh = wb.add_worksheet("Hoạt động")
    sh.write_row(0, 0, headers)
    for i, r in enumerate(rows, start=1):
        sh.write_row(i, 0, [_cell(v) for v in r])
    wb.close()
    return path


def department_year(path: Path, year: int = 2023) -> Path:
    return write_list_xlsx(path, department_rows(year))


HAND_FORMS = ["Ảnh"] * 12 + ["Video clip"] * 10 + ["Livestream"] * 3 + ["Tin bài"] * 27


def hand_kept_list(path: Path, year: int = 2023, prefix: str = "Tuyên truyền CĐS số") -> Path:
    """A unit's own workbook: 52 other activities over four quarter sheets."""
    wb = xlsxwriter.Workbook(str(path))
    per_sheet = 13
    for q in range(4):
        sh = wb.add_worksheet(f"Quý {q + 1}")
        sh.merge_range(0, 0, 0, 5, "DANH SÁCH TIN, BÀI TUYÊN TRUYỀN CHUYỂN ĐỔI SỐ")
        sh.write(1, 0, f"Quý {q + 1} năm {year}")
        sh.write_row(3, 0, ["STT", "Ngày đăng", "Loại", "Tên tin, bài", "Link", "Chi phí"])
        for i in range(per_sheet):
            n = q * per_sheet + i
            d = date(year, 3 * q + 1, 2) + timedelta(days=6 * i)
            sh.write_row(
                4 + i,
                0,
                [i + 1, d.strftime("%d/%m/%Y"), HAND_FORMS[n], f"{prefix} {n + 1}",
                 f"https://stc.example.vn/{year}/{prefix[:3]}/{n + 1}", "500.000" if n % 5 == 0 else ""],
            )  # fmt: skip
        sh.write_row(4 + per_sheet, 0, ["", "", "", "Tổng cộng", "", ""])
    wb.close()
    return path


def station_rows(year: int = 2023) -> list[list[object]]:
    rows = [
        [d, "III.2.a/TH", "Chuyên mục truyền hình", f"Chuyên mục CĐS truyền hình số {i + 1}", 1, 0]
        for i, d in enumerate(_days(date(year, 1, 5), 7, 52))
    ]
    rows += [
        [d, "III.2.a/PT", "Chuyên mục phát thanh", f"Chuyên mục CĐS phát thanh số {i + 1}", 1, 0]
        for i, d in enumerate(_days(date(year, 1, 6), 7, 52))
    ]
    return rows


def station_list(path: Path, year: int = 2023) -> Path:
    return write_list_xlsx(path, station_rows(year))


def district_list(path: Path, year: int = 2023) -> Path:
    rows = [
        [d, "III.2.đ/SX", "Chuyên mục phát thanh", f"Chuyên mục CĐS huyện tháng {i + 1}", 1, 0]
        for i, d in enumerate(_days(date(year, 1, 20), 30, 12))
    ]
    rows += [
        [d, "III.2.đ/PL", "Phát lại chuyên mục phát thanh", f"Phát lại tháng {i + 1}", 3, 0]
        for i, d in enumerate(_days(date(year, 1, 25), 30, 12))
    ]
    return write_list_csv(path, rows)
