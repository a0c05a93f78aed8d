import type { Messages } from "../messages.ts";

export const pdf: Messages<typeof import("../en/pdf.ts").pdf> = {
  "pdf.download": "تنزيل الخطة بصيغة PDF",
  "pdf.fileName": "خطة العمل في الرياضيات - {name}",
  "pdf.student": "الطالب: {name}",
  "pdf.school": "المدرسة: {name}",
  "pdf.saidBy": "{voice} · {name}",
  "pdf.checkIn.held": "متابعة بتاريخ {when}، سُجّلت على يد {name}",
  "pdf.checkIn.due": "المتابعة القادمة: {day}",
  "pdf.checkIn.progress": "{action}: {progress}",
  "pdf.footer": "خطة العمل في الرياضيات لـ {name} · صفحة {page, number}",
  "pdf.footer.schoolYear":
    "خطة العمل في الرياضيات لـ {name} · صفحة {page, number} · العام الدراسي {year}",
  "pdf.grade.title": "خطط العمل في الرياضيات، الصف {grade}، العام الدراسي {year}",
  "pdf.grade.fileName": "خطط العمل في الرياضيات - الصف {grade} - {year}",
  "pdf.grade.stopped":
    "توقف التنزيل مبكرًا، لذلك لا يحتوي هذا الملف على كل الخطط. يرجى تنزيله مرة أخرى.",
};
