"""The file layer's message templates, marked for translation: what
receiving says of each package, and why a package, a signed report, a
previous-year workspace file or an XLSX/CSV list is refused (desktop/io:
package*, previous, tables, limits, listlayout, smartlist, rowcheck; the year
totals and where a refused value is, from desktop/domain/activity; the
signed report's check, from desktop/signing/verify). Part of `MESSAGES` in
texts.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_MESSAGES = (
    QT_TRANSLATE_NOOP("messages", "trang “{sheet}”"),
    QT_TRANSLATE_NOOP("messages", "dòng {row}"),
    QT_TRANSLATE_NOOP("messages", "cột “{field}”: {message}"),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp “{path}”."),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” có giá trị “{value}”, không phải số"),
    QT_TRANSLATE_NOOP(
        "messages", "phần “{part}” có ký tự không hợp lệ (mã UTF-16 lẻ) trong “{text}”"
    ),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” không phải văn bản UTF-8 hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” không phải JSON hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” không phải danh sách hoạt động"),
    QT_TRANSLATE_NOOP("messages", "phần “{part}”: kỳ số liệu “{window}” không hợp lệ ({windows})"),
    QT_TRANSLATE_NOOP(
        "messages", "phần “{part}” có nhiều mục hơn {limit} hoạt động ghi trong manifest.json"
    ),
    QT_TRANSLATE_NOOP("messages", "mục {number}: không đúng cấu trúc"),
    QT_TRANSLATE_NOOP("messages", "mục {number}, cột “{field}”: {problem}"),
    QT_TRANSLATE_NOOP("messages", "mục {number}, cột “{field}”: {kind} (đang là {value})"),
    QT_TRANSLATE_NOOP("messages", "phải là danh sách số"),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” có dữ liệu sai: {problems}"),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” có dữ liệu sai: {problems} (và {more} lỗi khác)"),
    QT_TRANSLATE_NOOP("messages", "phần “{part}”: {problem}"),
    QT_TRANSLATE_NOOP("messages", "phải là ngày dạng YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("messages", "phải là chuỗi ký tự"),
    QT_TRANSLATE_NOOP("messages", "phải là số nguyên"),
    QT_TRANSLATE_NOOP("messages", "phải là số nguyên (đồng)"),
    QT_TRANSLATE_NOOP("messages", "phải là danh sách số chủ đề"),
    QT_TRANSLATE_NOOP("messages", "phải là số nguyên hoặc null (chưa ghi nhận)"),
    QT_TRANSLATE_NOOP("messages", "phải là thời điểm dạng ISO"),
    QT_TRANSLATE_NOOP("messages", "Gói “{name}” bị từ chối: {reason}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Gói “{name}” bị từ chối: tệp bị hỏng hoặc không trọn vẹn (có thể bị cắt khi gửi/chép). Hãy đề nghị đơn vị gửi lại.",
    ),
    QT_TRANSLATE_NOOP("messages", "không tìm thấy tệp"),
    QT_TRANSLATE_NOOP(
        "messages", "đây không phải gói báo cáo của ứng dụng (hoặc tệp đã bị cắt, không trọn vẹn)"
    ),
    QT_TRANSLATE_NOOP("messages", "gói có quá nhiều tệp bên trong"),
    QT_TRANSLATE_NOOP(
        "messages", "không có tệp manifest.json: đây không phải gói báo cáo của ứng dụng"
    ),
    QT_TRANSLATE_NOOP("messages", "manifest.json không phải của gói báo cáo"),
    QT_TRANSLATE_NOOP(
        "messages",
        "gói được tạo bằng phiên bản ứng dụng mới hơn ({version}); hãy cập nhật ứng dụng",
    ),
    QT_TRANSLATE_NOOP("messages", "thiếu phần “{part}”"),
    QT_TRANSLATE_NOOP(
        "messages", "phần “{part}” có {found} hoạt động, manifest.json ghi {declared}"
    ),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” không đúng cấu trúc"),
    QT_TRANSLATE_NOOP("messages", "năm trong manifest.json không hợp lệ"),
    QT_TRANSLATE_NOOP(
        "messages",
        "phần “{part}” là kế hoạch năm {plan_year}, còn manifest.json ghi gói năm {year}",
    ),
    QT_TRANSLATE_NOOP("messages", "manifest.json: “schema_version” không hợp lệ ({value})"),
    QT_TRANSLATE_NOOP("messages", "manifest.json: “app_version” không phải chuỗi"),
    QT_TRANSLATE_NOOP("messages", "thời điểm tạo gói trong manifest.json không hợp lệ"),
    QT_TRANSLATE_NOOP(
        "messages", "manifest.json: số hoạt động “{value}” không hợp lệ (tối đa {limit})"
    ),
    QT_TRANSLATE_NOOP("messages", "manifest.json không liệt kê các phần của gói"),
    QT_TRANSLATE_NOOP("messages", "manifest.json có mục không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "tên phần “{part}” không an toàn (đường dẫn ra ngoài gói)"),
    QT_TRANSLATE_NOOP("messages", "thiếu phần “{part}” ghi trong manifest.json"),
    QT_TRANSLATE_NOOP("messages", "manifest.json thiếu kích thước hoặc mã kiểm tra của “{part}”"),
    QT_TRANSLATE_NOOP("messages", "tổng dung lượng các phần vượt giới hạn"),
    QT_TRANSLATE_NOOP(
        "messages",
        "phần “{part}” không khớp mã kiểm tra SHA-256 (nội dung đã bị thay đổi hoặc hỏng)",
    ),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” quá lớn ({size} byte)"),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” có tỷ lệ nén bất thường (nghi tệp nén độc hại)"),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” lớn hơn kích thước ghi trong gói"),
    QT_TRANSLATE_NOOP("messages", "phần “{part}” không có tên đơn vị"),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” quá lớn để gửi kèm gói báo cáo."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp báo cáo đã ký “{path}”."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” không phải tệp PDF."),
    QT_TRANSLATE_NOOP("messages", "Không gửi được tệp “{name}”: {problem}."),
    QT_TRANSLATE_NOOP("messages", "Không gửi được tệp “{name}”: {problem}"),
    QT_TRANSLATE_NOOP(
        "messages", "Không gửi được tệp “{name}”: {verdict}. Hãy ký lại từ bản báo cáo gốc."
    ),
    QT_TRANSLATE_NOOP("messages", "“{name}”: {unit} năm {year}: {what}."),
    QT_TRANSLATE_NOOP("messages", "đã nhận {count} hoạt động"),
    QT_TRANSLATE_NOOP(
        "messages", "gói mới hơn (tạo lúc {created}) thay cho gói trước; {count} hoạt động"
    ),
    QT_TRANSLATE_NOOP("messages", "gói cũ hơn gói đang dùng, chỉ lưu làm lịch sử"),
    QT_TRANSLATE_NOOP("messages", "“{name}”: gói của {unit} năm {year} đã nhận trước đó, bỏ qua."),
    QT_TRANSLATE_NOOP("messages", "Gói “{name}” bị từ chối: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Gói “{name}” bị từ chối: đây là gói của chính đơn vị “{unit}”."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Gói “{name}” bị từ chối: có dữ liệu không đọc được ({kind}); chi tiết ghi ở {log}.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” đã thay đổi trong lúc nhận; hãy nhận lại gói này."),
    QT_TRANSLATE_NOOP(
        "messages", "Không lưu được bản sao gói “{name}” vào thư mục “{folder}”: {reason}."
    ),
    QT_TRANSLATE_NOOP("messages", "Đang đọc “{name}”..."),
    QT_TRANSLATE_NOOP("messages", "Xong"),
    QT_TRANSLATE_NOOP("messages", "Đang chuẩn bị dữ liệu"),
    QT_TRANSLATE_NOOP("messages", "Đang tạo báo cáo DOCX và PDF"),
    QT_TRANSLATE_NOOP("messages", "Đang ghi gói báo cáo"),
    QT_TRANSLATE_NOOP("messages", "Đã nhận"),
    QT_TRANSLATE_NOOP("messages", "Đã thay bằng gói mới hơn"),
    QT_TRANSLATE_NOOP("messages", "Gói cũ hơn gói đang dùng: chỉ lưu làm lịch sử"),
    QT_TRANSLATE_NOOP("messages", "Đã nhận trước đó: bỏ qua"),
    QT_TRANSLATE_NOOP("messages", "Bị từ chối"),
    QT_TRANSLATE_NOOP("messages", "Không có đơn vị “{unit}” trong dữ liệu tổng hợp."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Mã gói “{code}” quá ngắn: hãy ghi ít nhất 8 ký tự đầu của mã SHA-256 (xem bằng lệnh submissions list).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không có gói nào của “{unit}” có mã bắt đầu bằng “{code}” (xem bằng lệnh submissions list).",
    ),
    QT_TRANSLATE_NOOP("messages", "Có {count} gói có mã bắt đầu bằng “{code}”; hãy ghi dài hơn."),
    QT_TRANSLATE_NOOP(
        "messages", "Không còn bản sao của gói (tệp “{path}”); hãy nhận lại tệp gói để dùng nó."
    ),
    QT_TRANSLATE_NOOP(
        "messages", "Bản sao của gói (tệp “{path}”) đã bị thay đổi; hãy nhận lại gói."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” quá lớn ({size} MB, tối đa {limit} MB): dữ liệu nhiều năm của một đơn vị chỉ vài MB, đây không phải tệp dữ liệu năm trước của ứng dụng.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” bị hỏng: không đọc được dữ liệu bên trong ({reason}). Hãy dùng một bản sao lưu của tệp đó.",
    ),
    QT_TRANSLATE_NOOP(
        "messages", "Tệp “{path}” chưa chọn đơn vị nên không có hoạt động nào để nhập."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” có hơn {limit} dòng trong bảng “{table}”: nhiều hơn dữ liệu nhiều năm của một đơn vị, đây không phải tệp dữ liệu năm trước bình thường của ứng dụng. Không nhập.",
    ),
    QT_TRANSLATE_NOOP("messages", "quá dài (tối đa {limit} ký tự)"),
    QT_TRANSLATE_NOOP("messages", "hoạt động số {id}"),
    QT_TRANSLATE_NOOP("messages", "hoạt động số {id} ngày {day}"),
    QT_TRANSLATE_NOOP("messages", "“{code}” không có trong kế hoạch năm {year} của tệp"),
    QT_TRANSLATE_NOOP(
        "messages", "Tệp “{path}” có dữ liệu không hợp lệ nên không nhập:\n- {problems}"
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” có dữ liệu không hợp lệ nên không nhập:\n- {problems}\n- và các lỗi khác",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}” là dữ liệu của “{unit}”, khác đơn vị của dữ liệu đang mở (“{current}”). Không nhập để tránh lẫn số liệu hai đơn vị.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” bị hỏng hoặc không phải {kind} (không mở được phần nén: {reason}).",
    ),
    QT_TRANSLATE_NOOP("messages", "tệp bảng tính"),
    QT_TRANSLATE_NOOP("messages", "tệp Excel"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” bất thường: khi giải nén sẽ chiếm {size} MB trong {parts} phần, vượt giới hạn an toàn. Tệp có thể bị hỏng hoặc được tạo để làm treo máy; không đọc.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” dài {size} MB, quá lớn để là một danh sách hoạt động (tối đa {limit} MB). Hãy kiểm tra lại tệp đã chọn.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” dài {size} MB, quá lớn để là một danh sách hoạt động (tối đa {limit} MB).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” có {where} trải đến dòng {rows}, cột thứ {cols}: quá lớn để đọc an toàn. Thường do một ô lạc ở rất xa vùng dữ liệu (nhấn Ctrl+End trong Excel để thấy ô cuối cùng); hãy xóa các dòng, cột trống thừa rồi lưu lại tệp.",
    ),
    QT_TRANSLATE_NOOP("messages", "một trang tính"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” bị hỏng hoặc không đúng định dạng (phần “{part}” không đọc được: {reason}).",
    ),
    QT_TRANSLATE_NOOP("messages", "có khai báo DOCTYPE"),
    QT_TRANSLATE_NOOP("messages", "ô có địa chỉ “{ref}” không hợp lệ"),
    QT_TRANSLATE_NOOP(
        "messages", "Tệp “{name}”: phần “{part}” lớn hơn giới hạn an toàn ({limit} MB); không đọc."
    ),
    QT_TRANSLATE_NOOP(
        "messages", "Tệp Excel “{name}” bị hỏng (không giải nén được trang “{part}”: {reason})."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” bất thường: trang “{part}” lớn hơn {limit} MB khi giải nén, vượt giới hạn an toàn.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” có hơn {limit} ô (đã đến dòng {row}): quá lớn để là một danh sách hoạt động. Hãy kiểm tra lại tệp đã chọn, hoặc chia danh sách thành nhiều tệp.",
    ),
    QT_TRANSLATE_NOOP("messages", "Không mở được tệp “{name}” ({reason})."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” không phải tệp văn bản CSV."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không đọc được tệp “{name}”: tệp văn bản bị hỏng hoặc bị cắt dở (ký tự {encoding} sai).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không đọc được tệp “{name}”: mã ký tự không phải UTF-8, UTF-16 hay Windows-1258.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” không đúng định dạng CSV ({reason})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không đọc được tệp Excel “{name}”: tệp bị hỏng hoặc không phải tệp .xlsx ({reason}).",
    ),
    QT_TRANSLATE_NOOP("messages", "Không đọc được trang “{sheet}” của tệp “{name}” ({reason})."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” không phải tệp Excel (.xlsx) hay CSV."),
    QT_TRANSLATE_NOOP(
        "messages", "“{text}” khớp với nhiều chỉ tiêu ({codes}); hãy ghi rõ mã chỉ tiêu"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "“{text}” không phải mã hay tên chỉ tiêu nào trong kế hoạch năm {year}"
    ),
    QT_TRANSLATE_NOOP("messages", "“{value}” không phải ngày (cần ngày dạng dd/mm/yyyy)"),
    QT_TRANSLATE_NOOP("messages", "chưa có kế hoạch năm {year} trong dữ liệu"),
    QT_TRANSLATE_NOOP(
        "messages",
        "tệp không có cột Hình thức và chỉ tiêu của dòng không cho biết hình thức; hãy chọn cột Hình thức",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "không tìm thấy dòng tiêu đề cột trong {rows} dòng đầu (cần ít nhất cột Ngày và cột Tiêu đề, Tên tin, bài hoặc Nội dung); hãy chọn dòng tiêu đề",
    ),
    QT_TRANSLATE_NOOP("messages", "chưa chọn cột {columns}"),
    # The signed report a package carries (desktop/signing/verify.report_mismatch).
    QT_TRANSLATE_NOOP("messages", "tệp PDF hỏng, không đọc được"),
    QT_TRANSLATE_NOOP("messages", "đây là báo cáo của “{author}”, không phải của {unit}"),
    QT_TRANSLATE_NOOP("messages", "không rõ đơn vị"),
    QT_TRANSLATE_NOOP("messages", "đây không phải báo cáo năm {year} (tiêu đề: “{title}”)"),
    # A source of funding refused (desktop/domain/reach.check_funding).
    QT_TRANSLATE_NOOP(
        "messages",
        "“{text}” chưa rõ cấp ngân sách; hãy ghi Ngân sách tỉnh, Ngân sách huyện hoặc Ngân sách xã",
    ),
    QT_TRANSLATE_NOOP("messages", "“{text}” phải là một trong: {sources}"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” có {where} chứa ô nằm ngoài giới hạn của Excel ({rows} dòng, {cols} cột): tệp bị hỏng hoặc đã bị sửa ngoài Excel; không đọc. Hãy mở tệp bằng Excel rồi lưu lại.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” không đọc được như tệp Excel 97-2003 ({reason}): tệp bị hỏng. Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” ghi {count} dấu cách bằng số đếm, quá nhiều để là dữ liệu thật: tệp bị hỏng hoặc đã bị sửa; không đọc.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” có {where} lặp lại dòng có dữ liệu {count} lần (tối đa {limit}): tệp bị hỏng hoặc đã bị sửa; không đọc.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}”: cột “{column}” của bảng “{table}” có {count} giá trị sai kiểu hoặc không phải ngày thật (ứng dụng không bao giờ ghi như vậy): tệp đã hỏng hoặc bị sửa ngoài ứng dụng nên không được dùng.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}”: bảng “{table}” có chữ không phải UTF-8 (ứng dụng không bao giờ ghi như vậy): tệp đã hỏng hoặc bị sửa ngoài ứng dụng nên không được dùng.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}”: số liệu tổng hợp lưu trong tệp không khớp với các hoạt động của chính tệp đó ({count} dòng): tệp đã hỏng hoặc bị sửa ngoài ứng dụng nên không được dùng.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "{field} của đơn vị “{unit}” quá dài ({length} ký tự, tối đa {limit}): đây là một dòng của báo cáo, hãy viết gọn lại.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Đoạn “{key}” của báo cáo năm {year} quá dài ({length} ký tự, tối đa {limit}): hãy viết gọn lại hoặc đưa phần chi tiết vào phụ lục.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{path}”: {problem} Không nhập.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Báo cáo năm {year} có một đoạn tên quá dài (“{key}”).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Đơn vị “{unit}” có {count} nơi nhận báo cáo (tối đa {limit}): hãy bỏ bớt.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tên đơn vị",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tên viết gọn",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Chữ viết tắt",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Cơ quan chủ quản",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Địa danh",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Quyền hạn ký",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Chức vụ người ký",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Họ tên người ký",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Kính gửi",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Lưu",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Một nơi nhận",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp dữ liệu{where} bị hỏng ở một chỗ nên không đọc được ({error}). Những gì đã lưu không bị thay đổi. Hãy khôi phục từ bản sao lưu gần nhất (Công cụ > Khôi phục từ bản sao lưu..., hoặc lệnh restore).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "“{text}” không phải ngày có thật: không có tháng {month}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "“{text}” không phải ngày có thật: tháng {month} năm {year} chỉ có {days} ngày, không có ngày {day}",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "phần “{part}” có các ngoặc lồng nhau quá sâu: không phải dữ liệu ứng dụng ghi ra",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "đây không phải một tệp (là thư mục hoặc thiết bị)",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "gói có hai phần trùng tên: các chương trình giải nén đọc khác nhau nên không dùng được",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Đơn vị ghi",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "quá dài ({length} ký tự, tối đa {limit}): không phải tên một đơn vị",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "manifest.json ghi gói của “{named}” nhưng phần “don-vi.json” là của “{unit}”",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "tên đơn vị trong phần “{part}” có ký tự đảo chiều chữ: tên hiện ra có thể khác tên thật",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "phần “{part}” có {count} đoạn nội dung: nhiều hơn mọi báo cáo, không phải dữ liệu ứng dụng ghi ra",
    ),
)
