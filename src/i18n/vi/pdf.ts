import type { Messages } from "../messages.ts";

export const pdf: Messages<typeof import("../en/pdf.ts").pdf> = {
  "pdf.download": "Tải kế hoạch về dưới dạng PDF",
  "pdf.fileName": "Kế hoạch Hành động Toán - {name}",
  "pdf.student": "Học sinh: {name}",
  "pdf.school": "Trường: {name}",
  "pdf.saidBy": "{voice} · {name}",
  "pdf.checkIn.held": "Buổi kiểm tra tiến độ ngày {when}, do {name} ghi lại",
  "pdf.checkIn.due": "Buổi kiểm tra tiến độ tiếp theo: {day}",
  "pdf.checkIn.progress": "{action}: {progress}",
  "pdf.footer": "Kế hoạch Hành động Toán của {name} · trang {page, number}",
  "pdf.footer.schoolYear":
    "Kế hoạch Hành động Toán của {name} · trang {page, number} · năm học {year}",
  "pdf.grade.title": "Kế hoạch Hành động Toán, khối {grade}, năm học {year}",
  "pdf.grade.fileName": "Kế hoạch Hành động Toán - khối {grade} - {year}",
  "pdf.grade.stopped":
    "Việc tải xuống đã dừng giữa chừng nên tệp này chưa có đủ các kế hoạch. Vui lòng tải lại.",
};
