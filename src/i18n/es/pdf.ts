import type { Messages } from "../messages.ts";

export const pdf: Messages<typeof import("../en/pdf.ts").pdf> = {
  "pdf.download": "Descargar el plan en PDF",
  "pdf.fileName": "Plan de Acción de Matemáticas - {name}",
  "pdf.student": "Estudiante: {name}",
  "pdf.school": "Escuela: {name}",
  "pdf.saidBy": "{voice} · {name}",
  "pdf.checkIn.held": "Seguimiento del {when}, registrado por {name}",
  "pdf.checkIn.due": "Próximo seguimiento: {day}",
  "pdf.checkIn.progress": "{action}: {progress}",
  "pdf.footer": "Plan de Acción de Matemáticas de {name} · página {page, number}",
  "pdf.footer.schoolYear":
    "Plan de Acción de Matemáticas de {name} · página {page, number} · año escolar {year}",
  "pdf.grade.title": "Planes de Acción de Matemáticas, grado {grade}, año escolar {year}",
  "pdf.grade.fileName": "Planes de Acción de Matemáticas - grado {grade} - {year}",
  "pdf.grade.stopped":
    "La descarga se detuvo antes de tiempo: no todos los " +
    "planes están en este archivo. Descárguelo de nuevo.",
};
