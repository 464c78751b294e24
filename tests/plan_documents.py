"""Plan documents of other years, as a province would issue them, written
out as DOCX (python-docx), PDF (reportlab) and plain text for the reader's
tests. Each plan is a header (two columns, as in a real document) and a
list of paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

PLAN_2026_HEADER = [
    ("UBND TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 45/KH-UBND", "Quảng Ngãi, ngày 20 tháng 02 năm 2026"),
]

PLAN_2026 = [
    "KẾ HOẠCH",
    "Truyền thông về chuyển đổi số tỉnh Quảng Ngãi năm 2026",
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
    "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; xét đề nghị của Giám đốc Sở Khoa "
    "học và Công nghệ, UBND tỉnh ban hành Kế hoạch truyền thông về chuyển đổi số năm 2026 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Nâng cao nhận thức của cán bộ, công chức và người dân về chuyển đổi số sau khi sắp xếp "
    "đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.",
    "2. Yêu cầu",
    "- Thông tin kịp thời, chính xác, phù hợp với từng nhóm đối tượng.",
    "II. NỘI DUNG TRUYỀN THÔNG",
    "1. Tuyên truyền Nghị quyết số 57-NQ/TW của Bộ Chính trị và các văn bản triển khai của tỉnh.",
    "2. Phổ biến kỹ năng số, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
    "3. Tuyên truyền hoạt động của chính quyền địa phương hai cấp trên môi trường số.",
    "4. Biểu dương mô hình hay, cách làm hiệu quả về chuyển đổi số ở các xã, phường, đặc khu.",
    "III. NHIỆM VỤ VÀ HÌNH THỨC TRUYỀN THÔNG",
    "1. Truyền thông trên báo chí",
    "1.1. Thực hiện chuyên mục Chuyển đổi số trên sóng của Báo và Phát thanh, Truyền hình Quảng "
    "Ngãi (phát thanh và truyền hình).",
    "- Tần suất: 02 số/tuần.",
    "- Đơn vị chủ trì: Báo và Phát thanh, Truyền hình Quảng Ngãi.",
    "- Đơn vị phối hợp: Sở Khoa học và Công nghệ; các cơ quan, đơn vị liên quan.",
    "- Thời gian thực hiện: Năm 2026.",
    "1.2. Thực hiện chuyên trang Chuyển đổi số trên Báo và Phát thanh, Truyền hình Quảng Ngãi "
    "(báo in và báo điện tử).",
    "- Tần suất: 01 kỳ/tháng (đối với báo in); 04 kỳ/tháng (đối với báo điện tử).",
    "- Đơn vị chủ trì: Báo và Phát thanh, Truyền hình Quảng Ngãi.",
    "- Thời gian thực hiện: Năm 2026.",
    "1.3. Đăng tải tin, bài về chuyển đổi số trên Cổng Thông tin điện tử tỉnh.",
    "- Số lượng: khoảng 20 tin, bài/tháng.",
    "- Đơn vị chủ trì: Văn phòng UBND tỉnh.",
    "- Thời gian thực hiện: Năm 2026.",
    "2. Truyền thông trên hệ thống thông tin cơ sở và mạng xã hội",
    "2.1. Xây dựng chuyên mục phát thanh về chuyển đổi số trên đài truyền thanh các xã, phường, "
    "đặc khu.",
    "- Tần suất: mỗi tháng 02 chuyên mục và phát lại 04 lần/tháng.",
    "- Đơn vị chủ trì: UBND các xã, phường, đặc khu.",
    "- Đơn vị phối hợp: Sở Khoa học và Công nghệ.",
    "- Thời gian thực hiện: Năm 2026.",
    "2.2. Sản xuất video clip ngắn giới thiệu dịch vụ công trực tuyến, đăng trên các nền tảng "
    "mạng xã hội của tỉnh.",
    "- Sản phẩm: 02 sản phẩm/quý.",
    "- Chủ trì: Sở Khoa học và Công nghệ; phối hợp: Báo và Phát thanh, Truyền hình Quảng Ngãi.",
    "- Thời gian thực hiện: Năm 2026.",
    "3. Tổ chức sự kiện, bồi dưỡng",
    "3.1. Tổ chức 02 lớp tập huấn kỹ năng truyền thông số cho công chức cấp xã.",
    "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
    "- Đơn vị phối hợp: Sở Nội vụ; UBND các xã, phường, đặc khu.",
    "- Thời gian thực hiện: 6 tháng đầu năm.",
    "3.2. Tổ chức Ngày Chuyển đổi số tỉnh Quảng Ngãi (10/10).",
    "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
    "- Thời gian thực hiện: Quý IV/2026.",
    "3.3. Tổ chức Hội thi tìm hiểu về chuyển đổi số trong đoàn viên, thanh niên.",
    "- Đơn vị chủ trì: Tỉnh đoàn Quảng Ngãi.",
    "- Thời gian thực hiện: Từ tháng 3 đến tháng 5/2026.",
    "4. Ấn phẩm truyền thông",
    "4.1. Thực hiện Bản tin điện tử Chuyển đổi số.",
    "- Tần suất: 04 số/năm.",
    "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
    "- Thời gian thực hiện: Năm 2026.",
    "4.2. In và cấp phát tờ rơi hướng dẫn dịch vụ công trực tuyến tại bộ phận một cửa.",
    "- Tần suất: thường xuyên theo nhu cầu của người dân.",
    "- Đơn vị chủ trì: UBND các xã, phường, đặc khu.",
    "- Thời gian thực hiện: Quý II, III/2026.",
    "Các nhiệm vụ phát sinh trong năm sẽ được giao bằng văn bản riêng.",
    "IV. KINH PHÍ THỰC HIỆN",
    "Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Sở Khoa học và Công nghệ",
    "- Là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch.",
    "2. Các sở, ban, ngành tỉnh; UBND các xã, phường, đặc khu",
    "- Định kỳ báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp trước ngày "
    "25/11/2026, báo cáo UBND tỉnh.",
    "Nơi nhận:",
    "- Bộ Khoa học và Công nghệ;",
    "- Lưu: VT, KGVX.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Nguyễn Văn A",
]

# What the reader must find in PLAN_2026: code -> (target, due_start, due_end, per_unit)
EXPECTED_2026 = {
    "III.1.1/PT": (104, "2026-01-01", "2026-12-31", False),
    "III.1.1/TH": (104, "2026-01-01", "2026-12-31", False),
    "III.1.2/IN": (12, "2026-01-01", "2026-12-31", False),
    "III.1.2/DT": (48, "2026-01-01", "2026-12-31", False),
    "III.1.3": (240, "2026-01-01", "2026-12-31", False),
    "III.2.1/SX": (24, "2026-01-01", "2026-12-31", True),
    "III.2.1/PL": (48, "2026-01-01", "2026-12-31", True),
    "III.2.2": (8, "2026-01-01", "2026-12-31", False),
    "III.3.1": (2, "2026-01-01", "2026-06-30", False),
    "III.3.2": (1, "2026-10-01", "2026-12-31", False),
    "III.3.3": (1, "2026-03-01", "2026-05-31", False),
    "III.4.1": (4, "2026-01-01", "2026-12-31", False),
    "III.4.2": (None, "2026-04-01", "2026-09-30", True),
}

PLAN_2025_HEADER = [
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TỈNH QUẢNG NGÃI", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 38/KH-UBND", "Quảng Ngãi, ngày 14 tháng 3 năm 2025"),
]

PLAN_2025 = [
    "KẾ HOẠCH",
    "Truyền thông về chuyển đổi số và đổi mới sáng tạo",
    "tỉnh Quảng Ngãi năm 2025",
    "Thực hiện Kế hoạch số 122/KH-UBND của UBND tỉnh, UBND tỉnh ban hành Kế hoạch như sau:",
    "I. MỤC TIÊU",
    "Đưa thông tin về chuyển đổi số đến từng người dân, doanh nghiệp.",
    "II. NỘI DUNG TUYÊN TRUYỀN",
    "- Tuyên truyền về sắp xếp tổ chức bộ máy và chuyển đổi số trong cơ quan nhà nước.",
    "- Tuyên truyền lợi ích của thanh toán không dùng tiền mặt.",
    "III. CÁC HOẠT ĐỘNG TRUYỀN THÔNG",
    "1. Phát sóng chương trình Chuyển đổi số trên kênh truyền hình của Đài Phát thanh và "
    "Truyền hình tỉnh.",
    "- Tần suất: 01 chương trình/tuần.",
    "- Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.",
    "- Thời gian: Quý II, III/2025.",
    "2. Phát hành bản tin Chuyển đổi số.",
    "- Tần suất: hằng quý 01 số.",
    "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.",
    "- Thời gian: Năm 2025.",
    "3. Tổ chức 03 hội nghị tập huấn cho cán bộ Tổ Công nghệ số cộng đồng.",
    "- Cơ quan chủ trì: Sở Khoa học và Công nghệ.",
    "- Cơ quan phối hợp: UBND các huyện, thị xã, thành phố.",
    "- Thời gian: Trước ngày 30/6/2025.",
    "4. Tuyên truyền trên trang thông tin điện tử của các huyện.",
    "- Số lượng: ít nhất 04 tin, bài/tháng.",
    "- Cơ quan chủ trì: UBND các huyện, thị xã, thành phố.",
    "- Thời gian: 6 tháng đầu năm 2025.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "Các cơ quan, đơn vị gửi báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 05/12/2025 "
    "để tổng hợp, báo cáo UBND tỉnh.",
    "Nơi nhận:",
    "- Như trên;",
    "CHỦ TỊCH",
]

EXPECTED_2025 = {
    "III.1": (26, "2025-04-01", "2025-09-30", False),
    "III.2": (4, "2025-01-01", "2025-12-31", False),
    "III.3": (3, "2025-01-01", "2025-06-30", False),
    "III.4": (24, "2025-01-01", "2025-06-30", True),
}


PLAN_2027_HEADER = [
    ("UBND TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 12/KH-UBND", "Quảng Ngãi, ngày 15 tháng 01 năm 2027"),
]


def lettered_plan_2027(typed_point: bool) -> list[str]:
    """A 2027 plan whose tasks are lettered a) … g) as in the 2023 plan; with
    `typed_point`, its content section letters its points by hand up to "đ)"."""
    themes = [
        "Chính quyền số và dịch vụ công trực tuyến toàn trình.",
        "Kinh tế số, thương mại điện tử cho hộ kinh doanh.",
        "Xã hội số, kỹ năng số cho người dân.",
        "An toàn thông tin, bảo vệ dữ liệu cá nhân.",
        "Gương điển hình về chuyển đổi số ở cơ sở.",
    ]
    letters = "abcdđ"
    content = (
        [f"{letters[i]}) {t}" for i, t in enumerate(themes)]
        if typed_point
        else [f"- {t}" for t in themes]
    )
    return [
        "KẾ HOẠCH",
        "Truyền thông về chuyển đổi số tỉnh Quảng Ngãi năm 2027",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Đưa chuyển đổi số đến từng người dân, doanh nghiệp.",
        "II. NỘI DUNG TUYÊN TRUYỀN",
        *content,
        "III. HÌNH THỨC TUYÊN TRUYỀN",
        "1. Hướng dẫn các đơn vị, địa phương tổ chức truyền thông về chuyển đổi số năm 2027.",
        "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
        "- Thời gian thực hiện: Quý I/2027.",
        "2. Tuyên truyền trên các phương tiện thông tin đại chúng",
        "a) Thực hiện chuyên mục Chuyển đổi số trên sóng truyền hình.",
        "- Tần suất: 01 số/tuần.",
        "- Đơn vị chủ trì: Báo và Phát thanh, Truyền hình Quảng Ngãi.",
        "- Thời gian thực hiện: Năm 2027.",
        "b) Thực hiện chuyên trang Chuyển đổi số trên báo in.",
        "- Tần suất: 01 kỳ/tháng.",
        "- Đơn vị chủ trì: Báo và Phát thanh, Truyền hình Quảng Ngãi.",
        "- Thời gian thực hiện: Năm 2027.",
        "c) Thực hiện chuyên trang Chuyển đổi số trên báo điện tử.",
        "- Tần suất: 02 kỳ/tháng.",
        "- Đơn vị chủ trì: Báo và Phát thanh, Truyền hình Quảng Ngãi.",
        "- Thời gian thực hiện: Năm 2027.",
        "d) Đăng tin, bài về chuyển đổi số trên Cổng Thông tin điện tử tỉnh.",
        "- Số lượng: khoảng 15 tin, bài/tháng.",
        "- Đơn vị chủ trì: Văn phòng UBND tỉnh.",
        "- Thời gian thực hiện: Năm 2027.",
        "đ) Tổ chức 04 hội nghị về chuyển đổi số cho doanh nghiệp.",
        "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
        "- Thời gian thực hiện: Quý III/2027.",
        "e) Phát hành Bản tin Chuyển đổi số.",
        "- Tần suất: 06 số/năm.",
        "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
        "- Thời gian thực hiện: Năm 2027.",
        "g) Tổ chức 02 lớp tập huấn kỹ năng số cho Tổ Công nghệ số cộng đồng.",
        "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
        "- Thời gian thực hiện: 6 tháng đầu năm.",
        "IV. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan, đơn vị gửi báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày "
        "01/12/2027 để tổng hợp, báo cáo UBND tỉnh.",
        "CHỦ TỊCH",
    ]


# The typed labels a plan's paragraphs start with, turned into Word's own
# numbering by `write_numbered_docx`: (pattern, list, level).
_NUMBERED_LABELS = (
    (re.compile(r"^[IVX]+\.\s+"), "outline", 0),
    (re.compile(r"^\d+\.\d+\.\s+"), "outline", 2),
    (re.compile(r"^\d+\.\s+"), "outline", 1),
    (re.compile(r"^[a-zđ]\)\s+"), "letters", 0),
    (re.compile(r"^-\s+"), "bullets", 0),
)
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w_lvl(ilvl: int, fmt: str, text: str) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{360 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
    )


def write_numbered_docx(path: Path, header, paragraphs, keep_typed=()) -> Path:
    """The plan as Word writes it when its numbers are Word's automatic
    numbering: each paragraph's typed label ("III.", "1.", "1.1.", "a)",
    "-") is taken off its text and given as numbering (numbering.xml: an
    outline list upperRoman "%1." / decimal "%2." / "%2.%3.", lettered
    points lowerLetter "%1)" restarted under each task by a w:num with a
    start override, and bullets through a paragraph style). The content of
    the Roman sections named in `keep_typed` stays typed."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    doc = Document()
    table = doc.add_table(rows=len(header), cols=2)
    for r, (a, b) in enumerate(header):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    ns = f'xmlns:w="{_W_NS}"'
    abstracts = {
        "outline": (
            "90",
            _w_lvl(0, "upperRoman", "%1.")
            + _w_lvl(1, "decimal", "%2.")
            + _w_lvl(2, "decimal", "%2.%3."),
        ),
        "letters": ("91", _w_lvl(0, "lowerLetter", "%1)")),
        "bullets": ("92", _w_lvl(0, "bullet", "\u2013")),
    }
    for aid, levels in abstracts.values():
        numbering.append(
            parse_xml(
                f'<w:abstractNum {ns} w:abstractNumId="{aid}">'
                f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
            )
        )
    nums = {"outline": 1, "bullets": 2}
    numbering.append(parse_xml(f'<w:num {ns} w:numId="1"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {ns} w:numId="2"><w:abstractNumId w:val="92"/></w:num>'))
    bullet = doc.styles.add_style("Gạch đầu dòng", WD_STYLE_TYPE.PARAGRAPH)
    bullet.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {ns}><w:numId w:val="2"/></w:numPr>')
    )
    next_num = 3
    letters_num = None
    section = ""
    for text in paragraphs:
        found = next(((p, lst, lvl) for p, lst, lvl in _NUMBERED_LABELS if p.match(text)), None)
        if found and found[1] == "outline" and found[2] == 0:
            section = text.split()[0]
        if found is None or (
            section in keep_typed and not (found[1] == "outline" and found[2] == 0)
        ):
            doc.add_paragraph(text)
            continue
        pattern, lst, level = found
        body = pattern.sub("", text, count=1)
        if lst == "bullets":
            doc.add_paragraph(body, style=bullet)
            continue
        if lst == "letters":
            if letters_num is None:  # "Restart at a" under each task
                letters_num = next_num
                next_num += 1
                numbering.append(
                    parse_xml(
                        f'<w:num {ns} w:numId="{letters_num}"><w:abstractNumId w:val="91"/>'
                        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                        "</w:lvlOverride></w:num>"
                    )
                )
            num = letters_num
        else:
            letters_num = None
            num = nums[lst]
        p = doc.add_paragraph(body)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>')
        )
    doc.save(path)
    return path


PLAN_210_HEADER = [
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("TỈNH QUẢNG NGÃI", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 210/KH-UBND", "Quảng Ngãi, ngày 05 tháng 3 năm 2026"),
]
PLAN_210 = [
    "KẾ HOẠCH",
    "Tuyên truyền về chuyển đổi số, phát triển khoa học, công nghệ và đổi mới sáng tạo năm 2026",
    "Căn cứ Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương; UBND "
    "tỉnh ban hành Kế hoạch tuyên truyền như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Tạo sự thống nhất trong nhận thức và hành động của cả hệ thống chính trị.",
    "2. Yêu cầu",
    "Công tác tuyên truyền phải thường xuyên, liên tục, đa dạng về hình thức.",
    "II. NỘI DUNG TUYÊN TRUYỀN",
    "1. Chủ trương của Đảng, chính sách của Nhà nước về phát triển khoa học, công "
    "nghệ, đổi mới sáng tạo và chuyển đổi số.",
    "2. Kết quả triển khai mô hình chính quyền địa phương hai cấp trên môi trường số.",
    "3. Kỹ năng số, an toàn thông tin cho người dân.",
    "III. HÌNH THỨC TUYÊN TRUYỀN",
    "1. Tuyên truyền trên báo chí",
    "a) Thực hiện chuyên mục “Chuyển đổi số và cuộc sống” trên sóng truyền hình.",
    "- Tần suất: 01 chuyên mục/tuần.",
    "- Cơ quan thực hiện: Báo và Phát thanh, Truyền hình Quảng Ngãi.",
    "- Thời gian: Từ tháng 3 đến tháng 12/2026.",
    "b) Đăng tải tin, bài trên báo điện tử.",
    "- Số lượng: 02 tin, bài/tuần.",
    "- Cơ quan thực hiện: Báo và Phát thanh, Truyền hình Quảng Ngãi.",
    "- Thời gian: Năm 2026.",
    "2. Tuyên truyền trên hệ thống thông tin cơ sở",
    "a) Phát thanh trên hệ thống truyền thanh cơ sở tin, bài về chuyển đổi số.",
    "- Tần suất: 04 tin, bài/tháng.",
    "- Chủ trì: UBND các xã, phường, đặc khu.",
    "- Thời gian: Năm 2026.",
    "b) Treo băng rôn, pa nô tại trụ sở và nơi công cộng.",
    "- Số lượng: 05 băng rôn/đơn vị.",
    "- Chủ trì: UBND các xã, phường, đặc khu.",
    "- Thời gian: Quý III/2026.",
    "3. Tổ chức các hoạt động",
    "a) Tổ chức 05 hội nghị phổ biến kỹ năng số cho cán bộ cấp xã.",
    "- Chủ trì: Sở Khoa học và Công nghệ; phối hợp: Sở Nội vụ.",
    "- Thời gian hoàn thành: Quý II/2026.",
    "b) Tổ chức Cuộc thi trực tuyến tìm hiểu về chuyển đổi số.",
    "- Cơ quan chủ trì: Tỉnh đoàn Quảng Ngãi.",
    "- Thời gian: 6 tháng cuối năm 2026.",
    "IV. KINH PHÍ",
    "Từ nguồn ngân sách nhà nước đã bố trí trong dự toán năm 2026 của các cơ quan, đơn vị.",
    "V. TỔ CHỨC THỰC HIỆN",
    "1. Sở Khoa học và Công nghệ: chủ trì, theo dõi, đôn đốc triển khai Kế hoạch.",
    "2. Các sở, ban, ngành, UBND các xã, phường, đặc khu: căn cứ Kế hoạch, triển khai"
    " thực hiện; báo cáo kết quả (trước ngày 30/11/2026) gửi Sở Khoa học và Công nghệ"
    " để tổng hợp, báo cáo UBND tỉnh.",
    "Nơi nhận:",
    "- Bộ Khoa học và Công nghệ;",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
]

# What the reader must find in PLAN_210 (a plan worded unlike the others:
# "Cơ quan thực hiện", "Thời gian hoàn thành", "05 băng rôn/đơn vị", the
# header's columns read row by row from a PDF).
EXPECTED_210 = {
    "III.1.a": (44, "2026-03-01", "2026-12-31", False),
    "III.1.b": (104, "2026-01-01", "2026-12-31", False),
    "III.2.a": (48, "2026-01-01", "2026-12-31", True),
    "III.2.b": (5, "2026-07-01", "2026-09-30", True),
    "III.3.a": (5, "2026-04-01", "2026-06-30", False),
    "III.3.b": (1, "2026-07-01", "2026-12-31", False),
}


def write_txt(path: Path, header, paragraphs) -> Path:
    lines = [f"{a}\t{b}".strip() for a, b in header]
    path.write_text("\n".join(lines + [""] + paragraphs) + "\n", encoding="utf-8")
    return path


def write_docx(path: Path, header, paragraphs) -> Path:
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=len(header), cols=2)
    for r, (a, b) in enumerate(header):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(path)
    return path


def write_pdf(path: Path, header, paragraphs) -> Path:
    """A PDF with a text layer: paragraphs wrap at the margin as in print."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    from desktop.reports.fonts import font_name, xml_safe

    style = ParagraphStyle("body", fontName=font_name(), fontSize=13, leading=17)
    bold = ParagraphStyle("bold", parent=style, fontName=font_name(bold=True))
    story = [
        Table(
            [[Paragraph(xml_safe(a), bold), Paragraph(xml_safe(b), bold)] for a, b in header],
            colWidths=[70 * mm, 100 * mm],
        ),
        Spacer(1, 8 * mm),
    ]
    for text in paragraphs:
        story.append(Paragraph(xml_safe(text), bold if text.isupper() else style))
    SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=30 * mm, rightMargin=20 * mm, topMargin=20 * mm
    ).build(story)
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF as a scanner makes it: pages of pictures, no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.setFillGray(0.2)
        for i in range(40):
            c.rect(60, 780 - i * 18, 300 + (i * 37) % 150, 9, stroke=0, fill=1)
        c.showPage()
    c.save()
    return path


def source_lines(header, paragraphs):
    """The plan as the reader gets it from a document: header cells, then paragraphs."""
    from desktop.domain.plan_reader import SourceLine

    texts = [a for a, _ in header] + [b for _, b in header] + list(paragraphs)
    return [SourceLine(i + 1, t) for i, t in enumerate(t for t in texts if t)]
