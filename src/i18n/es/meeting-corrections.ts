import type { meetingCorrections as english } from "../en/meeting-corrections.ts";
import type { Messages } from "../messages.ts";

export const meetingCorrections: Messages<typeof english> = {
  "plans.meeting.correct": "Corregir",
  "plans.meeting.remove": "Quitar",
  "plans.meeting.corrected": "Corregida",
  "plans.meetingCorrection.title": "Corregir el registro de la reunión",
  "plans.meetingCorrection.intro":
    "Cambia lo que se registró mal. El historial del plan conserva lo que decía el registro " +
    "antes, quién lo corrigió y cuándo.",
  "plans.meetingCorrection.submit": "Guardar la corrección",
  "plans.meetingConflict.title": "Este registro de reunión cambió mientras lo corregías",
  "plans.meetingConflict.lead":
    "Alguien guardó un cambio en este registro de reunión después de que lo abrieras. Tu " +
    "corrección aún no se ha guardado: compara los dos y guarda el registro que quieras conservar.",
  "plans.meetingConflict.yours": "Lo que escribiste",
  "plans.meetingConflict.current": "El registro que hay ahora en el plan",
  "plans.meetingConflict.mergeHint":
    "Tu corrección está en el formulario de abajo. Añade lo que quieras conservar del registro " +
    "que hay ahora en el plan y guarda.",
  "plans.meetingConflict.removalLead":
    "Este registro de reunión cambió después de que abrieras la página, así que no se quitó " +
    "nada. Aquí está tal como es ahora: quítalo solo si sigue siendo un error.",
  "plans.meetingRemoval.title": "¿Quitar este registro de reunión?",
  "plans.meetingRemoval.lead":
    "Quita una reunión solo si se registró por error: en el plan equivocado, o una reunión que " +
    "no se celebró. Desaparece del plan, de la vista de la familia y de las cifras del programa, " +
    "con sus notas y la lista de asistentes. El historial del plan dirá que quitaste un " +
    "registro de reunión, y cuándo.",
  "plans.meetingRemoval.correctInstead":
    "Si solo están mal la hora, el lugar, los asistentes o las notas, corrígela en su lugar.",
  "plans.meetingRemoval.submit": "Quitar el registro de la reunión",
  "plans.saved.meetingCorrected":
    "Registro de reunión corregido. El historial conserva lo que decía antes.",
  "plans.saved.meetingRemoved": "Registro de reunión quitado. El historial muestra que se quitó.",
  "plans.event.meetingCorrected": "{name} corrigió el registro de la reunión del {when}.",
  "plans.event.meetingRemoved": "{name} quitó el registro de la reunión del {when}.",
  "plans.meetingVersions.heading": "Todas las versiones de este registro de reunión",
  "plans.meetingVersions.recorded": "Versión {version}, registrada por {name} el {when}",
  "plans.meetingVersions.corrected": "Versión {version}, corregida por {name} el {when}",
  "plans.meetingVersions.when": "Reunión del {when}",
  "plans.meetingVersions.video": "Enlace de video: {link}",
  "records.pdf.meetingVersions": "Versiones anteriores de reuniones corregidas",
};
