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
};
