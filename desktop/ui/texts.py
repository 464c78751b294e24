"""Interface texts that are defined below the interface: field names, the
rejected-row headers and the "other activities" group live in the domain and
io layers, which know nothing of Qt. They are marked here so the translation
file carries them, and shown through `translated()`.
tests/ui/test_translation_complete.py checks this list against the originals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.text import Count, message_of
from . import numbers
from .texts_files import FILE_MESSAGES
from .texts_signing import SIGNING_MESSAGES

CONTEXT = "texts"
MARKED = (
    QT_TRANSLATE_NOOP("texts", "Ngày"),
    QT_TRANSLATE_NOOP("texts", "Mã chỉ tiêu"),
    QT_TRANSLATE_NOOP("texts", "Hình thức"),
    QT_TRANSLATE_NOOP("texts", "Tiêu đề"),
    QT_TRANSLATE_NOOP("texts", "Số lượng"),
    QT_TRANSLATE_NOOP("texts", "Ngôn ngữ"),
    QT_TRANSLATE_NOOP("texts", "Đường dẫn"),
    QT_TRANSLATE_NOOP("texts", "Kinh phí (đồng)"),
    QT_TRANSLATE_NOOP("texts", "Chủ đề"),
    QT_TRANSLATE_NOOP("texts", "Ghi chú"),
    QT_TRANSLATE_NOOP("texts", "Lượt xem"),
    QT_TRANSLATE_NOOP("texts", "Lượt tiếp cận"),
    QT_TRANSLATE_NOOP("texts", "Lượt chia sẻ"),
    QT_TRANSLATE_NOOP("texts", "Nguồn kinh phí"),
    QT_TRANSLATE_NOOP("texts", "Tệp"),
    QT_TRANSLATE_NOOP("texts", "Trang"),
    QT_TRANSLATE_NOOP("texts", "Dòng"),
    QT_TRANSLATE_NOOP("texts", "Cột"),
    QT_TRANSLATE_NOOP("texts", "Lý do"),
    QT_TRANSLATE_NOOP("texts", "Hoạt động khác"),
    # Progress statuses (domain.progress.STATUS_LABELS).
    QT_TRANSLATE_NOOP("texts", "Đạt"),
    QT_TRANSLATE_NOOP("texts", "Đạt (trễ hạn)"),
    QT_TRANSLATE_NOOP("texts", "Không đạt"),
    QT_TRANSLATE_NOOP("texts", "Đúng tiến độ"),
    QT_TRANSLATE_NOOP("texts", "Chậm tiến độ"),
    QT_TRANSLATE_NOOP("texts", "Không có chỉ tiêu"),
    # Submission states (domain.consolidation.submission_status).
    QT_TRANSLATE_NOOP("texts", "Chưa nộp"),
    QT_TRANSLATE_NOOP("texts", "Không phải nộp"),
    QT_TRANSLATE_NOOP("texts", "Đã nộp, đúng hạn"),
    QT_TRANSLATE_NOOP("texts", "Đã nộp, trễ hạn"),
    # Languages of an activity (domain.activity.LANGUAGES).
    QT_TRANSLATE_NOOP("texts", "Tiếng Việt"),
    QT_TRANSLATE_NOOP("texts", "Tiếng Anh"),
    QT_TRANSLATE_NOOP("texts", "Tiếng Việt và Tiếng Anh"),
    # Kinds of backup (store.backup.KIND_LABELS).
    QT_TRANSLATE_NOOP("texts", "Tự động hằng ngày"),
    QT_TRANSLATE_NOOP("texts", "Trước khi nhập dữ liệu"),
    QT_TRANSLATE_NOOP("texts", "Trước khi nâng cấp dữ liệu"),
    QT_TRANSLATE_NOOP("texts", "Sao lưu thủ công"),
)


# The domain's message templates (desktop.domain.text.MESSAGE_TEMPLATES): the
# reasons a field is refused, in the form and the import dialog.
MESSAGES_CONTEXT = "messages"
MESSAGES = (
    QT_TRANSLATE_NOOP("messages", "không phải là số"),
    QT_TRANSLATE_NOOP("messages", "“{text}” không phải là số"),
    QT_TRANSLATE_NOOP("messages", "“{text}” có phần lẻ, phải là số nguyên"),
    QT_TRANSLATE_NOOP("messages", "“{text}” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000"),
    QT_TRANSLATE_NOOP(
        "messages", "“{text}” không rõ là số lẻ hay số nghìn; hãy ghi 1.500 hoặc 1500"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "“{text}” không phải là số nguyên viết đúng cách (ví dụ 1.500.000)"
    ),
    QT_TRANSLATE_NOOP("messages", "chưa có ngày"),
    QT_TRANSLATE_NOOP("messages", "“{text}” không phải ngày dạng dd/mm/yyyy"),
    QT_TRANSLATE_NOOP("messages", "“{value}” không phải số chủ đề"),
    QT_TRANSLATE_NOOP("messages", "“{value}” không phải số chủ đề (từ {low} đến {high})"),
    QT_TRANSLATE_NOOP("messages", "ngày {day} không thuộc năm {year}"),
    QT_TRANSLATE_NOOP("messages", "ngày {day} nằm ngoài kỳ số liệu năm {year} ({first} – {last})"),
    QT_TRANSLATE_NOOP("messages", "“{code}” không có trong kế hoạch năm {year}"),
    QT_TRANSLATE_NOOP("messages", "chưa chọn hình thức"),
    QT_TRANSLATE_NOOP("messages", "“{form}” không phải hình thức có trong danh mục ({forms})"),
    QT_TRANSLATE_NOOP("messages", "chưa có tiêu đề"),
    QT_TRANSLATE_NOOP("messages", "dài {length} ký tự, tối đa {limit}"),
    QT_TRANSLATE_NOOP("messages", "phải là số nguyên từ 1 trở lên"),
    QT_TRANSLATE_NOOP("messages", "quá lớn (tối đa 1.000.000)"),
    QT_TRANSLATE_NOOP(
        "messages", "“{text}” phải là Tiếng Việt, Tiếng Anh hoặc Tiếng Việt và Tiếng Anh"
    ),
    QT_TRANSLATE_NOOP("messages", "đường dẫn quá dài"),
    QT_TRANSLATE_NOOP("messages", "không được âm"),
    QT_TRANSLATE_NOOP("messages", "quá lớn"),
    QT_TRANSLATE_NOOP("messages", "ghi chú quá dài (tối đa 100.000 ký tự)"),
    QT_TRANSLATE_NOOP(
        "messages", "Đã có hoạt động cùng ngày, cùng chỉ tiêu, cùng tiêu đề và đường dẫn."
    ),
    # Why a line of a plan document gave no target (desktop.domain.plan_reasons).
    QT_TRANSLATE_NOOP("messages", "phần mục đích, yêu cầu: không chứa chỉ tiêu"),
    QT_TRANSLATE_NOOP("messages", "phần kinh phí: không chứa chỉ tiêu"),
    QT_TRANSLATE_NOOP(
        "messages", "phần tổ chức thực hiện: không phải hạn báo cáo hay đơn vị tổng hợp"
    ),
    QT_TRANSLATE_NOOP("messages", "phần không chứa chỉ tiêu"),
    QT_TRANSLATE_NOOP("messages", "phần mở đầu (căn cứ ban hành)"),
    QT_TRANSLATE_NOOP("messages", "Phần mở đầu"),
    QT_TRANSLATE_NOOP("messages", "nơi nhận, chữ ký"),
    QT_TRANSLATE_NOOP("messages", "không đọc được"),
    QT_TRANSLATE_NOOP("messages", "câu dẫn, không phải nội dung"),
    QT_TRANSLATE_NOOP("messages", "dòng thông tin không thuộc nhiệm vụ nào"),
    QT_TRANSLATE_NOOP("messages", "lời giải thích của nhiệm vụ, không phải chỉ tiêu"),
    QT_TRANSLATE_NOOP("messages", "không rõ là nhiệm vụ hay thông tin của nhiệm vụ"),
    QT_TRANSLATE_NOOP("messages", "không đọc được thời gian; {task} tạm tính cả năm {year}"),
    QT_TRANSLATE_NOOP("messages", "{task}: không thấy đơn vị chủ trì"),
    QT_TRANSLATE_NOOP("messages", "không đọc được số lượng trong tần suất của {task}"),
    # Plans, workspace, files and reports (desktop/io/plan_*, desktop/store, desktop/files.py,
    # desktop/reports).
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp “{path}”: {reason}."),
    QT_TRANSLATE_NOOP("messages", "Tệp kế hoạch “{name}” bị từ chối: quá lớn ({size} MB)."),
    QT_TRANSLATE_NOOP("messages", "Tệp kế hoạch “{name}” bị từ chối: {reason}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp kế hoạch “{name}” bị từ chối: tệp bị hỏng hoặc không trọn vẹn. Hãy đề nghị nơi "
        "gửi gửi lại.",
    ),
    QT_TRANSLATE_NOOP("messages", "đây không phải tệp kế hoạch của ứng dụng (hoặc tệp bị cắt)"),
    QT_TRANSLATE_NOOP("messages", "tệp có quá nhiều phần bên trong"),
    QT_TRANSLATE_NOOP("messages", "không có manifest.json: đây không phải tệp kế hoạch"),
    QT_TRANSLATE_NOOP("messages", "manifest.json không phải của tệp kế hoạch"),
    QT_TRANSLATE_NOOP(
        "messages",
        "tệp được tạo bằng phiên bản ứng dụng mới hơn ({version}); hãy cập nhật ứng dụng",
    ),
    QT_TRANSLATE_NOOP("messages", "thiếu phần “{name}”"),
    QT_TRANSLATE_NOOP("messages", "thời điểm tạo tệp trong manifest.json không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "năm trong manifest.json khác năm của kế hoạch"),
    QT_TRANSLATE_NOOP("messages", "phần “{name}” không đúng cấu trúc"),
    QT_TRANSLATE_NOOP("messages", "trường “{key}” không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "thiếu trường “{key}”"),
    QT_TRANSLATE_NOOP("messages", "ngày “{key}” không hợp lệ: {value}"),
    QT_TRANSLATE_NOOP("messages", "năm của kế hoạch không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "danh sách chỉ tiêu không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "số chỉ tiêu của {code} không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "đơn vị chủ trì của {code} không có trong tệp"),
    QT_TRANSLATE_NOOP("messages", "thời hạn của {code} không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "danh sách nội dung tuyên truyền không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "kỳ số liệu “{window}” không hợp lệ (chỉ nhận {windows})"),
    QT_TRANSLATE_NOOP("messages", "Không mở được tệp “{name}”: {reason}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” quá lớn ({size} MB, tối đa {limit} MB) cho một văn bản kế hoạch; không đọc.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” trống."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” không phải tệp {kind} hợp lệ (có thể bị hỏng hoặc đổi đuôi tệp).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” là định dạng Word cũ (.doc): hãy mở bằng Word hoặc LibreOffice và lưu "
        "thành .docx hoặc PDF rồi nhập lại.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” có quá nhiều chữ ({chars} ký tự) cho một văn bản kế hoạch; không đọc.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” không phải văn bản chữ (DOCX, PDF hoặc TXT mã UTF-8).",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” bị hỏng, không mở được ({reason})."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” không phải văn bản Word (.docx)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” bất thường: khi giải nén chiếm {size} MB trong {parts} phần, vượt giới "
        "hạn an toàn; không đọc.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” bị hỏng, không đọc được ({reason})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp PDF “{name}” được đặt mật khẩu; hãy lưu bản không mật khẩu rồi nhập lại.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp PDF “{name}” bị hỏng, không đọc được ({reason})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp PDF “{name}” có {pages} trang, quá nhiều cho một văn bản kế hoạch (tối đa "
        "{limit}); không đọc.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Đọc tệp PDF “{name}” quá lâu (hơn {seconds} giây, dừng ở trang {page}); tệp có thể "
        "bị hỏng. Hãy dùng bản DOCX của văn bản.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp PDF “{name}”: trang {page} bị hỏng, không đọc được ({reason}).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp PDF “{name}” không có lớp chữ (có thể là bản scan hoặc ảnh chụp), nên không đọc "
        "được nội dung kế hoạch. Hãy dùng bản DOCX hoặc PDF xuất từ Word, hoặc nhận dạng chữ "
        "(OCR) tệp này trước khi nhập.",
    ),
    QT_TRANSLATE_NOOP("messages", "Văn bản không có chữ nào để đọc."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không biết kế hoạch của năm nào: văn bản không ghi “năm …” trong tên kế hoạch; hãy "
        "chọn năm.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không thấy phần nhiệm vụ của kế hoạch (mục La Mã như “III. HÌNH THỨC TUYÊN TRUYỀN” "
        "hoặc “II. NHIỆM VỤ”): văn bản có thể không phải kế hoạch truyền thông.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp được giữ nguyên, không bị xóa; hãy khôi phục từ bản sao lưu hoặc mở tệp khác.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Thay đổi vừa rồi chưa được lưu; dữ liệu đã lưu trước đó vẫn còn nguyên.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp dữ liệu{where} đang bận vì một chương trình khác đang ghi vào; đã chờ 10 giây "
        "mà chưa xong. {kept} Hãy thử lại sau ít phút.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Ổ đĩa chứa tệp dữ liệu{where} đã đầy. {kept} Hãy giải phóng dung lượng rồi thử lại.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp dữ liệu{where} chỉ cho phép đọc (tệp hoặc thư mục bị khóa ghi, hoặc ổ đĩa chỉ "
        "đọc). {kept} Hãy chép tệp sang thư mục có quyền ghi rồi mở lại.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp dữ liệu{where} bị hỏng. {kept} Hãy đóng ứng dụng và khôi phục từ bản sao lưu "
        "(Công cụ > Khôi phục từ bản sao lưu...).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Lỗi đọc/ghi ổ đĩa khi lưu tệp dữ liệu{where} (ổ USB bị rút ra hoặc ổ mạng mất kết "
        "nối?). {kept} Hãy kiểm tra ổ đĩa rồi thử lại.",
    ),
    QT_TRANSLATE_NOOP("messages", "Không lưu được vào tệp dữ liệu{where} ({error}). {kept}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không còn thư mục “{folder}” chứa tệp dữ liệu (ổ USB đã rút ra, ổ mạng mất kết nối, "
        "hoặc thư mục bị đổi tên?). Tệp dữ liệu không bị hỏng: hãy cắm lại ổ hoặc kết nối "
        "lại rồi mở lại.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp dữ liệu “{path}” nằm ở nơi chỉ cho phép đọc (ổ đĩa, thư mục hoặc tệp bị khóa "
        "ghi). Tệp không bị hỏng và không cần khôi phục: hãy chép tệp sang thư mục có quyền "
        "ghi rồi mở tệp đó, hoặc nhờ cán bộ kỹ thuật mở quyền ghi.",
    ),
    QT_TRANSLATE_NOOP("messages", "Không có quyền đọc tệp “{path}”."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp “{path}” ({reason})."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{path}” rỗng (0 byte), không phải dữ liệu của ứng dụng."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{path}” không phải tệp dữ liệu của ứng dụng Báo cáo CĐS."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{path}” bị cắt cụt, không đọc được."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tên tệp dữ liệu “{name}” quá dài ({size} byte, tối đa {limit}): các bản sao lưu và "
        "tệp đi kèm của nó sẽ không ghi được. Hãy đặt tên ngắn hơn.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Đường dẫn “{path}” quá dài (tối đa {limit} ký tự): các bản sao lưu và tệp đi kèm sẽ "
        "không ghi được. Hãy chọn thư mục hoặc tên ngắn hơn.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không thấy tệp dữ liệu “{path}” nhưng còn nhật ký “{wal}” giữ các thay đổi đã lưu "
        "của nó: không tạo tệp mới ở đó (sẽ làm mất các thay đổi ấy). Nếu bên cạnh có tệp "
        "“…truoc-khoi-phuc…”, hãy đưa tệp đó về (Công cụ > Khôi phục từ bản sao lưu... hoặc lệnh python -m "
        'desktop restore TỆP --db "{path}"); nếu không, hãy tìm lại tệp dữ liệu.',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” bị hỏng: kiểm tra toàn vẹn phát hiện {count} lỗi (đầu tiên: {first}). {kept}",
    ),
    QT_TRANSLATE_NOOP("messages", "“{path}” là một thư mục, không phải tệp dữ liệu."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp dữ liệu “{path}”."),
    QT_TRANSLATE_NOOP("messages", "Không tạo được thư mục “{folder}” ({reason})."),
    QT_TRANSLATE_NOOP("messages", "Không mở được tệp “{path}” ({error})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” bị hỏng hoặc không phải tệp dữ liệu của ứng dụng ({error}). {kept}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” là cơ sở dữ liệu của chương trình khác, không phải dữ liệu của ứng "
        "dụng Báo cáo CĐS. Tệp được giữ nguyên.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” được tạo bởi phiên bản mới hơn của ứng dụng (cấu trúc dữ liệu số "
        "{version}, phiên bản này chỉ đọc được đến số {latest}). Hãy cập nhật ứng dụng để mở "
        "tệp này. Tệp được giữ nguyên.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{path}” bị hỏng hoặc không đọc được ({error}). {kept}"),
    QT_TRANSLATE_NOOP("messages", "Không ghi gì: {problem}."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp “{path}” để đính kèm."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không đọc được tệp “{path}”: tệp đang mở trong chương trình khác hoặc không có quyền đọc.",
    ),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy đơn vị."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Chưa có kế hoạch năm {year} (các năm đã có: {years}). Hãy sao chép kế hoạch năm "
        "trước sang năm {year}.",
    ),
    QT_TRANSLATE_NOOP("messages", "chưa có"),
    QT_TRANSLATE_NOOP("messages", "Đã có kế hoạch năm {year}."),
    QT_TRANSLATE_NOOP("messages", "Năm {year} đã có kế hoạch; không sao chép đè lên."),
    QT_TRANSLATE_NOOP("messages", "Chưa có kế hoạch năm {year}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Kỳ số liệu “{window}” không hợp lệ: dùng {calendar} hoặc {nd09}.",
    ),
    QT_TRANSLATE_NOOP("messages", "Chỉ tiêu {code}: ngày bắt đầu sau ngày kết thúc."),
    QT_TRANSLATE_NOOP("messages", "Chỉ tiêu {code}: số chỉ tiêu không được âm."),
    QT_TRANSLATE_NOOP("messages", "Tên hình thức không được để trống."),
    QT_TRANSLATE_NOOP("messages", "Tên hình thức dài quá {limit} ký tự."),
    QT_TRANSLATE_NOOP("messages", "Không có hình thức “{name}”."),
    QT_TRANSLATE_NOOP("messages", "Không có hình thức “{name}” để gộp vào."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không làm lại được lần nhập này: các hoạt động đã hoàn tác không còn được giữ (chỉ "
        "giữ {kept} lần hoàn tác gần nhất). Hãy nhập lại tệp.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không làm lại được lần nhập này: sau khi hoàn tác đã có hoạt động trùng với hoạt "
        "động của lần nhập. Dữ liệu không thay đổi.",
    ),
    QT_TRANSLATE_NOOP("messages", "Không có lần nhập số {number} trong dữ liệu này."),
    QT_TRANSLATE_NOOP(
        "messages",
        "có {count} hoạt động trùng nhau (cùng ngày, chỉ tiêu, tiêu đề và đường dẫn)",
    ),
    QT_TRANSLATE_NOOP("messages", "Không có gói này trong dữ liệu tổng hợp."),
    QT_TRANSLATE_NOOP("messages", "Tên đơn vị không được để trống."),
    QT_TRANSLATE_NOOP("messages", "Đã có đơn vị tên “{name}”."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Dữ liệu này chưa chọn đơn vị. Hãy mở ứng dụng để chọn, hoặc dùng lệnh “init --unit "
        "TÊN ĐƠN VỊ”.",
    ),
    QT_TRANSLATE_NOOP("messages", "Chưa nêu đơn vị cũ nào."),
    QT_TRANSLATE_NOOP("messages", "Không có đơn vị “{name}” trong dữ liệu."),
    QT_TRANSLATE_NOOP("messages", "Chưa nêu tên đơn vị mới."),
    QT_TRANSLATE_NOOP("messages", "“{name}” không thể kế thừa chính mình."),
    QT_TRANSLATE_NOOP("messages", "Không hoàn tác được: “{name}” đã có số liệu riêng."),
    QT_TRANSLATE_NOOP("messages", "Thư mục sao lưu “{folder}” không cho phép ghi. {reason}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không dùng được thư mục sao lưu “{folder}” ({reason}). Nếu đây là ổ USB hay ổ mạng, "
        "hãy kiểm tra đã cắm/kết nối chưa.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không thể sao lưu tệp “{path}” vào chính nó; hãy chọn tên tệp khác.",
    ),
    QT_TRANSLATE_NOOP("messages", "Đã có tệp “{path}”; không ghi đè. Hãy chọn tên tệp khác."),
    QT_TRANSLATE_NOOP("messages", "Đang ghi dữ liệu; hãy sao lưu lại sau khi ghi xong."),
    QT_TRANSLATE_NOOP("messages", "Không sao lưu được. {reason}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không sao lưu được vào “{folder}” ({reason}). Nếu đây là ổ USB hay ổ mạng, hãy kiểm "
        "tra đã cắm/kết nối chưa.",
    ),
    QT_TRANSLATE_NOOP("messages", "Không sao lưu được ({error})."),
    QT_TRANSLATE_NOOP("messages", "Không mở được tệp “{path}” để sao lưu ({error})."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp sao lưu “{path}”."),
    QT_TRANSLATE_NOOP("messages", "Không mở được tệp sao lưu “{path}” ({error})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” không phải bản sao lưu dữ liệu của ứng dụng Báo cáo CĐS.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng "
        "trước khi khôi phục.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp sao lưu “{path}” bị hỏng (kiểm tra toàn vẹn báo: {result}).",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp sao lưu “{path}” bị hỏng hoặc không đọc được ({error})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Cả “{own}” và “{left}” đều có: không tự chọn được nhật ký nào đi với “{leftover}”. "
        "Không thay đổi gì; hãy nhờ cán bộ kỹ thuật xem các tệp này.",
    ),
    QT_TRANSLATE_NOOP("messages", "Không đưa được tệp về chỗ cũ. {reason}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp sao lưu chính là tệp dữ liệu đang dùng; không có gì để khôi phục.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không thấy tệp dữ liệu “{path}” nhưng còn nhật ký “{wal}” giữ các thay đổi của nó: "
        "không khôi phục đè lên để không mất các thay đổi đó. {advice}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Hãy tìm lại tệp dữ liệu (có thể đã bị đổi tên hoặc chuyển đi).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{leftover}” được giữ lại khi khôi phục: đưa về bằng lệnh python -m desktop "
        'restore "{leftover}" --db "{path}".',
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không khôi phục được. {reason} Tệp dữ liệu hiện tại được giữ nguyên.",
    ),
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp sao lưu “{path}” ({error})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” không đọc được trong thời gian cho phép ({seconds} giây): tệp này "
        "không phải dữ liệu bình thường của ứng dụng. Hãy dùng một bản sao lưu của tệp đó.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” chứa “{name}” ({kind}) mà ứng dụng không bao giờ tạo: tệp đã bị sửa "
        "ngoài ứng dụng nên không được dùng.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}”: “{name}” không phải bảng dữ liệu; không dùng tệp này.",
    ),
    QT_TRANSLATE_NOOP("messages", "{time} ngày {day}"),
    QT_TRANSLATE_NOOP("messages", "trên máy này, từ {since}"),
    QT_TRANSLATE_NOOP("messages", "trên máy này, người dùng “{user}”, từ {since}"),
    QT_TRANSLATE_NOOP("messages", "trên máy “{host}”, từ {since}"),
    QT_TRANSLATE_NOOP("messages", "trên máy “{host}”, người dùng “{user}”, từ {since}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp dữ liệu “{path}” đang được mở trong một cửa sổ khác của ứng dụng. Hãy dùng cửa "
        "sổ đó, hoặc đóng nó rồi mở lại. Mỗi tệp dữ liệu chỉ mở ở một nơi để không ai ghi đè "
        "lên việc của người khác.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp dữ liệu “{path}” đang được mở trong một cửa sổ khác của ứng dụng ({owner}). Hãy "
        "dùng cửa sổ đó, hoặc đóng nó rồi mở lại. Mỗi tệp dữ liệu chỉ mở ở một nơi để không "
        "ai ghi đè lên việc của người khác.",
    ),
    QT_TRANSLATE_NOOP("messages", "Có chỉ tiêu chưa có mã."),
    QT_TRANSLATE_NOOP("messages", "Mã chỉ tiêu {code} bị trùng; mỗi chỉ tiêu cần một mã riêng."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Năm {year} đã có kế hoạch “{title}”. Muốn thay bằng kế hoạch mới, hãy chọn thay thế "
        "(--replace); các hoạt động đã ghi được giữ nguyên.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp kế hoạch năm {year} này không mới hơn tệp đã nạp (lập lúc {loaded}); không thay "
        "đổi gì.",
    ),
    QT_TRANSLATE_NOOP("messages", "Mẫu báo cáo “{path}”"),
    QT_TRANSLATE_NOOP("messages", "phần thân"),
    QT_TRANSLATE_NOOP("messages", "đầu trang"),
    QT_TRANSLATE_NOOP("messages", "chân trang"),
    QT_TRANSLATE_NOOP("messages", "{where}, đoạn “{excerpt}”"),
    QT_TRANSLATE_NOOP(
        "messages",
        "{context}: mẫu chỉ dùng chỗ điền dạng {{{{ tên }}}}; không dùng được câu lệnh {{% "
        "... %}} hay chú thích {{# ... #}}.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{context}: chỗ điền “{placeholder}” có dấu nháy cong (“ ” ‘ ’); tên chỗ điền không "
        "có dấu nháy, ví dụ {{ unit_name }}.",
    ),
    QT_TRANSLATE_NOOP("messages", "{context}: chỗ điền “{placeholder}” viết sai."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{context}: không có trường “{field}”. Các trường dùng được: {fields}.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{context}: có dấu ngoặc “{{{{” hoặc “}}}}” không thành cặp (chỗ điền bị tách dòng "
        "hoặc thiếu ngoặc).",
    ),
    QT_TRANSLATE_NOOP("messages", "và {count} vấn đề khác."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} quá lớn để là một mẫu báo cáo (tối đa {packed} MB khi nén, {unpacked} MB khi "
        "giải nén). Hãy chọn lại mẫu hoặc dùng mẫu có sẵn.",
    ),
    QT_TRANSLATE_NOOP("messages", "{name}: không tìm thấy tệp."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} bị hỏng hoặc không phải tệp Word (.docx). Hãy chọn lại mẫu hoặc dùng mẫu có "
        "sẵn. ({error})",
    ),
    QT_TRANSLATE_NOOP("messages", "{name} bị hỏng: nội dung XML không đọc được ({error})."),
    QT_TRANSLATE_NOOP("messages", "{name}: không đọc được tệp ({reason})."),
    QT_TRANSLATE_NOOP("messages", "thiếu kiểu định dạng (style): {styles}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} không dùng được: có quá nhiều dấu mở chỗ điền “{{{{” (hơn {limit}; một mẫu "
        "báo cáo chỉ cần vài chục chỗ điền). Hãy chọn lại mẫu hoặc dùng mẫu có sẵn.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "chỗ điền “{{{{ {block} }}}}” phải nằm riêng một đoạn, không có chữ nào khác.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "chỗ điền “{{{{ {block} }}}}” phải nằm trong phần thân hoặc ô bảng.",
    ),
    QT_TRANSLATE_NOOP("messages", "chỗ điền “{{{{ {block} }}}}” xuất hiện nhiều lần."),
    QT_TRANSLATE_NOOP("messages", "thiếu chỗ điền “{{ body }}” (nội dung báo cáo)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "{name} không dùng được:\n- {problems}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Dữ liệu “{path}” là của “{unit}”, không phải đơn vị tổng hợp; báo cáo tổng hợp năm "
        "{year} chỉ lập từ dữ liệu của {who}.",
    ),
    QT_TRANSLATE_NOOP("messages", "đơn vị tổng hợp"),
    QT_TRANSLATE_NOOP(
        "messages",
        "tổng kinh phí năm {year} của “{unit}”{source} sẽ là {cost} đồng, vượt mức {limit} "
        "đồng mà không đơn vị nào đạt tới; hãy kiểm tra cột Kinh phí",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "tổng số lượng năm {year} của “{unit}”{source} sẽ là {quantity}, vượt mức {limit} mà "
        "không đơn vị nào đạt tới; hãy kiểm tra cột Số lượng",
    ),
    QT_TRANSLATE_NOOP("messages", " (từ {where})"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không ghi được tệp “{path}”: tệp đang mở trong chương trình khác (Word, Excel...) "
        "hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn nơi lưu khác.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không ghi được tệp “{path}”: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn nơi "
        "lưu khác.",
    ),
    QT_TRANSLATE_NOOP("messages", "Không ghi được tệp “{path}”: ổ đĩa chỉ cho phép đọc."),
    QT_TRANSLATE_NOOP("messages", "Không ghi được tệp “{path}”: thư mục không tồn tại."),
    QT_TRANSLATE_NOOP("messages", "Không ghi được tệp “{path}” ({reason})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không ghi vào “{path}”: đó là tệp dữ liệu đang dùng “{workspace}” (hoặc tệp đi kèm "
        "của nó); ghi vào đó sẽ làm mất dữ liệu. Hãy chọn tên tệp khác.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không ghi vào “{path}”: đó là một bản sao lưu của “{workspace}”; ghi đè sẽ làm mất "
        "bản sao lưu. Hãy chọn tên tệp khác.",
    ),
    QT_TRANSLATE_NOOP("messages", "“{path}” là một thư mục, không phải tên tệp."),
    # end of plans, workspace and reports
) + (*FILE_MESSAGES, *SIGNING_MESSAGES)


def translated(text: str) -> str:
    """One of the texts above in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def translated_message(text: str) -> str:
    """A domain message (desktop.domain.text.Message) in the interface
    language, from its template and values; any other text as it is. A value
    that is itself a Message (a package refused for a reason, a field named
    in a refusal) is translated the same way first; a Message made of one of
    the terms above (a field's name) is that term translated."""
    template = getattr(text, "template", None)
    if template is None:
        return text
    values = {
        k: numbers.integer(v) if isinstance(v, Count) else translated_message(v)
        for k, v in getattr(text, "values", {}).items()
    }
    shown = QCoreApplication.translate(MESSAGES_CONTEXT, template)
    if not values:
        return translated(template) if shown == template else shown
    return shown.format(**values)


def translated_error(exc: BaseException) -> str:
    """What an exception says, in the interface language: the Message it was
    raised with translated (never str(exc), which keeps only the Vietnamese)."""
    return translated_message(message_of(exc))
