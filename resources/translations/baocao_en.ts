<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="66"/>
        <source>Tìm theo tiêu đề, ghi chú, đường dẫn (Ctrl+F)</source>
        <translation>Search titles, notes, links (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="73"/>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="40"/>
        <location filename="../../desktop/ui/activities_page.py" line="93"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="41"/>
        <location filename="../../desktop/ui/activities_page.py" line="94"/>
        <location filename="../../desktop/ui/activities_page.py" line="165"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="42"/>
        <location filename="../../desktop/ui/activities_page.py" line="95"/>
        <location filename="../../desktop/ui/activities_page.py" line="166"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="43"/>
        <location filename="../../desktop/ui/activities_page.py" line="96"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="44"/>
        <location filename="../../desktop/ui/activities_page.py" line="97"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="45"/>
        <location filename="../../desktop/ui/activities_page.py" line="98"/>
        <location filename="../../desktop/ui/activities_page.py" line="168"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="46"/>
        <location filename="../../desktop/ui/activities_page.py" line="99"/>
        <source>Kinh phí (đồng)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_model.py" line="47"/>
        <location filename="../../desktop/ui/activities_page.py" line="100"/>
        <location filename="../../desktop/ui/activities_page.py" line="167"/>
        <source>Chủ đề</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="132"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="134"/>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="138"/>
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="140"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="143"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="146"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="151"/>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="164"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="248"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="250"/>
        <source>Mọi chỉ tiêu</source>
        <translation>All targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="255"/>
        <source>Mọi hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="259"/>
        <source>Mọi chủ đề</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="265"/>
        <source>Mọi ngôn ngữ</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="332"/>
        <source>{0} hoạt động · Số lượng: {1} · Kinh phí: {2}</source>
        <translation>Activities: {0} · Quantity: {1} · Cost: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="335"/>
        <source>{0} đồng</source>
        <translation>VND {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="341"/>
        <source>Chưa có hoạt động nào trong năm {0}. Thêm hoạt động: Ctrl+N. Nhập danh sách từ Excel hoặc CSV: Ctrl+I.</source>
        <translation>No activities in {0} yet. Add an activity: Ctrl+N. Import a list from Excel or CSV: Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="345"/>
        <source>Không có hoạt động nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả.</source>
        <translation>No activity matches the filters. Press “Clear filters” to see them all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="446"/>
        <source>Đã lưu hoạt động vào năm {0}; chọn năm {0} để xem.</source>
        <translation>Activity saved in {0}; choose year {0} to see it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="456"/>
        <source>Xóa hoạt động</source>
        <translation>Delete activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="458"/>
        <source>Xóa {0} hoạt động đã chọn?
Có thể hoàn tác bằng Ctrl+Z trong phiên làm việc này.</source>
        <translation>Delete the {0} selected activities?
You can undo with Ctrl+Z during this session.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="520"/>
        <source>Đã hoàn tác lần nhập. Ctrl+Z để nhập lại như cũ.</source>
        <translation>Import undone. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="531"/>
        <source>Đã làm lại lần nhập. Ctrl+Z để hoàn tác.</source>
        <translation>Import redone. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="560"/>
        <source>Đã hoàn tác lần nhập: các hoạt động của lần nhập đã được gỡ ra.</source>
        <translation>Import undone: the activities it added were taken out.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="562"/>
        <source>Đã đưa lại các hoạt động của lần nhập.</source>
        <translation>The import&apos;s activities are back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="565"/>
        <source>Ctrl+Y để làm lại.</source>
        <translation>Ctrl+Y redoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="565"/>
        <source>Ctrl+Z để hoàn tác.</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="571"/>
        <source>Đã hoàn tác. Ctrl+Y để làm lại.</source>
        <translation>Undone. Ctrl+Y redoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="573"/>
        <source>Đã làm lại. Ctrl+Z để hoàn tác.</source>
        <translation>Redone. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/period_filter.py" line="21"/>
        <source>Tháng {0}</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/period_filter.py" line="23"/>
        <source>Tháng {0} ({1} – {2})</source>
        <translation>Month {0} ({1} – {2})</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="65"/>
        <source>Ngân sách tỉnh</source>
        <translation>Provincial budget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="66"/>
        <source>Ngân sách huyện</source>
        <translation>District budget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="67"/>
        <source>Ngân sách xã</source>
        <translation>Commune budget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="68"/>
        <source>Xã hội hóa</source>
        <translation>Private funding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="69"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="115"/>
        <source>Sửa hoạt động</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="117"/>
        <source>Nhân bản hoạt động</source>
        <translation>Duplicate activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="119"/>
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="151"/>
        <source>— chọn hình thức —</source>
        <translation>— choose a form —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="155"/>
        <source>Tên tin, bài, chương trình, sự kiện...</source>
        <translation>Name of the article, programme, event...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="171"/>
        <source>chưa ghi nhận</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="176"/>
        <source>— chưa ghi nguồn —</source>
        <translation>— source not recorded —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="182"/>
        <source>Chủ đề tuyên truyền</source>
        <translation>Communication themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="208"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="209"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="210"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="211"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="212"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="213"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="214"/>
        <source>Đường dẫn</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="215"/>
        <source>Kinh phí (đồng)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="216"/>
        <source>Nguồn kinh phí</source>
        <translation>Source of funding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="217"/>
        <source>Lượt xem</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="218"/>
        <source>Lượt tiếp cận</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="219"/>
        <source>Lượt chia sẻ</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="226"/>
        <source>Đính kèm tệp...</source>
        <translation>Attach files...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="228"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="230"/>
        <source>Gỡ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="240"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="243"/>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="255"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="256"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="319"/>
        <source>{0} (chưa lưu)</source>
        <translation>{0} (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="324"/>
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="427"/>
        <source>Chưa lưu: còn {0} chỗ cần sửa (ghi màu đỏ bên dưới từng ô).</source>
        <translation>Not saved: {0} problem(s) to fix (shown in red under each field).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="453"/>
        <source>chưa có kế hoạch năm {0}; hãy sao chép kế hoạch sang năm đó ở mục Kế hoạch</source>
        <translation>there is no plan for {0}; copy a plan to that year under Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="489"/>
        <source>Chưa lưu: hoạt động này đã có trong danh sách. Hãy đổi ngày, tiêu đề hoặc đường dẫn.</source>
        <translation>Not saved: this activity is already in the list. Change the date, title or link.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="533"/>
        <source>Chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="534"/>
        <source>Hoạt động có thay đổi chưa lưu. Lưu trước khi đóng?</source>
        <translation>The activity has unsaved changes. Save before closing?</translation>
    </message>
</context>
<context>
    <name>ConsolidatedTextsDialog</name>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="553"/>
        <source>Đánh giá chung, phương hướng, kiến nghị (báo cáo tổng hợp)</source>
        <translation>Assessment, directions, proposals (consolidated report)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="555"/>
        <source>Ưu điểm</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="556"/>
        <source>Tồn tại, hạn chế</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="557"/>
        <source>Nguyên nhân</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="558"/>
        <source>Phương hướng, nhiệm vụ năm {0}</source>
        <translation>Directions and tasks for {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="559"/>
        <source>Đề xuất, kiến nghị</source>
        <translation>Proposals and recommendations</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="293"/>
        <source>Đúng hạn hay trễ hạn: ngày đơn vị tạo gói đầu tiên của năm (không muộn hơn ngày nhận) so với hạn nộp báo cáo {0}.</source>
        <translation>In time or late: the day the unit made its first package of the year (never later than the day it was received), against the report deadline {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="64"/>
        <location filename="../../desktop/ui/consolidation_page.py" line="89"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="65"/>
        <source>Phải nộp</source>
        <translation>Must report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="66"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="67"/>
        <source>Ngày nhận</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="68"/>
        <source>Gói tạo lúc</source>
        <translation>Package made</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="69"/>
        <source>Số hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="70"/>
        <source>Chữ ký số</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="79"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="80"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="81"/>
        <source>Đơn vị tính</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="82"/>
        <source>Số đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="83"/>
        <source>Chỉ tiêu toàn tỉnh</source>
        <translation>Province target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="84"/>
        <location filename="../../desktop/ui/consolidation_page.py" line="92"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="85"/>
        <location filename="../../desktop/ui/consolidation_page.py" line="93"/>
        <source>Tỉ lệ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="86"/>
        <location filename="../../desktop/ui/consolidation_page.py" line="94"/>
        <source>Đánh giá</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="90"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="91"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="142"/>
        <source>Nhận gói báo cáo...</source>
        <translation>Receive report packages...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="145"/>
        <location filename="../../desktop/ui/consolidation_page.py" line="208"/>
        <source>Xuất báo cáo tổng hợp...</source>
        <translation>Export consolidated report...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="148"/>
        <source>Đánh giá, kiến nghị...</source>
        <translation>Assessment, proposals...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="151"/>
        <source>Thêm cột “Ước thực hiện cả năm”</source>
        <translation>Add the “Full-year estimate” column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="155"/>
        <source>Báo cáo trước khi hết năm: Phụ lục I thêm số ước tính cả năm theo tiến độ đến ngày số liệu, ghi rõ là số ước tính</source>
        <translation>A report made before the year&apos;s end: Appendix I adds a full-year estimate from the pace up to the data date, stated as an estimate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="159"/>
        <source>Thêm chứng thư gốc tin cậy...</source>
        <translation>Add a trusted root certificate...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="162"/>
        <source>Chữ ký số trên các báo cáo nhận sau đó được kiểm tra tới chứng thư gốc này</source>
        <translation>Digital signatures on reports received from then on are checked up to this root certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="178"/>
        <source>Hạn nộp báo cáo:</source>
        <translation>Report deadline:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="230"/>
        <source>Tình hình nộp báo cáo</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="231"/>
        <source>Tiến độ toàn tỉnh</source>
        <translation>Province progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="259"/>
        <source>Chưa có kế hoạch năm {0}.</source>
        <translation>No plan for {0} yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="279"/>
        <source>Đã nhận báo cáo của {0}/{1} đơn vị phải nộp; chưa nộp: {2}.</source>
        <translation>Reports received from {0} of {1} units; not yet received: {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="316"/>
        <source>Gói tạo lúc {0}, nhận {1}{2}</source>
        <translation>Package made {0}, received {1}{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="319"/>
        <source> (đang dùng)</source>
        <translation> (in use)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="319"/>
        <source> (lưu làm lịch sử)</source>
        <translation> (kept as history)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_progress.py" line="41"/>
        <source>{0}: {1}/{2}</source>
        <translation>{0}: {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_progress.py" line="42"/>
        <source>các đơn vị khác</source>
        <translation>other units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_progress.py" line="49"/>
        <source>Số liệu toàn tỉnh tính trên các đơn vị đã báo cáo ({0}).</source>
        <translation>Province-wide figures are over the units that have reported ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_progress.py" line="73"/>
        <location filename="../../desktop/ui/consolidation_progress.py" line="130"/>
        <source>Chưa báo cáo</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_progress.py" line="84"/>
        <source>{0} trong {1} đơn vị thực hiện đã báo cáo</source>
        <translation>{0} of the {1} units carrying it have reported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_progress.py" line="98"/>
        <source>Kết quả theo đơn vị – {0} ({1})</source>
        <translation>Results by unit – {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="393"/>
        <source>Chọn chứng thư gốc tin cậy</source>
        <translation>Choose a trusted root certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="395"/>
        <source>Chứng thư (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="410"/>
        <source>Đã thêm chứng thư gốc tin cậy “{0}”; áp dụng cho các gói nhận từ nay.</source>
        <translation>Trusted root certificate “{0}” added; it applies to packages received from now on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="420"/>
        <source>Chọn các gói báo cáo của đơn vị</source>
        <translation>Choose the units&apos; report packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="422"/>
        <source>Gói báo cáo (*{0} *.zip);;Mọi tệp (*)</source>
        <translation>Report packages (*{0} *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="447"/>
        <source>Đang kiểm tra “{0}”</source>
        <translation>Checking “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="443"/>
        <source>Đang kiểm tra các gói báo cáo...</source>
        <translation>Checking the report packages...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="253"/>
        <source>Tổng hợp báo cáo năm {0} ({1})</source>
        <translation>Consolidated reports for {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="458"/>
        <source>Nhận gói báo cáo</source>
        <translation>Receive report packages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="470"/>
        <source>Đã xử lý {0} gói; nhận {1}, bị từ chối {2}.</source>
        <translation>Packages processed: {0}; received {1}, refused {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="497"/>
        <source>Lưu báo cáo tổng hợp</source>
        <translation>Save consolidated report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="499"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="528"/>
        <source>“{0}” và “{1}”</source>
        <translation>“{0}” and “{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="530"/>
        <source>Đã lưu báo cáo tổng hợp: {0}.</source>
        <translation>Consolidated report saved: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="534"/>
        <source>Đang tạo báo cáo tổng hợp...</source>
        <translation>Creating the consolidated report...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="95"/>
        <source>Cùng kỳ năm trước</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="165"/>
        <source>Đổi tên, sáp nhập đơn vị...</source>
        <translation>Rename, merge units...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="168"/>
        <source>Ghi nhận đơn vị đổi tên hoặc sáp nhập thành đơn vị mới từ một ngày</source>
        <translation>Record that units were renamed or merged into a new unit from a date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="195"/>
        <source>Chọn gói đang dùng...</source>
        <translation>Choose the package in use...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="297"/>
        <source>{0} (nay là {1})</source>
        <translation>{0} (now {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidated_check.py" line="50"/>
        <source>Vẫn xuất báo cáo</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidated_check.py" line="59"/>
        <source>Đang kiểm tra báo cáo tổng hợp...</source>
        <translation>Checking the consolidated report...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/consolidation_page.py" line="462"/>
        <source>Đã xử lý {0} gói; nhận {1}, bỏ qua {2} gói đã nhận trước đó, bị từ chối {3}.</source>
        <translation>Packages processed: {0}; received {1}, skipped {2} received before, refused {3}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="55"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="56"/>
        <source>Gõ ngày/tháng/năm: 10/06/2023, 1/6/23 hoặc 10062023; F4 mở lịch</source>
        <translation>Type day/month/year: 10/06/2023, 1/6/23 or 10062023; F4 opens the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="60"/>
        <source>Chọn trên lịch (F4)</source>
        <translation>Pick on the calendar (F4)</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="48"/>
        <source>Việc cần làm</source>
        <translation>What is due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="59"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="60"/>
        <source>Tuần này: cần / đã làm</source>
        <translation>This week: due / done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="61"/>
        <source>Tháng này: cần / đã làm</source>
        <translation>This month: due / done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="174"/>
        <source>Tuần này ({0}): cần / đã làm</source>
        <translation>This week ({0}): due / done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="175"/>
        <source>Tháng này ({0}): cần / đã làm</source>
        <translation>This month ({0}): due / done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="179"/>
        <source>Tuần {0}: cần / đã làm</source>
        <translation>Week {0}: due / done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="180"/>
        <source>Tháng {0}: cần / đã làm</source>
        <translation>Month {0}: due / done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="62"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="128"/>
        <source>Số liệu tính trong {0}.</source>
        <translation>Figures counted over {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="189"/>
        <source>Chậm, thiếu {0}</source>
        <translation>Behind, {0} short</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="190"/>
        <source>Kịp tiến độ</source>
        <translation>On pace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="158"/>
        <source>Không có chỉ tiêu nào của đơn vị đang trong hạn.</source>
        <translation>None of the unit&apos;s targets is within its due window.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="117"/>
        <source>Năm {0} chưa có kế hoạch nên chưa có chỉ tiêu để theo dõi. Ở trang Kế hoạch, nhập kế hoạch năm {0} từ văn bản của tỉnh (nút “Nhập kế hoạch từ văn bản…”) hoặc sao chép kế hoạch của một năm đã có.</source>
        <translation>{0} has no plan yet, so there are no targets to follow. On the Plan page, import the {0} plan from the province&apos;s document (the “Import plan from document…” button) or copy the plan of a year that has one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="122"/>
        <source>Chưa chọn đơn vị: chọn đơn vị ở trang Đơn vị.</source>
        <translation>No unit chosen yet: choose the unit on the Unit page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="195"/>
        <source>Sắp hết hạn: {0}</source>
        <translation>Closing soon: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="207"/>
        <source>{0} hết hạn {1} (còn {2} ngày, còn thiếu {3})</source>
        <translation>{0} ends {1} ({2} days left, {3} still missing)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="201"/>
        <source>Không có hạn chỉ tiêu nào kết thúc trong 30 ngày tới.</source>
        <translation>No target&apos;s due window ends in the next 30 days.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="232"/>
        <source>Còn {0} ngày đến hạn gửi báo cáo năm {1} ({2}).</source>
        <translation>{0} days left until the {1} yearly report is due ({2}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="236"/>
        <source>Hôm nay ({0}) là hạn gửi báo cáo năm {1}.</source>
        <translation>The {1} yearly report is due today ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="238"/>
        <source>Hạn gửi báo cáo năm {0} là {1}, đã quá {2} ngày.</source>
        <translation>The {0} yearly report was due {1}: {2} days overdue.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="248"/>
        <source>Chưa gửi ({0}): {1}.</source>
        <translation>Not sent yet ({0}): {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="250"/>
        <source>Mọi đơn vị đã gửi.</source>
        <translation>Every unit has sent its report.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="187"/>
        <source>Đã kết thúc ngày {0}</source>
        <translation>Ended {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="199"/>
        <source>Mọi hạn chỉ tiêu năm {0} của đơn vị đã kết thúc (hạn cuối cùng kết thúc ngày {1}).</source>
        <translation>Every due window of the unit&apos;s {0} targets has ended (the last ended {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/due_panel.py" line="206"/>
        <source>{0} hết hạn hôm nay ({1}, còn thiếu {2})</source>
        <translation>{0} ends today ({1}, {2} still missing)</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="74"/>
        <source>Không mở được “{0}”: tệp không còn ở đó (có thể đã bị xóa, đổi tên hoặc chuyển đi, hoặc ổ đĩa đã được rút ra).</source>
        <translation>Cannot open “{0}”: the file is no longer there (it may have been deleted, renamed or moved, or the drive was removed).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="82"/>
        <source>Không mở được “{0}”: máy chưa có ứng dụng nào mở được tệp {1}. Hãy cài một ứng dụng đọc loại tệp này (Word hoặc LibreOffice cho .docx, một trình đọc PDF cho .pdf) rồi mở tệp từ thư mục “{2}”. Tệp đã được lưu đầy đủ.</source>
        <translation>Cannot open “{0}”: this computer has no application for {1} files. Install one that reads them (Word or LibreOffice for .docx, a PDF reader for .pdf), then open the file from the folder “{2}”. The file was saved in full.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="90"/>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="43"/>
        <source>Bắt đầu sử dụng</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="47"/>
        <source>Chọn đơn vị của bạn trong danh sách (hoặc gõ tên đơn vị mới) và năm làm việc. Thông tin đơn vị (cơ quan chủ quản, người ký, nơi nhận...) được điền sẵn và có thể sửa sau ở mục Đơn vị.</source>
        <translation>Choose your unit from the list (or type the name of a new unit) and the working year. The unit profile (governing body, signer, recipients...) is filled in and can be edited later under Unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="56"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="73"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="74"/>
        <source>Năm làm việc</source>
        <translation>Working year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="79"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="80"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="139"/>
        <source>Hãy chọn hoặc gõ tên đơn vị.</source>
        <translation>Choose or type the unit name.</translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="35"/>
        <location filename="../../desktop/ui/forms_panel.py" line="41"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="41"/>
        <source>Số hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="47"/>
        <source>Đổi tên...</source>
        <translation>Rename...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="49"/>
        <source>Gộp vào hình thức khác...</source>
        <translation>Merge into another form...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="53"/>
        <source>Hình thức mới từ danh sách nhập được giữ đúng lời của người nhập; có thể đổi tên hoặc gộp vào hình thức khác, mọi hoạt động đi theo.</source>
        <translation>New forms from imported lists keep the officer&apos;s own words; a form can be renamed or merged into another, and every activity follows.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="92"/>
        <source>Đổi tên hình thức</source>
        <translation>Rename form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="92"/>
        <source>Tên mới của “{0}”:</source>
        <translation>New name of “{0}”:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="103"/>
        <source>Gộp hình thức</source>
        <translation>Merge form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="103"/>
        <source>Gộp “{0}” vào:</source>
        <translation>Merge “{0}” into:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/forms_panel.py" line="119"/>
        <source>Không đổi được hình thức</source>
        <translation>The form could not be changed</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="14"/>
        <source>huong-dan.html</source>
        <translation>user-guide.html</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="29"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="39"/>
        <source>Không tìm thấy tệp hướng dẫn “{0}”; bản cài đặt có thể thiếu tệp.</source>
        <translation>The guide “{0}” was not found; the installation may be missing files.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help_dialog.py" line="44"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="54"/>
        <source>Bảng tính, CSV, dữ liệu năm trước (*.xlsx *.xlsm *.csv *.txt *.cdsdb);;Mọi tệp (*)</source>
        <translation>Spreadsheets, CSV, previous-year data (*.xlsx *.xlsm *.csv *.txt *.cdsdb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="52"/>
        <location filename="../../desktop/ui/import_flow.py" line="214"/>
        <source>Đang kiểm tra các dòng...</source>
        <translation>Checking the rows...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="64"/>
        <source>Nhập dữ liệu từ tệp</source>
        <translation>Import from files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="123"/>
        <source>Chưa chọn tệp.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="125"/>
        <source>Chọn tệp...</source>
        <translation>Choose files...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="50"/>
        <source>Tệp và trang (đánh dấu trang cần nhập)</source>
        <translation>Files and sheets (tick the sheets to import)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="53"/>
        <source>Dòng tiêu đề</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="54"/>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="62"/>
        <location filename="../../desktop/ui/import_sheets.py" line="235"/>
        <source>Cột của trang</source>
        <translation>Sheet columns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="67"/>
        <source>Dòng chứa tên các cột (Ngày, Tiêu đề...). Các dòng trên đó được bỏ qua.</source>
        <translation>The row holding the column names (Date, Title...). Rows above it are skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="73"/>
        <source>Dòng tiêu đề:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="86"/>
        <source>Nếu tệp không có cột Hình thức, dòng thuộc chỉ tiêu được đo bằng đúng một hình thức (ví dụ chỉ tiêu tính bằng chuyên mục) lấy hình thức đó; các dòng khác bị từ chối.</source>
        <translation>If the file has no Form column, rows of a target measured in exactly one form (for example a target counted in programmes) take that form; other rows are refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="93"/>
        <source>* bắt buộc</source>
        <translation>* required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="153"/>
        <source>Lưu danh sách dòng bị từ chối ra Excel...</source>
        <translation>Save refused rows to Excel...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="176"/>
        <source>Sửa ô sai ngay tại đây (ô tô đỏ); các dòng được kiểm tra lại trước khi nhập. Tệp gốc không bị thay đổi.</source>
        <translation>Correct the wrong cells here (in red); the rows are checked again before importing. The original file is not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="184"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="185"/>
        <source>Dòng bị từ chối</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="186"/>
        <source>Giá trị cần xác nhận</source>
        <translation>Values to confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="187"/>
        <source>Sửa dòng bị từ chối</source>
        <translation>Correct refused rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="201"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="204"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="222"/>
        <source>Chọn tệp cần nhập</source>
        <translation>Choose files to import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="393"/>
        <source>Đang đọc tệp...</source>
        <translation>Reading the files...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="169"/>
        <source>Đang đọc và kiểm tra tệp...</source>
        <translation>Reading and checking the files...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="249"/>
        <source>Đã dừng đọc tệp; chưa ghi gì.</source>
        <translation>Reading stopped; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="139"/>
        <source>{0}: dữ liệu năm trước, hoạt động năm {1}, kế hoạch năm {2}</source>
        <translation>{0}: previous-year data, activities of {1}, plans of {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="149"/>
        <source>Dữ liệu của {0}: {1} hoạt động, {2} năm có báo cáo</source>
        <translation>Data of {0}: {1} activities, {2} years with report texts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="178"/>
        <source>Trang “{0}”</source>
        <translation>Sheet “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="180"/>
        <source>Bảng CSV</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="184"/>
        <source>chưa tìm thấy</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="188"/>
        <source>Chọn trang này rồi chọn dòng tiêu đề và các cột.</source>
        <translation>Select this sheet, then choose the header row and the columns.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="248"/>
        <source>Cột của {0}</source>
        <translation>Columns of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="242"/>
        <source>trang “{0}”</source>
        <translation>sheet “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="254"/>
        <source>Dùng cách ghép cột đã chọn lần trước cho tệp cùng mẫu.</source>
        <translation>Using the column matching chosen last time for a file of this layout.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="258"/>
        <source>Chưa nhận ra dòng tiêu đề: hãy chọn dòng tiêu đề và cột cho từng mục.</source>
        <translation>Header row not recognised: choose the header row and a column for each field.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="263"/>
        <source>Các cột được nhận tự động; có thể sửa.</source>
        <translation>Columns recognised automatically; you can change them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_sheets.py" line="271"/>
        <source>— không có —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="394"/>
        <source>Đang kiểm tra lại các dòng...</source>
        <translation>Checking the rows again...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="251"/>
        <source>Đã dừng kiểm tra.</source>
        <translation>Checking stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="258"/>
        <source>Giá trị cần xác nhận ({0})</source>
        <translation>Values to confirm ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="271"/>
        <source>Vẫn nhập vào dữ liệu của đơn vị mình</source>
        <translation>Import into my unit&apos;s data anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="281"/>
        <source>Xem trước ({0} dòng hợp lệ)</source>
        <translation>Preview ({0} valid)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="283"/>
        <source>Dòng bị từ chối ({0})</source>
        <translation>Refused rows ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="286"/>
        <source>· tệp, trang không đọc được ({0})</source>
        <translation>· unreadable files or sheets ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="295"/>
        <source>{0} dòng hợp lệ sẽ được nhập</source>
        <translation>Valid rows to import: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="296"/>
        <source>{0} dòng bị từ chối</source>
        <translation>refused: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="300"/>
        <source>{0} dòng tổng cộng bỏ qua</source>
        <translation>total rows skipped: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="304"/>
        <source>{0} hoạt động từ dữ liệu năm trước</source>
        <translation>previous-year activities: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="307"/>
        <source>{0} dòng bỏ qua theo lựa chọn</source>
        <translation>{0} rows left out as chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="312"/>
        <source>. Chưa ghi gì cho đến khi bấm “Nhập”.</source>
        <translation>. Nothing is saved until you click “Import”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="317"/>
        <source>Có {0} tệp/trang không đọc được (xem “Dòng bị từ chối”).</source>
        <translation>Files or sheets that could not be read: {0} (see “Refused rows”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="395"/>
        <source>Đang ghi vào dữ liệu...</source>
        <translation>Saving to the data file...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_flow.py" line="239"/>
        <source>Đang nhập dữ liệu...</source>
        <translation>Importing...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="335"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="347"/>
        <source>Không nhập được: {0} Dữ liệu không thay đổi.</source>
        <translation>Import failed: {0} The data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="355"/>
        <source>Có lỗi; dữ liệu không thay đổi.</source>
        <translation>An error occurred; the data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="369"/>
        <source>Lưu danh sách dòng bị từ chối</source>
        <translation>Save refused rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="371"/>
        <source>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="385"/>
        <source>Đã lưu danh sách dòng bị từ chối vào “{0}”.</source>
        <translation>Refused rows saved to “{0}”.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="39"/>
        <source>Lịch sử nhập</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="47"/>
        <source>Thời điểm nhập</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="48"/>
        <source>Tệp</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="49"/>
        <source>Số hoạt động đã nhập</source>
        <translation>Activities imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="50"/>
        <source>Hiện còn</source>
        <translation>Still present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="51"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="64"/>
        <source>Chưa có lần nhập nào. Nhập danh sách hoạt động: Ctrl+I.</source>
        <translation>No imports yet. Import an activity list: Ctrl+I.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="68"/>
        <source>Hoàn tác một lần nhập gỡ ra mọi hoạt động của lần nhập đó còn trong dữ liệu (kể cả những hoạt động đã sửa sau khi nhập); hoạt động nhập hoặc thêm ở lần khác không bị ảnh hưởng. Ctrl+Z ngay sau đó, hoặc “Làm lại lần nhập này” (cả sau khi đóng ứng dụng), đưa chúng trở lại.</source>
        <translation>Undoing an import takes out every activity of that import still in the data (also those edited after the import); activities imported or added otherwise are not touched. Ctrl+Z right after, or “Redo this import” (also after closing the app), brings them back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="152"/>
        <source>Gỡ ra {0} hoạt động của lần nhập “{1}” lúc {2}?
Có thể đưa lại bằng Ctrl+Z, hoặc sau này bằng “Làm lại lần nhập này”.</source>
        <translation>Take out the {0} activities of the import of “{1}” at {2}?
Ctrl+Z brings them back, or later “Redo this import”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="75"/>
        <source>Hoàn tác lần nhập này</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="78"/>
        <source>Làm lại lần nhập này</source>
        <translation>Redo this import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="81"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="108"/>
        <source>Đã hoàn tác</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="108"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="121"/>
        <source>Các hoạt động của lần nhập này không còn được giữ để làm lại (chỉ giữ {0} lần hoàn tác gần nhất); hãy nhập lại tệp nếu cần.</source>
        <translation>This import&apos;s activities are no longer kept for a redo (only the latest {0} undone imports are); import the file again if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_history.py" line="150"/>
        <source>Hoàn tác lần nhập</source>
        <translation>Undo import</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="24"/>
        <source>“{0}” (dữ liệu của {1})</source>
        <translation>“{0}” ({1}&apos;s data)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="29"/>
        <source>đã lấy thông tin đơn vị</source>
        <translation>unit profile taken</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="32"/>
        <source>thêm kế hoạch năm {0}</source>
        <translation>{0} plan added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="37"/>
        <source>{0} hoạt động mới, {1} đã có sẵn</source>
        <translation>{0} new activities, {1} already present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="42"/>
        <source>{0} đoạn báo cáo mới, {1} đã có sẵn</source>
        <translation>{0} new report passages, {1} already present</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="47"/>
        <source>Dữ liệu năm trước: {0}.</source>
        <translation>Previous year&apos;s data: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="53"/>
        <source>{0} ({1} dòng)</source>
        <translation>{0} ({1} rows)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="58"/>
        <source>{0} hình thức mới: {1}.</source>
        <translation>{0} new forms: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="66"/>
        <source>Đã nhập {0}, đã có sẵn {1}, bị từ chối {2}.</source>
        <translation>Imported {0}, already present {1}, refused {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="77"/>
        <source>Đã tạo kế hoạch năm {0}.</source>
        <translation>Created the {0} plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="80"/>
        <source>Đã tạo kế hoạch năm {0} (tạo từ kế hoạch năm {1} — cần kiểm tra chỉ tiêu).</source>
        <translation>Created the {0} plan (made from the {1} plan — check its targets).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="89"/>
        <source>Bỏ qua {0} dòng theo lựa chọn giá trị.</source>
        <translation>Skipped {0} rows as chosen for their values.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_texts.py" line="98"/>
        <source>Cảnh báo: Danh sách này có vẻ của {0}: {1}/{2} dòng thuộc nhiệm vụ do {0} chủ trì.</source>
        <translation>Warning: this list looks like {0}&apos;s: {1}/{2} rows belong to tasks {0} leads.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="48"/>
        <source>Báo cáo Chuyển đổi số</source>
        <translation>Digital Transformation Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="72"/>
        <source>Phần lập báo cáo chưa có trong bản cài đặt này.</source>
        <translation>Report writing is not part of this installation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="103"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="108"/>
        <source>Tổng hợp</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="110"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>Năm: </source>
        <translation>Year: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="195"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>Nhập danh sách hoạt động...</source>
        <translation>Import activity list...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>Xuất danh sách đang lọc ra Excel...</source>
        <translation>Export filtered list to Excel...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="212"/>
        <source>Lưu tệp mẫu danh sách...</source>
        <translation>Save list template...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215"/>
        <source>Cài đặt...</source>
        <translation>Settings...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="241"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <location filename="../../desktop/ui/tools_menu.py" line="108"/>
        <source>Mở thư mục nhật ký</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <location filename="../../desktop/ui/main_window.py" line="407"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="287"/>
        <source>{0} (chưa có kế hoạch)</source>
        <translation>{0} (no plan yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="341"/>
        <source>Xuất danh sách ra Excel</source>
        <translation>Export list to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="343"/>
        <location filename="../../desktop/ui/main_window.py" line="384"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="366"/>
        <source>Đang xuất danh sách...</source>
        <translation>Exporting the list...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="370"/>
        <source>Đã xuất {0} hoạt động ra “{1}”.</source>
        <translation>Exported {0} activities to “{1}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="382"/>
        <source>Lưu tệp mẫu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="409"/>
        <source>&lt;p&gt;Phiên bản {0}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version {0}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="410"/>
        <source>&lt;p&gt;Dữ liệu: {0}&lt;br/&gt;Số hoạt động: {1}&lt;br/&gt;Thư mục nhật ký: {2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Data: {0}&lt;br/&gt;Activities: {1}&lt;br/&gt;Log folder: {2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="414"/>
        <source>&lt;p&gt;Giấy phép của các thành phần đi kèm: Qt và PySide6 (LGPL v3), python-docx và openpyxl (MIT), reportlab (BSD), phông Liberation, Noto Emoji và Noto Sans (SIL Open Font License 1.1), phông WenQuanYi Micro Hei (Apache 2.0), bộ biểu tượng của ứng dụng (CC0 1.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licences of the components shipped: Qt and PySide6 (LGPL v3), python-docx and openpyxl (MIT), reportlab (BSD), the Liberation, Noto Emoji and Noto Sans fonts (SIL Open Font License 1.1), the WenQuanYi Micro Hei font (Apache 2.0), the app&apos;s icon set (CC0 1.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="428"/>
        <source>Thư mục nhật ký</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="217"/>
        <source>Gửi báo cáo (tạo gói gửi Sở)...</source>
        <translation>Send report (package for the Department)...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="224"/>
        <source>Vẫn gửi báo cáo</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tools_menu.py" line="20"/>
        <source>Không mở được trình quản lý tệp. Thư mục nằm ở:
{0}</source>
        <translation>The file manager could not be opened. The folder is:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tools_menu.py" line="38"/>
        <source>Kiểm tra báo cáo</source>
        <translation>Report check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tools_menu.py" line="39"/>
        <source>Báo cáo năm {0} không còn mục nào cần xem lại.</source>
        <translation>The {0} report has nothing left to review.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tools_menu.py" line="50"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tools_menu.py" line="77"/>
        <source>Kiểm tra báo cáo trước khi phát hành...</source>
        <translation>Check the report before issuing...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tools_menu.py" line="82"/>
        <source>Đọc kế hoạch từ văn bản...</source>
        <translation>Read the plan from a document...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tools_menu.py" line="88"/>
        <source>Lịch sử nhập...</source>
        <translation>Import history...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tools_menu.py" line="99"/>
        <source>Mở thư mục dữ liệu</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tools_menu.py" line="105"/>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
</context>
<context>
    <name>MergeUnitsDialog</name>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="1"/>
        <source>Báo cáo của {0} đơn vị nay gửi “{1}”.</source>
        <translation>The reports of {0} units now go to “{1}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="45"/>
        <source>Sở, ban, ngành</source>
        <translation>Department or agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="46"/>
        <source>Cơ quan báo chí</source>
        <translation>Press agency</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="47"/>
        <source>Đoàn thể</source>
        <translation>Mass organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="48"/>
        <source>UBND xã</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="49"/>
        <source>UBND phường</source>
        <translation>Ward People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="50"/>
        <source>UBND đặc khu</source>
        <translation>Special zone People&apos;s Committee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="51"/>
        <source>UBND huyện (trước 01/7/2025)</source>
        <translation>District People&apos;s Committee (before 01/7/2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="63"/>
        <source>Đổi tên, sáp nhập đơn vị</source>
        <translation>Rename, merge units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="81"/>
        <source>Tên đơn vị mới, hoặc tên một đơn vị đã có</source>
        <translation>Name of the new unit, or of an existing unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="106"/>
        <source>Xác nhận đổi tên, sáp nhập</source>
        <translation>Confirm renaming, merger</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="109"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="113"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="117"/>
        <source>Đơn vị cũ (chọn một để đổi tên, nhiều để sáp nhập)</source>
        <translation>Former units (one to rename, several to merge)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="118"/>
        <source>Đơn vị mới</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="119"/>
        <source>Loại đơn vị</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="120"/>
        <source>Có hiệu lực từ ngày</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="166"/>
        <source>Chọn ít nhất một đơn vị cũ.</source>
        <translation>Choose at least one former unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="168"/>
        <source>Gõ tên đơn vị mới.</source>
        <translation>Type the new unit&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="170"/>
        <source>Đơn vị mới không thể là một trong các đơn vị cũ.</source>
        <translation>The new unit cannot be one of the former units.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="172"/>
        <source>Gõ ngày có hiệu lực.</source>
        <translation>Type the effective date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="184"/>
        <source>“{0}” đổi tên thành “{1}” từ ngày {2}.</source>
        <translation>“{0}” is renamed “{1}” from {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="186"/>
        <source>{0} sáp nhập thành “{1}” từ ngày {2}.</source>
        <translation>{0} merge into “{1}” from {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="194"/>
        <source>Đơn vị mới sẽ được thêm. </source>
        <translation>The new unit will be added. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="196"/>
        <source>Đơn vị mới đảm nhận các nhiệm vụ của đơn vị cũ; số liệu của đơn vị cũ (cả các năm trước) được tổng hợp dưới đơn vị mới. Số liệu đã có không bị xóa.</source>
        <translation>The new unit takes over the former units&apos; tasks; their figures (earlier years too) are consolidated under the new unit. No recorded data is deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="235"/>
        <source>Đã ghi nhận: từ ngày {0}, {1} → “{2}”.</source>
        <translation>Recorded: from {0}, {1} → “{2}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/merge_dialog.py" line="253"/>
        <source>Đã hoàn tác việc đổi tên, sáp nhập.</source>
        <translation>The renaming or merger was undone.</translation>
    </message>
</context>
<context>
    <name>PackageChoiceDialog</name>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="35"/>
        <source>Chọn gói đang dùng</source>
        <translation>Choose the package in use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="38"/>
        <source>Các gói của {0} năm {1}. Số liệu của đơn vị trong năm là số liệu của gói đang dùng; chọn gói khác để dùng gói đó.</source>
        <translation>Packages of {0} for {1}. The unit&apos;s figures for the year are those of the package in use; choose another package to use it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="46"/>
        <source>Tạo lúc</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="46"/>
        <source>Nhận lúc</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="46"/>
        <source>Mã gói</source>
        <translation>Package code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="53"/>
        <source>đang dùng</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="53"/>
        <source>lưu làm lịch sử</source>
        <translation>kept as history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="55"/>
        <source> — ngày tạo sau ngày nhận (đồng hồ máy gửi sai?)</source>
        <translation> — created after it was received (sender&apos;s clock wrong?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="68"/>
        <source>Dùng gói này</source>
        <translation>Use this package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/package_choice_dialog.py" line="46"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../desktop/ui/period_texts.py" line="17"/>
        <source>Kỳ báo cáo {0} – {1}</source>
        <translation>Reporting period {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/period_texts.py" line="26"/>
        <source>kỳ báo cáo {0} – {1}</source>
        <translation>reporting period {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/period_texts.py" line="18"/>
        <source>Năm {0} ({1} – {2})</source>
        <translation>Year {0} ({1} – {2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/period_texts.py" line="33"/>
        <source>Kỳ báo cáo năm theo Nghị định 09/2019 (từ 15/12 năm trước)</source>
        <translation>Annual reporting period of Decree 09/2019 (from 15/12 of the previous year)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/period_texts.py" line="36"/>
        <source>Năm dương lịch</source>
        <translation>Calendar year</translation>
    </message>
</context>
<context>
    <name>PeriodBox</name>
    <message>
        <location filename="../../desktop/ui/plan_period.py" line="32"/>
        <source>Tiến độ, Việc cần làm, Tổng hợp và báo cáo đều tính số liệu trong kỳ này</source>
        <translation>Progress, To do, Consolidation and the report all count figures within this period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_period.py" line="36"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_period.py" line="71"/>
        <source>Trở lại: {0}</source>
        <translation>Back to: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_period.py" line="80"/>
        <source>Kỳ số liệu của năm {0}</source>
        <translation>Period of the figures for {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_period.py" line="82"/>
        <source>Tính số liệu năm {0} trong {1}?

Tiến độ, Việc cần làm, Tổng hợp và báo cáo sẽ tính lại theo kỳ này; các hoạt động đã ghi không thay đổi.</source>
        <translation>Count the figures for {0} over {1}?

Progress, To do, Consolidation and the report will be counted again over this period; the activities recorded do not change.</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="69"/>
        <source>Nhập kế hoạch năm {0} từ “{1}”</source>
        <translation>Import the {0} plan from “{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="72"/>
        <source>Văn bản kế hoạch</source>
        <translation>Plan document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="83"/>
        <source>Tên kế hoạch</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="83"/>
        <source>Số hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="84"/>
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="84"/>
        <source>Ngày ký</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="86"/>
        <source>Đơn vị tổng hợp</source>
        <translation>Consolidating unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="88"/>
        <source>Hạn gửi báo cáo</source>
        <translation>Report due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="104"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="105"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="106"/>
        <source>Đơn vị tính</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="107"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="108"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="109"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="110"/>
        <source>Đơn vị chủ trì</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="111"/>
        <source>Mỗi đơn vị</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="112"/>
        <source>Câu trong văn bản</source>
        <translation>Sentence in the document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="141"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="141"/>
        <source>Mục</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="141"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="141"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="156"/>
        <source>{0} dòng không dùng để lập chỉ tiêu (kiểm tra xem có bỏ sót gì không)</source>
        <translation>{0} lines not used for targets (check that nothing was missed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="169"/>
        <source>{0} chỉ tiêu đọc được. Sửa trực tiếp trong bảng (nhấp đúp vào ô), rồi bấm Lưu kế hoạch; chưa có gì được ghi.</source>
        <translation>{0} targets read. Correct them in the table (double-click a cell), then press Save plan; nothing has been written yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="182"/>
        <source>Thay kế hoạch đã có của năm {0} (các hoạt động đã ghi được giữ nguyên mã)</source>
        <translation>Replace the existing {0} plan (recorded activities keep their codes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="194"/>
        <source>Lưu kế hoạch</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="195"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="244"/>
        <source>Dòng {0}</source>
        <translation>Row {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="247"/>
        <source>{0}: chưa có mã chỉ tiêu.</source>
        <translation>{0}: the target has no code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="249"/>
        <source>{0}: mã {1} bị trùng.</source>
        <translation>{0}: code {1} is used twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="256"/>
        <source>{0} ({1}), chỉ tiêu: {2}</source>
        <translation>{0} ({1}), target: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="259"/>
        <source>{0} ({1}): chỉ tiêu không được âm.</source>
        <translation>{0} ({1}): the target cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="264"/>
        <source>{0} ({1}): ngày phải viết dạng dd/mm/yyyy.</source>
        <translation>{0} ({1}): dates must be written dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="268"/>
        <source>{0} ({1}): ngày bắt đầu sau ngày kết thúc.</source>
        <translation>{0} ({1}): the start date is after the end date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="297"/>
        <source>Ngày ký phải viết dạng dd/mm/yyyy.</source>
        <translation>The signing date must be written dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="299"/>
        <source>Hạn gửi báo cáo phải viết dạng dd/mm/yyyy.</source>
        <translation>The report deadline must be written dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="301"/>
        <source>Chưa có tên kế hoạch.</source>
        <translation>The plan has no title.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_import_dialog.py" line="325"/>
        <source>Năm {0} đã có kế hoạch. Hãy đánh dấu “Thay kế hoạch đã có” để lưu kế hoạch này.</source>
        <translation>The year {0} already has a plan. Tick “Replace the existing plan” to save this one.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="1"/>
        <source>Đã kiểm tra kế hoạch</source>
        <translation>Plan checked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="1"/>
        <source>Nhiệm vụ, chỉ tiêu, thời hạn và đơn vị tổng hợp của kế hoạch này đã được kiểm tra: thôi ghi “tạo từ kế hoạch năm …”</source>
        <translation>This plan's tasks, targets, dates and consolidating unit have been checked: stop marking it “made from the plan of …”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="1"/>
        <source>Kế hoạch năm {0} được tạo từ kế hoạch năm {1}. Anh/chị đã kiểm tra nhiệm vụ, chỉ tiêu, thời hạn và đơn vị tổng hợp, và chúng đúng với kế hoạch năm {0}?</source>
        <translation>The {0} plan was made from the {1} plan. Have you checked its tasks, targets, dates and consolidating unit, and do they match the {0} plan?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="59"/>
        <source>Chưa có ngày (dd/mm/yyyy)</source>
        <translation>No date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="66"/>
        <source>“{0}” không phải ngày dạng dd/mm/yyyy</source>
        <translation>“{0}” is not a date in dd/mm/yyyy form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="183"/>
        <source>Sao chép kế hoạch sang năm...</source>
        <translation>Copy plan to year...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="185"/>
        <source>Nhập kế hoạch từ văn bản…</source>
        <translation>Import plan from document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="188"/>
        <source>Đọc kế hoạch đã ban hành (DOCX, PDF, TXT) hoặc tệp kế hoạch của Sở (.cdskh)</source>
        <translation>Read the plan as issued (DOCX, PDF, TXT) or the department’s plan file (.cdskh)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="197"/>
        <source>Văn bản kế hoạch</source>
        <translation>Plan document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="209"/>
        <source>Đơn vị nhận báo cáo của các đơn vị để tổng hợp, như kế hoạch ghi</source>
        <translation>The unit that receives the units’ reports and consolidates them, as the plan says</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="215"/>
        <source>Tên kế hoạch</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="215"/>
        <source>Số hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="217"/>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="219"/>
        <source>Ngày ký</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="223"/>
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="225"/>
        <source>Hạn gửi báo cáo</source>
        <translation>Report due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="228"/>
        <source>Đơn vị tổng hợp</source>
        <translation>Consolidating unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="242"/>
        <source>Kỳ số liệu</source>
        <translation>Period of the figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="238"/>
        <source>Lưu thông tin kế hoạch</source>
        <translation>Save plan details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="251"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="252"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="253"/>
        <source>Đơn vị tính</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="254"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="255"/>
        <source>Thời hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="256"/>
        <source>Đơn vị chủ trì</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="257"/>
        <source>Mỗi đơn vị</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="271"/>
        <location filename="../../desktop/ui/plan_page.py" line="277"/>
        <source>Sửa chỉ tiêu...</source>
        <translation>Edit target...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="286"/>
        <source>Nhiệm vụ và chỉ tiêu (nhấp đúp để sửa)</source>
        <translation>Tasks and targets (double-click to edit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="333"/>
        <source>Chưa có kế hoạch năm {0}. Các năm đã có: {1}.</source>
        <translation>No plan for {0} yet. Years with a plan: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="350"/>
        <source>Kế hoạch năm {0}: {1}</source>
        <translation>Plan {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="352"/>
        <source>(tạo từ kế hoạch năm {0} — cần kiểm tra chỉ tiêu)</source>
        <translation>(made from the {0} plan — check the targets)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="373"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="441"/>
        <source>Sao chép kế hoạch</source>
        <translation>Copy plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="442"/>
        <source>Sao chép kế hoạch năm {0} sang năm:</source>
        <translation>Copy the {0} plan to year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="454"/>
        <source>Không sao chép được</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="467"/>
        <source>Chọn văn bản kế hoạch</source>
        <translation>Choose the plan document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="469"/>
        <source>Văn bản kế hoạch (*.docx *.pdf *.txt *.cdskh);;Mọi tệp (*)</source>
        <translation>Plan documents (*.docx *.pdf *.txt *.cdskh);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="488"/>
        <source>Không đọc được kế hoạch</source>
        <translation>The plan could not be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="505"/>
        <source>Đã lưu kế hoạch</source>
        <translation>Plan saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="522"/>
        <source>Không nạp được tệp kế hoạch</source>
        <translation>The plan file could not be loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="526"/>
        <source>Nạp tệp kế hoạch</source>
        <translation>Load plan file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="527"/>
        <source>Nạp “{0}” ({1} chỉ tiêu, {2} đơn vị) cho năm {3}?</source>
        <translation>Load “{0}” ({1} targets, {2} units) for {3}?</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="1"/>
        <source>Báo cáo gửi (Kính gửi) “{addressee}”, đơn vị đã đổi tên hoặc sáp nhập thành “{successor}” từ ngày {on}: hãy gửi cho “{successor}”, nhập ở trang Đơn vị (hoặc lệnh: unit set --addressee "{successor}").</source>
        <translation>The report is addressed (Kính gửi) to “{addressee}”, a unit renamed or merged into “{successor}” on {on}: send it to “{successor}”; enter it on the Unit page (or the command: unit set --addressee "{successor}").</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="1"/>
        <source>Kế hoạch năm {year} chưa phải kế hoạch đã ban hành: ứng dụng tạo từ kế hoạch năm {source}, nên nhiệm vụ, chỉ tiêu, thời hạn và đơn vị tổng hợp vẫn là của năm {source}, kể cả nơi nhận báo cáo “{addressee}”. Hãy nạp kế hoạch năm {year} ở trang Kế hoạch → “Nhập kế hoạch từ văn bản…” (hoặc lệnh: plan import TỆP --year {year} --replace), hoặc kiểm tra từng mục rồi bấm “Đã kiểm tra kế hoạch” (lệnh: plan set --year {year} --checked).</source>
        <translation>The {year} plan is not the plan as issued: the app made it from the {source} plan, so its tasks, targets, dates and consolidating unit are still those of {source}, and so is the report's addressee “{addressee}”. Load the {year} plan on the Plan page → “Import plan from document…” (or the command: plan import FILE --year {year} --replace), or check each item, then click “Plan checked” (command: plan set --year {year} --checked).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="90"/>
        <source>Báo cáo gửi (Kính gửi) “{addressee}”, {reason}: báo cáo không thể gửi cho chính mình. Nhập nơi nhận ở trang Đơn vị (hoặc lệnh: unit set --addressee &quot;...&quot;).</source>
        <translation>The report is addressed (Kính gửi) to “{addressee}”, {reason}: a report cannot be sent to its own unit. Enter the addressee on the Unit page (or the command: unit set --addressee &quot;...&quot;).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="90"/>
        <source>là chính đơn vị ban hành</source>
        <translation>which is the issuing unit itself</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="90"/>
        <source>là đơn vị đã đổi tên hoặc sáp nhập vào đơn vị ban hành</source>
        <translation>a unit renamed or merged into the issuing unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="16"/>
        <source>Chưa có họ tên người ký báo cáo: nhập ở trang Đơn vị (hoặc lệnh: unit set --signer-name &quot;HỌ TÊN&quot;).</source>
        <translation>The signer&apos;s name is missing: enter it on the Unit page (or the command: unit set --signer-name &quot;FULL NAME&quot;).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="21"/>
        <source>Chưa có chữ viết tắt tên đơn vị: số hiệu in “Số: .../BC-” thiếu phần sau; nhập ở trang Đơn vị (hoặc lệnh: unit set --abbreviation PTTH).</source>
        <translation>The unit&apos;s abbreviation is missing: the number printed as “Số: .../BC-” lacks its last part; enter it on the Unit page (or the command: unit set --abbreviation PTTH).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="26"/>
        <source>Chưa có chức vụ người ký: nhập ở trang Đơn vị (lệnh: unit set --signer-title).</source>
        <translation>The signer&apos;s position is missing: enter it on the Unit page (command: unit set --signer-title).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="30"/>
        <source>Chưa có số báo cáo: nhập số ở trang Báo cáo (hoặc report --number 05), hoặc để trống cho văn thư điền khi phát hành.</source>
        <translation>The report has no number: enter it on the Report page (or report --number 05), or leave it empty for the clerk to fill in when issuing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="35"/>
        <source>Câu trích dẫn kế hoạch năm {year} còn thiếu {missing}: nhập ở trang Kế hoạch (hoặc lệnh: plan set --number 45/KH-UBND --signed-date YYYY-MM-DD --issuer &quot;UBND tỉnh ...&quot;).</source>
        <translation>The citation of the {year} plan lacks its {missing}: enter it on the Plan page (or the command: plan set --number 45/KH-UBND --signed-date YYYY-MM-DD --issuer &quot;ISSUING BODY&quot;).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="41"/>
        <source>Mục “{section}” chưa có nội dung: báo cáo đang in bản nháp lập từ số liệu; hãy xem lại, sửa hoặc chấp nhận bản nháp.</source>
        <translation>Section “{section}” is empty: the report prints a draft made from the figures; review it, edit it or accept the draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="46"/>
        <source>Mục “{section}” chưa có nội dung: bản nháp chỉ nêu số liệu của {count} nhiệm vụ chưa đạt chỉ tiêu, không nêu nguyên nhân; hãy ghi nguyên nhân.</source>
        <translation>Section “{section}” is empty: the draft only states the figures of the {count} tasks short of target, not their causes; write the causes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="51"/>
        <source>{count} hoạt động sau ngày {on} (ngày số liệu tính đến) không được tính trong báo cáo: đổi ngày báo cáo hoặc ngày số liệu nếu cần tính cả các hoạt động này.</source>
        <translation>{count} activities after {on} (the date the figures are counted to) are left out of the report: change the report date or the data date to count them too.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="56"/>
        <source>Nhiệm vụ {code} đạt {actual}/{target} {measure}, chưa có giải trình: nhập nhận xét cho nhiệm vụ này.</source>
        <translation>Task {code}: {actual}/{target} {measure}, with no explanation: enter remarks for this task.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="61"/>
        <source>Hồ sơ của “{unit}” vẫn là thông tin mặc định của ứng dụng: kiểm tra cơ quan chủ quản, địa danh, người ký, nơi nhận ở trang Đơn vị.</source>
        <translation>The profile of “{unit}” is still the app&apos;s default: check the governing body, place name, signer and recipients on the Unit page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="66"/>
        <source>{line} ở đầu báo cáo quá dài ({count} ký tự, quá {lines} dòng): bản in cắt bớt phần cuối (dấu “…”). Hãy viết gọn ở trang Đơn vị.</source>
        <translation>{line} at the head of the report is too long ({count} characters, over {lines} lines): the printout cuts its end (“…”). Shorten it on the Unit page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="71"/>
        <source>{line} ở đầu báo cáo quá dài ({count} ký tự, quá {lines} dòng): bản in thu nhỏ chữ còn {size} pt. Hãy viết gọn ở trang Đơn vị.</source>
        <translation>{line} at the head of the report is too long ({count} characters, over {lines} lines): the printout sets it in {size} pt. Shorten it on the Unit page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="76"/>
        <source>{count} đơn vị phải báo cáo chưa có số liệu ({units}): báo cáo tổng hợp ghi các đơn vị này là “Chưa báo cáo”; nhận gói báo cáo của các đơn vị ở trang Tổng hợp (hoặc lệnh: consolidate GÓI.cdsgoi) trước khi phát hành nếu còn kịp.</source>
        <translation>{count} units that must report have no figures ({units}): the consolidated report lists them as “Chưa báo cáo” (not reported); receive their report packages on the Consolidation page (or with the command: consolidate PACKAGE.cdsgoi) before issuing, if there is still time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="82"/>
        <source>Kỳ số liệu năm {year} bắt đầu từ ngày {start}, trước khi kỳ của năm {previous} kết thúc ({end}): {count} hoạt động từ ngày {start} đến ngày {end} được tính ở cả hai năm. Hãy chọn cùng một kỳ số liệu cho hai năm ở trang Kế hoạch (hoặc lệnh: plan set --window), hoặc ghi rõ điều này trong báo cáo.</source>
        <translation>The period of {year} starts on {start}, before the period of {previous} ends ({end}): {count} activities from {start} to {end} are counted in both years. Choose the same period for both years on the Plan page (or with the command: plan set --window), or say so in the report.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="89"/>
        <source>Ký tự “{char}” ({codepoint}) trong “{excerpt}” không có trong phông chữ của bản PDF: bản PDF in dấu “□” thay cho ký tự này (bản Word giữ nguyên). Hãy sửa đoạn văn có ký tự đó.</source>
        <translation>Character “{char}” ({codepoint}) in “{excerpt}” is not in the PDF&apos;s fonts: the PDF prints “□” in its place (the Word file keeps it). Edit the paragraph that has it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="97"/>
        <source>I.1. Công tác chỉ đạo, triển khai</source>
        <translation>I.1. Direction and implementation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="98"/>
        <source>II.1. Ưu điểm</source>
        <translation>II.1. Strengths</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="99"/>
        <source>II.2. Tồn tại, hạn chế</source>
        <translation>II.2. Shortcomings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="100"/>
        <source>II.3. Nguyên nhân</source>
        <translation>II.3. Causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="101"/>
        <source>III. Phương hướng, nhiệm vụ năm sau</source>
        <translation>III. Directions and tasks for next year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="102"/>
        <source>IV. Đề xuất, kiến nghị</source>
        <translation>IV. Proposals and recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="105"/>
        <source>số hiệu</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="106"/>
        <source>ngày ký</source>
        <translation>signing date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="107"/>
        <source>cơ quan ban hành</source>
        <translation>issuing body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="111"/>
        <source>Tên cơ quan chủ quản</source>
        <translation>The governing body&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_texts.py" line="112"/>
        <source>Tên đơn vị</source>
        <translation>The unit&apos;s name</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../desktop/ui/preflight_dialog.py" line="40"/>
        <source>Kiểm tra trước khi phát hành</source>
        <translation>Check before issuing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_dialog.py" line="43"/>
        <source>Báo cáo còn {n} mục cần xem lại. Chọn một mục rồi bấm “Sửa mục này”.</source>
        <translation>The report has {n} items to review. Choose one and press “Fix this item”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preflight_dialog.py" line="57"/>
        <source>Sửa mục này</source>
        <translation>Fix this item</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="21"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_models.py" line="58"/>
        <source>dòng {0}</source>
        <translation>row {0}</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="266"/>
        <source>T1,T2,T3,T4,T5,T6,T7,T8,T9,T10,T11,T12</source>
        <translation>Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="289"/>
        <source>Thực hiện lũy kế</source>
        <translation>Cumulative actual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="296"/>
        <source>Dự kiến theo tiến độ kế hoạch</source>
        <translation>Expected by the plan&apos;s pace</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="69"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="70"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="71"/>
        <source>Đơn vị tính</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="72"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="73"/>
        <source>Thực hiện</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="74"/>
        <source>Tỉ lệ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="75"/>
        <source>Dự kiến đến nay</source>
        <translation>Expected so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="76"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="350"/>
        <source>Hoạt động khác (ngoài các nhiệm vụ của kế hoạch), theo hình thức</source>
        <translation>Other activities (outside the plan&apos;s tasks), by form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="356"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="357"/>
        <source>Số hoạt động</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="358"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="359"/>
        <source>Kinh phí (đồng)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="380"/>
        <source>Xem các hoạt động của chỉ tiêu này</source>
        <translation>Show this target&apos;s activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="385"/>
        <source>Xem các hoạt động khác</source>
        <translation>Show the other activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="397"/>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="398"/>
        <source>Quý I</source>
        <translation>Quarter 1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="399"/>
        <source>Quý II</source>
        <translation>Quarter 2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="400"/>
        <source>Quý III</source>
        <translation>Quarter 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="401"/>
        <source>Quý IV</source>
        <translation>Quarter 4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="402"/>
        <source>6 tháng đầu năm</source>
        <translation>First half-year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="403"/>
        <source>6 tháng cuối năm</source>
        <translation>Second half-year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="413"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="415"/>
        <source>Tính đến ngày</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="463"/>
        <source>ngày phải thuộc kỳ số liệu: {0}</source>
        <translation>the date must fall within the period: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="498"/>
        <source>Tiến độ thực hiện kế hoạch năm {0} đến ngày {1} ({2})</source>
        <translation>Progress on the {0} plan as of {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="489"/>
        <source>Chưa có kế hoạch năm {0}. Hãy sao chép kế hoạch ở mục Kế hoạch.</source>
        <translation>No plan for {0} yet. Copy a plan under Plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="508"/>
        <source>Kế hoạch năm {0} không giao chỉ tiêu nào cho {1}. Để giao: ở trang Kế hoạch, bấm đúp vào chỉ tiêu và chọn loại đơn vị chủ trì.</source>
        <translation>The {0} plan gives {1} no target. To give one: on the Plan page, double-click a target and choose the kinds of unit that lead it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="524"/>
        <source>Không có hoạt động nào ngoài các nhiệm vụ của kế hoạch.</source>
        <translation>No activities outside the plan&apos;s tasks.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="528"/>
        <source>{0} ({1}), theo hình thức</source>
        <translation>{0} ({1}), by form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="529"/>
        <source>ngoài các nhiệm vụ của kế hoạch</source>
        <translation>outside the plan&apos;s tasks</translation>
    </message>
</context>
<context>
    <name>RefusedRowsModel</name>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="170"/>
        <source>Tệp, trang, dòng</source>
        <translation>File, sheet, row</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="75"/>
        <source>Đang vẽ trang xem trước...</source>
        <translation>Drawing the preview pages...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="110"/>
        <source>để trống cho văn thư điền khi phát hành</source>
        <translation>left for the clerk to fill in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="114"/>
        <source>Ghi ngày</source>
        <translation>Show date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="127"/>
        <source>ví dụ: KT. GIÁM ĐỐC</source>
        <translation>e.g. KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="128"/>
        <source>ví dụ: PHÓ GIÁM ĐỐC</source>
        <translation>e.g. PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="129"/>
        <location filename="../../desktop/ui/report_page.py" line="340"/>
        <source>họ và tên người ký</source>
        <translation>full name of the signer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="131"/>
        <source>Số báo cáo</source>
        <translation>Report number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="132"/>
        <source>Ngày báo cáo</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="133"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="134"/>
        <source>Chức vụ người ký</source>
        <translation>Signer title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="135"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="136"/>
        <source>Số, ngày và người ký</source>
        <translation>Number, date and signer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="144"/>
        <source>I.1. Công tác chỉ đạo, triển khai</source>
        <translation>I.1. Direction and implementation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="145"/>
        <source>Văn bản chỉ đạo, phân công, hội nghị...</source>
        <translation>Directives, assignments, meetings...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="149"/>
        <source>I.2. Nhận xét từng nhiệm vụ (số liệu do ứng dụng tính)</source>
        <translation>I.2. Remarks on each task (figures computed by the app)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="155"/>
        <source>I.3. Hoạt động truyền thông khác (ghi thêm)</source>
        <translation>I.3. Other communication activities (additional notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="159"/>
        <source>Số liệu theo hình thức do ứng dụng tính; ghi thêm nếu cần</source>
        <translation>Figures by form are computed by the app; add notes if needed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="166"/>
        <source>I.4. Kinh phí thực hiện (ghi thêm)</source>
        <translation>I.4. Funding (additional notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="170"/>
        <source>Tổng kinh phí do ứng dụng tính; ghi thêm nguồn kinh phí...</source>
        <translation>The total cost is computed by the app; add funding sources...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_drafts.py" line="127"/>
        <location filename="../../desktop/ui/report_page.py" line="175"/>
        <source>Gợi ý nội dung</source>
        <translation>Suggest text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="179"/>
        <source>Điền các mục còn trống bằng bản nháp từ số liệu (chỉ tiêu đạt, chưa đạt, so với năm trước) để sửa lại</source>
        <translation>Fill the empty sections with drafts from the figures (targets met, short, against the previous year) to edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="282"/>
        <source>Để trống: báo cáo in bản nháp lập từ số liệu</source>
        <translation>Left empty, the report prints a draft built from the figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_drafts.py" line="100"/>
        <source>Các mục đang in bản nháp từ số liệu: {sections}. Sửa nội dung, hoặc bấm “Gợi ý nội dung” để nhận bản nháp và sửa tiếp.</source>
        <translation>Sections printing their draft from the figures: {sections}. Edit them, or press “Suggest text” to take the drafts and edit them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_drafts.py" line="128"/>
        <source>Một số mục đã có nội dung. Thay toàn bộ bằng bản gợi ý?
Chọn “No” để chỉ điền vào các mục còn trống.</source>
        <translation>Some sections already have text. Replace all of it with the suggestion?
Choose “No” to fill only the empty sections.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_drafts.py" line="187"/>
        <source>Đang kiểm tra báo cáo...</source>
        <translation>Checking the report...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="533"/>
        <source>Vẫn xuất báo cáo</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="184"/>
        <source>II. Đánh giá chung</source>
        <translation>II. General assessment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="186"/>
        <source>1. Ưu điểm</source>
        <translation>1. Strengths</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="188"/>
        <source>2. Tồn tại, hạn chế</source>
        <translation>2. Shortcomings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="190"/>
        <source>3. Nguyên nhân</source>
        <translation>3. Causes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="199"/>
        <source>IV. Đề xuất, kiến nghị</source>
        <translation>IV. Proposals and recommendations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="109"/>
        <source>Cập nhật bản xem trước</source>
        <translation>Update preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="113"/>
        <location filename="../../desktop/ui/report_preview.py" line="191"/>
        <location filename="../../desktop/ui/report_preview.py" line="197"/>
        <source>Chưa có bản xem trước.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="211"/>
        <source>Chưa lập được bản xem trước.</source>
        <translation>The preview cannot be made yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="224"/>
        <source>Xuất DOCX</source>
        <translation>Export DOCX</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="227"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="230"/>
        <source>Ký số...</source>
        <translation>Sign digitally...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="234"/>
        <source>Mở tệp sau khi xuất</source>
        <translation>Open the file after export</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="239"/>
        <source>Thêm cột “Ước thực hiện cả năm”</source>
        <translation>Add the “Full-year estimate” column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="243"/>
        <source>Báo cáo trước khi hết năm: Phụ lục I thêm số ước tính cả năm theo tiến độ đến ngày số liệu, ghi rõ là số ước tính</source>
        <translation>A report made before the year&apos;s end: Appendix I adds a full-year estimate from the pace up to the data date, stated as an estimate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="252"/>
        <source>Lưu mẫu để chỉnh sửa...</source>
        <translation>Save template to edit...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="255"/>
        <source>Lưu bản sao mẫu báo cáo (DOCX) để sửa câu chữ, định dạng trong Word</source>
        <translation>Save a copy of the report template (DOCX) to edit its wording and layout in Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="309"/>
        <source>Báo cáo kết quả năm {year} — {unit}</source>
        <translation>Results report {year} — {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="314"/>
        <source>III. Phương hướng, nhiệm vụ năm {year}</source>
        <translation>III. Directions and tasks for {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="336"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_drafts.py" line="80"/>
        <source>Bản nháp từ số liệu (báo cáo in bản này khi để trống):</source>
        <translation>Draft from the figures (the report prints it while this is left empty):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="361"/>
        <source>Năm này đơn vị chưa có nhiệm vụ nào.</source>
        <translation>The unit has no tasks this year.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="374"/>
        <source>Nhận xét của đơn vị về nhiệm vụ này</source>
        <translation>The unit&apos;s remarks on this task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_texts.py" line="47"/>
        <source>Đang lưu...</source>
        <translation>Saving...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_texts.py" line="66"/>
        <source>Chưa lưu được!</source>
        <translation>Not saved!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_texts.py" line="73"/>
        <source>Đã lưu lúc {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_drafts.py" line="117"/>
        <source>Không gợi ý được</source>
        <translation>No suggestion available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="452"/>
        <location filename="../../desktop/ui/report_page.py" line="585"/>
        <source>Chưa lập được báo cáo</source>
        <translation>The report could not be prepared</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="462"/>
        <source>Mẫu: {name}</source>
        <translation>Template: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="464"/>
        <source>Mẫu: có sẵn của ứng dụng</source>
        <translation>Template: built-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="488"/>
        <source>Lưu mẫu báo cáo</source>
        <translation>Save report template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="490"/>
        <location filename="../../desktop/ui/report_page.py" line="538"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="500"/>
        <source>Không lưu được mẫu</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="504"/>
        <source>Mẫu báo cáo</source>
        <translation>Report template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="506"/>
        <source>Đã lưu “{path}”. Mở tệp bằng Word hoặc LibreOffice để sửa câu chữ, định dạng; giữ nguyên các chỗ điền dạng {{{{ ... }}}}.

Dùng mẫu này khi xuất báo cáo?</source>
        <translation>Saved “{path}”. Open it in Word or LibreOffice to edit the wording and layout; keep the {{{{ ... }}}} fields as they are.

Use this template when exporting reports?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="269"/>
        <source>Nội dung đã thay đổi — bấm “Cập nhật bản xem trước” để xem lại.</source>
        <translation>The content has changed — click “Update preview” to see it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="55"/>
        <location filename="../../desktop/ui/report_preview.py" line="62"/>
        <location filename="../../desktop/ui/report_preview.py" line="155"/>
        <source>Đang tạo bản xem trước...</source>
        <translation>Creating the preview...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="152"/>
        <source>Đang vẽ bản xem trước...</source>
        <translation>Drawing the preview...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="226"/>
        <source>Xem trước {shown}/{total} trang (xuất tệp để xem đủ).</source>
        <translation>Previewing {shown} of {total} pages (export to see them all).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="230"/>
        <source>Xem trước {total} trang.</source>
        <translation>Previewing {total} pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_preview.py" line="265"/>
        <source>Nội dung đã thay đổi — bản xem trước sẽ được vẽ lại.</source>
        <translation>The content changed — the preview will be drawn again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="536"/>
        <source>Lưu báo cáo (Word)</source>
        <translation>Save report (Word)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="536"/>
        <source>Lưu báo cáo (PDF)</source>
        <translation>Save report (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="538"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="553"/>
        <location filename="../../desktop/ui/report_process.py" line="18"/>
        <source>Đang xuất báo cáo...</source>
        <translation>Exporting the report...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="570"/>
        <source>Đã xuất “{path}”.</source>
        <translation>Exported “{path}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_page.py" line="587"/>
        <source>Không xuất được báo cáo</source>
        <translation>The report could not be exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_process.py" line="19"/>
        <source>Đang ghi tệp...</source>
        <translation>Writing the file...</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="86"/>
        <source>Gửi báo cáo</source>
        <translation>Send report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="79"/>
        <source>đơn vị tổng hợp</source>
        <translation>the consolidating unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="95"/>
        <source>Tạo gói báo cáo năm {0} của {1} để gửi {3} (qua thư điện tử, USB hoặc tin nhắn). Gói gồm {2} hoạt động, thông tin đơn vị, các chỉ tiêu, nội dung báo cáo và tệp báo cáo DOCX, PDF; có mã kiểm tra để nơi nhận phát hiện tệp bị hỏng hoặc bị sửa.</source>
        <translation>Create the {0} report package of {1} to send to {3} (by e-mail, USB drive or message). The package holds {2} activities, the unit profile, the targets, the report texts and the DOCX and PDF report files, with a checksum so the receiver can detect a damaged or altered file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="103"/>
        <source>Kèm tệp đính kèm ({0} tệp, {1})</source>
        <translation>Include attachments (files: {0}, {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="107"/>
        <source>Kèm tệp đính kèm (không có tệp nào)</source>
        <translation>Include attachments (none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="116"/>
        <source>Chọn...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="119"/>
        <source>Lưu gói vào:</source>
        <translation>Save package to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="127"/>
        <source>Gửi bản báo cáo PDF đã ký số “{0}”</source>
        <translation>Send the digitally signed PDF report “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="129"/>
        <source>Gửi bản báo cáo PDF đã ký số (chưa có: ký ở mục Báo cáo)</source>
        <translation>Send the digitally signed PDF report (none yet: sign it under Report)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="140"/>
        <source>Tạo gói báo cáo</source>
        <translation>Create report package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="158"/>
        <source>Lưu gói báo cáo</source>
        <translation>Save report package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="160"/>
        <source>Gói báo cáo (*{0})</source>
        <translation>Report package (*{0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="177"/>
        <source>Đang tạo gói...</source>
        <translation>Creating the package...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="198"/>
        <source>Đã tạo gói “{0}” ({1} hoạt động, {2}). Hãy gửi tệp này cho Sở.</source>
        <translation>Package “{0}” created (activities: {1}, size {2}). Send this file to the Department.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="205"/>
        <source>Chưa tạo được gói.</source>
        <translation>The package was not created.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/send_dialog.py" line="208"/>
        <source>Đang tạo gói báo cáo...</source>
        <translation>Creating the report package...</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="31"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="50"/>
        <source>Dòng lệnh (--lang) chọn {0} cho lần chạy này; ngôn ngữ đã lưu là {1}.</source>
        <translation>The command line (--lang) chose {0} for this run; the saved language is {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="56"/>
        <source>Mẫu có sẵn của ứng dụng</source>
        <translation>The built-in template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="57"/>
        <source>Chọn...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="64"/>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="67"/>
        <source>Mẫu báo cáo (DOCX)</source>
        <translation>Report template (DOCX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="68"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng.</source>
        <translation>A new language applies when the app is opened again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="75"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="91"/>
        <source>Chọn mẫu báo cáo</source>
        <translation>Choose report template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="93"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="63"/>
        <source>Ký số báo cáo</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="71"/>
        <source>Người có thẩm quyền (chữ ký cá nhân)</source>
        <translation>Competent person (personal signature)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="72"/>
        <source>Cơ quan (đóng dấu)</source>
        <translation>Agency (seal)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="75"/>
        <source>Tệp chứng thư số (.p12, .pfx)</source>
        <translation>Certificate file (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="76"/>
        <source>Token USB (PKCS#11)</source>
        <translation>USB token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="82"/>
        <source>bỏ trống khi chỉ cắm một token</source>
        <translation>leave empty when only one token is plugged in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="86"/>
        <source>bỏ trống khi token chỉ có một chứng thư số để ký</source>
        <translation>leave empty when the token holds only one signing certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="104"/>
        <source>Tên chứng thư số trên token</source>
        <translation>Certificate label on the token</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="90"/>
        <source>bỏ trống: dùng hình đã chọn lần trước</source>
        <translation>leave empty: the image chosen last time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="99"/>
        <source>Tệp PDF cần ký</source>
        <translation>PDF file to sign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="100"/>
        <source>Ký với tư cách</source>
        <translation>Sign as</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="101"/>
        <source>Khóa ký</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="102"/>
        <source>Tệp hoặc thư viện</source>
        <translation>File or library</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="103"/>
        <source>Tên token</source>
        <translation>Token label</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="106"/>
        <source>Hình chữ ký / con dấu (PNG)</source>
        <translation>Signature / seal image (PNG)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="109"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="110"/>
        <location filename="../../desktop/ui/sign_dialog.py" line="179"/>
        <source>Lưu bản đã ký</source>
        <translation>Save the signed copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="116"/>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="131"/>
        <source>Chọn...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="166"/>
        <source>Chọn tệp PDF cần ký</source>
        <translation>Choose the PDF file to sign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="166"/>
        <location filename="../../desktop/ui/sign_dialog.py" line="179"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="170"/>
        <source>Chứng thư số (*.p12 *.pfx)</source>
        <translation>Certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="172"/>
        <source>Thư viện PKCS#11 (*.dll *.so *.dylib)</source>
        <translation>PKCS#11 libraries (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="173"/>
        <source>Chọn khóa ký</source>
        <translation>Choose the signing key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="176"/>
        <source>Chọn hình chữ ký hoặc con dấu</source>
        <translation>Choose the signature or seal image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="176"/>
        <source>Ảnh PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="184"/>
        <source>Hãy chọn tệp PDF, khóa ký và nơi lưu bản đã ký.</source>
        <translation>Choose the PDF file, the signing key and where to save the signed copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="192"/>
        <source>Đang ký...</source>
        <translation>Signing...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="195"/>
        <source>Đang ký số...</source>
        <translation>Signing digitally...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="215"/>
        <source>Đã ký “{0}”: chữ ký số của {1}, lúc {2}. Tệp gốc giữ nguyên.</source>
        <translation>Signed “{0}”: digital signature of {1}, at {2}. The original file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sign_dialog.py" line="227"/>
        <source>Không ký được.</source>
        <translation>Could not sign.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../desktop/ui/tables.py" line="83"/>
        <source>Sao chép các dòng đã chọn</source>
        <translation>Copy the selected rows</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="82"/>
        <source>Chỉ tiêu {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="86"/>
        <source>để trống nếu kế hoạch không nêu số</source>
        <translation>leave empty when the plan states no number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="91"/>
        <source>Mỗi đơn vị chủ trì đều phải đạt đủ chỉ tiêu</source>
        <translation>Each lead unit carries the full target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="94"/>
        <source>Đơn vị chủ trì</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="104"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="105"/>
        <source>Số chỉ tiêu</source>
        <translation>Target number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="106"/>
        <source>Đơn vị tính</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="107"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="108"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="109"/>
        <source>Thời hạn (ghi trong báo cáo)</source>
        <translation>Due (as written in the report)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="114"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="115"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="131"/>
        <source>không được âm</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="140"/>
        <source>Ngày kết thúc phải sau ngày bắt đầu</source>
        <translation>The end date must be after the start date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="144"/>
        <source>Chọn ít nhất một loại đơn vị chủ trì</source>
        <translation>Choose at least one kind of lead unit</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="44"/>
        <source>ví dụ PTTH (dùng trong số hiệu: .../BC-PTTH)</source>
        <translation>e.g. PTTH (used in the number: .../BC-PTTH)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="48"/>
        <source>ví dụ TM. ỦY BAN NHÂN DÂN, KT. GIÁM ĐỐC</source>
        <translation>e.g. TM. ỦY BAN NHÂN DÂN, KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="81"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="82"/>
        <source>Tên viết gọn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="83"/>
        <source>Cơ quan chủ quản</source>
        <translation>Governing body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="84"/>
        <source>Chữ viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="85"/>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="86"/>
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="87"/>
        <source>Chức vụ người ký</source>
        <translation>Signer title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="88"/>
        <source>Họ tên người ký</source>
        <translation>Signer name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="89"/>
        <source>Kính gửi</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="90"/>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="91"/>
        <source>Lưu (ví dụ: VT, VHTT)</source>
        <translation>Archive (e.g. VT, VHTT)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="93"/>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save unit profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="95"/>
        <source>Hoàn lại</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="105"/>
        <source>Thông tin đơn vị (in ở phần đầu, phần ký và nơi nhận của báo cáo)</source>
        <translation>Unit profile (printed in the report&apos;s header, signature and recipients)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="177"/>
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="191"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="40"/>
        <source>cơ quan cấp trên, ví dụ UBND TỈNH …; UBND xã, phường để trống</source>
        <translation>the body above, e.g. UBND TỈNH …; blank for a commune or ward</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../desktop/ui/unsaved.py" line="33"/>
        <source>Nội dung báo cáo chưa lưu</source>
        <translation>Report texts not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsaved.py" line="34"/>
        <source>Một phần nội dung báo cáo vừa sửa chưa lưu được (lý do đã báo). Nếu đóng bây giờ, phần đó sẽ mất.</source>
        <translation>Part of the report texts just edited could not be saved (the reason was shown). If you close now, that part will be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsaved.py" line="41"/>
        <source>Ở lại để sửa</source>
        <translation>Stay and fix it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsaved.py" line="44"/>
        <source>Đóng, bỏ phần chưa lưu</source>
        <translation>Close and drop the unsaved part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsaved.py" line="64"/>
        <source>Thông tin đơn vị chưa lưu</source>
        <translation>Unit details not saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unsaved.py" line="65"/>
        <source>Thông tin đơn vị đã sửa nhưng chưa lưu. Lưu trước khi đóng?</source>
        <translation>The unit details were edited but not saved. Save before closing?</translation>
    </message>
</context>
<context>
    <name>ValueMapPanel</name>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="45"/>
        <source>Các giá trị dưới đây không trùng đúng danh mục. Hãy xác nhận hoặc chọn lại; lựa chọn được ghi nhớ cùng cách đọc cột cho các tệp có cùng tiêu đề.</source>
        <translation>The values below do not match the catalogue exactly. Confirm or choose again; the choices are remembered with the column mapping for files with the same headers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="51"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="52"/>
        <source>Giá trị trong tệp</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="53"/>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="54"/>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="55"/>
        <source>Lựa chọn</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="77"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="108"/>
        <source>Giữ nguyên “{0}” (hình thức mới)</source>
        <translation>Keep “{0}” (new form)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="110"/>
        <source>Giữ nguyên (kiểm tra theo quy tắc)</source>
        <translation>Keep as written (checked by the rules)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="117"/>
        <source>Hoạt động khác (không thuộc nhiệm vụ)</source>
        <translation>Other activity (no task)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_values.py" line="125"/>
        <source>Bỏ qua các dòng này</source>
        <translation>Leave these rows out</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/ui/startup.py" line="178"/>
        <source>Không đọc hoặc tạo được tệp ({0}). Hãy kiểm tra thư mục.</source>
        <translation>The file cannot be read or created ({0}). Check the folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="188"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="189"/>
        <source>Không mở được tệp dữ liệu “{0}”.

{1}</source>
        <translation>Cannot open the data file “{0}”.

{1}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../desktop/ui/startup.py" line="31"/>
        <source>Tệp dữ liệu Báo cáo CĐS (*.cdsdb);;Mọi tệp (*)</source>
        <translation>Báo cáo CĐS data files (*.cdsdb);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="40"/>
        <location filename="../../desktop/ui/startup.py" line="55"/>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="73"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="74"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="75"/>
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="76"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="77"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="83"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="90"/>
        <source>Chọn bản sao lưu để khôi phục. Dữ liệu hiện tại không bị xóa: tệp được đổi tên (thêm “truoc-khoi-phuc” và thời điểm) và để ngay cạnh tệp dữ liệu.</source>
        <translation>Choose a backup to restore. The current data is not deleted: its file is renamed (with “truoc-khoi-phuc” and the time added) and kept next to the data file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="115"/>
        <location filename="../../desktop/ui/backup_dialogs.py" line="246"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="120"/>
        <source>Chọn tệp khác...</source>
        <translation>Choose another file...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="124"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="142"/>
        <source>Thư mục sao lưu: {0}</source>
        <translation>Backup folder: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="156"/>
        <source>không đọc được</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="177"/>
        <source>Chưa có bản sao lưu nào của “{0}” trong thư mục này.</source>
        <translation>There are no backups of “{0}” in this folder yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="190"/>
        <source>Tệp sao lưu này bị hỏng hoặc không đọc được.</source>
        <translation>This backup file is damaged or cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="196"/>
        <source>Dữ liệu hiện tại: {0} hoạt động.</source>
        <translation>Activities in the current data: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="213"/>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="230"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="232"/>
        <source>Khôi phục bản sao lưu lúc {0}?</source>
        <translation>Restore the backup made at {0}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="239"/>
        <source>Tệp dữ liệu hiện tại được giữ lại bên cạnh (không bị xóa); ứng dụng sẽ mở lại dữ liệu sau khi khôi phục.</source>
        <translation>The current data file is kept alongside (not deleted); the app reopens the data after the restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="249"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="268"/>
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="272"/>
        <source>Chọn...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="274"/>
        <source>Mặc định</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="276"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="284"/>
        <source>Ứng dụng tự sao lưu mỗi ngày khi mở, trước mỗi lần nhập và trước khi nâng cấp dữ liệu; giữ 7 bản hằng ngày, 4 bản hằng tuần và 12 bản hằng tháng. Bản sao lưu thủ công (Sao lưu ngay) được giữ cho đến khi bạn tự xóa.</source>
        <translation>The app backs up automatically every day when opened, before each import and before upgrading the data; it keeps 7 daily, 4 weekly and 12 monthly copies. Manual backups (Back up now) are kept until you delete them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="296"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="299"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="305"/>
        <source>Bản sao lưu được lưu vào thư mục:</source>
        <translation>Backups are saved in the folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="314"/>
        <source>Chọn thư mục sao lưu</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="342"/>
        <source>Đã sao lưu vào “{0}”.</source>
        <translation>Backed up to “{0}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="347"/>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="349"/>
        <source>Đã sao lưu dữ liệu vào:
{0}</source>
        <translation>The data was backed up to:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="358"/>
        <source>Đang sao lưu dữ liệu...</source>
        <translation>Backing up the data...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="387"/>
        <source> Dữ liệu trước khi khôi phục được giữ tại “{0}”.</source>
        <translation> The data from before the restore is kept at “{0}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="394"/>
        <source>Đã khôi phục từ bản sao lưu lúc {0}.</source>
        <translation>Restored from the backup made at {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="483"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="487"/>
        <source>Khôi phục từ bản sao lưu...</source>
        <translation>Restore from backup...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="491"/>
        <source>Thư mục sao lưu...</source>
        <translation>Backup folder...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="468"/>
        <location filename="../../desktop/ui/backup_dialogs.py" line="504"/>
        <source>Chưa sao lưu tự động được: {0}</source>
        <translation>Automatic backup failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="458"/>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_dialogs.py" line="459"/>
        <source>{0}

Mọi thay đổi sẽ không được lưu vào tệp này. Hãy dùng Công cụ &gt; Khôi phục từ bản sao lưu...</source>
        <translation>{0}

No change will be saved to this file. Use Tools &gt; Restore from backup...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="205"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="207"/>
        <source>Không mở được tệp dữ liệu “{0}”.</source>
        <translation>Cannot open the data file “{0}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="210"/>
        <source>Có bản sao lưu lúc {0} ({1}).</source>
        <translation>There is a backup from {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="214"/>
        <source>Chưa có bản sao lưu nào của tệp này trong thư mục sao lưu.</source>
        <translation>There are no backups of this file in the backup folder yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="221"/>
        <location filename="../../desktop/ui/startup.py" line="301"/>
        <source>Khôi phục bản sao lưu gần nhất</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="228"/>
        <location filename="../../desktop/ui/startup.py" line="324"/>
        <source>Mở tệp khác...</source>
        <translation>Open another file...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="230"/>
        <location filename="../../desktop/ui/startup.py" line="326"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="245"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="246"/>
        <source>Đã khôi phục bản sao lưu lúc {0}. Tệp hỏng được giữ lại tại “{1}”.</source>
        <translation>The backup made at {0} was restored. The damaged file is kept at “{1}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="260"/>
        <source>Mở tệp dữ liệu</source>
        <translation>Open data file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="278"/>
        <source>Không thấy tệp dữ liệu</source>
        <translation>Data file not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="279"/>
        <source>Không thấy tệp dữ liệu “{0}”.</source>
        <translation>Data file “{0}” not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="281"/>
        <source>Bên cạnh có tệp “{0}”, được giữ lại khi khôi phục và mới hơn mọi bản sao lưu (một lần khôi phục đã bị ngắt giữa chừng?). Dùng tệp này để không mất dữ liệu.</source>
        <translation>Beside it is “{0}”, kept aside by a restore and newer than every backup (a restore was interrupted?). Use this file so that no data is lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="287"/>
        <source>Còn nhật ký “{0}” giữ các thay đổi đã lưu của tệp đó: không tạo tệp mới để không mất các thay đổi ấy. Hãy tìm lại tệp dữ liệu.</source>
        <translation>The log “{0}” still holds saved changes of that file: no new file is created, so those changes are not lost. Please find the data file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="317"/>
        <source>Dùng tệp được giữ lại</source>
        <translation>Use the file kept aside</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="293"/>
        <source>Tệp có thể đã bị xóa, đổi tên hoặc chuyển đi. Có bản sao lưu của chính tệp này lúc {0} ({1}).</source>
        <translation>The file may have been deleted, renamed or moved. There is a backup of this very file from {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="53"/>
        <source>%H:%M ngày %d/%m/%Y</source>
        <translation>%H:%M on %d/%m/%Y</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="62"/>
        <source>Bản sao lưu lúc {0}; đơn vị: {1}: {2} hoạt động, {3} kế hoạch, {4} đơn vị, {5} đoạn văn báo cáo.</source>
        <translation>Backup made at {0}; unit: {1}: {2} activities, {3} plans, {4} units, {5} report passages.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="67"/>
        <source>Bản sao lưu lúc {0}: {1} hoạt động, {2} kế hoạch, {3} đơn vị, {4} đoạn văn báo cáo.</source>
        <translation>Backup made at {0}: {1} activities, {2} plans, {3} units, {4} report passages.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="309"/>
        <source>Tạo tệp dữ liệu mới</source>
        <translation>Create a new data file</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="33"/>
        <source>chưa có ngày</source>
        <translation>no date given</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="35"/>
        <source>“{0}”: không có tháng {1} (tháng từ 1 đến 12)</source>
        <translation>“{0}”: there is no month {1} (months run from 1 to 12)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="39"/>
        <source>“{0}”: tháng {1}/{2} chỉ có {3} ngày</source>
        <translation>“{0}”: month {1}/{2} has only {3} days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_field.py" line="42"/>
        <source>“{0}” không phải ngày (gõ ngày/tháng/năm, ví dụ 10/06/2023)</source>
        <translation>“{0}” is not a date (type day/month/year, e.g. 10/06/2023)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="40"/>
        <location filename="../../desktop/ui/send_dialog.py" line="56"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="47"/>
        <source>Có lỗi xảy ra</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="49"/>
        <source>Ứng dụng gặp một lỗi không mong đợi. Dữ liệu đã lưu không bị mất; bạn có thể tiếp tục làm việc.</source>
        <translation>The app ran into an unexpected error. Saved data is not lost; you can continue working.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="56"/>
        <source>Chi tiết kỹ thuật đã được ghi vào “{0}”.</source>
        <translation>Technical details were written to “{0}”.</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../desktop/ui/jobs.py" line="123"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs.py" line="125"/>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="251"/>
        <source>“{text}” chưa rõ cấp ngân sách; hãy ghi Ngân sách tỉnh, Ngân sách huyện hoặc Ngân sách xã</source>
        <translation>“{text}” does not say which budget: write the provincial, district or commune budget</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="255"/>
        <source>“{text}” phải là một trong: {sources}</source>
        <translation>“{text}” must be one of: {sources}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="13"/>
        <source>chứng thư số</source>
        <translation>the holder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="14"/>
        <source>Chứng thư số của {who} chưa có hiệu lực: hiệu lực từ {since}. Hãy kiểm tra đồng hồ máy tính hoặc dùng chứng thư khác.</source>
        <translation>The certificate of {who} is not valid yet: it is valid from {since}. Check the computer&apos;s clock or use another certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="18"/>
        <source>Chứng thư số của {who} đã hết hạn ngày {until}. Hãy gia hạn chứng thư với nhà cung cấp dịch vụ chứng thực chữ ký số.</source>
        <translation>The certificate of {who} expired on {until}. Renew the certificate with the digital signature certification service.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="22"/>
        <source>Chứng thư số của {who} không dùng để ký (mục đích sử dụng khóa không có “ký số”). Hãy chọn chứng thư ký số.</source>
        <translation>The certificate of {who} is not for signing (its key usage does not include “digital signature”). Choose a signing certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="26"/>
        <source>“{path}” quá lớn để là tệp chứng thư số PKCS#12 (.p12, .pfx).</source>
        <translation>“{path}” is too large to be a PKCS#12 certificate file (.p12, .pfx).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="27"/>
        <source>Không tìm thấy tệp chứng thư số “{path}”.</source>
        <translation>The certificate file “{path}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="28"/>
        <source>Không đọc được tệp chứng thư số “{path}” ({reason}).</source>
        <translation>Cannot read the certificate file “{path}” ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="29"/>
        <source>“{path}” không phải tệp chứng thư số PKCS#12 (.p12, .pfx) hoặc tệp đã hỏng.</source>
        <translation>“{path}” is not a PKCS#12 certificate file (.p12, .pfx), or the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="32"/>
        <source>Mã PIN (mật khẩu) của tệp chứng thư số “{name}” không đúng. Không có tệp nào được ghi.</source>
        <translation>The PIN (password) of the certificate file “{name}” is wrong. No file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="36"/>
        <source>Tệp “{name}” không chứa khóa ký kèm chứng thư số.</source>
        <translation>The file “{name}” holds no signing key with its certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="37"/>
        <source>Mã PIN của token không đúng. Không có tệp nào được ghi.</source>
        <translation>The token&apos;s PIN is wrong. No file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="38"/>
        <source>Token đã bị khóa vì nhập sai mã PIN nhiều lần. Hãy liên hệ nhà cung cấp để mở khóa.</source>
        <translation>The token is locked after too many wrong PINs. Ask its provider to unlock it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="42"/>
        <source>Mã PIN không đúng độ dài token yêu cầu.</source>
        <translation>The PIN is not of the length the token requires.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="43"/>
        <source>Không thấy token: hãy cắm token vào máy rồi thử lại.</source>
        <translation>No token found: plug the token in and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="44"/>
        <source>Token báo lỗi khi ký ({error}). Hãy rút token ra, cắm lại rồi thử lại.</source>
        <translation>The token reported an error while signing ({error}). Unplug the token, plug it in again and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="47"/>
        <source>Không tìm thấy thư viện PKCS#11 của token “{library}”.</source>
        <translation>The token&apos;s PKCS#11 library “{library}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="48"/>
        <source>Không nạp được thư viện PKCS#11 “{library}”: tệp không phải trình điều khiển token hoặc không hợp với máy (32/64 bit).</source>
        <translation>Cannot load the PKCS#11 library “{library}”: the file is not a token driver, or does not fit this computer (32/64 bit).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="52"/>
        <source>Không thấy token “{label}”: hãy cắm token vào máy rồi thử lại.</source>
        <translation>The token “{label}” was not found: plug the token in and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="53"/>
        <source>Không thấy token nào: hãy cắm token vào máy rồi thử lại.</source>
        <translation>No token found: plug a token in and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="54"/>
        <source>Có nhiều token đang cắm ({names}): hãy chọn một (--token-label).</source>
        <translation>Several tokens are plugged in ({names}): choose one (--token-label).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="57"/>
        <source>Trên token không có chứng thư số “{label}”.</source>
        <translation>The token has no certificate “{label}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="58"/>
        <source>Trên token không có chứng thư số nào kèm khóa ký.</source>
        <translation>The token has no certificate with a signing key.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="59"/>
        <source>Token có nhiều chứng thư số ({names}): hãy chọn một (--cert-label).</source>
        <translation>The token holds several certificates ({names}): choose one (--cert-label).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="62"/>
        <source>Trên token không có khóa ký của chứng thư số đã chọn.</source>
        <translation>The token has no signing key for the chosen certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="64"/>
        <source>Tệp không phải PDF hoặc đã hỏng, không đọc được nội dung.</source>
        <translation>The file is not a PDF or is damaged; its content cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="65"/>
        <source>Tệp PDF không có trang nào.</source>
        <translation>The PDF file has no pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="68"/>
        <source>hình chữ ký</source>
        <translation>signature image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="69"/>
        <source>hình con dấu</source>
        <translation>seal image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="70"/>
        <source>Hình chữ ký</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="71"/>
        <source>Hình con dấu</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="72"/>
        <source>Không tìm thấy {what} “{path}”.</source>
        <translation>The {what} “{path}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="73"/>
        <source>Không đọc được {what} “{path}” ({reason}).</source>
        <translation>Cannot read the {what} “{path}” ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="74"/>
        <source>{what} “{name}” quá lớn (tối đa 5 MB).</source>
        <translation>{what} “{name}” is too large (5 MB at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="75"/>
        <source>{what} “{name}” phải là tệp PNG nền trong suốt.</source>
        <translation>{what} “{name}” must be a PNG file with a transparent background.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="76"/>
        <source>{what} “{name}” quá lớn (tối đa 5000 điểm ảnh).</source>
        <translation>{what} “{name}” is too large (5000 pixels at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="77"/>
        <source>{what} “{name}” không phải ảnh PNG đọc được.</source>
        <translation>{what} “{name}” is not a readable PNG image.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="78"/>
        <source>Tệp “{name}” quá lớn để ký (tối đa 300 MB).</source>
        <translation>The file “{name}” is too large to sign (300 MB at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="79"/>
        <source>Tệp “{name}” quá lớn để kiểm tra (tối đa 300 MB).</source>
        <translation>The file “{name}” is too large to check (300 MB at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="80"/>
        <source>Không tìm thấy chỗ ký trong tệp (dòng chức vụ, khoảng trống và họ tên người ký dưới “Nơi nhận:”). Phụ lục gửi riêng chỉ mang chữ ký số của cơ quan (--role co-quan).</source>
        <translation>No place to sign found in the file (the title line, a blank space and the signer&apos;s name under the “Recipients:” block). An appendix sent on its own carries only the agency&apos;s digital signature (--role co-quan).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="84"/>
        <source>Không tìm thấy chỗ ký trong phụ lục (dòng chức vụ, khoảng trống và họ tên người ký dưới “Nơi nhận:”). Phụ lục gửi riêng chỉ mang chữ ký số của cơ quan (--role co-quan).</source>
        <translation>No place to sign found in the appendix (the title line, a blank space and the signer&apos;s name under the “Recipients:” block). An appendix sent on its own carries only the agency&apos;s digital signature (--role co-quan).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="88"/>
        <source>Không tìm thấy chỗ đóng dấu trong tệp (dòng chức vụ và họ tên người ký dưới “Nơi nhận:”), và trang đầu không phải một phụ lục.</source>
        <translation>No place for the seal found in the file (the title line and the signer&apos;s name under the “Recipients:” block), and the first page is not an appendix.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="92"/>
        <source>Vai trò ký “{role}” không có: dùng “ca-nhan” hoặc “co-quan”.</source>
        <translation>There is no signing role “{role}”: use “ca-nhan” or “co-quan”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="93"/>
        <source>Tệp đã ký phải là tệp khác tệp gốc: tệp gốc được giữ nguyên.</source>
        <translation>The signed copy must be another file than the original: the original is kept unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="94"/>
        <source>Chưa chọn {what} (ảnh PNG nền trong suốt) cho chứng thư số của {who}: hãy chọn ảnh (--image).</source>
        <translation>No {what} chosen (a PNG image with a transparent background) for the certificate of {who}: choose an image (--image).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="98"/>
        <source>Tệp đã có chữ ký số của người có thẩm quyền.</source>
        <translation>The file already carries the competent person&apos;s digital signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="99"/>
        <source>Không ký được tệp: {kind}: {error}</source>
        <translation>Cannot sign the file: {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="101"/>
        <source>hợp lệ</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="102"/>
        <source>bị sửa sau khi ký</source>
        <translation>altered after signing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="103"/>
        <source>chứng thư số không thuộc gốc tin cậy</source>
        <translation>certificate not from a trusted root</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="104"/>
        <source>chưa ký</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="105"/>
        <source>Chưa ký</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="106"/>
        <source>Đã ký: {people} — {state}</source>
        <translation>Signed: {people} — {state}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="107"/>
        <source>Không kiểm tra được chữ ký số: {problem}</source>
        <translation>The digital signatures could not be checked: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="108"/>
        <source>chứng thư số đã hết hạn hoặc chưa có hiệu lực vào lúc ký</source>
        <translation>the certificate had expired or was not yet valid at the time of signing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="109"/>
        <source>chứng thư số đã bị thu hồi</source>
        <translation>the certificate has been revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="110"/>
        <source>chứng thư số không được phép dùng để ký (mục đích sử dụng khóa không có “ký số”)</source>
        <translation>the certificate may not be used for signing (its key usage does not include “digital signature”)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="114"/>
        <source>chuỗi chứng thư không dẫn tới chứng thư gốc tin cậy nào</source>
        <translation>the certificate chain leads to no trusted root certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="115"/>
        <source>không đọc được chữ ký</source>
        <translation>the signature cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="116"/>
        <source>chữ ký {name}</source>
        <translation>signature {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="117"/>
        <source>nội dung bị thay đổi</source>
        <translation>content changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="118"/>
        <source>dữ liệu biểu mẫu</source>
        <translation>form data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="119"/>
        <source>“{path}” không phải tệp chứng thư gốc (PEM hoặc DER).</source>
        <translation>“{path}” is not a root certificate file (PEM or DER).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="120"/>
        <source>“{path}” quá lớn để là tệp chứng thư gốc.</source>
        <translation>“{path}” is too large to be a root certificate file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="121"/>
        <source>Không tìm thấy tệp chứng thư gốc “{path}”.</source>
        <translation>The root certificate file “{path}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="122"/>
        <source>Không đọc được tệp chứng thư gốc “{path}” ({reason}).</source>
        <translation>Cannot read the root certificate file “{path}” ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="123"/>
        <source>“{path}” không phải chứng thư gốc (chứng thư của tổ chức cấp).</source>
        <translation>“{path}” is not a root certificate (an issuing organisation&apos;s certificate).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="124"/>
        <source>Tệp PDF hỏng, không đọc được các chữ ký số ({error}).</source>
        <translation>The PDF file is damaged; its digital signatures cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_signing.py" line="126"/>
        <source>Tiến trình lập báo cáo dừng bất thường (mã {code}); chưa ghi tệp nào mới. Hãy thử lại; nếu vẫn lỗi, gửi tệp nhật ký cho bộ phận hỗ trợ.</source>
        <translation>The report-making process stopped unexpectedly (code {code}); no new file was written. Try again; if it fails again, send the log file to support.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="107"/>
        <source>Phần mở đầu</source>
        <translation>Opening part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="66"/>
        <source>không phải là số</source>
        <translation>is not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="67"/>
        <source>“{text}” không phải là số</source>
        <translation>“{text}” is not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="68"/>
        <source>“{text}” có phần lẻ, phải là số nguyên</source>
        <translation>“{text}” has a decimal part; a whole number is needed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="69"/>
        <source>“{text}” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000</source>
        <translation>“{text}” has words in it; write the number in full, for example 1.500.000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="70"/>
        <source>“{text}” không rõ là số lẻ hay số nghìn; hãy ghi 1.500 hoặc 1500</source>
        <translation>“{text}” could be a decimal or thousands; write 1.500 or 1500</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="73"/>
        <source>“{text}” không phải là số nguyên viết đúng cách (ví dụ 1.500.000)</source>
        <translation>“{text}” is not a whole number written properly (for example 1.500.000)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="76"/>
        <source>chưa có ngày</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="77"/>
        <source>“{text}” không phải ngày dạng dd/mm/yyyy</source>
        <translation>“{text}” is not a date as dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="78"/>
        <source>“{value}” không phải số chủ đề</source>
        <translation>“{value}” is not a theme number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="79"/>
        <source>“{value}” không phải số chủ đề (từ {low} đến {high})</source>
        <translation>“{value}” is not a theme number (from {low} to {high})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="80"/>
        <source>ngày {day} không thuộc năm {year}</source>
        <translation>the date {day} is not in {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="81"/>
        <source>ngày {day} nằm ngoài kỳ số liệu năm {year} ({first} – {last})</source>
        <translation>the date {day} is outside the {year} reporting period ({first} – {last})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="25"/>
        <source>phần “{part}”: kỳ số liệu “{window}” không hợp lệ ({windows})</source>
        <translation>part “{part}”: the reporting period “{window}” is not valid ({windows})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="82"/>
        <source>“{code}” không có trong kế hoạch năm {year}</source>
        <translation>“{code}” is not in the {year} plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="83"/>
        <source>chưa chọn hình thức</source>
        <translation>no form chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="84"/>
        <source>“{form}” không phải hình thức có trong danh mục ({forms})</source>
        <translation>“{form}” is not one of the listed forms ({forms})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="85"/>
        <source>chưa có tiêu đề</source>
        <translation>no title yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="86"/>
        <source>dài {length} ký tự, tối đa {limit}</source>
        <translation>{length} characters long, at most {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="87"/>
        <source>phải là số nguyên từ 1 trở lên</source>
        <translation>must be a whole number from 1 up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="88"/>
        <source>quá lớn (tối đa 1.000.000)</source>
        <translation>too large (at most 1,000,000)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="89"/>
        <source>“{text}” phải là Tiếng Việt, Tiếng Anh hoặc Tiếng Việt và Tiếng Anh</source>
        <translation>“{text}” must be Vietnamese, English or Vietnamese and English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="92"/>
        <source>đường dẫn quá dài</source>
        <translation>the link is too long</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="93"/>
        <source>không được âm</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="94"/>
        <source>quá lớn</source>
        <translation>too large</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="95"/>
        <source>ghi chú quá dài (tối đa 100.000 ký tự)</source>
        <translation>the notes are too long (at most 100,000 characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="96"/>
        <source>Đã có hoạt động cùng ngày, cùng chỉ tiêu, cùng tiêu đề và đường dẫn.</source>
        <translation>There is already an activity with the same date, target, title and link.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="100"/>
        <source>phần mục đích, yêu cầu: không chứa chỉ tiêu</source>
        <translation>purpose and requirements: no targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="101"/>
        <source>phần kinh phí: không chứa chỉ tiêu</source>
        <translation>funding: no targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="102"/>
        <source>phần tổ chức thực hiện: không phải hạn báo cáo hay đơn vị tổng hợp</source>
        <translation>implementation: neither the report deadline nor the consolidating unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="105"/>
        <source>phần không chứa chỉ tiêu</source>
        <translation>a part without targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="106"/>
        <source>phần mở đầu (căn cứ ban hành)</source>
        <translation>opening (legal grounds)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="108"/>
        <source>nơi nhận, chữ ký</source>
        <translation>recipients, signature</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="109"/>
        <source>không đọc được</source>
        <translation>not readable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="110"/>
        <source>câu dẫn, không phải nội dung</source>
        <translation>an introductory sentence, not content</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="111"/>
        <source>dòng thông tin không thuộc nhiệm vụ nào</source>
        <translation>an information line that belongs to no task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="112"/>
        <source>lời giải thích của nhiệm vụ, không phải chỉ tiêu</source>
        <translation>an explanation of the task, not a target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="113"/>
        <source>không rõ là nhiệm vụ hay thông tin của nhiệm vụ</source>
        <translation>unclear whether a task or a task&apos;s details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="114"/>
        <source>không đọc được thời gian; {task} tạm tính cả năm {year}</source>
        <translation>the period could not be read; {task} counted over the whole of {year} for now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="115"/>
        <source>{task}: không thấy đơn vị chủ trì</source>
        <translation>{task}: no lead unit found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="116"/>
        <source>không đọc được số lượng trong tần suất của {task}</source>
        <translation>no count could be read in the frequency of {task}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="119"/>
        <source>Không đọc được tệp “{path}”: {reason}.</source>
        <translation>Cannot read the file “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="120"/>
        <source>Tệp kế hoạch “{name}” bị từ chối: quá lớn ({size} MB).</source>
        <translation>The plan file “{name}” was refused: it is too large ({size} MB).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="121"/>
        <source>Tệp kế hoạch “{name}” bị từ chối: {reason}.</source>
        <translation>The plan file “{name}” was refused: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="122"/>
        <source>Tệp kế hoạch “{name}” bị từ chối: tệp bị hỏng hoặc không trọn vẹn. Hãy đề nghị nơi gửi gửi lại.</source>
        <translation>The plan file “{name}” was refused: the file is damaged or incomplete. Ask the sender to send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="127"/>
        <source>đây không phải tệp kế hoạch của ứng dụng (hoặc tệp bị cắt)</source>
        <translation>this is not a plan file of the app (or the file was cut short)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="128"/>
        <source>tệp có quá nhiều phần bên trong</source>
        <translation>the file holds too many parts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="129"/>
        <source>không có manifest.json: đây không phải tệp kế hoạch</source>
        <translation>there is no manifest.json: this is not a plan file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="130"/>
        <source>manifest.json không phải của tệp kế hoạch</source>
        <translation>the manifest.json is not a plan file&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="131"/>
        <source>tệp được tạo bằng phiên bản ứng dụng mới hơn ({version}); hãy cập nhật ứng dụng</source>
        <translation>the file was made by a newer version of the app ({version}); update the app</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="135"/>
        <source>thiếu phần “{name}”</source>
        <translation>the part “{name}” is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="136"/>
        <source>thời điểm tạo tệp trong manifest.json không hợp lệ</source>
        <translation>the time the file was made, in manifest.json, is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="137"/>
        <source>năm trong manifest.json khác năm của kế hoạch</source>
        <translation>the year in manifest.json differs from the plan&apos;s year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="138"/>
        <source>phần “{name}” không đúng cấu trúc</source>
        <translation>the part “{name}” is not laid out as it should be</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="139"/>
        <source>trường “{key}” không hợp lệ</source>
        <translation>the field “{key}” is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="140"/>
        <source>thiếu trường “{key}”</source>
        <translation>the field “{key}” is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="141"/>
        <source>ngày “{key}” không hợp lệ: {value}</source>
        <translation>the date “{key}” is not valid: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="142"/>
        <source>năm của kế hoạch không hợp lệ</source>
        <translation>the plan&apos;s year is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="143"/>
        <source>danh sách chỉ tiêu không hợp lệ</source>
        <translation>the list of targets is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="144"/>
        <source>số chỉ tiêu của {code} không hợp lệ</source>
        <translation>the target number of {code} is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="145"/>
        <source>đơn vị chủ trì của {code} không có trong tệp</source>
        <translation>the leading unit of {code} is not in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="146"/>
        <source>thời hạn của {code} không hợp lệ</source>
        <translation>the due period of {code} is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="147"/>
        <source>danh sách nội dung tuyên truyền không hợp lệ</source>
        <translation>the list of communication themes is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="148"/>
        <source>kỳ số liệu “{window}” không hợp lệ (chỉ nhận {windows})</source>
        <translation>the data period “{window}” is not valid (only {windows} are taken)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="149"/>
        <source>Không mở được tệp “{name}”: {reason}.</source>
        <translation>Cannot open the file “{name}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="150"/>
        <source>Tệp “{name}” quá lớn ({size} MB, tối đa {limit} MB) cho một văn bản kế hoạch; không đọc.</source>
        <translation>The file “{name}” is too large ({size} MB, at most {limit} MB) for a plan document; it was not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="154"/>
        <source>Tệp “{name}” trống.</source>
        <translation>The file “{name}” is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="155"/>
        <source>Tệp “{name}” không phải tệp {kind} hợp lệ (có thể bị hỏng hoặc đổi đuôi tệp).</source>
        <translation>The file “{name}” is not a valid {kind} file (it may be damaged or renamed).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="159"/>
        <source>Tệp “{name}” là định dạng Word cũ (.doc): hãy mở bằng Word hoặc LibreOffice và lưu thành .docx hoặc PDF rồi nhập lại.</source>
        <translation>The file “{name}” is in the old Word format (.doc): open it in Word or LibreOffice, save it as .docx or PDF and import that.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="164"/>
        <source>Tệp “{name}” có quá nhiều chữ ({chars} ký tự) cho một văn bản kế hoạch; không đọc.</source>
        <translation>The file “{name}” holds too much text ({chars} characters) for a plan document; it was not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="168"/>
        <source>Tệp “{name}” không phải văn bản chữ (DOCX, PDF hoặc TXT mã UTF-8).</source>
        <translation>The file “{name}” is not a text document (DOCX, PDF or UTF-8 TXT).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="172"/>
        <source>Tệp “{name}” bị hỏng, không mở được ({reason}).</source>
        <translation>The file “{name}” is damaged and cannot be opened ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="173"/>
        <source>Tệp “{name}” không phải văn bản Word (.docx).</source>
        <translation>The file “{name}” is not a Word document (.docx).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="174"/>
        <source>Tệp “{name}” bất thường: khi giải nén chiếm {size} MB trong {parts} phần, vượt giới hạn an toàn; không đọc.</source>
        <translation>The file “{name}” is unusual: unpacked it takes {size} MB in {parts} parts, beyond the safe limit; it was not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="179"/>
        <source>Tệp “{name}” bị hỏng, không đọc được ({reason}).</source>
        <translation>The file “{name}” is damaged and cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="180"/>
        <source>Tệp PDF “{name}” được đặt mật khẩu; hãy lưu bản không mật khẩu rồi nhập lại.</source>
        <translation>The PDF file “{name}” is protected by a password; save a copy without one and import that.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="184"/>
        <source>Tệp PDF “{name}” bị hỏng, không đọc được ({reason}).</source>
        <translation>The PDF file “{name}” is damaged and cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="185"/>
        <source>Tệp PDF “{name}” có {pages} trang, quá nhiều cho một văn bản kế hoạch (tối đa {limit}); không đọc.</source>
        <translation>The PDF file “{name}” has {pages} pages, too many for a plan document (at most {limit}); it was not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="190"/>
        <source>Đọc tệp PDF “{name}” quá lâu (hơn {seconds} giây, dừng ở trang {page}); tệp có thể bị hỏng. Hãy dùng bản DOCX của văn bản.</source>
        <translation>Reading the PDF file “{name}” took too long (over {seconds} seconds, stopped at page {page}); the file may be damaged. Use the DOCX copy of the document.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="195"/>
        <source>Tệp PDF “{name}”: trang {page} bị hỏng, không đọc được ({reason}).</source>
        <translation>The PDF file “{name}”: page {page} is damaged and cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="199"/>
        <source>Tệp PDF “{name}” không có lớp chữ (có thể là bản scan hoặc ảnh chụp), nên không đọc được nội dung kế hoạch. Hãy dùng bản DOCX hoặc PDF xuất từ Word, hoặc nhận dạng chữ (OCR) tệp này trước khi nhập.</source>
        <translation>The PDF file “{name}” has no text layer (it may be a scan or a photo), so the plan cannot be read from it. Use the DOCX, or a PDF saved from Word, or run text recognition (OCR) on this file before importing it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="205"/>
        <source>Văn bản không có chữ nào để đọc.</source>
        <translation>The document has no text to read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="206"/>
        <source>Không biết kế hoạch của năm nào: văn bản không ghi “năm …” trong tên kế hoạch; hãy chọn năm.</source>
        <translation>Which year the plan is for is not known: the plan&apos;s title in the document names no year; choose the year.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="211"/>
        <source>Không thấy phần nhiệm vụ của kế hoạch (mục La Mã như “III. HÌNH THỨC TUYÊN TRUYỀN” hoặc “II. NHIỆM VỤ”): văn bản có thể không phải kế hoạch truyền thông.</source>
        <translation>The plan&apos;s tasks were not found (a Roman-numbered section such as “III. Forms of communication” or “II. Tasks”): the document may not be a communication plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="216"/>
        <source>Tệp được giữ nguyên, không bị xóa; hãy khôi phục từ bản sao lưu hoặc mở tệp khác.</source>
        <translation>The file is kept as it is, not deleted; restore from a backup or open another file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="220"/>
        <source>Thay đổi vừa rồi chưa được lưu; dữ liệu đã lưu trước đó vẫn còn nguyên.</source>
        <translation>The last change was not saved; the data saved before it is intact.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="224"/>
        <source>Tệp dữ liệu{where} đang bận vì một chương trình khác đang ghi vào; đã chờ 10 giây mà chưa xong. {kept} Hãy thử lại sau ít phút.</source>
        <translation>The data file{where} is busy: another program is writing to it, and it was still busy after 10 seconds. {kept} Try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="229"/>
        <source>Ổ đĩa chứa tệp dữ liệu{where} đã đầy. {kept} Hãy giải phóng dung lượng rồi thử lại.</source>
        <translation>The drive holding the data file{where} is full. {kept} Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="233"/>
        <source>Tệp dữ liệu{where} chỉ cho phép đọc (tệp hoặc thư mục bị khóa ghi, hoặc ổ đĩa chỉ đọc). {kept} Hãy chép tệp sang thư mục có quyền ghi rồi mở lại.</source>
        <translation>The data file{where} can only be read (the file or folder is write-protected, or the drive is read-only). {kept} Copy the file to a folder you can write to and open it there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="238"/>
        <source>Tệp dữ liệu{where} bị hỏng. {kept} Hãy đóng ứng dụng và khôi phục từ bản sao lưu (Công cụ &gt; Khôi phục từ bản sao lưu...).</source>
        <translation>The data file{where} is damaged. {kept} Close the app and restore from a backup (Tools &gt; Restore from backup...).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="243"/>
        <source>Lỗi đọc/ghi ổ đĩa khi lưu tệp dữ liệu{where} (ổ USB bị rút ra hoặc ổ mạng mất kết nối?). {kept} Hãy kiểm tra ổ đĩa rồi thử lại.</source>
        <translation>A drive read/write error while saving the data file{where} (a USB drive pulled out, or a network drive disconnected?). {kept} Check the drive and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="248"/>
        <source>Không lưu được vào tệp dữ liệu{where} ({error}). {kept}</source>
        <translation>Could not save to the data file{where} ({error}). {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="249"/>
        <source>Không còn thư mục “{folder}” chứa tệp dữ liệu (ổ USB đã rút ra, ổ mạng mất kết nối, hoặc thư mục bị đổi tên?). Tệp dữ liệu không bị hỏng: hãy cắm lại ổ hoặc kết nối lại rồi mở lại.</source>
        <translation>The folder “{folder}” holding the data file is gone (a USB drive pulled out, a network drive disconnected, or the folder renamed?). The data file is not damaged: plug the drive in or reconnect, then open it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="255"/>
        <source>Tệp dữ liệu “{path}” nằm ở nơi chỉ cho phép đọc (ổ đĩa, thư mục hoặc tệp bị khóa ghi). Tệp không bị hỏng và không cần khôi phục: hãy chép tệp sang thư mục có quyền ghi rồi mở tệp đó, hoặc nhờ cán bộ kỹ thuật mở quyền ghi.</source>
        <translation>The data file “{path}” is in a place that can only be read (a write-protected drive, folder or file). The file is not damaged and needs no restore: copy it to a folder you can write to and open that copy, or ask technical staff to allow writing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="261"/>
        <source>Không có quyền đọc tệp “{path}”.</source>
        <translation>You have no permission to read the file “{path}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="262"/>
        <source>Không đọc được tệp “{path}” ({reason}).</source>
        <translation>Cannot read the file “{path}” ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="263"/>
        <source>Tệp “{path}” rỗng (0 byte), không phải dữ liệu của ứng dụng.</source>
        <translation>The file “{path}” is empty (0 bytes); it is not the app&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="264"/>
        <source>Tệp “{path}” không phải tệp dữ liệu của ứng dụng Báo cáo CĐS.</source>
        <translation>The file “{path}” is not a data file of this app.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="265"/>
        <source>Tệp “{path}” bị cắt cụt, không đọc được.</source>
        <translation>The file “{path}” is cut short and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="266"/>
        <source>Tên tệp dữ liệu “{name}” quá dài ({size} byte, tối đa {limit}): các bản sao lưu và tệp đi kèm của nó sẽ không ghi được. Hãy đặt tên ngắn hơn.</source>
        <translation>The data file name “{name}” is too long ({size} bytes, at most {limit}): its backups and companion files could not be written. Choose a shorter name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="271"/>
        <source>Đường dẫn “{path}” quá dài (tối đa {limit} ký tự): các bản sao lưu và tệp đi kèm sẽ không ghi được. Hãy chọn thư mục hoặc tên ngắn hơn.</source>
        <translation>The path “{path}” is too long (at most {limit} characters): the backups and companion files could not be written. Choose a shorter folder or name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="276"/>
        <source>Không thấy tệp dữ liệu “{path}” nhưng còn nhật ký “{wal}” giữ các thay đổi đã lưu của nó: không tạo tệp mới ở đó (sẽ làm mất các thay đổi ấy). Nếu bên cạnh có tệp “…truoc-khoi-phuc…”, hãy đưa tệp đó về (Công cụ &gt; Khôi phục từ bản sao lưu... hoặc lệnh python -m desktop restore TỆP --db &quot;{path}&quot;); nếu không, hãy tìm lại tệp dữ liệu.</source>
        <translation>The data file “{path}” is missing but its journal “{wal}”, holding its saved changes, is still there: no new file is created there (that would lose those changes). If there is a “…truoc-khoi-phuc…” file beside it, put that file back (Tools &gt; Restore from backup... or the command python -m desktop restore FILE --db &quot;{path}&quot;); otherwise, find the data file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="283"/>
        <source>Tệp “{path}” bị hỏng: kiểm tra toàn vẹn phát hiện {count} lỗi (đầu tiên: {first}). {kept}</source>
        <translation>The file “{path}” is damaged: the integrity check found {count} error(s) (the first: {first}). {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="287"/>
        <source>“{path}” là một thư mục, không phải tệp dữ liệu.</source>
        <translation>“{path}” is a folder, not a data file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="288"/>
        <source>Không tìm thấy tệp dữ liệu “{path}”.</source>
        <translation>The data file “{path}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="289"/>
        <source>Không tạo được thư mục “{folder}” ({reason}).</source>
        <translation>Could not create the folder “{folder}” ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="290"/>
        <source>Không mở được tệp “{path}” ({error}).</source>
        <translation>Could not open the file “{path}” ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="291"/>
        <source>Tệp “{path}” bị hỏng hoặc không phải tệp dữ liệu của ứng dụng ({error}). {kept}</source>
        <translation>The file “{path}” is damaged or is not a data file of the app ({error}). {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="295"/>
        <source>Tệp “{path}” là cơ sở dữ liệu của chương trình khác, không phải dữ liệu của ứng dụng Báo cáo CĐS. Tệp được giữ nguyên.</source>
        <translation>The file “{path}” is another program&apos;s database, not data of this app. The file is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="300"/>
        <source>Tệp “{path}” được tạo bởi phiên bản mới hơn của ứng dụng (cấu trúc dữ liệu số {version}, phiên bản này chỉ đọc được đến số {latest}). Hãy cập nhật ứng dụng để mở tệp này. Tệp được giữ nguyên.</source>
        <translation>The file “{path}” was made by a newer version of the app (data structure number {version}; this version reads up to number {latest}). Update the app to open this file. The file is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="306"/>
        <source>Tệp “{path}” bị hỏng hoặc không đọc được ({error}). {kept}</source>
        <translation>The file “{path}” is damaged or cannot be read ({error}). {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="307"/>
        <source>Không ghi gì: {problem}.</source>
        <translation>Nothing was written: {problem}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="308"/>
        <source>Không tìm thấy tệp “{path}” để đính kèm.</source>
        <translation>The file “{path}” to attach was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="309"/>
        <source>Không đọc được tệp “{path}”: tệp đang mở trong chương trình khác hoặc không có quyền đọc.</source>
        <translation>Cannot read the file “{path}”: it is open in another program, or you have no permission to read it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="313"/>
        <source>Không tìm thấy đơn vị.</source>
        <translation>The unit was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="314"/>
        <source>Chưa có kế hoạch năm {year} (các năm đã có: {years}). Hãy sao chép kế hoạch năm trước sang năm {year}.</source>
        <translation>There is no plan for {year} yet (years with a plan: {years}). Copy the previous year&apos;s plan to {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="319"/>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="320"/>
        <source>Đã có kế hoạch năm {year}.</source>
        <translation>There is already a plan for {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="321"/>
        <source>Năm {year} đã có kế hoạch; không sao chép đè lên.</source>
        <translation>{year} already has a plan; it is not copied over.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="322"/>
        <source>Chưa có kế hoạch năm {year}.</source>
        <translation>There is no plan for {year} yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="323"/>
        <source>Kỳ số liệu “{window}” không hợp lệ: dùng {calendar} hoặc {nd09}.</source>
        <translation>The data period “{window}” is not valid: use {calendar} or {nd09}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="327"/>
        <source>Chỉ tiêu {code}: ngày bắt đầu sau ngày kết thúc.</source>
        <translation>Target {code}: the start date is after the end date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="328"/>
        <source>Chỉ tiêu {code}: số chỉ tiêu không được âm.</source>
        <translation>Target {code}: the target number cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="329"/>
        <source>Tên hình thức không được để trống.</source>
        <translation>The form&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="330"/>
        <source>Tên hình thức dài quá {limit} ký tự.</source>
        <translation>The form&apos;s name is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="331"/>
        <source>Không có hình thức “{name}”.</source>
        <translation>There is no form “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="332"/>
        <source>Không có hình thức “{name}” để gộp vào.</source>
        <translation>There is no form “{name}” to merge into.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="333"/>
        <source>Không làm lại được lần nhập này: các hoạt động đã hoàn tác không còn được giữ (chỉ giữ {kept} lần hoàn tác gần nhất). Hãy nhập lại tệp.</source>
        <translation>This import cannot be redone: the activities undone are no longer kept (only the latest {kept} undone imports are). Import the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="338"/>
        <source>Không làm lại được lần nhập này: sau khi hoàn tác đã có hoạt động trùng với hoạt động của lần nhập. Dữ liệu không thay đổi.</source>
        <translation>This import cannot be redone: since the undo, activities the same as the import&apos;s were added. The data is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="343"/>
        <source>Không có lần nhập số {number} trong dữ liệu này.</source>
        <translation>There is no import number {number} in this data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="344"/>
        <source>có {count} hoạt động trùng nhau (cùng ngày, chỉ tiêu, tiêu đề và đường dẫn)</source>
        <translation>{count} activities are duplicates (the same date, target, title and link)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="348"/>
        <source>Không có gói này trong dữ liệu tổng hợp.</source>
        <translation>This package is not in the consolidated data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="349"/>
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit&apos;s name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="350"/>
        <source>Đã có đơn vị tên “{name}”.</source>
        <translation>There is already a unit named “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="351"/>
        <source>Dữ liệu này chưa chọn đơn vị. Hãy mở ứng dụng để chọn, hoặc dùng lệnh “init --unit TÊN ĐƠN VỊ”.</source>
        <translation>No unit has been chosen for this data yet. Open the app to choose one, or use the command “init --unit UNIT NAME”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="356"/>
        <source>Chưa nêu đơn vị cũ nào.</source>
        <translation>No former unit was named.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="357"/>
        <source>Không có đơn vị “{name}” trong dữ liệu.</source>
        <translation>There is no unit “{name}” in the data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="358"/>
        <source>Chưa nêu tên đơn vị mới.</source>
        <translation>The new unit&apos;s name was not given.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="359"/>
        <source>“{name}” không thể kế thừa chính mình.</source>
        <translation>“{name}” cannot succeed itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="360"/>
        <source>Không hoàn tác được: “{name}” đã có số liệu riêng.</source>
        <translation>Cannot undo: “{name}” already has figures of its own.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="361"/>
        <source>Thư mục sao lưu “{folder}” không cho phép ghi. {reason}</source>
        <translation>The backup folder “{folder}” cannot be written to. {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="362"/>
        <source>Không dùng được thư mục sao lưu “{folder}” ({reason}). Nếu đây là ổ USB hay ổ mạng, hãy kiểm tra đã cắm/kết nối chưa.</source>
        <translation>The backup folder “{folder}” cannot be used ({reason}). If it is on a USB or network drive, check that it is plugged in or connected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="367"/>
        <source>Không thể sao lưu tệp “{path}” vào chính nó; hãy chọn tên tệp khác.</source>
        <translation>The file “{path}” cannot be backed up onto itself; choose another file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="371"/>
        <source>Đã có tệp “{path}”; không ghi đè. Hãy chọn tên tệp khác.</source>
        <translation>The file “{path}” already exists; it is not overwritten. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="372"/>
        <source>Đang ghi dữ liệu; hãy sao lưu lại sau khi ghi xong.</source>
        <translation>Data is being written; back up again once it is done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="373"/>
        <source>Không sao lưu được. {reason}</source>
        <translation>The backup could not be made. {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="374"/>
        <source>Không sao lưu được vào “{folder}” ({reason}). Nếu đây là ổ USB hay ổ mạng, hãy kiểm tra đã cắm/kết nối chưa.</source>
        <translation>The backup could not be made in “{folder}” ({reason}). If it is on a USB or network drive, check that it is plugged in or connected.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="379"/>
        <source>Không sao lưu được ({error}).</source>
        <translation>The backup could not be made ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="380"/>
        <source>Không mở được tệp “{path}” để sao lưu ({error}).</source>
        <translation>Could not open the file “{path}” to back it up ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="381"/>
        <source>Không tìm thấy tệp sao lưu “{path}”.</source>
        <translation>The backup file “{path}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="382"/>
        <source>Không mở được tệp sao lưu “{path}” ({error}).</source>
        <translation>Could not open the backup file “{path}” ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="383"/>
        <source>Tệp “{path}” không phải bản sao lưu dữ liệu của ứng dụng Báo cáo CĐS.</source>
        <translation>The file “{path}” is not a data backup of this app.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="387"/>
        <source>Tệp “{path}” được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng trước khi khôi phục.</source>
        <translation>The file “{path}” was made by a newer version of the app; update the app before restoring.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="392"/>
        <source>Tệp sao lưu “{path}” bị hỏng (kiểm tra toàn vẹn báo: {result}).</source>
        <translation>The backup file “{path}” is damaged (the integrity check says: {result}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="396"/>
        <source>Tệp sao lưu “{path}” bị hỏng hoặc không đọc được ({error}).</source>
        <translation>The backup file “{path}” is damaged or cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="397"/>
        <source>Cả “{own}” và “{left}” đều có: không tự chọn được nhật ký nào đi với “{leftover}”. Không thay đổi gì; hãy nhờ cán bộ kỹ thuật xem các tệp này.</source>
        <translation>Both “{own}” and “{left}” exist: which journal belongs with “{leftover}” cannot be chosen automatically. Nothing was changed; ask technical staff to look at these files.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="402"/>
        <source>Không đưa được tệp về chỗ cũ. {reason}</source>
        <translation>The file could not be put back in its place. {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="403"/>
        <source>Tệp sao lưu chính là tệp dữ liệu đang dùng; không có gì để khôi phục.</source>
        <translation>The backup file is the data file in use; there is nothing to restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="407"/>
        <source>Không thấy tệp dữ liệu “{path}” nhưng còn nhật ký “{wal}” giữ các thay đổi của nó: không khôi phục đè lên để không mất các thay đổi đó. {advice}</source>
        <translation>The data file “{path}” is missing but its journal “{wal}”, holding its changes, is still there: nothing is restored over it, so that those changes are not lost. {advice}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="412"/>
        <source>Hãy tìm lại tệp dữ liệu (có thể đã bị đổi tên hoặc chuyển đi).</source>
        <translation>Find the data file again (it may have been renamed or moved).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="416"/>
        <source>Tệp “{leftover}” được giữ lại khi khôi phục: đưa về bằng lệnh python -m desktop restore &quot;{leftover}&quot; --db &quot;{path}&quot;.</source>
        <translation>The file “{leftover}” was kept aside by a restore: put it back with the command python -m desktop restore &quot;{leftover}&quot; --db &quot;{path}&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="421"/>
        <source>Không khôi phục được. {reason} Tệp dữ liệu hiện tại được giữ nguyên.</source>
        <translation>The restore failed. {reason} The current data file is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="425"/>
        <source>Không đọc được tệp sao lưu “{path}” ({error}).</source>
        <translation>Cannot read the backup file “{path}” ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="426"/>
        <source>Tệp “{path}” không đọc được trong thời gian cho phép ({seconds} giây): tệp này không phải dữ liệu bình thường của ứng dụng. Hãy dùng một bản sao lưu của tệp đó.</source>
        <translation>The file “{path}” could not be read in the time allowed ({seconds} seconds): it is not ordinary data of the app. Use a backup of that file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="431"/>
        <source>Tệp “{path}” chứa “{name}” ({kind}) mà ứng dụng không bao giờ tạo: tệp đã bị sửa ngoài ứng dụng nên không được dùng.</source>
        <translation>The file “{path}” holds “{name}” ({kind}), which the app never makes: the file was changed outside the app, so it is not used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="436"/>
        <source>Tệp “{path}”: “{name}” không phải bảng dữ liệu; không dùng tệp này.</source>
        <translation>The file “{path}”: “{name}” is not a data table; the file is not used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="440"/>
        <source>{time} ngày {day}</source>
        <translation>{time} on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="441"/>
        <source>trên máy này, từ {since}</source>
        <translation>on this computer, since {since}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="442"/>
        <source>trên máy này, người dùng “{user}”, từ {since}</source>
        <translation>on this computer, user “{user}”, since {since}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="443"/>
        <source>trên máy “{host}”, từ {since}</source>
        <translation>on the computer “{host}”, since {since}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="444"/>
        <source>trên máy “{host}”, người dùng “{user}”, từ {since}</source>
        <translation>on the computer “{host}”, user “{user}”, since {since}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="445"/>
        <source>Tệp dữ liệu “{path}” đang được mở trong một cửa sổ khác của ứng dụng. Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại. Mỗi tệp dữ liệu chỉ mở ở một nơi để không ai ghi đè lên việc của người khác.</source>
        <translation>The data file “{path}” is open in another window of the app. Use that window, or close it and open the file again. Each data file is open in one place only, so that no one overwrites another&apos;s work.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="451"/>
        <source>Tệp dữ liệu “{path}” đang được mở trong một cửa sổ khác của ứng dụng ({owner}). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại. Mỗi tệp dữ liệu chỉ mở ở một nơi để không ai ghi đè lên việc của người khác.</source>
        <translation>The data file “{path}” is open in another window of the app ({owner}). Use that window, or close it and open the file again. Each data file is open in one place only, so that no one overwrites another&apos;s work.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="457"/>
        <source>Có chỉ tiêu chưa có mã.</source>
        <translation>A target has no code yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="458"/>
        <source>Mã chỉ tiêu {code} bị trùng; mỗi chỉ tiêu cần một mã riêng.</source>
        <translation>The target code {code} is used twice; each target needs a code of its own.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="459"/>
        <source>Năm {year} đã có kế hoạch “{title}”. Muốn thay bằng kế hoạch mới, hãy chọn thay thế (--replace); các hoạt động đã ghi được giữ nguyên.</source>
        <translation>{year} already has the plan “{title}”. To replace it with the new plan, choose to replace it (--replace); the activities recorded are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="464"/>
        <source>Tệp kế hoạch năm {year} này không mới hơn tệp đã nạp (lập lúc {loaded}); không thay đổi gì.</source>
        <translation>This plan file for {year} is not newer than the one loaded (made at {loaded}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="469"/>
        <source>Mẫu báo cáo “{path}”</source>
        <translation>The report template “{path}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="470"/>
        <source>phần thân</source>
        <translation>the body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="471"/>
        <source>đầu trang</source>
        <translation>the page header</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="472"/>
        <source>chân trang</source>
        <translation>the page footer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="473"/>
        <source>{where}, đoạn “{excerpt}”</source>
        <translation>{where}, paragraph “{excerpt}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="474"/>
        <source>{context}: mẫu chỉ dùng chỗ điền dạng {{{{ tên }}}}; không dùng được câu lệnh {{% ... %}} hay chú thích {{# ... #}}.</source>
        <translation>{context}: a template takes only placeholders of the form {{{{ name }}}}; statements {{% ... %}} and comments {{# ... #}} cannot be used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="479"/>
        <source>{context}: chỗ điền “{placeholder}” có dấu nháy cong (“ ” ‘ ’); tên chỗ điền không có dấu nháy, ví dụ {{ unit_name }}.</source>
        <translation>{context}: the placeholder “{placeholder}” has curly quotes (“ ” ‘ ’); a placeholder&apos;s name has no quotes, for example {{ unit_name }}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="484"/>
        <source>{context}: chỗ điền “{placeholder}” viết sai.</source>
        <translation>{context}: the placeholder “{placeholder}” is badly written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="485"/>
        <source>{context}: không có trường “{field}”. Các trường dùng được: {fields}.</source>
        <translation>{context}: there is no field “{field}”. The fields that can be used: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="489"/>
        <source>{context}: có dấu ngoặc “{{{{” hoặc “}}}}” không thành cặp (chỗ điền bị tách dòng hoặc thiếu ngoặc).</source>
        <translation>{context}: a “{{{{” or “}}}}” has no partner (a placeholder split over lines, or a brace missing).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="494"/>
        <source>và {count} vấn đề khác.</source>
        <translation>and {count} other problem(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="495"/>
        <source>{name} quá lớn để là một mẫu báo cáo (tối đa {packed} MB khi nén, {unpacked} MB khi giải nén). Hãy chọn lại mẫu hoặc dùng mẫu có sẵn.</source>
        <translation>{name} is too large to be a report template (at most {packed} MB packed, {unpacked} MB unpacked). Choose the template again or use the built-in one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="500"/>
        <source>{name}: không tìm thấy tệp.</source>
        <translation>{name}: the file was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="501"/>
        <source>{name} bị hỏng hoặc không phải tệp Word (.docx). Hãy chọn lại mẫu hoặc dùng mẫu có sẵn. ({error})</source>
        <translation>{name} is damaged or is not a Word file (.docx). Choose the template again or use the built-in one. ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="506"/>
        <source>{name} bị hỏng: nội dung XML không đọc được ({error}).</source>
        <translation>{name} is damaged: its XML content cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="507"/>
        <source>{name}: không đọc được tệp ({reason}).</source>
        <translation>{name}: the file cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="508"/>
        <source>thiếu kiểu định dạng (style): {styles}.</source>
        <translation>styles are missing: {styles}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="509"/>
        <source>{name} không dùng được: có quá nhiều dấu mở chỗ điền “{{{{” (hơn {limit}; một mẫu báo cáo chỉ cần vài chục chỗ điền). Hãy chọn lại mẫu hoặc dùng mẫu có sẵn.</source>
        <translation>{name} cannot be used: it opens too many placeholders “{{{{” (over {limit}; a report template needs a few dozen). Choose the template again or use the built-in one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="514"/>
        <source>chỗ điền “{{{{ {block} }}}}” phải nằm riêng một đoạn, không có chữ nào khác.</source>
        <translation>the placeholder “{{{{ {block} }}}}” must be a paragraph of its own, with no other text.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="518"/>
        <source>chỗ điền “{{{{ {block} }}}}” phải nằm trong phần thân hoặc ô bảng.</source>
        <translation>the placeholder “{{{{ {block} }}}}” must be in the body or in a table cell.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="522"/>
        <source>chỗ điền “{{{{ {block} }}}}” xuất hiện nhiều lần.</source>
        <translation>the placeholder “{{{{ {block} }}}}” appears more than once.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="523"/>
        <source>thiếu chỗ điền “{{ body }}” (nội dung báo cáo).</source>
        <translation>the placeholder “{{ body }}” (the report&apos;s content) is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="524"/>
        <source>{name} không dùng được:
- {problems}</source>
        <translation>{name} cannot be used:
- {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="528"/>
        <source>Dữ liệu “{path}” là của “{unit}”, không phải đơn vị tổng hợp; báo cáo tổng hợp năm {year} chỉ lập từ dữ liệu của {who}.</source>
        <translation>The data “{path}” belongs to “{unit}”, not to the consolidating unit; the consolidated report for {year} is made only from the data of {who}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="533"/>
        <source>đơn vị tổng hợp</source>
        <translation>the consolidating unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="534"/>
        <source>tổng kinh phí năm {year} của “{unit}”{source} sẽ là {cost} đồng, vượt mức {limit} đồng mà không đơn vị nào đạt tới; hãy kiểm tra cột Kinh phí</source>
        <translation>the total cost of {year} for “{unit}”{source} would be VND {cost}, beyond the VND {limit} no unit reaches; check the Cost column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="539"/>
        <source>tổng số lượng năm {year} của “{unit}”{source} sẽ là {quantity}, vượt mức {limit} mà không đơn vị nào đạt tới; hãy kiểm tra cột Số lượng</source>
        <translation>the total quantity of {year} for “{unit}”{source} would be {quantity}, beyond the {limit} no unit reaches; check the Quantity column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="544"/>
        <source> (từ {where})</source>
        <translation> (from {where})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="545"/>
        <source>Không ghi được tệp “{path}”: tệp đang mở trong chương trình khác (Word, Excel...) hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn nơi lưu khác.</source>
        <translation>Cannot write the file “{path}”: it is open in another program (Word, Excel...) or the folder cannot be written to. Close the file or choose another place to save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="550"/>
        <source>Không ghi được tệp “{path}”: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn nơi lưu khác.</source>
        <translation>Cannot write the file “{path}”: the drive is full. Free some space or choose another place to save it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="555"/>
        <source>Không ghi được tệp “{path}”: ổ đĩa chỉ cho phép đọc.</source>
        <translation>Cannot write the file “{path}”: the drive is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="556"/>
        <source>Không ghi được tệp “{path}”: thư mục không tồn tại.</source>
        <translation>Cannot write the file “{path}”: the folder does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="557"/>
        <source>Không ghi được tệp “{path}” ({reason}).</source>
        <translation>Cannot write the file “{path}” ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="558"/>
        <source>Không ghi vào “{path}”: đó là tệp dữ liệu đang dùng “{workspace}” (hoặc tệp đi kèm của nó); ghi vào đó sẽ làm mất dữ liệu. Hãy chọn tên tệp khác.</source>
        <translation>Nothing is written to “{path}”: it is the data file in use “{workspace}” (or one of its companion files); writing to it would lose data. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="563"/>
        <source>Không ghi vào “{path}”: đó là một bản sao lưu của “{workspace}”; ghi đè sẽ làm mất bản sao lưu. Hãy chọn tên tệp khác.</source>
        <translation>Nothing is written to “{path}”: it is a backup of “{workspace}”; overwriting it would lose the backup. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="568"/>
        <source>“{path}” là một thư mục, không phải tên tệp.</source>
        <translation>“{path}” is a folder, not a file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="14"/>
        <source>trang “{sheet}”</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="15"/>
        <source>dòng {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="16"/>
        <source>cột “{field}”: {message}</source>
        <translation>column “{field}”: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="17"/>
        <source>Không tìm thấy tệp “{path}”.</source>
        <translation>The file “{path}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="18"/>
        <source>phần “{part}” có giá trị “{value}”, không phải số</source>
        <translation>part “{part}” holds the value “{value}”, which is not a number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="19"/>
        <source>phần “{part}” có ký tự không hợp lệ (mã UTF-16 lẻ) trong “{text}”</source>
        <translation>part “{part}” has an invalid character (a lone UTF-16 code) in “{text}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="22"/>
        <source>phần “{part}” không phải văn bản UTF-8 hợp lệ</source>
        <translation>part “{part}” is not valid UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="23"/>
        <source>phần “{part}” không phải JSON hợp lệ</source>
        <translation>part “{part}” is not valid JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="24"/>
        <source>phần “{part}” không phải danh sách hoạt động</source>
        <translation>part “{part}” is not a list of activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="26"/>
        <source>phần “{part}” có nhiều mục hơn {limit} hoạt động ghi trong manifest.json</source>
        <translation>part “{part}” has more entries than the {limit} activities stated in manifest.json</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="29"/>
        <source>mục {number}: không đúng cấu trúc</source>
        <translation>entry {number}: not structured as an activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="30"/>
        <source>mục {number}, cột “{field}”: {problem}</source>
        <translation>entry {number}, column “{field}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="31"/>
        <source>mục {number}, cột “{field}”: {kind} (đang là {value})</source>
        <translation>entry {number}, column “{field}”: {kind} (it is {value})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="32"/>
        <source>phải là danh sách số</source>
        <translation>must be a list of numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="33"/>
        <source>phần “{part}” có dữ liệu sai: {problems}</source>
        <translation>part “{part}” has wrong data: {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="34"/>
        <source>phần “{part}” có dữ liệu sai: {problems} (và {more} lỗi khác)</source>
        <translation>part “{part}” has wrong data: {problems} (and {more} more errors)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="35"/>
        <source>phần “{part}”: {problem}</source>
        <translation>part “{part}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="36"/>
        <source>phải là ngày dạng YYYY-MM-DD</source>
        <translation>must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="37"/>
        <source>phải là chuỗi ký tự</source>
        <translation>must be text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="38"/>
        <source>phải là số nguyên</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="39"/>
        <source>phải là số nguyên (đồng)</source>
        <translation>must be a whole number (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="40"/>
        <source>phải là danh sách số chủ đề</source>
        <translation>must be a list of theme numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="41"/>
        <source>phải là số nguyên hoặc null (chưa ghi nhận)</source>
        <translation>must be a whole number or null (not recorded)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="42"/>
        <source>phải là thời điểm dạng ISO</source>
        <translation>must be a time written the ISO way</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="43"/>
        <source>Gói “{name}” bị từ chối: {reason}.</source>
        <translation>Package “{name}” refused: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="44"/>
        <source>Gói “{name}” bị từ chối: tệp bị hỏng hoặc không trọn vẹn (có thể bị cắt khi gửi/chép). Hãy đề nghị đơn vị gửi lại.</source>
        <translation>Package “{name}” refused: the file is damaged or incomplete (perhaps cut short when it was sent or copied). Ask the unit to send it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="48"/>
        <source>không tìm thấy tệp</source>
        <translation>the file was not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="49"/>
        <source>đây không phải gói báo cáo của ứng dụng (hoặc tệp đã bị cắt, không trọn vẹn)</source>
        <translation>this is not a report package of this application (or the file was cut short)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="52"/>
        <source>gói có quá nhiều tệp bên trong</source>
        <translation>the package holds too many files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="53"/>
        <source>không có tệp manifest.json: đây không phải gói báo cáo của ứng dụng</source>
        <translation>there is no manifest.json: this is not a report package of this application</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="56"/>
        <source>manifest.json không phải của gói báo cáo</source>
        <translation>manifest.json is not a report package&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="57"/>
        <source>gói được tạo bằng phiên bản ứng dụng mới hơn ({version}); hãy cập nhật ứng dụng</source>
        <translation>the package was made by a newer version of the application ({version}); update the application</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="61"/>
        <source>thiếu phần “{part}”</source>
        <translation>part “{part}” is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="62"/>
        <source>phần “{part}” có {found} hoạt động, manifest.json ghi {declared}</source>
        <translation>part “{part}” has {found} activities, manifest.json says {declared}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="65"/>
        <source>phần “{part}” không đúng cấu trúc</source>
        <translation>part “{part}” is not structured as it should be</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="66"/>
        <source>năm trong manifest.json không hợp lệ</source>
        <translation>the year in manifest.json is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="67"/>
        <source>phần “{part}” là kế hoạch năm {plan_year}, còn manifest.json ghi gói năm {year}</source>
        <translation>part “{part}” is the plan of {plan_year}, while manifest.json says the package is of {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="67"/>
        <source>manifest.json: “schema_version” không hợp lệ ({value})</source>
        <translation>manifest.json: “schema_version” is not valid ({value})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="68"/>
        <source>manifest.json: “app_version” không phải chuỗi</source>
        <translation>manifest.json: “app_version” is not text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="69"/>
        <source>thời điểm tạo gói trong manifest.json không hợp lệ</source>
        <translation>the package&apos;s creation time in manifest.json is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="70"/>
        <source>manifest.json: số hoạt động “{value}” không hợp lệ (tối đa {limit})</source>
        <translation>manifest.json: the number of activities “{value}” is not valid (at most {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="73"/>
        <source>manifest.json không liệt kê các phần của gói</source>
        <translation>manifest.json does not list the package&apos;s parts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="74"/>
        <source>manifest.json có mục không hợp lệ</source>
        <translation>manifest.json has an invalid entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="75"/>
        <source>tên phần “{part}” không an toàn (đường dẫn ra ngoài gói)</source>
        <translation>the part name “{part}” is unsafe (a path leading out of the package)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="76"/>
        <source>thiếu phần “{part}” ghi trong manifest.json</source>
        <translation>part “{part}” listed in manifest.json is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="77"/>
        <source>manifest.json thiếu kích thước hoặc mã kiểm tra của “{part}”</source>
        <translation>manifest.json lacks the size or checksum of “{part}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="78"/>
        <source>tổng dung lượng các phần vượt giới hạn</source>
        <translation>the parts&apos; total size is over the limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="79"/>
        <source>phần “{part}” không khớp mã kiểm tra SHA-256 (nội dung đã bị thay đổi hoặc hỏng)</source>
        <translation>part “{part}” does not match its SHA-256 checksum (its contents were changed or damaged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="83"/>
        <source>phần “{part}” quá lớn ({size} byte)</source>
        <translation>part “{part}” is too large ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="84"/>
        <source>phần “{part}” có tỷ lệ nén bất thường (nghi tệp nén độc hại)</source>
        <translation>part “{part}” has an abnormal compression ratio (suspected malicious archive)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="85"/>
        <source>phần “{part}” lớn hơn kích thước ghi trong gói</source>
        <translation>part “{part}” is larger than the size the package states</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="86"/>
        <source>phần “{part}” không có tên đơn vị</source>
        <translation>part “{part}” has no unit name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="87"/>
        <source>Tệp “{name}” quá lớn để gửi kèm gói báo cáo.</source>
        <translation>The file “{name}” is too large to go with the report package.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="88"/>
        <source>Không tìm thấy tệp báo cáo đã ký “{path}”.</source>
        <translation>The signed report file “{path}” was not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="89"/>
        <source>Tệp “{name}” không phải tệp PDF.</source>
        <translation>The file “{name}” is not a PDF file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="90"/>
        <source>Không gửi được tệp “{name}”: {problem}.</source>
        <translation>The file “{name}” cannot be sent: {problem}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="91"/>
        <source>Không gửi được tệp “{name}”: {problem}</source>
        <translation>The file “{name}” cannot be sent: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="92"/>
        <source>Không gửi được tệp “{name}”: {verdict}. Hãy ký lại từ bản báo cáo gốc.</source>
        <translation>The file “{name}” cannot be sent: {verdict}. Sign it again from the original report.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="95"/>
        <source>“{name}”: {unit} năm {year}: {what}.</source>
        <translation>“{name}”: {unit}, year {year}: {what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="96"/>
        <source>đã nhận {count} hoạt động</source>
        <translation>received {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="97"/>
        <source>gói mới hơn (tạo lúc {created}) thay cho gói trước; {count} hoạt động</source>
        <translation>a newer package (made at {created}) replaces the earlier one; {count} activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="100"/>
        <source>gói cũ hơn gói đang dùng, chỉ lưu làm lịch sử</source>
        <translation>older than the package in use, kept as history only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="101"/>
        <source>“{name}”: gói của {unit} năm {year} đã nhận trước đó, bỏ qua.</source>
        <translation>“{name}”: the package of {unit} for {year} was received before; skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="102"/>
        <source>Gói “{name}” bị từ chối: {reason}</source>
        <translation>Package “{name}” refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="103"/>
        <source>Gói “{name}” bị từ chối: đây là gói của chính đơn vị “{unit}”.</source>
        <translation>Package “{name}” refused: it is the package of this unit itself, “{unit}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="104"/>
        <source>Gói “{name}” bị từ chối: có dữ liệu không đọc được ({kind}); chi tiết ghi ở {log}.</source>
        <translation>Package “{name}” refused: it holds data that cannot be read ({kind}); details are in {log}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="108"/>
        <source>Tệp “{name}” đã thay đổi trong lúc nhận; hãy nhận lại gói này.</source>
        <translation>The file “{name}” changed while it was being received; receive this package again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="109"/>
        <source>Không lưu được bản sao gói “{name}” vào thư mục “{folder}”: {reason}.</source>
        <translation>The copy of package “{name}” cannot be kept in the folder “{folder}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="112"/>
        <source>Đang đọc “{name}”...</source>
        <translation>Reading “{name}”...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="113"/>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="114"/>
        <source>Đang chuẩn bị dữ liệu</source>
        <translation>Preparing the data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="115"/>
        <source>Đang tạo báo cáo DOCX và PDF</source>
        <translation>Making the DOCX and PDF report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="116"/>
        <source>Đang ghi gói báo cáo</source>
        <translation>Writing the report package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="117"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="118"/>
        <source>Đã thay bằng gói mới hơn</source>
        <translation>Replaced by a newer package</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="119"/>
        <source>Gói cũ hơn gói đang dùng: chỉ lưu làm lịch sử</source>
        <translation>Older than the package in use: kept as history only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="120"/>
        <source>Đã nhận trước đó: bỏ qua</source>
        <translation>Received before: skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="121"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="122"/>
        <source>Không có đơn vị “{unit}” trong dữ liệu tổng hợp.</source>
        <translation>There is no unit “{unit}” in the consolidated data.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="123"/>
        <source>Mã gói “{code}” quá ngắn: hãy ghi ít nhất 8 ký tự đầu của mã SHA-256 (xem bằng lệnh submissions list).</source>
        <translation>The package code “{code}” is too short: write at least the first 8 characters of the SHA-256 code (see the submissions list command).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="127"/>
        <source>Không có gói nào của “{unit}” có mã bắt đầu bằng “{code}” (xem bằng lệnh submissions list).</source>
        <translation>No package of “{unit}” has a code starting with “{code}” (see the submissions list command).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="131"/>
        <source>Có {count} gói có mã bắt đầu bằng “{code}”; hãy ghi dài hơn.</source>
        <translation>{count} packages have a code starting with “{code}”; write more of it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="132"/>
        <source>Không còn bản sao của gói (tệp “{path}”); hãy nhận lại tệp gói để dùng nó.</source>
        <translation>The package&apos;s copy is gone (file “{path}”); receive the package file again to use it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="135"/>
        <source>Bản sao của gói (tệp “{path}”) đã bị thay đổi; hãy nhận lại gói.</source>
        <translation>The package&apos;s copy (file “{path}”) was changed; receive the package again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="138"/>
        <source>Tệp “{path}” quá lớn ({size} MB, tối đa {limit} MB): dữ liệu nhiều năm của một đơn vị chỉ vài MB, đây không phải tệp dữ liệu năm trước của ứng dụng.</source>
        <translation>The file “{path}” is too large ({size} MB, at most {limit} MB): years of a unit&apos;s data take a few MB, so this is not a previous-year workspace file of this application.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="142"/>
        <source>Tệp “{path}” bị hỏng: không đọc được dữ liệu bên trong ({reason}). Hãy dùng một bản sao lưu của tệp đó.</source>
        <translation>The file “{path}” is damaged: the data inside cannot be read ({reason}). Use a backup of that file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="146"/>
        <source>Tệp “{path}” chưa chọn đơn vị nên không có hoạt động nào để nhập.</source>
        <translation>The file “{path}” has no unit chosen, so it has no activities to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="149"/>
        <source>Tệp “{path}” có hơn {limit} dòng trong bảng “{table}”: nhiều hơn dữ liệu nhiều năm của một đơn vị, đây không phải tệp dữ liệu năm trước bình thường của ứng dụng. Không nhập.</source>
        <translation>The file “{path}” has more than {limit} rows in the table “{table}”: more than years of a unit&apos;s data, so this is not an ordinary previous-year workspace file of this application. Nothing imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="153"/>
        <source>quá dài (tối đa {limit} ký tự)</source>
        <translation>too long (at most {limit} characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="154"/>
        <source>hoạt động số {id}</source>
        <translation>activity no. {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="155"/>
        <source>hoạt động số {id} ngày {day}</source>
        <translation>activity no. {id} of {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="156"/>
        <source>“{code}” không có trong kế hoạch năm {year} của tệp</source>
        <translation>“{code}” is not in the file&apos;s plan for {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="157"/>
        <source>Tệp “{path}” có dữ liệu không hợp lệ nên không nhập:
- {problems}</source>
        <translation>The file “{path}” has invalid data, so nothing was imported:
- {problems}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="160"/>
        <source>Tệp “{path}” có dữ liệu không hợp lệ nên không nhập:
- {problems}
- và các lỗi khác</source>
        <translation>The file “{path}” has invalid data, so nothing was imported:
- {problems}
- and more errors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="164"/>
        <source>Tệp “{path}” là dữ liệu của “{unit}”, khác đơn vị của dữ liệu đang mở (“{current}”). Không nhập để tránh lẫn số liệu hai đơn vị.</source>
        <translation>The file “{path}” holds the data of “{unit}”, not of the unit of the open workspace (“{current}”). Nothing imported, so the two units&apos; figures are not mixed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="168"/>
        <source>Tệp “{name}” bị hỏng hoặc không phải {kind} (không mở được phần nén: {reason}).</source>
        <translation>The file “{name}” is damaged or not {kind} (its compressed contents cannot be opened: {reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="172"/>
        <source>tệp bảng tính</source>
        <translation>a spreadsheet file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="173"/>
        <source>tệp Excel</source>
        <translation>an Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="174"/>
        <source>Tệp “{name}” bất thường: khi giải nén sẽ chiếm {size} MB trong {parts} phần, vượt giới hạn an toàn. Tệp có thể bị hỏng hoặc được tạo để làm treo máy; không đọc.</source>
        <translation>The file “{name}” is abnormal: unpacked it would take {size} MB in {parts} parts, over the safe limit. It may be damaged or made to hang the computer; not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="178"/>
        <source>Tệp “{name}” dài {size} MB, quá lớn để là một danh sách hoạt động (tối đa {limit} MB). Hãy kiểm tra lại tệp đã chọn.</source>
        <translation>The file “{name}” is {size} MB, too large to be a list of activities (at most {limit} MB). Check the file you chose.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="182"/>
        <source>Tệp “{name}” dài {size} MB, quá lớn để là một danh sách hoạt động (tối đa {limit} MB).</source>
        <translation>The file “{name}” is {size} MB, too large to be a list of activities (at most {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="186"/>
        <source>Tệp “{name}” có {where} trải đến dòng {rows}, cột thứ {cols}: quá lớn để đọc an toàn. Thường do một ô lạc ở rất xa vùng dữ liệu (nhấn Ctrl+End trong Excel để thấy ô cuối cùng); hãy xóa các dòng, cột trống thừa rồi lưu lại tệp.</source>
        <translation>The file “{name}” has {where} reaching row {rows}, column {cols}: too large to read safely. This usually comes from a stray cell far from the data (press Ctrl+End in Excel to see the last cell); delete the extra empty rows and columns, then save the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="190"/>
        <source>một trang tính</source>
        <translation>a sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="191"/>
        <source>Tệp “{name}” bị hỏng hoặc không đúng định dạng (phần “{part}” không đọc được: {reason}).</source>
        <translation>The file “{name}” is damaged or not in the right format (part “{part}” cannot be read: {reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="195"/>
        <source>có khai báo DOCTYPE</source>
        <translation>it has a DOCTYPE declaration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="196"/>
        <source>ô có địa chỉ “{ref}” không hợp lệ</source>
        <translation>a cell&apos;s address “{ref}” is not valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="197"/>
        <source>Tệp “{name}”: phần “{part}” lớn hơn giới hạn an toàn ({limit} MB); không đọc.</source>
        <translation>The file “{name}”: part “{part}” is over the safe limit ({limit} MB); not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="200"/>
        <source>Tệp Excel “{name}” bị hỏng (không giải nén được trang “{part}”: {reason}).</source>
        <translation>The Excel file “{name}” is damaged (the sheet “{part}” cannot be unpacked: {reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="203"/>
        <source>Tệp “{name}” bất thường: trang “{part}” lớn hơn {limit} MB khi giải nén, vượt giới hạn an toàn.</source>
        <translation>The file “{name}” is abnormal: the sheet “{part}” is larger than {limit} MB unpacked, over the safe limit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="207"/>
        <source>Tệp “{name}” có hơn {limit} ô (đã đến dòng {row}): quá lớn để là một danh sách hoạt động. Hãy kiểm tra lại tệp đã chọn, hoặc chia danh sách thành nhiều tệp.</source>
        <translation>The file “{name}” has more than {limit} cells (reached at row {row}): too large to be a list of activities. Check the file you chose, or split the list into several files.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="211"/>
        <source>Không mở được tệp “{name}” ({reason}).</source>
        <translation>The file “{name}” cannot be opened ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="212"/>
        <source>Tệp “{name}” không phải tệp văn bản CSV.</source>
        <translation>The file “{name}” is not a CSV text file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="213"/>
        <source>Không đọc được tệp “{name}”: tệp văn bản bị hỏng hoặc bị cắt dở (ký tự {encoding} sai).</source>
        <translation>The file “{name}” cannot be read: the text file is damaged or cut short (invalid {encoding} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="217"/>
        <source>Không đọc được tệp “{name}”: mã ký tự không phải UTF-8, UTF-16 hay Windows-1258.</source>
        <translation>The file “{name}” cannot be read: its encoding is not UTF-8, UTF-16 or Windows-1258.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="221"/>
        <source>Tệp “{name}” không đúng định dạng CSV ({reason}).</source>
        <translation>The file “{name}” is not in CSV format ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="222"/>
        <source>Không đọc được tệp Excel “{name}”: tệp bị hỏng hoặc không phải tệp .xlsx ({reason}).</source>
        <translation>The Excel file “{name}” cannot be read: it is damaged or not an .xlsx file ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="226"/>
        <source>Không đọc được trang “{sheet}” của tệp “{name}” ({reason}).</source>
        <translation>The sheet “{sheet}” of the file “{name}” cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="227"/>
        <source>Tệp “{name}” không phải tệp Excel (.xlsx) hay CSV.</source>
        <translation>The file “{name}” is not an Excel (.xlsx) or CSV file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="228"/>
        <source>“{text}” khớp với nhiều chỉ tiêu ({codes}); hãy ghi rõ mã chỉ tiêu</source>
        <translation>“{text}” matches several targets ({codes}); write the target&apos;s code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="231"/>
        <source>“{text}” không phải mã hay tên chỉ tiêu nào trong kế hoạch năm {year}</source>
        <translation>“{text}” is not the code or name of any target in the plan for {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="234"/>
        <source>“{value}” không phải ngày (cần ngày dạng dd/mm/yyyy)</source>
        <translation>“{value}” is not a date (a date written dd/mm/yyyy is needed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="235"/>
        <source>chưa có kế hoạch năm {year} trong dữ liệu</source>
        <translation>there is no plan for {year} in the workspace yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="236"/>
        <source>tệp không có cột Hình thức và chỉ tiêu của dòng không cho biết hình thức; hãy chọn cột Hình thức</source>
        <translation>the file has no Form column and the row&apos;s target does not tell the form; choose the Form column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="240"/>
        <source>không tìm thấy dòng tiêu đề cột trong {rows} dòng đầu (cần ít nhất cột Ngày và cột Tiêu đề, Tên tin, bài hoặc Nội dung); hãy chọn dòng tiêu đề</source>
        <translation>no header row found in the first {rows} rows (at least a Date column and a Title, Item name or Content column are needed); choose the header row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="244"/>
        <source>chưa chọn cột {columns}</source>
        <translation>no column chosen for {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="246"/>
        <source>tệp PDF hỏng, không đọc được</source>
        <translation>the PDF file is damaged and cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="247"/>
        <source>đây là báo cáo của “{author}”, không phải của {unit}</source>
        <translation>this is the report of “{author}”, not of {unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="248"/>
        <source>không rõ đơn vị</source>
        <translation>an unknown unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="249"/>
        <source>đây không phải báo cáo năm {year} (tiêu đề: “{title}”)</source>
        <translation>this is not the report of {year} (title: “{title}”)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="256"/>
        <source>Tệp “{name}” có {where} chứa ô nằm ngoài giới hạn của Excel ({rows} dòng, {cols} cột): tệp bị hỏng hoặc đã bị sửa ngoài Excel; không đọc. Hãy mở tệp bằng Excel rồi lưu lại.</source>
        <translation>The file “{name}” has {where} holding a cell beyond Excel&apos;s limits ({rows} rows, {cols} columns): the file is damaged or was altered outside Excel; not read. Open the file in Excel and save it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="260"/>
        <source>Tệp “{name}” không đọc được như tệp Excel 97-2003 ({reason}): tệp bị hỏng. Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx.</source>
        <translation>The file “{name}” cannot be read as an Excel 97-2003 file ({reason}): the file is damaged. Open the file in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="264"/>
        <source>Tệp “{name}” ghi {count} dấu cách bằng số đếm, quá nhiều để là dữ liệu thật: tệp bị hỏng hoặc đã bị sửa; không đọc.</source>
        <translation>The file “{name}” writes {count} spaces as a count, too many to be real data: the file is damaged or was altered; not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="268"/>
        <source>Tệp “{name}” có {where} lặp lại dòng có dữ liệu {count} lần (tối đa {limit}): tệp bị hỏng hoặc đã bị sửa; không đọc.</source>
        <translation>The file “{name}” has {where} repeating a row that holds data {count} times (at most {limit}): the file is damaged or was altered; not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="272"/>
        <source>Tệp “{path}”: cột “{column}” của bảng “{table}” có {count} giá trị sai kiểu hoặc không phải ngày thật (ứng dụng không bao giờ ghi như vậy): tệp đã hỏng hoặc bị sửa ngoài ứng dụng nên không được dùng.</source>
        <translation>The file “{path}”: the column “{column}” of the table “{table}” has {count} values of the wrong type or that are not real dates (the app never writes such values): the file is damaged or was altered outside the app, so it is not used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="276"/>
        <source>Tệp “{path}”: bảng “{table}” có chữ không phải UTF-8 (ứng dụng không bao giờ ghi như vậy): tệp đã hỏng hoặc bị sửa ngoài ứng dụng nên không được dùng.</source>
        <translation>The file “{path}”: the table “{table}” holds text that is not UTF-8 (the app never writes such text): the file is damaged or was altered outside the app, so it is not used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="280"/>
        <source>Tệp “{path}”: số liệu tổng hợp lưu trong tệp không khớp với các hoạt động của chính tệp đó ({count} dòng): tệp đã hỏng hoặc bị sửa ngoài ứng dụng nên không được dùng.</source>
        <translation>File “{path}”: the totals stored in the file do not match the file&apos;s own activities ({count} rows): the file is damaged or was changed outside the application, so it is not used.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="284"/>
        <source>{field} của đơn vị “{unit}” quá dài ({length} ký tự, tối đa {limit}): đây là một dòng của báo cáo, hãy viết gọn lại.</source>
        <translation>{field} of the unit “{unit}” is too long ({length} characters, at most {limit}): it is one line of the report, please shorten it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="288"/>
        <source>Đoạn “{key}” của báo cáo năm {year} quá dài ({length} ký tự, tối đa {limit}): hãy viết gọn lại hoặc đưa phần chi tiết vào phụ lục.</source>
        <translation>The part “{key}” of the {year} report is too long ({length} characters, at most {limit}): please shorten it or move the details to an appendix.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="292"/>
        <source>Tệp “{path}”: {problem} Không nhập.</source>
        <translation>File “{path}”: {problem} Not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="296"/>
        <source>Báo cáo năm {year} có một đoạn tên quá dài (“{key}”).</source>
        <translation>The {year} report has a part whose name is too long (“{key}”).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="300"/>
        <source>Đơn vị “{unit}” có {count} nơi nhận báo cáo (tối đa {limit}): hãy bỏ bớt.</source>
        <translation>The unit “{unit}” has {count} recipients of the report (at most {limit}): please remove some.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="344"/>
        <source>Một nơi nhận</source>
        <translation>A recipient</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="304"/>
        <source>Tên đơn vị</source>
        <translation>The unit&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="308"/>
        <source>Tên viết gọn</source>
        <translation>The short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="312"/>
        <source>Chữ viết tắt</source>
        <translation>The abbreviation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="316"/>
        <source>Cơ quan chủ quản</source>
        <translation>The governing body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="320"/>
        <source>Địa danh</source>
        <translation>The place name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="324"/>
        <source>Quyền hạn ký</source>
        <translation>The signing authority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="328"/>
        <source>Chức vụ người ký</source>
        <translation>The signer&apos;s title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="332"/>
        <source>Họ tên người ký</source>
        <translation>The signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="336"/>
        <source>Kính gửi</source>
        <translation>The addressee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="340"/>
        <source>Lưu</source>
        <translation>The archive note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="348"/>
        <source>Tệp dữ liệu{where} bị hỏng ở một chỗ nên không đọc được ({error}). Những gì đã lưu không bị thay đổi. Hãy khôi phục từ bản sao lưu gần nhất (Công cụ &gt; Khôi phục từ bản sao lưu..., hoặc lệnh restore).</source>
        <translation>The data file{where} is damaged in one place and cannot be read ({error}). Nothing saved was changed. Restore it from the latest backup (Tools &gt; Restore from backup..., or the restore command).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="352"/>
        <source>“{text}” không phải ngày có thật: không có tháng {month}</source>
        <translation>“{text}” is not a real date: there is no month {month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="356"/>
        <source>“{text}” không phải ngày có thật: tháng {month} năm {year} chỉ có {days} ngày, không có ngày {day}</source>
        <translation>“{text}” is not a real date: month {month} of {year} has only {days} days, there is no day {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="360"/>
        <source>phần “{part}” có các ngoặc lồng nhau quá sâu: không phải dữ liệu ứng dụng ghi ra</source>
        <translation>the part “{part}” has brackets nested too deep: it is not data the application writes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="364"/>
        <source>đây không phải một tệp (là thư mục hoặc thiết bị)</source>
        <translation>this is not a file (it is a folder or a device)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="368"/>
        <source>gói có hai phần trùng tên: các chương trình giải nén đọc khác nhau nên không dùng được</source>
        <translation>the package has two parts of the same name: unzip programs read them differently, so it cannot be used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="372"/>
        <source>Đơn vị ghi</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="376"/>
        <source>quá dài ({length} ký tự, tối đa {limit}): không phải tên một đơn vị</source>
        <translation>too long ({length} characters, at most {limit}): it is not a unit&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="380"/>
        <source>manifest.json ghi gói của “{named}” nhưng phần “don-vi.json” là của “{unit}”</source>
        <translation>manifest.json says the package is from “{named}” but the part “don-vi.json” belongs to “{unit}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="384"/>
        <source>tên đơn vị trong phần “{part}” có ký tự đảo chiều chữ: tên hiện ra có thể khác tên thật</source>
        <translation>the unit&apos;s name in the part “{part}” has characters that reverse the text: the name shown may differ from the real one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts_files.py" line="388"/>
        <source>phần “{part}” có {count} đoạn nội dung: nhiều hơn mọi báo cáo, không phải dữ liệu ứng dụng ghi ra</source>
        <translation>the part “{part}” has {count} texts: more than any report, it is not data the application writes</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../../desktop/ui/numbers.py" line="104"/>
        <source>“{0}” có chữ; hãy ghi số đầy đủ, viết kiểu tiếng Anh: 1,500,000</source>
        <translation>“{0}” has words in it; write the number in full, for example 1,500,000</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/numbers.py" line="113"/>
        <source>“{0}” không rõ: trong giao diện tiếng Anh dấu chấm là dấu thập phân; hãy ghi {1} hoặc {2}</source>
        <translation>“{0}” is unclear: in the English interface a point marks decimals; write {1} or {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/numbers.py" line="122"/>
        <source>“{0}” không phải là số nguyên viết kiểu tiếng Anh (ví dụ 1,500,000)</source>
        <translation>“{0}” is not a whole number written properly (for example 1,500,000)</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../desktop/ui/texts.py" line="18"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="19"/>
        <source>Mã chỉ tiêu</source>
        <translation>Target code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="20"/>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="21"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="22"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="23"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="24"/>
        <source>Đường dẫn</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="25"/>
        <source>Kinh phí (đồng)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="26"/>
        <source>Chủ đề</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="27"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="28"/>
        <source>Lượt xem</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="29"/>
        <source>Lượt tiếp cận</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="30"/>
        <source>Lượt chia sẻ</source>
        <translation>Shares</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="31"/>
        <source>Nguồn kinh phí</source>
        <translation>Source of funding</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="32"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="33"/>
        <source>Trang</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="34"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="35"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="36"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="37"/>
        <source>Hoạt động khác</source>
        <translation>Other activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="39"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="40"/>
        <source>Đạt (trễ hạn)</source>
        <translation>Met (late)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="41"/>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="42"/>
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="43"/>
        <source>Chậm tiến độ</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="44"/>
        <source>Không có chỉ tiêu</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="46"/>
        <source>Chưa nộp</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="47"/>
        <source>Không phải nộp</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="48"/>
        <source>Đã nộp, đúng hạn</source>
        <translation>Sent on time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="49"/>
        <source>Đã nộp, trễ hạn</source>
        <translation>Sent late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="51"/>
        <source>Tiếng Việt</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="52"/>
        <source>Tiếng Anh</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="53"/>
        <source>Tiếng Việt và Tiếng Anh</source>
        <translation>Vietnamese and English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="55"/>
        <source>Tự động hằng ngày</source>
        <translation>Daily, automatic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="56"/>
        <source>Trước khi nhập dữ liệu</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="57"/>
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before a data upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/texts.py" line="58"/>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
</context>
</TS>
