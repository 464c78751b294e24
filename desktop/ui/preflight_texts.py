"""The pre-flight check's messages in the interface language. The check
(reports.preflight) gives each finding a code and its arguments; the texts
are marked here so the translation file carries them, the same Vietnamese
as `reports.preflight.MESSAGES` (tests/ui/test_preflight_texts.py keeps the
two alike)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..reports.preflight import Finding, render
from . import numbers

CONTEXT = "Preflight"
MESSAGES = {
    "signer_name": QT_TRANSLATE_NOOP(
        "Preflight",
        "Chưa có họ tên người ký báo cáo: nhập ở trang Đơn vị "
        '(hoặc lệnh: unit set --signer-name "HỌ TÊN").',
    ),
    "abbreviation": QT_TRANSLATE_NOOP(
        "Preflight",
        "Chưa có chữ viết tắt tên đơn vị: số hiệu in “Số: .../BC-” thiếu phần "
        "sau; nhập ở trang Đơn vị (hoặc lệnh: unit set --abbreviation PTTH).",
    ),
    "signer_title": QT_TRANSLATE_NOOP(
        "Preflight",
        "Chưa có chức vụ người ký: nhập ở trang Đơn vị (lệnh: unit set --signer-title).",
    ),
    "number": QT_TRANSLATE_NOOP(
        "Preflight",
        "Chưa có số báo cáo: nhập số ở trang Báo cáo (hoặc report --number 05), "
        "hoặc để trống cho văn thư điền khi phát hành.",
    ),
    "plan_citation": QT_TRANSLATE_NOOP(
        "Preflight",
        "Câu trích dẫn kế hoạch năm {year} còn thiếu {missing}: nhập ở trang "
        "Kế hoạch (hoặc lệnh: plan set --number 45/KH-UBND --signed-date YYYY-MM-DD "
        '--issuer "UBND tỉnh ...").',
    ),
    "section_empty": QT_TRANSLATE_NOOP(
        "Preflight",
        "Mục “{section}” chưa có nội dung: báo cáo đang in bản nháp lập từ số "
        "liệu; hãy xem lại, sửa hoặc chấp nhận bản nháp.",
    ),
    "causes_empty": QT_TRANSLATE_NOOP(
        "Preflight",
        "Mục “{section}” chưa có nội dung: bản nháp chỉ nêu số liệu của {count} "
        "nhiệm vụ chưa đạt chỉ tiêu, không nêu nguyên nhân; hãy ghi nguyên nhân.",
    ),
    "after_cutoff": QT_TRANSLATE_NOOP(
        "Preflight",
        "{count} hoạt động sau ngày {on} (ngày số liệu tính đến) không được tính "
        "trong báo cáo: đổi ngày báo cáo hoặc ngày số liệu nếu cần tính cả các hoạt động này.",
    ),
    "task_short": QT_TRANSLATE_NOOP(
        "Preflight",
        "Nhiệm vụ {code} đạt {actual}/{target} {measure}, chưa có giải trình: nhập "
        "nhận xét cho nhiệm vụ này.",
    ),
    "profile_default": QT_TRANSLATE_NOOP(
        "Preflight",
        "Hồ sơ của “{unit}” vẫn là thông tin mặc định của ứng dụng: kiểm tra cơ "
        "quan chủ quản, địa danh, người ký, nơi nhận ở trang Đơn vị.",
    ),
    "header_cut": QT_TRANSLATE_NOOP(
        "Preflight",
        "{line} ở đầu báo cáo quá dài ({count} ký tự, quá {lines} dòng): bản in cắt "
        "bớt phần cuối (dấu “…”). Hãy viết gọn ở trang Đơn vị.",
    ),
    "header_shrunk": QT_TRANSLATE_NOOP(
        "Preflight",
        "{line} ở đầu báo cáo quá dài ({count} ký tự, quá {lines} dòng): bản in "
        "thu nhỏ chữ còn {size} pt. Hãy viết gọn ở trang Đơn vị.",
    ),
    "units_missing": QT_TRANSLATE_NOOP(
        "Preflight",
        "{count} đơn vị phải báo cáo chưa có số liệu ({units}): báo cáo tổng hợp "
        "ghi các đơn vị này là “Chưa báo cáo”; nhận gói báo cáo của các đơn vị ở trang Tổng hợp "
        "(hoặc lệnh: consolidate GÓI.cdsgoi) trước khi phát hành nếu còn kịp.",
    ),
    "period_overlap": QT_TRANSLATE_NOOP(
        "Preflight",
        "Kỳ số liệu năm {year} bắt đầu từ ngày {start}, trước khi kỳ của năm "
        "{previous} kết thúc ({end}): {count} hoạt động từ ngày {start} đến ngày {end} được tính ở cả "
        "hai năm. Hãy chọn cùng một kỳ số liệu cho hai năm ở trang Kế hoạch (hoặc lệnh: plan set "
        "--window), hoặc ghi rõ điều này trong báo cáo.",
    ),
    "addressee_gone": QT_TRANSLATE_NOOP(
        "Preflight",
        "Báo cáo gửi (Kính gửi) “{addressee}”, đơn vị đã đổi tên hoặc sáp nhập "
        "thành “{successor}” từ ngày {on}: hãy gửi cho “{successor}”, nhập ở trang Đơn vị (hoặc "
        'lệnh: unit set --addressee "{successor}").',
    ),
    "plan_derived": QT_TRANSLATE_NOOP(
        "Preflight",
        "Kế hoạch năm {year} chưa phải kế hoạch đã ban hành: ứng dụng tạo từ kế "
        "hoạch năm {source}, nên nhiệm vụ, chỉ tiêu, thời hạn và đơn vị tổng hợp vẫn là của năm "
        "{source}, kể cả nơi nhận báo cáo “{addressee}”. Hãy nạp kế hoạch năm {year} ở trang Kế "
        "hoạch → “Nhập kế hoạch từ văn bản…” (hoặc lệnh: plan import TỆP --year {year} --replace), "
        "hoặc kiểm tra từng mục rồi bấm “Đã kiểm tra kế hoạch” (lệnh: plan set --year {year} "
        "--checked).",
    ),
    "addressee_self": QT_TRANSLATE_NOOP(
        "Preflight",
        "Báo cáo gửi (Kính gửi) “{addressee}”, {reason}: báo cáo không thể gửi "
        'cho chính mình. Nhập nơi nhận ở trang Đơn vị (hoặc lệnh: unit set --addressee "...").',
    ),
    "glyph": QT_TRANSLATE_NOOP(
        "Preflight",
        "Ký tự “{char}” ({codepoint}) trong “{excerpt}” không có trong phông chữ của bản "
        "PDF: bản PDF in dấu “□” thay cho ký tự này (bản Word giữ nguyên). Hãy sửa đoạn văn có "
        "ký tự đó.",
    ),
}
SECTIONS = {
    "chi_dao": QT_TRANSLATE_NOOP("Preflight", "I.1. Công tác chỉ đạo, triển khai"),
    "uu_diem": QT_TRANSLATE_NOOP("Preflight", "II.1. Ưu điểm"),
    "ton_tai": QT_TRANSLATE_NOOP("Preflight", "II.2. Tồn tại, hạn chế"),
    "nguyen_nhan": QT_TRANSLATE_NOOP("Preflight", "II.3. Nguyên nhân"),
    "phuong_huong": QT_TRANSLATE_NOOP("Preflight", "III. Phương hướng, nhiệm vụ năm sau"),
    "de_xuat": QT_TRANSLATE_NOOP("Preflight", "IV. Đề xuất, kiến nghị"),
}
PLAN_PARTS = {
    "number": QT_TRANSLATE_NOOP("Preflight", "số hiệu"),
    "signed_date": QT_TRANSLATE_NOOP("Preflight", "ngày ký"),
    "issuer": QT_TRANSLATE_NOOP("Preflight", "cơ quan ban hành"),
}

HEADER_LABELS = {
    "governing_body": QT_TRANSLATE_NOOP("Preflight", "Tên cơ quan chủ quản"),
    "name": QT_TRANSLATE_NOOP("Preflight", "Tên đơn vị"),
}

ADDRESSEE_REASONS = {
    "self": QT_TRANSLATE_NOOP("Preflight", "là chính đơn vị ban hành"),
    "predecessor": QT_TRANSLATE_NOOP(
        "Preflight", "là đơn vị đã đổi tên hoặc sáp nhập vào đơn vị ban hành"
    ),
}


# The arguments the check writes as counts, the Vietnamese way ("1.096"):
# the interface writes them its own way.
COUNT_ARGS = {"count", "actual", "target"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def finding_text(finding: Finding) -> str:
    """A finding's message in the interface language."""
    template = MESSAGES.get(finding.code)
    if template is None:
        return finding.message
    words = {
        name: {k: _tr(v) for k, v in said.items()}
        for name, said in (
            ("section", SECTIONS),
            ("missing", PLAN_PARTS),
            ("line", HEADER_LABELS),
            ("reason", ADDRESSEE_REASONS),
        )
    }
    args = dict(finding.args)
    for name in COUNT_ARGS.intersection(args):
        args[name] = numbers.count_again(args[name])
    return render(_tr(template), args, words)
