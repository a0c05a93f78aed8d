import type { meetingCorrections as english } from "../en/meeting-corrections.ts";
import type { Messages } from "../messages.ts";

export const meetingCorrections: Messages<typeof english> = {
  "plans.meeting.correct": "Sửa",
  "plans.meeting.remove": "Xóa",
  "plans.meeting.corrected": "Đã sửa",
  "plans.meetingCorrection.title": "Sửa biên bản cuộc họp",
  "plans.meetingCorrection.intro":
    "Hãy sửa những gì đã ghi sai. Lịch sử của kế hoạch vẫn giữ nội dung trước đây của biên bản, " +
    "ai đã sửa và sửa lúc nào.",
  "plans.meetingCorrection.submit": "Lưu bản sửa",
  "plans.meetingConflict.title": "Biên bản cuộc họp này đã thay đổi trong lúc bạn đang sửa",
  "plans.meetingConflict.lead":
    "Có người đã lưu một thay đổi cho biên bản cuộc họp này sau khi bạn mở nó. Bản sửa của bạn " +
    "chưa được lưu: hãy so sánh hai bản, rồi lưu biên bản bạn muốn giữ.",
  "plans.meetingConflict.yours": "Những gì bạn đã nhập",
  "plans.meetingConflict.current": "Biên bản hiện có trong kế hoạch",
  "plans.meetingConflict.mergeHint":
    "Bản sửa của bạn nằm trong biểu mẫu bên dưới. Hãy thêm những gì bạn muốn giữ từ biên bản " +
    "hiện có trong kế hoạch, rồi lưu.",
  "plans.meetingConflict.removalLead":
    "Biên bản cuộc họp này đã thay đổi sau khi bạn mở trang, nên chưa có gì bị xóa. Đây là biên " +
    "bản như hiện tại: chỉ xóa nếu nó vẫn là một sự nhầm lẫn.",
  "plans.meetingRemoval.title": "Xóa biên bản cuộc họp này?",
  "plans.meetingRemoval.lead":
    "Chỉ xóa một cuộc họp nếu nó được ghi nhầm: ghi vào sai kế hoạch, hoặc một cuộc họp đã không " +
    "diễn ra. Cuộc họp sẽ biến mất khỏi kế hoạch, khỏi trang của gia đình và khỏi số liệu của " +
    "chương trình, cùng với ghi chú và danh sách người tham dự. Lịch sử của kế hoạch sẽ ghi rằng " +
    "bạn đã xóa một biên bản cuộc họp, và xóa lúc nào.",
  "plans.meetingRemoval.correctInstead":
    "Nếu chỉ có giờ, địa điểm, người tham dự hoặc ghi chú bị sai, hãy sửa biên bản thay vì xóa.",
  "plans.meetingRemoval.submit": "Xóa biên bản cuộc họp",
  "plans.saved.meetingCorrected": "Đã sửa biên bản cuộc họp. Lịch sử vẫn giữ nội dung trước đây.",
  "plans.saved.meetingRemoved": "Đã xóa biên bản cuộc họp. Lịch sử cho thấy biên bản đã bị xóa.",
  "plans.event.meetingCorrected": "{name} đã sửa biên bản của cuộc họp diễn ra vào {when}.",
  "plans.event.meetingRemoved": "{name} đã xóa biên bản của cuộc họp diễn ra vào {when}.",
  "plans.meetingVersions.heading": "Mọi phiên bản của biên bản cuộc họp này",
  "plans.meetingVersions.recorded": "Phiên bản {version}, do {name} ghi lại vào {when}",
  "plans.meetingVersions.corrected": "Phiên bản {version}, do {name} sửa vào {when}",
  "plans.meetingVersions.when": "Cuộc họp vào {when}",
  "plans.meetingVersions.video": "Liên kết video: {link}",
  "records.pdf.meetingVersions": "Các phiên bản trước của những cuộc họp đã sửa",
};
