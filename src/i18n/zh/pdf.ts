import type { Messages } from "../messages.ts";

export const pdf: Messages<typeof import("../en/pdf.ts").pdf> = {
  "pdf.download": "下载计划（PDF）",
  "pdf.fileName": "数学行动计划 - {name}",
  "pdf.student": "学生：{name}",
  "pdf.school": "学校：{name}",
  "pdf.saidBy": "{voice} · {name}",
  "pdf.checkIn.held": "{when} 的跟进，由 {name} 记录",
  "pdf.checkIn.due": "下次跟进：{day}",
  "pdf.checkIn.progress": "{action}：{progress}",
  "pdf.footer": "{name} 的数学行动计划 · 第 {page, number} 页",
  "pdf.footer.schoolYear": "{name} 的数学行动计划 · 第 {page, number} 页 · {year} 学年",
  "pdf.grade.title": "数学行动计划，{grade} 年级，{year} 学年",
  "pdf.grade.fileName": "数学行动计划 - {grade} 年级 - {year} 学年",
  "pdf.grade.stopped": "下载提前中止，此文件未包含全部计划。请重新下载。",
};
