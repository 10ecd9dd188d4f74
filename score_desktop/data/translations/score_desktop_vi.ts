<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SCORE Desktop</source>
        <translation>Giới thiệu SCORE Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SCORE Desktop %1&lt;/h3&gt;&lt;p&gt;Industrial-engineering tools for small and medium factories, in the spirit of the ILO SCORE programme: OEE, takt time, line balancing, value-stream simulation and resource efficiency.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;&lt;p&gt;Running on:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SCORE Desktop %1&lt;/h3&gt;&lt;p&gt;Công cụ kỹ thuật công nghiệp cho các nhà máy vừa và nhỏ, theo tinh thần chương trình SCORE của ILO: OEE, thời gian takt, cân bằng chuyền, mô phỏng chuỗi giá trị và hiệu quả sử dụng tài nguyên.&lt;/p&gt;&lt;p&gt;Cấp phép theo Giấy phép Apache 2.0.&lt;/p&gt;&lt;p&gt;Đang chạy trên:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy system information</source>
        <translation>Sao chép thông tin hệ thống</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into your report.</source>
        <translation>Đã sao chép vào bộ nhớ tạm: hãy dán vào báo cáo của bạn.</translation>
    </message>
</context>
<context>
    <name>ActionListPanel</name>
    <message>
        <source>Add action</source>
        <translation>Thêm hành động</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Xóa hành động</translation>
    </message>
    <message>
        <source>Go to where it comes from</source>
        <translation>Đi tới nguồn gốc</translation>
    </message>
    <message>
        <source>Add from…</source>
        <translation>Thêm từ…</translation>
    </message>
    <message>
        <source>An action for a quality cause, a kaizen burst or a resource log</source>
        <translation>Hành động cho một nguyên nhân chất lượng, một điểm kaizen hoặc một nhật ký tài nguyên</translation>
    </message>
    <message>
        <source>%d action(s), %d done, %d overdue; expected saving %s %s/year, actual (done) %s %s/year</source>
        <translation>%d hành động, %d đã xong, %d quá hạn; tiết kiệm dự kiến %s %s/năm, thực tế (đã xong) %s %s/năm</translation>
    </message>
    <message>
        <source>No causes, kaizen bursts or resource logs in the project yet</source>
        <translation>Dự án chưa có nguyên nhân, điểm kaizen hoặc nhật ký tài nguyên nào</translation>
    </message>
    <message>
        <source>Add an action from %s</source>
        <translation>Thêm hành động từ %s</translation>
    </message>
    <message>
        <source>This action comes from no record</source>
        <translation>Hành động này không xuất phát từ bản ghi nào</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is no longer in the project</source>
        <translation>&quot;%s&quot; không còn trong dự án</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Overdue: due %s and not done</source>
        <extracomment>(row, column) -&gt; (typed text, why it was refused): shown in the cell until corrected</extracomment>
        <translation>Quá hạn: hạn %s và chưa xong</translation>
    </message>
    <message>
        <source>Edit action %d</source>
        <translation>Sửa hành động %d</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Thêm một hành động</translation>
    </message>
    <message>
        <source>Delete an action</source>
        <translation>Xóa một hành động</translation>
    </message>
</context>
<context>
    <name>AlternativesView</name>
    <message>
        <source>name, e.g. &quot;class attempt 1&quot;</source>
        <translation>tên, ví dụ &quot;lớp học lần 1&quot;</translation>
    </message>
    <message>
        <source>Save current balance as</source>
        <translation>Lưu phương án cân bằng hiện tại thành</translation>
    </message>
    <message>
        <source>Use selected</source>
        <translation>Dùng mục đã chọn</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <source>current</source>
        <translation>hiện tại</translation>
    </message>
    <message>
        <source>No balance saved yet.</source>
        <translation>Chưa lưu phương án cân bằng nào.</translation>
    </message>
</context>
<context>
    <name>BalancingControls</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The exact search stops after this time with its best balance and lower bound.</source>
        <translation>Tìm kiếm chính xác sẽ dừng sau thời gian này, với phương án cân bằng tốt nhất và cận dưới.</translation>
    </message>
    <message>
        <source>COMSOAL: number of random lines tried</source>
        <translation>COMSOAL: số chuyền ngẫu nhiên đã thử</translation>
    </message>
    <message>
        <source>COMSOAL: the same seed gives the same line</source>
        <translation>COMSOAL: cùng một seed cho cùng một chuyền</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Giới hạn thời gian</translation>
    </message>
    <message>
        <source>Iterations / seed</source>
        <translation>Số lần lặp / seed</translation>
    </message>
    <message>
        <source>line balancing</source>
        <translation>cân bằng chuyền</translation>
    </message>
</context>
<context>
    <name>BaselineView</name>
    <message>
        <source>Baseline choices</source>
        <translation>Lựa chọn đường cơ sở</translation>
    </message>
    <message>
        <source>Baseline period:</source>
        <translation>Giai đoạn cơ sở:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>Giai đoạn báo cáo:</translation>
    </message>
    <message>
        <source>Drivers:</source>
        <translation>Yếu tố tác động:</translation>
    </message>
    <message>
        <source>Energy modelled:</source>
        <translation>Năng lượng được mô hình hóa:</translation>
    </message>
    <message>
        <source>Energy vs driver</source>
        <translation>Năng lượng theo yếu tố tác động</translation>
    </message>
    <message>
        <source>Measured vs predicted</source>
        <translation>Đo được so với dự đoán</translation>
    </message>
    <message>
        <source>CUSUM of savings</source>
        <translation>CUSUM của tiết kiệm</translation>
    </message>
    <message>
        <source>(no reporting period)</source>
        <translation>(không có giai đoạn báo cáo)</translation>
    </message>
    <message>
        <source>(to the last period)</source>
        <translation>(đến kỳ cuối cùng)</translation>
    </message>
    <message>
        <source>All carriers (total kWh)</source>
        <translation>Tất cả dạng năng lượng (tổng kWh)</translation>
    </message>
    <message>
        <source>%s only [kWh]</source>
        <translation>Chỉ %s [kWh]</translation>
    </message>
    <message>
        <source>Correct the data log or the choices to see this chart</source>
        <translation>Hãy sửa nhật ký dữ liệu hoặc các lựa chọn để xem biểu đồ này</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>week</source>
        <translation>tuần</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baseline model&lt;/b&gt; (periods %s to %s, %d periods):&lt;br&gt;</source>
        <translation>&lt;b&gt;Mô hình đường cơ sở&lt;/b&gt; (kỳ %s đến %s, %d kỳ):&lt;br&gt;</translation>
    </message>
    <message>
        <source>R² = &lt;b&gt;%.3f&lt;/b&gt; (adjusted %.3f): the drivers explain %.0f %% of the changes in energy use from one %s to the next.</source>
        <translation>R² = &lt;b&gt;%.3f&lt;/b&gt; (hiệu chỉnh %.3f): các yếu tố tác động giải thích %.0f %% mức thay đổi về sử dụng năng lượng giữa các %s liên tiếp.</translation>
    </message>
    <message>
        <source>CV(RMSE) = &lt;b&gt;%.1f %%&lt;/b&gt;: a typical %s differs from the model by about %s kWh.</source>
        <translation>CV(RMSE) = &lt;b&gt;%.1f %%&lt;/b&gt;: một %s điển hình chênh lệch so với mô hình khoảng %s kWh.</translation>
    </message>
    <message>
        <source>Base load %s kWh per period (%s).</source>
        <translation>Phụ tải nền %s kWh mỗi kỳ (%s).</translation>
    </message>
    <message>
        <source>%s: %s kWh per %s (%s, %s).</source>
        <translation>%s: %s kWh mỗi %s (%s, %s).</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>có ý nghĩa</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>không có ý nghĩa</translation>
    </message>
    <message>
        <source>Choose a reporting period to see savings against the baseline.</source>
        <translation>Chọn giai đoạn báo cáo để xem tiết kiệm so với đường cơ sở.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Savings %s to %s&lt;/b&gt;: predicted %s kWh, measured %s kWh, saved &lt;b style=&apos;font-size:12pt&apos;&gt;%s kWh&lt;/b&gt;%s. EnPI measured / predicted = %s (below 1: better than the baseline).</source>
        <translation>&lt;b&gt;Tiết kiệm %s đến %s&lt;/b&gt;: dự đoán %s kWh, đo được %s kWh, tiết kiệm &lt;b style=&apos;font-size:12pt&apos;&gt;%s kWh&lt;/b&gt;%s. EnPI đo được / dự đoán = %s (dưới 1: tốt hơn đường cơ sở).</translation>
    </message>
    <message>
        <source>Choose a reporting period to see the cumulative savings</source>
        <translation>Chọn giai đoạn báo cáo để xem tiết kiệm lũy kế</translation>
    </message>
</context>
<context>
    <name>CapabilityView</name>
    <message>
        <source>Capability needs measurements; this study charts counts.</source>
        <translation>Năng lực quy trình cần số liệu đo; nghiên cứu này vẽ biểu đồ số đếm.</translation>
    </message>
    <message>
        <source>Enter the LSL and/or USL to study capability.</source>
        <translation>Nhập LSL và/hoặc USL để nghiên cứu năng lực quy trình.</translation>
    </message>
    <message>
        <source>Capability: %s</source>
        <translation>Năng lực quy trình: %s</translation>
    </message>
</context>
<context>
    <name>CauseView</name>
    <message>
        <source>the effect, e.g. Bore oversize</source>
        <translation>kết quả, ví dụ Lỗ khoan quá cỡ</translation>
    </message>
    <message>
        <source>Branch / cause / why</source>
        <translation>Nhánh / nguyên nhân / tại sao</translation>
    </message>
    <message>
        <source>a possible cause</source>
        <translation>một nguyên nhân có thể</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Thêm nguyên nhân</translation>
    </message>
    <message>
        <source>Ask why</source>
        <translation>Hỏi tại sao</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Tạo hành động</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Lưu hình…</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Nhánh</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Why %d</source>
        <translation>Tại sao %d</translation>
    </message>
    <message>
        <source>Set the effect</source>
        <translation>Đặt kết quả</translation>
    </message>
    <message>
        <source>Type the cause first (what might make the effect happen)</source>
        <translation>Hãy nhập nguyên nhân trước (điều gì có thể gây ra kết quả này)</translation>
    </message>
    <message>
        <source>Add a cause</source>
        <translation>Thêm một nguyên nhân</translation>
    </message>
    <message>
        <source>Select a cause to ask why</source>
        <translation>Chọn một nguyên nhân để hỏi tại sao</translation>
    </message>
    <message>
        <source>This cause has its five whys; the last answer is the root cause</source>
        <translation>Nguyên nhân này đã đủ năm câu hỏi tại sao; câu trả lời cuối cùng là nguyên nhân gốc</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Bởi vì…</translation>
    </message>
    <message>
        <source>Delete a cause</source>
        <translation>Xóa một nguyên nhân</translation>
    </message>
    <message>
        <source>Delete a why</source>
        <translation>Xóa một câu tại sao</translation>
    </message>
    <message>
        <source>A cause or an answer cannot be empty; delete it instead</source>
        <translation>Nguyên nhân hoặc câu trả lời không được để trống; hãy xóa nó</translation>
    </message>
    <message>
        <source>Edit a cause</source>
        <translation>Sửa một nguyên nhân</translation>
    </message>
    <message>
        <source>Edit a why</source>
        <translation>Sửa một câu tại sao</translation>
    </message>
    <message>
        <source>Select a cause to make an action for it</source>
        <translation>Chọn một nguyên nhân để tạo hành động cho nó</translation>
    </message>
    <message>
        <source>Save the cause-and-effect diagram</source>
        <translation>Lưu biểu đồ nhân quả</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Hình ảnh (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the picture: %s</source>
        <translation>Không thể lưu hình: %s</translation>
    </message>
</context>
<context>
    <name>ClassroomControls</name>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Start the step-through of the chosen method</source>
        <translation>Bắt đầu chạy từng bước phương pháp đã chọn</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Về đầu</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Bước trước</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Bước tiếp</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Play the steps at the chosen speed</source>
        <translation>Phát các bước với tốc độ đã chọn</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>Tốc độ phát</translation>
    </message>
    <message>
        <source>Use this balance</source>
        <translation>Dùng phương án cân bằng này</translation>
    </message>
    <message>
        <source>Choose a method and press Start.</source>
        <translation>Chọn một phương pháp và nhấn Bắt đầu.</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tốc độ</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Press Next or Play.</source>
        <translation>
            <numerusform>%n bước. Nhấn Tiếp hoặc Phát.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start: no task placed yet.</source>
        <translation>Bắt đầu: chưa xếp công việc nào.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Measure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>có ý nghĩa</translation>
    </message>
    <message>
        <source>within uncertainty</source>
        <translation>trong phạm vi bất định</translation>
    </message>
    <message>
        <source>not judged</source>
        <translation>chưa đánh giá</translation>
    </message>
</context>
<context>
    <name>ControlChartView</name>
    <message>
        <source>why (e.g. new tooling fitted)</source>
        <translation>lý do (ví dụ đã lắp dụng cụ mới)</translation>
    </message>
    <message>
        <source>Freeze limits from these points</source>
        <translation>Cố định giới hạn từ các điểm này</translation>
    </message>
    <message>
        <source>Recompute the limits from the phase I points and keep them for every later point until you revise them; the old limits stay in the history</source>
        <translation>Tính lại các giới hạn từ các điểm giai đoạn I và giữ chúng cho mọi điểm sau đó cho đến khi bạn điều chỉnh lại; các giới hạn cũ vẫn được lưu trong lịch sử</translation>
    </message>
    <message>
        <source>Phase I: points</source>
        <translation>Giai đoạn I: các điểm</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Frozen on</source>
        <translation>Cố định vào</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Phase I points</source>
        <translation>Các điểm giai đoạn I</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Đường tâm</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Enter data to draw the chart</source>
        <translation>Nhập dữ liệu để vẽ biểu đồ</translation>
    </message>
    <message>
        <source>points %d to %d</source>
        <translation>các điểm %d đến %d</translation>
    </message>
    <message>
        <source>Limits not frozen yet: estimated from all %s.</source>
        <translation>Giới hạn chưa được cố định: ước tính từ tất cả %s.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(không có ngày)</translation>
    </message>
    <message>
        <source>Limits frozen on %s from %s; later points are judged against them.</source>
        <translation>Giới hạn được cố định vào %s từ %s; các điểm sau được đánh giá theo các giới hạn này.</translation>
    </message>
    <message>
        <source>%d point(s) signal a special cause.</source>
        <translation>%d điểm báo hiệu nguyên nhân đặc biệt.</translation>
    </message>
    <message>
        <source>No point signals a special cause.</source>
        <translation>Không có điểm nào báo hiệu nguyên nhân đặc biệt.</translation>
    </message>
    <message>
        <source>Cannot freeze the limits: %s</source>
        <translation>Không thể cố định giới hạn: %s</translation>
    </message>
    <message>
        <source>Freeze limits from points %d-%d</source>
        <translation>Cố định giới hạn từ các điểm %d-%d</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>SCORE Desktop is not installed completely</source>
        <translation>SCORE Desktop chưa được cài đặt đầy đủ</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>a report was saved to %1.</source>
        <translation>báo cáo đã được lưu vào %1.</translation>
    </message>
    <message>
        <source>no report could be saved (the log folder is not writable).</source>
        <translation>không thể lưu báo cáo (không ghi được vào thư mục nhật ký).</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The work in this window is safe; %2</source>
        <translation>Đã xảy ra lỗi: %1

Dữ liệu trong cửa sổ này vẫn an toàn; %2</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>no target</source>
        <translation>không có mục tiêu</translation>
    </message>
    <message>
        <source>Ratio:</source>
        <translation>Tỷ số:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Mục tiêu:</translation>
    </message>
    <message>
        <source>Correct the data log to see the ratios</source>
        <translation>Hãy sửa nhật ký dữ liệu để xem các tỷ số</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Production [%s]</source>
        <translation>Sản lượng [%s]</translation>
    </message>
    <message>
        <source>Energy [kWh]</source>
        <translation>Năng lượng [kWh]</translation>
    </message>
    <message>
        <source>CO₂ intensity [kg CO₂/%s]</source>
        <translation>Cường độ CO₂ [kg CO₂/%s]</translation>
    </message>
    <message>
        <source>Energy cost [%s/%s]</source>
        <translation>Chi phí năng lượng [%s/%s]</translation>
    </message>
    <message>
        <source>The log has no figures for this ratio.</source>
        <translation>Nhật ký không có số liệu cho tỷ số này.</translation>
    </message>
    <message>
        <source>%s: first period %s, last period %s, average %s %s.</source>
        <translation>%s: kỳ đầu %s, kỳ cuối %s, trung bình %s %s.</translation>
    </message>
    <message>
        <source>%d of %d periods meet the target (%s is better).</source>
        <translation>%d trên %d kỳ đạt mục tiêu (%s là tốt hơn).</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>thấp hơn</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>cao hơn</translation>
    </message>
    <message>
        <source>The target must be a number, 0 or more.</source>
        <translation>Mục tiêu phải là một số, từ 0 trở lên.</translation>
    </message>
</context>
<context>
    <name>FactoryPhysicsView</name>
    <message>
        <source>automatic (3 x W0)</source>
        <translation>tự động (3 x W0)</translation>
    </message>
    <message>
        <source> parts</source>
        <translation> chi tiết</translation>
    </message>
    <message>
        <source>Exponential times (same means)</source>
        <translation>Thời gian phân phối mũ (cùng giá trị trung bình)</translation>
    </message>
    <message>
        <source>Simulate with exponential process times: the points follow the exact line</source>
        <translation>Mô phỏng với thời gian gia công phân phối mũ: các điểm bám theo đường chính xác</translation>
    </message>
    <message>
        <source>Simulate CONWIP sweep</source>
        <translation>Mô phỏng quét CONWIP</translation>
    </message>
    <message>
        <source>Run the map&apos;s line in one CONWIP loop at several WIP levels in the background</source>
        <translation>Chạy chuyền của sơ đồ trong một vòng CONWIP ở nhiều mức WIP trong nền</translation>
    </message>
    <message>
        <source>Largest WIP</source>
        <translation>WIP lớn nhất</translation>
    </message>
    <message>
        <source>No Factory Physics view for this map.</source>
        <translation>Không có chế độ xem Factory Physics cho sơ đồ này.</translation>
    </message>
    <message>
        <source>Bottleneck rate r_b = %1 parts/h (%2), raw process time T0 = %3, critical WIP W0 = r_b x T0 = %4 parts.</source>
        <translation>Năng suất điểm nghẽn r_b = %1 chi tiết/h (%2), thời gian gia công thuần T0 = %3, WIP tới hạn W0 = r_b x T0 = %4 chi tiết.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Bị loại ra: %1.</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>{task} – station {number}</source>
        <extracomment>node width, node height, column gap, row gap: normal and presentation sizes</extracomment>
        <translation>{task} – trạm {number}</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>SCORE Desktop user guide</source>
        <translation>Hướng dẫn sử dụng SCORE Desktop</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import data from %s</source>
        <translation>Nhập dữ liệu từ %s</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Số đếm</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Số đo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Sample sizes</source>
        <translation>Cỡ mẫu</translation>
    </message>
    <message>
        <source>Subgroup ids (long form)</source>
        <translation>Mã nhóm con (dạng dài)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Replace the %d rows of the study</source>
        <translation>Thay thế %d hàng của nghiên cứu</translation>
    </message>
    <message>
        <source>%d data rows found.</source>
        <translation>Tìm thấy %d hàng dữ liệu.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Not enough memory to finish %1.</source>
        <extracomment>How often the GUI thread looks at a running job: at most 20 progress signals a second.</extracomment>
        <translation>Không đủ bộ nhớ để hoàn tất %1.</translation>
    </message>
    <message>
        <source>Unexpected error in %1: %2</source>
        <translation>Lỗi không mong muốn trong %1: %2</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop this job; its results are discarded</source>
        <translation>Dừng tác vụ này; kết quả của nó sẽ bị bỏ</translation>
    </message>
    <message>
        <source>No job running</source>
        <translation>Không có tác vụ nào đang chạy</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>Đã chạy %1</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, còn khoảng %1</translation>
    </message>
    <message>
        <source>Finished in %1</source>
        <translation>Hoàn tất trong %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Thất bại: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
</context>
<context>
    <name>LineBalancingPanel</name>
    <message>
        <source>Balance</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Ràng buộc</translation>
    </message>
    <message>
        <source>&lt;b&gt;Precedence graph&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sơ đồ thứ tự ưu tiên&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a task to select it; drag from one task onto another to add an arrow; wheel to zoom, drag the background to pan</source>
        <translation>Nhấp vào một công việc để chọn; kéo từ công việc này sang công việc khác để thêm mũi tên; lăn chuột để thu phóng, kéo nền để di chuyển</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Hiển thị toàn bộ sơ đồ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Trình chiếu</translation>
    </message>
    <message>
        <source>Full screen for a projector; F1 there lists the keys, Esc leaves</source>
        <translation>Toàn màn hình cho máy chiếu; tại đó F1 liệt kê các phím, Esc để thoát</translation>
    </message>
    <message>
        <source>Drag a task block onto another station, or onto &quot;+ new&quot; for a new station</source>
        <translation>Kéo một khối công việc sang trạm khác, hoặc vào &quot;+ mới&quot; để tạo trạm mới</translation>
    </message>
    <message>
        <source>Yamazumi</source>
        <translation>Yamazumi</translation>
    </message>
    <message>
        <source>Compare balances</source>
        <translation>So sánh các phương án cân bằng</translation>
    </message>
    <message>
        <source>Stations vs cycle time</source>
        <translation>Số trạm theo thời gian chu kỳ</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>bảng đang trống</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems: see the Check column.</source>
        <translation>
            <numerusform>%n hàng có lỗi: xem cột Kiểm tra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <translation>Cân bằng (%1)</translation>
    </message>
    <message>
        <source>Fix the problems of the task table first.</source>
        <translation>Hãy sửa các lỗi trong bảng công việc trước.</translation>
    </message>
    <message>
        <source>Move task %1 to station %2</source>
        <translation>Chuyển công việc %1 sang trạm %2</translation>
    </message>
    <message>
        <source>Save balance %1</source>
        <translation>Lưu phương án cân bằng %1</translation>
    </message>
    <message>
        <source>Delete saved balance %1</source>
        <translation>Xóa phương án cân bằng đã lưu %1</translation>
    </message>
</context>
<context>
    <name>LineSettings</name>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>Take the cycle time from a demand record&apos;s takt time (it follows changes of the demand)</source>
        <translation>Lấy thời gian chu kỳ từ thời gian takt của một bản ghi nhu cầu (cập nhật theo thay đổi của nhu cầu)</translation>
    </message>
    <message>
        <source>For the shortest cycle time with this many stations (SALBP-2): leave the cycle time not set</source>
        <translation>Để có thời gian chu kỳ ngắn nhất với số trạm này (SALBP-2): để trống thời gian chu kỳ</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Thời gian chu kỳ</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Số trạm</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>nhập tay</translation>
    </message>
    <message>
        <source>takt of %1</source>
        <translation>takt của %1</translation>
    </message>
    <message numerus="yes">
        <source>%n must-share group(s)</source>
        <translation>
            <numerusform>%n nhóm phải chung trạm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must-not-share pair(s)</source>
        <translation>
            <numerusform>%n cặp không được chung trạm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed task(s)</source>
        <translation>
            <numerusform>%n công việc cố định</numerusform>
        </translation>
    </message>
    <message>
        <source>Restrictions: </source>
        <translation>Ràng buộc: </translation>
    </message>
    <message>
        <source>Change cycle time</source>
        <translation>Thay đổi thời gian chu kỳ</translation>
    </message>
    <message>
        <source>Change station count</source>
        <translation>Thay đổi số trạm</translation>
    </message>
    <message>
        <source>Change time unit</source>
        <translation>Thay đổi đơn vị thời gian</translation>
    </message>
    <message>
        <source>Link cycle time to takt</source>
        <translation>Liên kết thời gian chu kỳ với takt</translation>
    </message>
</context>
<context>
    <name>LinesOverviewPanel</name>
    <message>
        <source>&lt;h2&gt;Line balancing&lt;/h2&gt;Choose a line in the navigator to edit its tasks and balance it.</source>
        <translation>&lt;h2&gt;Cân bằng chuyền&lt;/h2&gt;Chọn một chuyền trong thanh điều hướng để sửa công việc và cân bằng chuyền đó.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Chuyền</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Thời gian chu kỳ</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Số trạm</translation>
    </message>
    <message>
        <source>Balance efficiency</source>
        <translation>Hiệu quả cân bằng</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <source>%s, %s: “%s” is not a number; leave the cell empty if not measured.</source>
        <translation>%s, %s: “%s” không phải là số; hãy để trống ô nếu không đo.</translation>
    </message>
    <message>
        <source>Row %d: %s.</source>
        <translation>Hàng %d: %s.</translation>
    </message>
    <message>
        <source>Edit %s, %s</source>
        <translation>Sửa %s, %s</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Thêm kỳ</translation>
    </message>
    <message>
        <source>Delete %d period(s)</source>
        <translation>Xóa %d kỳ</translation>
    </message>
    <message>
        <source>Select the cell where the pasted numbers go.</source>
        <translation>Chọn ô nơi các số được dán vào.</translation>
    </message>
    <message>
        <source>Pasted cells: %s</source>
        <translation>Các ô đã dán: %s</translation>
    </message>
    <message>
        <source>Paste %d row(s)</source>
        <translation>Dán %d hàng</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Add period</source>
        <translation>Thêm kỳ</translation>
    </message>
    <message>
        <source>Delete selected periods</source>
        <translation>Xóa các kỳ đã chọn</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>Dán từ Excel</translation>
    </message>
    <message>
        <source>Paste cells copied from Excel: a block of numbers goes into the selected cells; rows that start with a period (2024-01) or a header row are matched by period.</source>
        <translation>Dán các ô đã sao chép từ Excel: một khối số sẽ vào các ô đã chọn; các hàng bắt đầu bằng một kỳ (2024-01) hoặc một hàng tiêu đề sẽ được ghép theo kỳ.</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Thêm cột</translation>
    </message>
    <message>
        <source>Import CSV/XLSX…</source>
        <translation>Nhập CSV/XLSX…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Lưu mẫu…</translation>
    </message>
    <message>
        <source>Save the Excel template with the column names to fill in</source>
        <translation>Lưu mẫu Excel có tên các cột cần điền</translation>
    </message>
    <message>
        <source>… and %d more.</source>
        <translation>… và %d mục khác.</translation>
    </message>
    <message>
        <source>%d cell(s) are marked: red = error (the figure cannot be used), yellow = check it. Point at a cell to read why.</source>
        <translation>%d ô được đánh dấu: đỏ = lỗi (không dùng được số liệu), vàng = cần kiểm tra. Trỏ vào một ô để xem lý do.</translation>
    </message>
    <message>
        <source>✓ No problems found in the data log.</source>
        <translation>✓ Không tìm thấy lỗi nào trong nhật ký dữ liệu.</translation>
    </message>
    <message>
        <source>Energy carrier</source>
        <translation>Dạng năng lượng</translation>
    </message>
    <message>
        <source>Material…</source>
        <translation>Vật liệu…</translation>
    </message>
    <message>
        <source>Waste stream…</source>
        <translation>Dòng chất thải…</translation>
    </message>
    <message>
        <source>material</source>
        <translation>vật liệu</translation>
    </message>
    <message>
        <source>waste stream</source>
        <translation>dòng chất thải</translation>
    </message>
    <message>
        <source>Name of the %s (quantities in kg):</source>
        <translation>Tên của %s (số lượng tính bằng kg):</translation>
    </message>
    <message>
        <source>Import a resource log</source>
        <translation>Nhập nhật ký tài nguyên</translation>
    </message>
    <message>
        <source>Resource logs (*.xlsx *.csv *.txt)</source>
        <translation>Nhật ký tài nguyên (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>import %s</source>
        <translation>nhập %s</translation>
    </message>
    <message>
        <source>Import %d periods from %s</source>
        <translation>Nhập %d kỳ từ %s</translation>
    </message>
    <message>
        <source>Save the resource log template</source>
        <translation>Lưu mẫu nhật ký tài nguyên</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Sổ làm việc Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Tạo mới</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu &amp;dưới tên…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Đó&amp;ng dự án</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;About SCORE Desktop</source>
        <translation>&amp;Giới thiệu SCORE Desktop</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>&amp;Hoàn tác %s</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>&amp;Làm lại %s</translation>
    </message>
    <message>
        <source>SCORE Desktop</source>
        <translation>SCORE Desktop</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%s&quot; before closing it?</source>
        <translation>Lưu các thay đổi của &quot;%s&quot; trước khi đóng?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <source>SCORE projects (*%s);;All files (*)</source>
        <translation>Dự án SCORE (*%s);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Không thể mở dự án</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>Đã mở %s</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Lưu dự án dưới tên</translation>
    </message>
    <message>
        <source>SCORE projects (*%s)</source>
        <translation>Dự án SCORE (*%s)</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Không thể lưu dự án</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Đã lưu %s</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Excel export</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>Exported to %s</source>
        <translation>Đã xuất ra %s</translation>
    </message>
    <message>
        <source>Autosave failed: %s</source>
        <translation>Tự động lưu thất bại: %s</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>một dự án chưa lưu</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Khôi phục công việc chưa lưu?</translation>
    </message>
    <message>
        <source>SCORE Desktop did not close properly last time. Restore the unsaved changes to %s (autosaved %s)?

No discards them; Cancel keeps them for the next start.</source>
        <translation>Lần trước SCORE Desktop không đóng đúng cách. Khôi phục các thay đổi chưa lưu của %s (tự động lưu lúc %s)?

Không: bỏ các thay đổi; Hủy: giữ lại cho lần khởi động sau.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Select an icon to edit its data.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Chọn một biểu tượng để sửa dữ liệu của nó.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Process: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quy trình: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Đổi tên bước</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Thời gian chu kỳ</translation>
    </message>
    <message>
        <source>Mean time per part per machine</source>
        <translation>Thời gian trung bình cho mỗi chi tiết trên mỗi máy</translation>
    </message>
    <message>
        <source>Cycle time unit</source>
        <translation>Đơn vị thời gian chu kỳ</translation>
    </message>
    <message>
        <source>Variation</source>
        <translation>Biến động</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Hệ số biến thiên</translation>
    </message>
    <message>
        <source>Standard deviation / mean (normal and lognormal times)</source>
        <translation>Độ lệch chuẩn / trung bình (thời gian phân phối chuẩn và log-chuẩn)</translation>
    </message>
    <message>
        <source>(typed in)</source>
        <translation>(nhập tay)</translation>
    </message>
    <message>
        <source>Cycle time from line</source>
        <translation>Thời gian chu kỳ từ chuyền</translation>
    </message>
    <message>
        <source>Take the largest station time of a line balance</source>
        <translation>Lấy thời gian trạm lớn nhất của một phương án cân bằng chuyền</translation>
    </message>
    <message>
        <source>Link cycle time</source>
        <translation>Liên kết thời gian chu kỳ</translation>
    </message>
    <message>
        <source>Changeover</source>
        <translation>Chuyển đổi sản phẩm</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Thời gian chạy máy</translation>
    </message>
    <message>
        <source>Mean time to repair</source>
        <translation>Thời gian sửa chữa trung bình</translation>
    </message>
    <message>
        <source>Uptime from OEE record</source>
        <translation>Thời gian chạy máy từ bản ghi OEE</translation>
    </message>
    <message>
        <source>Take the availability of an OEE record</source>
        <translation>Lấy độ sẵn sàng của một bản ghi OEE</translation>
    </message>
    <message>
        <source>Link uptime</source>
        <translation>Liên kết thời gian chạy máy</translation>
    </message>
    <message>
        <source>Parallel machines</source>
        <translation>Máy song song</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Công nhân</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Cỡ lô</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Phế phẩm</translation>
    </message>
    <message>
        <source>value-adding</source>
        <translation>tạo giá trị</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Giá trị gia tăng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inventory in front&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tồn kho phía trước&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>FIFO maximum</source>
        <translation>FIFO tối đa</translation>
    </message>
    <message>
        <source>Kanban cards</source>
        <translation>Thẻ kanban</translation>
    </message>
    <message>
        <source>Parts counted</source>
        <translation>Số chi tiết đã đếm</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Xóa bước</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Khách hàng: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <source>pcs/day</source>
        <translation>pcs/ngày</translation>
    </message>
    <message>
        <source>Demand from</source>
        <translation>Nhu cầu từ</translation>
    </message>
    <message>
        <source>Take parts per day (and takt) from a demand record</source>
        <translation>Lấy số chi tiết mỗi ngày (và takt) từ một bản ghi nhu cầu</translation>
    </message>
    <message>
        <source>Link demand</source>
        <translation>Liên kết nhu cầu</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Số ca mỗi ngày</translation>
    </message>
    <message>
        <source>Shift length</source>
        <translation>Thời lượng ca</translation>
    </message>
    <message>
        <source>e.g. 10, 10</source>
        <translation>ví dụ 10, 10</translation>
    </message>
    <message>
        <source>Breaks per shift (min)</source>
        <translation>Thời gian nghỉ mỗi ca (min)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch làm việc</translation>
    </message>
    <message>
        <source>Finished goods counted</source>
        <translation>Số thành phẩm đã đếm</translation>
    </message>
    <message>
        <source>Finished goods</source>
        <translation>Thành phẩm</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supplier: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nhà cung cấp: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Supplier name</source>
        <translation>Tên nhà cung cấp</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kaizen burst&lt;/b&gt;</source>
        <translation>&lt;b&gt;Điểm kaizen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kaizen burst text</source>
        <translation>Nội dung điểm kaizen</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Cải tiến</translation>
    </message>
    <message>
        <source>Delete kaizen burst</source>
        <translation>Xóa điểm kaizen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flow %1 → %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dòng %1 → %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Share of the output</source>
        <translation>Tỷ lệ sản lượng</translation>
    </message>
    <message>
        <source>Relative share when a step feeds several others</source>
        <translation>Tỷ lệ tương đối khi một bước cấp cho nhiều bước khác</translation>
    </message>
    <message>
        <source>Flow share</source>
        <translation>Tỷ lệ dòng</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Xóa dòng</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add a record to the selected tool</source>
        <translation>Thêm một bản ghi vào công cụ đã chọn</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Add %s record</source>
        <translation>Thêm bản ghi %s</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>A record called &quot;%s&quot; already exists.</source>
        <translation>Đã có một bản ghi tên &quot;%s&quot;.</translation>
    </message>
    <message>
        <source>Rename &quot;%s&quot;</source>
        <translation>Đổi tên &quot;%s&quot;</translation>
    </message>
    <message>
        <source>Duplicate &quot;%s&quot;</source>
        <translation>Nhân bản &quot;%s&quot;</translation>
    </message>
    <message>
        <source>Delete &quot;%s&quot;</source>
        <translation>Xóa &quot;%s&quot;</translation>
    </message>
    <message>
        <source>OEE</source>
        <translation>OEE</translation>
    </message>
    <message>
        <source>Demand and takt</source>
        <translation>Nhu cầu và takt</translation>
    </message>
    <message>
        <source>Line balancing</source>
        <translation>Cân bằng chuyền</translation>
    </message>
    <message>
        <source>Value streams</source>
        <translation>Chuỗi giá trị</translation>
    </message>
    <message>
        <source>Resource efficiency</source>
        <translation>Hiệu quả tài nguyên</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Hành động</translation>
    </message>
</context>
<context>
    <name>OeeOverviewPanel</name>
    <message>
        <source>OEE trend</source>
        <translation>Xu hướng OEE</translation>
    </message>
    <message>
        <source>Add OEE records (one per shift, day or machine) to see their trend.</source>
        <translation>Thêm các bản ghi OEE (mỗi ca, ngày hoặc máy một bản ghi) để xem xu hướng.</translation>
    </message>
    <message>
        <source>%d record(s) in the trend.</source>
        <translation>%d bản ghi trong xu hướng.</translation>
    </message>
    <message>
        <source>Left out because of input errors: %s</source>
        <translation>Bị loại do lỗi dữ liệu nhập: %s</translation>
    </message>
</context>
<context>
    <name>OeePanel</name>
    <message>
        <source>Add stop</source>
        <translation>Thêm lần dừng máy</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Xóa mục đã chọn</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Dán hàng</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel: start (min), duration (min), reason, category</source>
        <translation>Dán các hàng đã sao chép từ Excel: bắt đầu (min), thời lượng (min), lý do, nhóm</translation>
    </message>
    <message>
        <source>Stop log</source>
        <translation>Nhật ký dừng máy</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca</translation>
    </message>
    <message>
        <source>Shop-floor OEE (Vorne / Nakajima)</source>
        <translation>OEE tại xưởng (Vorne / Nakajima)</translation>
    </message>
    <message>
        <source>ISO 22400-2 OEE index</source>
        <translation>Chỉ số OEE theo ISO 22400-2</translation>
    </message>
    <message>
        <source>A × P × Q</source>
        <translation>A × P × Q</translation>
    </message>
    <message>
        <source>Six big losses</source>
        <translation>Sáu tổn thất lớn</translation>
    </message>
    <message>
        <source>Downtime Pareto</source>
        <translation>Pareto thời gian ngừng</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Định nghĩa:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;OEE cannot be computed until the input is corrected.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;Không thể tính OEE cho đến khi dữ liệu đầu vào được sửa.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Correct the input to see this chart</source>
        <translation>Sửa dữ liệu đầu vào để xem biểu đồ này</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;Availability &lt;b&gt;%s&lt;/b&gt; × Effectiveness &lt;b&gt;%s&lt;/b&gt; × Quality ratio &lt;b&gt;%s&lt;/b&gt; = OEE index &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;Độ sẵn sàng &lt;b&gt;%s&lt;/b&gt; × Hiệu lực &lt;b&gt;%s&lt;/b&gt; × Tỷ lệ chất lượng &lt;b&gt;%s&lt;/b&gt; = Chỉ số OEE &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>ISO 22400-2: planned busy time %.0f min, actual production time %.1f min (breakdowns and setups excluded), NEE %s. Effectiveness is not capped at 100 %%.</source>
        <translation>ISO 22400-2: thời gian bận theo kế hoạch %.0f min, thời gian sản xuất thực tế %.1f min (không tính hỏng máy và cài đặt), NEE %s. Hiệu lực không bị giới hạn ở 100 %%.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:14pt&apos;&gt;Availability &lt;b&gt;%s&lt;/b&gt; × Performance &lt;b&gt;%s&lt;/b&gt; × Quality &lt;b&gt;%s&lt;/b&gt; = OEE &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size:14pt&apos;&gt;Độ sẵn sàng &lt;b&gt;%s&lt;/b&gt; × Hiệu suất &lt;b&gt;%s&lt;/b&gt; × Chất lượng &lt;b&gt;%s&lt;/b&gt; = OEE &lt;b style=&apos;font-size:18pt&apos;&gt;%s&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>– (enter calendar time)</source>
        <translation>– (nhập thời gian lịch)</translation>
    </message>
    <message>
        <source>Planned production time %.0f min, run time %.1f min, fully productive time %.1f min. OOE (shift time %.0f min) %s; TEEP %s. World class: 85 %%.</source>
        <translation>Thời gian sản xuất theo kế hoạch %.0f min, thời gian chạy %.1f min, thời gian sản xuất hoàn toàn hiệu quả %.1f min. OOE (thời gian ca %.0f min) %s; TEEP %s. Đẳng cấp thế giới: 85 %%.</translation>
    </message>
    <message>
        <source>Six big losses (min)</source>
        <translation>Sáu tổn thất lớn (min)</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag onto the map; drop an inventory kind on the process it feeds</source>
        <translation>Kéo vào sơ đồ; thả một loại tồn kho lên quy trình mà nó cung cấp</translation>
    </message>
</context>
<context>
    <name>ParetoView</name>
    <message>
        <source>Defect category</source>
        <translation>Loại lỗi</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Thêm loại</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Xóa loại</translation>
    </message>
    <message>
        <source>Defects from</source>
        <translation>Lỗi từ</translation>
    </message>
    <message>
        <source>No OEE record of this project has rejects yet.</source>
        <translation>Chưa có bản ghi OEE nào của dự án này có sản phẩm bị loại.</translation>
    </message>
    <message>
        <source>Pareto: %s</source>
        <translation>Pareto: %s</translation>
    </message>
    <message>
        <source>Pareto from %s</source>
        <translation>Pareto từ %s</translation>
    </message>
    <message>
        <source>Two defect categories have the same name</source>
        <translation>Hai loại lỗi có cùng tên</translation>
    </message>
    <message>
        <source>Row %d: the category is empty</source>
        <translation>Dòng %d: loại lỗi đang trống</translation>
    </message>
    <message>
        <source>Row %d: the count &quot;%s&quot; is not a number of 0 or more</source>
        <translation>Dòng %d: số lượng &quot;%s&quot; không phải là số lớn hơn hoặc bằng 0</translation>
    </message>
    <message>
        <source>Edit the defect tally</source>
        <translation>Sửa bảng đếm lỗi</translation>
    </message>
    <message>
        <source>Add a defect category</source>
        <translation>Thêm một loại lỗi</translation>
    </message>
    <message>
        <source>Delete a defect category</source>
        <translation>Xóa một loại lỗi</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Theo hệ thống (%1)</translation>
    </message>
    <message>
        <source>As the language</source>
        <translation>Theo ngôn ngữ</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Định dạng số:</translation>
    </message>
    <message>
        <source>Changes take effect when SCORE Desktop is restarted.</source>
        <translation>Thay đổi có hiệu lực khi khởi động lại SCORE Desktop.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Line balancing — presentation</source>
        <translation>Cân bằng chuyền — trình chiếu</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Phát / tạm dừng</translation>
    </message>
    <message>
        <source>Fit graph</source>
        <translation>Vừa khít đồ thị</translation>
    </message>
    <message>
        <source>Keys (F1)</source>
        <translation>Phím tắt (F1)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Balance — press → to step through</source>
        <translation>Cân bằng — nhấn → để xem từng bước</translation>
    </message>
    <message>
        <source>%1: step %2 of %3</source>
        <translation>%1: bước %2 / %3</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source> (this window)</source>
        <translation> (cửa sổ này)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Present on</source>
        <translation>Trình chiếu trên</translation>
    </message>
    <message>
        <source>→  PageDown  Space  Enter</source>
        <extracomment>action name -&gt; the keys that trigger it</extracomment>
        <translation>→  PageDown  Space  Enter</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>bước tiếp theo</translation>
    </message>
    <message>
        <source>←  PageUp  Backspace</source>
        <translation>←  PageUp  Backspace</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>bước trước</translation>
    </message>
    <message>
        <source>Home  /  End</source>
        <translation>Home  /  End</translation>
    </message>
    <message>
        <source>first / last step</source>
        <translation>bước đầu / bước cuối</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>play / pause</source>
        <translation>phát / tạm dừng</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>fit the graph</source>
        <translation>vừa khít đồ thị</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  hoặc  .</translation>
    </message>
    <message>
        <source>blank the screen (again to show)</source>
        <translation>làm tối màn hình (nhấn lại để hiện)</translation>
    </message>
    <message>
        <source>F1  or  ?</source>
        <translation>F1  hoặc  ?</translation>
    </message>
    <message>
        <source>show / hide this help</source>
        <translation>hiện / ẩn trợ giúp này</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave the presentation</source>
        <translation>thoát trình chiếu</translation>
    </message>
    <message>
        <source>Presenter keys</source>
        <translation>Phím điều khiển trình chiếu</translation>
    </message>
</context>
<context>
    <name>ProjectPanel</name>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Scope, people involved, assumptions…</source>
        <translation>Phạm vi, người tham gia, giả định…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Created / modified</source>
        <translation>Tạo / sửa đổi</translation>
    </message>
    <message>
        <source>Change project %s</source>
        <translation>Thay đổi dự án %s</translation>
    </message>
    <message>
        <source>This project holds: %s. Choose a record on the left, or select a tool and press Add.</source>
        <translation>Dự án này chứa: %s. Chọn một bản ghi ở bên trái, hoặc chọn một công cụ và nhấn Thêm.</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Shade 1 and 2 sigma zones</source>
        <translation>Tô vùng 1 và 2 sigma</translation>
    </message>
    <message>
        <source>Present (large print)</source>
        <translation>Trình chiếu (chữ lớn)</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Nghiên cứu</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Xóa các dòng</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>Dán từ Excel</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Data (one row per value or sample)</source>
        <translation>Dữ liệu (mỗi dòng một giá trị hoặc một mẫu)</translation>
    </message>
    <message>
        <source>Control chart</source>
        <translation>Biểu đồ kiểm soát</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Năng lực quy trình</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Pareto</translation>
    </message>
    <message>
        <source>Cause and effect</source>
        <translation>Nhân quả</translation>
    </message>
    <message>
        <source>No data yet: type, paste from Excel or add rows.</source>
        <translation>Chưa có dữ liệu: nhập, dán từ Excel hoặc thêm dòng.</translation>
    </message>
    <message>
        <source>Control chart: %s</source>
        <translation>Biểu đồ kiểm soát: %s</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>Bộ nhớ tạm không chứa ô nào để dán.</translation>
    </message>
</context>
<context>
    <name>QualityPresentation</name>
    <message>
        <source>Quality — presentation</source>
        <translation>Chất lượng — trình chiếu</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Trước</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tiếp ▶</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No chart: check the data</source>
        <translation>Không có biểu đồ: kiểm tra dữ liệu</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>not set</source>
        <extracomment>The ground of a refused field; its label turns red and bold.</extracomment>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Thay đổi %s</translation>
    </message>
</context>
<context>
    <name>ResourcePanel</name>
    <message>
        <source>Data log</source>
        <translation>Nhật ký dữ liệu</translation>
    </message>
    <message>
        <source>Baseline and savings</source>
        <translation>Đường cơ sở và tiết kiệm</translation>
    </message>
    <message>
        <source>Ratios</source>
        <translation>Tỷ số</translation>
    </message>
    <message>
        <source>Waste and material flow</source>
        <translation>Chất thải và dòng vật liệu</translation>
    </message>
    <message>
        <source>Factors, prices and notes</source>
        <translation>Hệ số, giá và ghi chú</translation>
    </message>
    <message>
        <source>Change baseline choices</source>
        <translation>Thay đổi lựa chọn đường cơ sở</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Đặt mục tiêu</translation>
    </message>
    <message>
        <source>%s · %s data · %d periods · production in %s · costs in %s</source>
        <translation>%s · dữ liệu %s · %d kỳ · sản lượng tính bằng %s · chi phí tính bằng %s</translation>
    </message>
    <message>
        <source>analyse %s</source>
        <translation>phân tích %s</translation>
    </message>
    <message>
        <source>The data log is empty: paste or import months to start.</source>
        <translation>Nhật ký dữ liệu đang trống: dán hoặc nhập dữ liệu các tháng để bắt đầu.</translation>
    </message>
</context>
<context>
    <name>RestrictionsView</name>
    <message>
        <source>e.g. 3, 6; 9, 10</source>
        <translation>vd. 3, 6; 9, 10</translation>
    </message>
    <message>
        <source>Groups of tasks that must be done in the same station</source>
        <translation>Các nhóm công việc phải thực hiện tại cùng một trạm</translation>
    </message>
    <message>
        <source>e.g. 1, 5</source>
        <translation>vd. 1, 5</translation>
    </message>
    <message>
        <source>Pairs of tasks that must be in different stations</source>
        <translation>Các cặp công việc phải ở các trạm khác nhau</translation>
    </message>
    <message>
        <source>e.g. 12=5</source>
        <translation>vd. 12=5</translation>
    </message>
    <message>
        <source>Tasks fixed to a station, as task=station (from 1)</source>
        <translation>Công việc cố định vào một trạm, dạng công việc=trạm (từ 1)</translation>
    </message>
    <message>
        <source>Same station</source>
        <translation>Cùng trạm</translation>
    </message>
    <message>
        <source>Not together</source>
        <translation>Không cùng nhau</translation>
    </message>
    <message>
        <source>Fixed station</source>
        <translation>Trạm cố định</translation>
    </message>
    <message>
        <source>Change restrictions</source>
        <translation>Thay đổi ràng buộc</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Not simulated yet: press Simulate.</source>
        <translation>Chưa mô phỏng: nhấn Mô phỏng.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Mean [95 % confidence interval]</source>
        <translation>Trung bình [khoảng tin cậy 95 %]</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Mức sử dụng</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Đang làm việc</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bị chặn</translation>
    </message>
    <message>
        <source>Starved</source>
        <translation>Thiếu đầu vào</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <source>WIP in front</source>
        <translation>WIP phía trước</translation>
    </message>
    <message>
        <source>WIP and output</source>
        <translation>WIP và sản lượng</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Thời gian sản xuất</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>No simulation results</source>
        <translation>Không có kết quả mô phỏng</translation>
    </message>
    <message>
        <source>%1 replications of %2 h (first %3 h warm-up).</source>
        <translation>%1 lần lặp, mỗi lần %2 h (%3 h đầu để khởi động).</translation>
    </message>
    <message>
        <source>Bottleneck: %1.</source>
        <translation>Điểm nghẽn: %1.</translation>
    </message>
    <message>
        <source>The map changed since this run; simulate again. </source>
        <translation>Sơ đồ đã thay đổi kể từ lần chạy này; hãy mô phỏng lại. </translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Năng suất đầu ra</translation>
    </message>
    <message>
        <source>Lead time (mean)</source>
        <translation>Thời gian sản xuất (trung bình)</translation>
    </message>
    <message>
        <source>Lead time %1th percentile</source>
        <translation>Thời gian sản xuất, phân vị thứ %1</translation>
    </message>
    <message>
        <source>WIP (time average)</source>
        <translation>WIP (trung bình theo thời gian)</translation>
    </message>
</context>
<context>
    <name>SampleTableModel</name>
    <message>
        <source>Signals (rule)</source>
        <extracomment>(row, column) -&gt; (typed text, why it was refused): shown in the cell until corrected</extracomment>
        <translation>Tín hiệu (quy tắc)</translation>
    </message>
    <message>
        <source>Edit row %d</source>
        <translation>Sửa dòng %d</translation>
    </message>
    <message>
        <source>Add %d row(s)</source>
        <translation>Thêm %d dòng</translation>
    </message>
    <message>
        <source>Delete %d row(s)</source>
        <translation>Xóa %d dòng</translation>
    </message>
    <message>
        <source>Paste %d row(s)</source>
        <translation>Dán %d dòng</translation>
    </message>
</context>
<context>
    <name>SensitivityView</name>
    <message>
        <source>Run sensitivity</source>
        <translation>Chạy phân tích độ nhạy</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Choose a parameter and a range, then run.</source>
        <translation>Chọn một tham số và một khoảng, rồi chạy.</translation>
    </message>
</context>
<context>
    <name>SettingsTableModel</name>
    <message>
        <source>Set %s, %s</source>
        <translation>Đặt %s, %s</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Site and units</source>
        <translation>Cơ sở và đơn vị</translation>
    </message>
    <message>
        <source>Monthly (2024-01)</source>
        <translation>Hằng tháng (2024-01)</translation>
    </message>
    <message>
        <source>Weekly (2024-W05)</source>
        <translation>Hằng tuần (2024-W05)</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Energy carriers: factors and tariffs</source>
        <translation>Dạng năng lượng: hệ số và biểu giá</translation>
    </message>
    <message>
        <source>Materials: purchase prices</source>
        <translation>Vật liệu: giá mua</translation>
    </message>
    <message>
        <source>Waste streams: kind and costs</source>
        <translation>Dòng chất thải: loại và chi phí</translation>
    </message>
    <message>
        <source>Set %s</source>
        <translation>Đặt %s</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>SCORE Desktop</source>
        <extracomment>The project&apos;s name in a file&apos;s metadata, which comes first in every file this app writes.</extracomment>
        <translation>SCORE Desktop</translation>
    </message>
    <message>
        <source>OEE, takt time, line balancing, value-stream simulation and resource efficiency for small and medium factories.</source>
        <translation>OEE, thời gian takt, cân bằng chuyền, mô phỏng chuỗi giá trị và hiệu quả sử dụng tài nguyên cho các nhà máy vừa và nhỏ.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Dự án gần đây</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>No recent projects yet</source>
        <translation>Chưa có dự án gần đây</translation>
    </message>
</context>
<context>
    <name>StationCountTable</name>
    <message>
        <source>Compute table</source>
        <translation>Tính bảng</translation>
    </message>
    <message>
        <source>How many stations for which cycle time? For each station count: the shortest cycle time that works.</source>
        <translation>Bao nhiêu trạm cho thời gian chu kỳ nào? Với mỗi số trạm: thời gian chu kỳ ngắn nhất khả thi.</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Số trạm</translation>
    </message>
    <message>
        <source>Shortest cycle time</source>
        <translation>Thời gian chu kỳ ngắn nhất</translation>
    </message>
    <message>
        <source>Balance efficiency</source>
        <translation>Hiệu quả cân bằng</translation>
    </message>
    <message>
        <source>Proven optimal</source>
        <translation>Đã chứng minh tối ưu</translation>
    </message>
    <message>
        <source>station-count table</source>
        <translation>bảng số trạm</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>not proven</source>
        <translation>chưa chứng minh</translation>
    </message>
</context>
<context>
    <name>StopLogModel</name>
    <message>
        <source>Logged as %s; counts as %s because of the %.1f min minor-stop threshold</source>
        <translation>Ghi nhận là %s; được tính là %s do ngưỡng dừng máy ngắn %.1f min</translation>
    </message>
    <message>
        <source>Stop %d: %s must be a number of minutes, not “%s”</source>
        <translation>Lần dừng máy %d: %s phải là số phút, không phải “%s”</translation>
    </message>
    <message>
        <source>Edit stop %d</source>
        <translation>Sửa lần dừng máy %d</translation>
    </message>
    <message>
        <source>Add stop</source>
        <translation>Thêm lần dừng máy</translation>
    </message>
    <message>
        <source>Delete %d stop(s)</source>
        <translation>Xóa %d lần dừng máy</translation>
    </message>
    <message>
        <source>Pasted line %d: expected start and duration in minutes, then reason and category, separated by tabs</source>
        <translation>Dòng dán %d: cần thời điểm bắt đầu và thời lượng tính bằng phút, sau đó là lý do và danh mục, phân cách bằng tab</translation>
    </message>
    <message>
        <source>Paste %d stops</source>
        <translation>Dán %d lần dừng máy</translation>
    </message>
</context>
<context>
    <name>StudyImporter</name>
    <message>
        <source>Import measurements or counts</source>
        <translation>Nhập số đo hoặc số đếm</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx *.xlsm)</source>
        <translation>Bảng (*.csv *.txt *.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>nhập</translation>
    </message>
    <message>
        <source>Import: %s</source>
        <translation>Nhập: %s</translation>
    </message>
    <message>
        <source>Import %d rows from %s</source>
        <translation>Nhập %d dòng từ %s</translation>
    </message>
</context>
<context>
    <name>StudySettings</name>
    <message>
        <source>e.g. Bore diameter</source>
        <translation>vd. Đường kính lỗ khoan</translation>
    </message>
    <message>
        <source>e.g. mm</source>
        <translation>vd. mm</translation>
    </message>
    <message>
        <source>e.g. N1, N2, N5</source>
        <translation>vd. N1, N2, N5</translation>
    </message>
    <message>
        <source>Rule codes separated by commas: N1-N8 (Nelson), WE1-WE4 (Western Electric)</source>
        <translation>Mã quy tắc phân cách bằng dấu phẩy: N1-N8 (Nelson), WE1-WE4 (Western Electric)</translation>
    </message>
    <message>
        <source> values</source>
        <translation> giá trị</translation>
    </message>
    <message>
        <source>Consecutive rows form subgroups of this size (rows without a subgroup id)</source>
        <translation>Các dòng liên tiếp tạo thành nhóm con có cỡ này (các dòng không có mã nhóm con)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Đặc tính</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Run rules</source>
        <translation>Quy tắc chạy</translation>
    </message>
    <message>
        <source>Rule codes</source>
        <translation>Mã quy tắc</translation>
    </message>
    <message>
        <source>Subgroup size</source>
        <translation>Cỡ nhóm con</translation>
    </message>
    <message>
        <source>Lower spec limit (LSL)</source>
        <translation>Giới hạn dưới của dung sai (LSL)</translation>
    </message>
    <message>
        <source>Upper spec limit (USL)</source>
        <translation>Giới hạn trên của dung sai (USL)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>In the unit of the measurements%s; empty = none</source>
        <translation>Theo đơn vị của số đo%s; để trống = không có</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Thay đổi %s</translation>
    </message>
    <message>
        <source>Choose run rules</source>
        <translation>Chọn quy tắc chạy</translation>
    </message>
    <message>
        <source>Run rules: %s</source>
        <translation>Quy tắc chạy: %s</translation>
    </message>
    <message>
        <source>Specification limits: %s</source>
        <translation>Giới hạn dung sai: %s</translation>
    </message>
    <message>
        <source>Set the %s</source>
        <translation>Đặt %s</translation>
    </message>
</context>
<context>
    <name>TaktPanel</name>
    <message>
        <source>Efficiency from</source>
        <translation>Hiệu quả lấy từ</translation>
    </message>
    <message>
        <source>Demand and shift calendar</source>
        <translation>Nhu cầu và lịch ca</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Take efficiency from %s</source>
        <translation>Lấy hiệu quả từ %s</translation>
    </message>
    <message>
        <source>typed value</source>
        <translation>giá trị đã nhập</translation>
    </message>
    <message>
        <source>typed efficiency %.1f %%</source>
        <translation>hiệu quả đã nhập %.1f %%</translation>
    </message>
    <message>
        <source>OEE %.1f %% of &quot;%s&quot; (linked)</source>
        <translation>OEE %.1f %% của &quot;%s&quot; (đã liên kết)</translation>
    </message>
    <message>
        <source>OEE record &quot;%s&quot; no longer exists; using the typed efficiency %.1f %%</source>
        <translation>Bản ghi OEE &quot;%s&quot; không còn tồn tại; dùng hiệu quả đã nhập %.1f %%</translation>
    </message>
    <message>
        <source>OEE record &quot;%s&quot; has input errors; using the typed efficiency %.1f %%</source>
        <translation>Bản ghi OEE &quot;%s&quot; có lỗi đầu vào; dùng hiệu quả đã nhập %.1f %%</translation>
    </message>
    <message>
        <source>Typed value below</source>
        <translation>Giá trị nhập bên dưới</translation>
    </message>
    <message>
        <source>OEE of %s</source>
        <translation>OEE của %s</translation>
    </message>
    <message>
        <source>%s (missing)</source>
        <translation>%s (bị thiếu)</translation>
    </message>
    <message>
        <source>Correct the input to see this chart</source>
        <translation>Sửa dữ liệu đầu vào để xem biểu đồ này</translation>
    </message>
    <message>
        <source>%s s %s (%.1f h)</source>
        <translation>%s s %s (%.1f h)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%.1f s&lt;/b&gt; = %.2f min per unit</source>
        <translation>&lt;b&gt;%.1f s&lt;/b&gt; = %.2f min mỗi đơn vị</translation>
    </message>
    <message>
        <source>%.1f units/h, %s units/day</source>
        <translation>%.1f đơn vị/h, %s đơn vị/ngày</translation>
    </message>
    <message>
        <source>%.1f s (takt × %s)</source>
        <translation>%.1f s (takt × %s)</translation>
    </message>
    <message>
        <source>– (enter the work content)</source>
        <translation>– (nhập nội dung công việc)</translation>
    </message>
    <message>
        <source>%d at takt (work content %s s ÷ takt %.1f s, rounded up)</source>
        <translation>%d theo takt (nội dung công việc %s s ÷ takt %.1f s, làm tròn lên)</translation>
    </message>
    <message>
        <source>; %d at the planned cycle time</source>
        <translation>; %d theo thời gian chu kỳ kế hoạch</translation>
    </message>
    <message>
        <source>%s s = %.1f min per container of %d</source>
        <translation>%s s = %.1f min mỗi thùng chứa %d</translation>
    </message>
    <message>
        <source>%s at ideal speed</source>
        <translation>%s ở tốc độ lý tưởng</translation>
    </message>
    <message>
        <source>%s at its OEE</source>
        <translation>%s ở mức OEE của nó</translation>
    </message>
    <message>
        <source>%d operators at %.0f %% efficiency</source>
        <translation>%d công nhân với hiệu quả %.0f %%</translation>
    </message>
    <message>
        <source>Capacity bars use the available time of the period; link an OEE record or enter the work content to compare.</source>
        <translation>Thanh công suất dùng thời gian khả dụng của kỳ; liên kết một bản ghi OEE hoặc nhập nội dung công việc để so sánh.</translation>
    </message>
</context>
<context>
    <name>TaskTableActions</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add a task below the selected row</source>
        <translation>Thêm một công việc bên dưới dòng đã chọn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected tasks</source>
        <translation>Xóa các công việc đã chọn</translation>
    </message>
    <message>
        <source>Move the task up</source>
        <translation>Chuyển công việc lên</translation>
    </message>
    <message>
        <source>Move the task down</source>
        <translation>Chuyển công việc xuống</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Paste rows copied from Excel: task, description, time, predecessors</source>
        <translation>Dán các dòng sao chép từ Excel: công việc, mô tả, thời gian, công việc trước</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>Read a task table: CSV, Excel, Scholl .IN2 or Otto .alb</source>
        <translation>Đọc bảng công việc: CSV, Excel, Scholl .IN2 hoặc Otto .alb</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>Nhập công việc</translation>
    </message>
    <message>
        <source>task import</source>
        <translation>nhập công việc</translation>
    </message>
    <message>
        <source>Import tasks from %1</source>
        <translation>Nhập công việc từ %1</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Thời gian (%1)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Công việc trước</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Edit %1 of task %2</source>
        <translation>Sửa %1 của công việc %2</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Thêm công việc</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Xóa %n công việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Move task</source>
        <translation>Di chuyển công việc</translation>
    </message>
    <message>
        <source>Paste tasks</source>
        <translation>Dán công việc</translation>
    </message>
    <message>
        <source>Add relation %1 → %2</source>
        <translation>Thêm quan hệ %1 → %2</translation>
    </message>
</context>
<context>
    <name>ValueStreamPanel</name>
    <message>
        <source>Add process</source>
        <translation>Thêm quy trình</translation>
    </message>
    <message>
        <source>Add a process box</source>
        <translation>Thêm một hộp quy trình</translation>
    </message>
    <message>
        <source>Add kaizen burst</source>
        <translation>Thêm điểm kaizen</translation>
    </message>
    <message>
        <source>Add an improvement note</source>
        <translation>Thêm một ghi chú cải tiến</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Drag from one icon to another to add a material flow</source>
        <translation>Kéo từ biểu tượng này sang biểu tượng khác để thêm dòng vật liệu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected icon</source>
        <translation>Xóa biểu tượng đã chọn</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Tự động bố trí</translation>
    </message>
    <message>
        <source>Place the icons left to right along the flow</source>
        <translation>Xếp các biểu tượng từ trái sang phải theo dòng chảy</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khít</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Hiện toàn bộ sơ đồ</translation>
    </message>
    <message>
        <source>Copy as future state</source>
        <translation>Sao chép thành trạng thái tương lai</translation>
    </message>
    <message>
        <source>A copy of this map to edit as the future state</source>
        <translation>Một bản sao của sơ đồ này để chỉnh sửa làm trạng thái tương lai</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>Xuất hình ảnh…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF (A3 landscape)</source>
        <translation>Lưu sơ đồ dưới dạng PNG, SVG hoặc PDF (A3 ngang)</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Mô phỏng</translation>
    </message>
    <message>
        <source>Run the map in the background with these settings</source>
        <translation>Chạy sơ đồ ở chế độ nền với các thiết lập này</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Khởi động</translation>
    </message>
    <message>
        <source>Replications</source>
        <translation>Số lần lặp</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Độ nhạy</translation>
    </message>
    <message>
        <source>Factory Physics</source>
        <translation>Factory Physics</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>Kaizen</source>
        <translation>Kaizen</translation>
    </message>
    <message>
        <source>Drop an inventory icon on the process it feeds.</source>
        <translation>Thả biểu tượng tồn kho lên quy trình mà nó cung cấp.</translation>
    </message>
    <message>
        <source>Inventory kind</source>
        <translation>Loại tồn kho</translation>
    </message>
    <message>
        <source>Move icon</source>
        <translation>Di chuyển biểu tượng</translation>
    </message>
    <message>
        <source>Move kaizen burst</source>
        <translation>Di chuyển điểm kaizen</translation>
    </message>
    <message>
        <source>Delete kaizen burst</source>
        <translation>Xóa điểm kaizen</translation>
    </message>
    <message>
        <source>Delete flow</source>
        <translation>Xóa dòng chảy</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Xóa bước</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Trạng thái tương lai</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Xuất sơ đồ</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF, A3 landscape (*.pdf)</source>
        <translation>Ảnh PNG (*.png);;Bản vẽ SVG (*.svg);;PDF, A3 ngang (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>Không thể mô phỏng: %1</translation>
    </message>
    <message>
        <source>Add a second map to compare with.</source>
        <translation>Thêm sơ đồ thứ hai để so sánh.</translation>
    </message>
    <message>
        <source>Simulate both maps to compare them (%1 and %2).</source>
        <translation>Mô phỏng cả hai sơ đồ để so sánh chúng (%1 và %2).</translation>
    </message>
</context>
<context>
    <name>VsmMap</name>
    <message>
        <source>Production Control</source>
        <translation>Điều độ sản xuất</translation>
    </message>
    <message>
        <source>util. %1 %</source>
        <translation>sử dụng %1 %</translation>
    </message>
    <message>
        <source>BOTTLENECK</source>
        <translation>ĐIỂM NGHẼN</translation>
    </message>
    <message>
        <source>WIP %1 (sim.)</source>
        <translation>WIP %1 (mô phỏng)</translation>
    </message>
    <message>
        <source>Simulated share of time:</source>
        <translation>Tỷ lệ thời gian mô phỏng:</translation>
    </message>
    <message>
        <source>Process box by utilisation:</source>
        <translation>Hộp quy trình theo mức sử dụng:</translation>
    </message>
    <message>
        <source>bottleneck (most often active)</source>
        <translation>điểm nghẽn (hoạt động thường xuyên nhất)</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>rút hàng</translation>
    </message>
    <message>
        <source>production</source>
        <translation>sản xuất</translation>
    </message>
    <message>
        <source>MRP · weekly schedule</source>
        <translation>MRP · lịch hằng tuần</translation>
    </message>
</context>
<context>
    <name>WasteView</name>
    <message>
        <source>Whole log</source>
        <translation>Toàn bộ nhật ký</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Kỳ cơ sở</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Cost-of-waste Pareto</source>
        <translation>Pareto chi phí chất thải</translation>
    </message>
    <message>
        <source>Material flow</source>
        <translation>Dòng vật liệu</translation>
    </message>
    <message>
        <source>Periods:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Material in %s kg, in product %s kg, lost %s kg: &lt;b&gt;loss rate %.1f %%&lt;/b&gt; of the material bought.</source>
        <translation>Vật liệu vào %s kg, trong sản phẩm %s kg, hao hụt %s kg: &lt;b&gt;tỷ lệ hao hụt %.1f %%&lt;/b&gt; so với vật liệu đã mua.</translation>
    </message>
    <message>
        <source>Cost of waste over %d periods &lt;b&gt;%s %s&lt;/b&gt; (lost material, disposal, energy and labour spent on it, less scrap sales).</source>
        <translation>Chi phí chất thải trong %d kỳ &lt;b&gt;%s %s&lt;/b&gt; (vật liệu hao hụt, xử lý, năng lượng và nhân công tiêu tốn cho nó, trừ tiền bán phế liệu).</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Dòng chất thải</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Quantity [kg]</source>
        <translation>Khối lượng [kg]</translation>
    </message>
    <message>
        <source>Material value [%s]</source>
        <translation>Giá trị vật liệu [%s]</translation>
    </message>
    <message>
        <source>Disposal [%s]</source>
        <translation>Xử lý [%s]</translation>
    </message>
    <message>
        <source>Energy [%s]</source>
        <translation>Năng lượng [%s]</translation>
    </message>
    <message>
        <source>Labour [%s]</source>
        <translation>Nhân công [%s]</translation>
    </message>
    <message>
        <source>Scrap sales [%s]</source>
        <translation>Bán phế liệu [%s]</translation>
    </message>
    <message>
        <source>Cost of waste [%s]</source>
        <translation>Chi phí chất thải [%s]</translation>
    </message>
    <message>
        <source>No cost of waste for these periods</source>
        <translation>Không có chi phí chất thải cho các kỳ này</translation>
    </message>
    <message>
        <source>The material flow needs materials and material in product [kg]</source>
        <translation>Dòng vật liệu cần có vật liệu và vật liệu trong sản phẩm [kg]</translation>
    </message>
</context>
<context>
    <name>YamazumiView</name>
    <message>
        <source>No balance yet</source>
        <translation>Chưa có phương án cân bằng</translation>
    </message>
    <message>
        <source>Station time</source>
        <translation>Thời gian trạm</translation>
    </message>
    <message>
        <source>cycle time</source>
        <translation>thời gian chu kỳ</translation>
    </message>
    <message>
        <source>takt</source>
        <translation>takt</translation>
    </message>
    <message>
        <source>no station</source>
        <translation>không có trạm</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 nữa</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>%1 failed</source>
        <translation>%1 thất bại</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <source>Specific energy</source>
        <translation>Năng lượng riêng</translation>
    </message>
    <message>
        <source>Energy productivity</source>
        <translation>Năng suất năng lượng</translation>
    </message>
    <message>
        <source>Material productivity</source>
        <translation>Năng suất vật liệu</translation>
    </message>
    <message>
        <source>Water productivity</source>
        <translation>Năng suất nước</translation>
    </message>
    <message>
        <source>Waste intensity</source>
        <translation>Cường độ chất thải</translation>
    </message>
    <message>
        <source>Value added per kWh</source>
        <translation>Giá trị gia tăng trên mỗi kWh</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Hỏng máy</translation>
    </message>
    <message>
        <source>Setup &amp; adjustment</source>
        <translation>Cài đặt &amp; điều chỉnh</translation>
    </message>
    <message>
        <source>Minor stops</source>
        <translation>Dừng máy ngắn</translation>
    </message>
    <message>
        <source>Reduced speed</source>
        <translation>Giảm tốc độ</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Start-up rejects</source>
        <translation>Phế phẩm khi khởi động</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máy</translation>
    </message>
    <message>
        <source>Date / shift</source>
        <translation>Ngày / ca</translation>
    </message>
    <message>
        <source>Shift length</source>
        <translation>Độ dài ca</translation>
    </message>
    <message>
        <source>Planned breaks</source>
        <translation>Thời gian nghỉ theo kế hoạch</translation>
    </message>
    <message>
        <source>Ideal cycle time</source>
        <translation>Thời gian chu kỳ lý tưởng</translation>
    </message>
    <message>
        <source>s/part</source>
        <translation>s/chiếc</translation>
    </message>
    <message>
        <source>The fastest possible time for one part (nameplate or best demonstrated speed).</source>
        <translation>Thời gian nhanh nhất có thể cho một sản phẩm (theo thông số máy hoặc tốc độ tốt nhất đã đạt).</translation>
    </message>
    <message>
        <source>Total count</source>
        <translation>Tổng số lượng</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>chiếc</translation>
    </message>
    <message>
        <source>Good count</source>
        <translation>Số lượng đạt</translation>
    </message>
    <message>
        <source>Rejects made while the process warms up; part of total - good.</source>
        <translation>Phế phẩm tạo ra khi quy trình đang khởi động; là một phần của tổng - đạt.</translation>
    </message>
    <message>
        <source>Minor-stop threshold</source>
        <translation>Ngưỡng dừng máy ngắn</translation>
    </message>
    <message>
        <source>Unplanned stops shorter than this count as minor stops (performance loss), longer ones as breakdowns.</source>
        <translation>Các lần dừng máy ngoài kế hoạch ngắn hơn giá trị này được tính là dừng máy ngắn (tổn thất hiệu suất), dài hơn được tính là hỏng máy.</translation>
    </message>
    <message>
        <source>Calendar time (for TEEP)</source>
        <translation>Thời gian lịch (cho TEEP)</translation>
    </message>
    <message>
        <source>All calendar time of the period, e.g. 1,440 min for a day.</source>
        <translation>Toàn bộ thời gian lịch của kỳ, vd. 1,440 min cho một ngày.</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Dừng máy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>min from the shift start</source>
        <translation>phút từ đầu ca</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>mỗi ngày</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>mỗi tuần</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>mỗi tháng</translation>
    </message>
    <message>
        <source>Customer demand</source>
        <translation>Nhu cầu khách hàng</translation>
    </message>
    <message>
        <source>Demand period</source>
        <translation>Kỳ nhu cầu</translation>
    </message>
    <message>
        <source>Working days per period</source>
        <translation>Số ngày làm việc mỗi kỳ</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Shifts per day</source>
        <translation>Số ca mỗi ngày</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>ca</translation>
    </message>
    <message>
        <source>Breaks per shift</source>
        <translation>Thời gian nghỉ mỗi ca</translation>
    </message>
    <message>
        <source>Pack-out quantity</source>
        <translation>Số lượng đóng gói</translation>
    </message>
    <message>
        <source>parts/container</source>
        <translation>chiếc/thùng</translation>
    </message>
    <message>
        <source>Efficiency (typed)</source>
        <translation>Hiệu quả (đã nhập)</translation>
    </message>
    <message>
        <source>Fraction of takt the line is planned to run at, e.g. 0.85</source>
        <translation>Tỷ lệ của takt mà chuyền dự kiến chạy, vd. 0.85</translation>
    </message>
    <message>
        <source>Efficiency from OEE record</source>
        <translation>Hiệu quả từ bản ghi OEE</translation>
    </message>
    <message>
        <source>Work content per part</source>
        <translation>Nội dung công việc mỗi sản phẩm</translation>
    </message>
    <message>
        <source>Total manual work per part, for the minimum number of operators.</source>
        <translation>Tổng thời gian thao tác thủ công mỗi sản phẩm, để tính số công nhân tối thiểu.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Preparing the line-balancing solver in the background (first run only)…</source>
        <translation>Đang chuẩn bị bộ giải cân bằng chuyền ở chế độ nền (chỉ lần chạy đầu tiên)…</translation>
    </message>
    <message>
        <source>The line-balancing solver is ready.</source>
        <translation>Bộ giải cân bằng chuyền đã sẵn sàng.</translation>
    </message>
</context>
</TS>
