<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="50" />
        <source>Tìm theo tiêu đề, ghi chú, đường dẫn (Ctrl+F)</source>
        <translation>Search titles, notes, links (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="57" />
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="70" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="71" />
        <location filename="../../desktop/ui/activities_page.py" line="141" />
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="72" />
        <location filename="../../desktop/ui/activities_page.py" line="142" />
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="73" />
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="74" />
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="75" />
        <location filename="../../desktop/ui/activities_page.py" line="144" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="76" />
        <source>Kinh phí (đồng)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="77" />
        <location filename="../../desktop/ui/activities_page.py" line="143" />
        <source>Chủ đề</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="110" />
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="113" />
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="117" />
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="120" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="125" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="129" />
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="140" />
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="218" />
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="219" />
        <source>Tháng {0}</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="221" />
        <source>Mọi chỉ tiêu</source>
        <translation>All targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="226" />
        <source>Mọi hình thức</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="230" />
        <source>Mọi chủ đề</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="236" />
        <source>Mọi ngôn ngữ</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="301" />
        <source>{0} hoạt động · Số lượng: {1} · Kinh phí: {2}</source>
        <translation>{0} activities · Quantity: {1} · Cost: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="376" />
        <source>Đã lưu hoạt động vào năm {0}; chọn năm {0} để xem.</source>
        <translation>Activity saved in {0}; choose year {0} to see it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="388" />
        <source>Xóa hoạt động</source>
        <translation>Delete activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activities_page.py" line="390" />
        <source>Xóa {0} hoạt động đã chọn?
Có thể hoàn tác bằng Ctrl+Z trong phiên làm việc này.</source>
        <translation>Delete the {0} selected activities?
You can undo with Ctrl+Z during this session.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="99" />
        <source>Sửa hoạt động</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="101" />
        <source>Nhân bản hoạt động</source>
        <translation>Duplicate activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="103" />
        <source>Thêm hoạt động</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="136" />
        <source>— chọn hình thức —</source>
        <translation>— choose a form —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="140" />
        <source>Tên tin, bài, chương trình, sự kiện...</source>
        <translation>Name of the article, programme, event...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="154" />
        <source>Chủ đề tuyên truyền</source>
        <translation>Communication themes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="192" />
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="193" />
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="194" />
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="195" />
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="196" />
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="197" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="198" />
        <source>Đường dẫn</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="199" />
        <source>Kinh phí (đồng)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="206" />
        <source>Đính kèm tệp...</source>
        <translation>Attach files...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="208" />
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="210" />
        <source>Gỡ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="220" />
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="223" />
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="235" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="236" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="282" />
        <source>{0} (chưa lưu)</source>
        <translation>{0} (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="287" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="310" />
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="311" />
        <source>Không tìm thấy tệp “{0}”.</source>
        <translation>File “{0}” not found.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="384" />
        <source>Chưa lưu: còn {0} chỗ cần sửa (ghi màu đỏ bên dưới từng ô).</source>
        <translation>Not saved: {0} problem(s) to fix (shown in red under each field).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="434" />
        <source>Chưa lưu: hoạt động này đã có trong danh sách. Hãy đổi ngày, tiêu đề hoặc đường dẫn.</source>
        <translation>Not saved: this activity is already in the list. Change the date, title or link.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="472" />
        <source>Chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/activity_form.py" line="473" />
        <source>Hoạt động có thay đổi chưa lưu. Lưu trước khi đóng?</source>
        <translation>The activity has unsaved changes. Save before closing?</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="34" />
        <source>Bắt đầu sử dụng</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="38" />
        <source>Chọn đơn vị của bạn trong danh sách (hoặc gõ tên đơn vị mới) và năm làm việc. Thông tin đơn vị (cơ quan chủ quản, người ký, nơi nhận...) được điền sẵn và có thể sửa sau ở mục Đơn vị.</source>
        <translation>Choose your unit from the list (or type the name of a new unit) and the working year. The unit profile (governing body, signer, recipients...) is filled in and can be edited later under Unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="51" />
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="69" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="70" />
        <source>Năm làm việc</source>
        <translation>Working year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="75" />
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="76" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="106" />
        <source>Hãy chọn hoặc gõ tên đơn vị.</source>
        <translation>Choose or type the unit name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="90" />
        <source>Hoạt động</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91" />
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="92" />
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96" />
        <source>Tổng hợp</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="98" />
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="99" />
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153" />
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="165" />
        <source>Năm: </source>
        <translation>Year: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176" />
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178" />
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="179" />
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180" />
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="189" />
        <source>Nhập danh sách hoạt động...</source>
        <translation>Import activity list...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="193" />
        <source>Xuất danh sách đang lọc ra Excel...</source>
        <translation>Export filtered list to Excel...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="197" />
        <source>Lưu tệp mẫu danh sách...</source>
        <translation>Save list template...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="200" />
        <source>Cài đặt...</source>
        <translation>Settings...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222" />
        <location filename="../../desktop/ui/main_window.py" line="371" />
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="263" />
        <source>{0} (chưa có kế hoạch)</source>
        <translation>{0} (no plan yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="307" />
        <source>Xuất danh sách ra Excel</source>
        <translation>Export list to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="309" />
        <location filename="../../desktop/ui/main_window.py" line="349" />
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334" />
        <source>Đang xuất danh sách...</source>
        <translation>Exporting the list...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="338" />
        <source>Đã xuất {0} hoạt động ra “{1}”.</source>
        <translation>Exported {0} activities to “{1}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="347" />
        <source>Lưu tệp mẫu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372" />
        <source>{0}

Dữ liệu: {1}
Số hoạt động: {2}</source>
        <translation>{0}

Data file: {1}
Activities: {2}</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="49" />
        <source>Chưa có ngày (dd/mm/yyyy)</source>
        <translation>No date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="56" />
        <source>“{0}” không phải ngày dạng dd/mm/yyyy</source>
        <translation>“{0}” is not a date in dd/mm/yyyy form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="173" />
        <source>Sao chép kế hoạch sang năm...</source>
        <translation>Copy plan to year...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="179" />
        <source>Văn bản kế hoạch</source>
        <translation>Plan document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="191" />
        <source>Tên kế hoạch</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="191" />
        <source>Số hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="193" />
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="195" />
        <source>Ngày ký</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="199" />
        <source>Cơ quan ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="201" />
        <source>Hạn gửi báo cáo</source>
        <translation>Report due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="212" />
        <source>Lưu thông tin kế hoạch</source>
        <translation>Save plan details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="220" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="221" />
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="222" />
        <source>Đơn vị tính</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="223" />
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="224" />
        <source>Thời hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="225" />
        <source>Đơn vị chủ trì</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="226" />
        <source>Mỗi đơn vị</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="240" />
        <source>Sửa chỉ tiêu...</source>
        <translation>Edit target...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="246" />
        <source>Nhiệm vụ và chỉ tiêu (nhấp đúp để sửa)</source>
        <translation>Tasks and targets (double-click to edit)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="280" />
        <source>Chưa có kế hoạch năm {0}. Các năm đã có: {1}.</source>
        <translation>No plan for {0} yet. Years with a plan: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="296" />
        <source>Kế hoạch năm {0}: {1}</source>
        <translation>Plan {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="313" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="373" />
        <source>Sao chép kế hoạch</source>
        <translation>Copy plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="374" />
        <source>Sao chép kế hoạch năm {0} sang năm:</source>
        <translation>Copy the {0} plan to year:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="386" />
        <source>Không sao chép được</source>
        <translation>Cannot copy</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="245" />
        <source>Thực hiện lũy kế</source>
        <translation>Cumulative actual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="252" />
        <source>Dự kiến theo tiến độ kế hoạch</source>
        <translation>Expected by the plan's pace</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="61" />
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="62" />
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="63" />
        <source>Đơn vị tính</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="64" />
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="65" />
        <source>Thực hiện</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="66" />
        <source>Tỉ lệ</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="67" />
        <source>Dự kiến đến nay</source>
        <translation>Expected so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="68" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="302" />
        <source>Hoạt động khác (ngoài các nhiệm vụ của kế hoạch), theo hình thức</source>
        <translation>Other activities (outside the plan's tasks), by form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="308" />
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="309" />
        <source>Số hoạt động</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="310" />
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="311" />
        <source>Kinh phí (đồng)</source>
        <translation>Cost (VND)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="365" />
        <source>Chưa có kế hoạch năm {0}. Hãy sao chép kế hoạch ở mục Kế hoạch.</source>
        <translation>No plan for {0} yet. Copy a plan under Plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="374" />
        <source>Tiến độ thực hiện kế hoạch năm {0} đến ngày {1}</source>
        <translation>Progress on the {0} plan as of {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="383" />
        <source>Chưa có chỉ tiêu nào của đơn vị</source>
        <translation>The unit has no targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="399" />
        <source>Không có hoạt động nào ngoài các nhiệm vụ của kế hoạch.</source>
        <translation>No activities outside the plan's tasks.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="403" />
        <source>{0} ({1}), theo hình thức</source>
        <translation>{0} ({1}), by form</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/progress_page.py" line="404" />
        <source>ngoài các nhiệm vụ của kế hoạch</source>
        <translation>outside the plan's tasks</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="28" />
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="37" />
        <source>Mẫu có sẵn của ứng dụng</source>
        <translation>The built-in template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="38" />
        <source>Chọn...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="45" />
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="46" />
        <source>Mẫu báo cáo (DOCX)</source>
        <translation>Report template (DOCX)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="47" />
        <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng.</source>
        <translation>A new language applies when the app is opened again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="53" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="54" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="67" />
        <source>Chọn mẫu báo cáo</source>
        <translation>Choose report template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="69" />
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="72" />
        <source>Chỉ tiêu {0}</source>
        <translation>Target {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="76" />
        <source>để trống nếu kế hoạch không nêu số</source>
        <translation>leave empty when the plan states no number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="81" />
        <source>Mỗi đơn vị chủ trì đều phải đạt đủ chỉ tiêu</source>
        <translation>Each lead unit carries the full target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="84" />
        <source>Đơn vị chủ trì</source>
        <translation>Lead units</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="94" />
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="95" />
        <source>Số chỉ tiêu</source>
        <translation>Target number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="96" />
        <source>Đơn vị tính</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="97" />
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="98" />
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="99" />
        <source>Thời hạn (ghi trong báo cáo)</source>
        <translation>Due (as written in the report)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="104" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="105" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="121" />
        <source>không được âm</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="130" />
        <source>Ngày kết thúc phải sau ngày bắt đầu</source>
        <translation>The end date must be after the start date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/plan_page.py" line="134" />
        <source>Chọn ít nhất một loại đơn vị chủ trì</source>
        <translation>Choose at least one kind of lead unit</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="39" />
        <source>ví dụ PTTH (dùng trong số hiệu: .../BC-PTTH)</source>
        <translation>e.g. PTTH (used in the number: .../BC-PTTH)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="43" />
        <source>ví dụ TM. ỦY BAN NHÂN DÂN, KT. GIÁM ĐỐC</source>
        <translation>e.g. TM. ỦY BAN NHÂN DÂN, KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="62" />
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="63" />
        <source>Tên viết gọn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="64" />
        <source>Cơ quan chủ quản</source>
        <translation>Governing body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="65" />
        <source>Chữ viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="66" />
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="67" />
        <source>Quyền hạn ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="68" />
        <source>Chức vụ người ký</source>
        <translation>Signer title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="69" />
        <source>Họ tên người ký</source>
        <translation>Signer name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="70" />
        <source>Kính gửi</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="71" />
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="72" />
        <source>Lưu (ví dụ: VT, VHTT)</source>
        <translation>Archive (e.g. VT, VHTT)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="74" />
        <source>Lưu thông tin đơn vị</source>
        <translation>Save unit profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="76" />
        <source>Hoàn lại</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="86" />
        <source>Thông tin đơn vị (in ở phần đầu, phần ký và nơi nhận của báo cáo)</source>
        <translation>Unit profile (printed in the report's header, signature and recipients)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="151" />
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/unit_page.py" line="163" />
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="115" />
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="116" />
        <source>Không mở được tệp dữ liệu “{0}”.

{1}</source>
        <translation>Cannot open the data file “{0}”.

{1}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63" />
        <source>Phần lập báo cáo chưa có trong bản cài đặt này.</source>
        <translation>Report writing is not part of this installation.</translation>
    </message>
</context>
</TS>