/* Words of the plan as a PDF document: the download link and what only the paper needs. */
export const pdf = {
  "pdf.download": "Download the plan as a PDF",
  "pdf.fileName": "Math Action Plan - {name}",
  "pdf.student": "Student: {name}",
  "pdf.school": "School: {name}",
  "pdf.saidBy": "{voice} · {name}",
  "pdf.checkIn.held": "Check-in held {when}, recorded by {name}",
  "pdf.checkIn.due": "Next check-in due {day}",
  "pdf.checkIn.progress": "{action}: {progress}",
  "pdf.footer": "Math Action Plan for {name} · page {page, number}",
  "pdf.footer.schoolYear": "Math Action Plan for {name} · page {page, number} · school year {year}",
  "pdf.grade.title": "Math Action Plans, grade {grade}, school year {year}",
  "pdf.grade.fileName": "Math Action Plans - grade {grade} - {year}",
  "pdf.grade.stopped":
    "The download stopped early, so not every plan is in this file. Please download it again.",
};
