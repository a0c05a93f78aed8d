import type { meetings as english } from "../en/meetings.ts";
import type { Messages } from "../messages.ts";

export const meetings: Messages<typeof english> = {
  "meetings.link": "Horarios de reunión",
  "meetings.title": "Horarios de reunión: plan de {studentName}",
  "meetings.familyIntro":
    "{teacherName} quiere reunirse contigo para hablar del Plan de Acción de Matemáticas " +
    "de {studentName}. Elige el horario que le convenga a tu familia, o pide otro.",
  "meetings.staffIntro":
    "Propón dos o tres horarios para la reunión del plan. La familia elige uno con un solo " +
    "toque; después, todas las personas con correo electrónico reciben una invitación de " +
    "calendario.",
  "meetings.readerIntro": "Los horarios propuestos para la reunión del plan y el acordado.",
  "meetings.back": "Volver al plan",
  "meetings.none": "Todavía no se han propuesto horarios de reunión.",
  "meetings.proposal.heading": "Horarios propuestos el {day} por {name}",
  "meetings.status.proposed": "Esperando a que la familia elija un horario.",
  "meetings.status.asked": "La familia pidió otro horario.",
  "meetings.status.agreed": "Acordada: {when}",
  "meetings.status.cancelled": "Esta reunión está cancelada.",
  "meetings.where.place": "Lugar: {place}",
  "meetings.where.video": "Unirse por videollamada",
  "meetings.duration": "{minutes, plural, one {# minuto} other {# minutos}}",
  "meetings.zone": "Los horarios están en la zona horaria de la escuela ({zone}).",
  "meetings.choose.heading": "¿Qué horario te conviene?",
  "meetings.choose.button": "Elegir {when}",
  "meetings.familyNote": "Nota de la familia: {note}",
  "meetings.another.summary": "Ninguno de estos horarios nos sirve",
  "meetings.another.submit": "Pedir otro horario",
  "meetings.field.note": "Una nota breve para quien propuso los horarios",
  "meetings.hint.note":
    "Por ejemplo, qué días u horas te convienen. Como máximo {max, number} caracteres.",
  "meetings.propose.heading": "Proponer horarios de reunión",
  "meetings.field.firstTime": "Primer horario",
  "meetings.field.secondTime": "Segundo horario",
  "meetings.field.thirdTime": "Tercer horario (opcional)",
  "meetings.hint.time": "En la zona horaria de la escuela, {zone}.",
  "meetings.field.place": "Lugar",
  "meetings.hint.place":
    "Un salón, o déjalo vacío y da un enlace de video. Como máximo {max, number} caracteres.",
  "meetings.field.videoLink": "Enlace de video",
  "meetings.hint.videoLink": "Empieza con https://",
  "meetings.field.duration": "Duración en minutos",
  "meetings.propose.submit": "Enviar los horarios a la familia",
  "meetings.reschedule.summary": "Cambiar esta reunión",
  "meetings.field.newTime": "Nuevo horario",
  "meetings.reschedule.submit": "Cambiar la reunión y enviar la actualización",
  "meetings.cancel.submit": "Cancelar la reunión y avisar a todos",
  "meetings.saved.proposed": "Los horarios van en camino a la familia.",
  "meetings.saved.chosen": "Gracias. La reunión está acordada y las invitaciones van en camino.",
  "meetings.saved.asked": "Gracias. {teacherName} ya recibió tu nota.",
  "meetings.saved.rescheduled":
    "La reunión cambió de horario. Todos reciben una invitación actualizada.",
  "meetings.saved.cancelled": "La reunión está cancelada. Se les avisa a todos.",
  "meetings.problem.twoTimes": "Por favor, indica al menos dos horarios distintos.",
  "meetings.problem.past": "{field} tiene que ser posterior a este momento.",
  "meetings.problem.noTime": "Por favor, elige uno de los horarios propuestos.",
  "meetings.problem.notOpen": "Esta reunión ya no está esperando que se elija un horario.",
  "meetings.problem.notAgreed": "Solo se puede cambiar o cancelar una reunión acordada.",
  "meetings.problem.changed": "La reunión cambió mientras tanto. Por favor, revísala de nuevo.",
  "meetings.event.summary": "Reunión del plan de matemáticas: {studentName}",
  "meetings.event.description":
    "Una reunión sobre el Plan de Acción de Matemáticas de {studentName} en {schoolName}, " +
    "con {teacherName}.",
  "meetings.event.checkIn": "Revisión del plan: {studentName}",
  "meetings.event.checkInDescription": "Una revisión de las acciones del plan de {studentName}.",
  "meetings.history.proposed": "{name} propuso horarios de reunión.",
  "meetings.history.chosen": "{name} eligió el horario de la reunión: {when}.",
  "meetings.history.asked": "{name} pidió otro horario de reunión.",
  "meetings.history.rescheduled": "{name} cambió la reunión a {when}.",
  "meetings.history.cancelled": "{name} canceló la reunión del {when}.",
  "calendar.title": "Tu calendario",
  "calendar.link": "Añadir las reuniones del plan a mi calendario",
  "calendar.intro":
    "La aplicación de calendario de tu teléfono o computadora puede mostrar las reuniones " +
    "acordadas y los días de revisión del plan. Dale la dirección privada de abajo, en " +
    "Añadir calendario o Suscribirse.",
  "calendar.private":
    "Cualquiera que tenga esta dirección puede ver esas fechas; guárdala para ti. Si se " +
    "compartió por error, restablécela: la dirección anterior deja de funcionar de inmediato.",
  "calendar.create": "Obtener mi dirección de calendario",
  "calendar.reset": "Restablecer mi dirección de calendario",
  "calendar.address": "Tu dirección privada de calendario",
  "calendar.shownOnce": "Solo se muestra esta vez. Cópiala ahora en tu aplicación de calendario.",
  "calendar.alreadyReset":
    "Ya creaste una dirección de calendario nueva desde esta página y solo se muestra una vez: " +
    "la que copiaste entonces es la que funciona. Si no la copiaste, restablécela otra vez.",
  "calendar.hasFeed":
    "Creaste una dirección de calendario el {day}. No se vuelve a mostrar; restablécela para " +
    "obtener una nueva.",
  "calendar.name": "Planes de matemáticas: {name}",
  "mail.meeting.proposed.subject":
    "Elige un horario para hablar del plan de matemáticas de {studentName}",
  "mail.meeting.greeting": "Hola, {name}:",
  "mail.meeting.proposed.intro":
    "{teacherName} quiere reunirse contigo para hablar del Plan de Acción de Matemáticas " +
    "de {studentName} en {schoolName}. Estos horarios son posibles:",
  "mail.meeting.proposed.open": "Elegir un horario",
  "mail.meeting.proposed.linkNote":
    "El botón inicia tu sesión una sola vez, dentro de {hours, number} horas. Después, entra " +
    "con tu correo electrónico para ver los horarios.",
  "mail.meeting.invitation.subject":
    "Reunión sobre el plan de matemáticas de {studentName}: {when}",
  "mail.meeting.update.subject":
    "Reunión cambiada: plan de matemáticas de {studentName}, ahora {when}",
  "mail.meeting.cancel.subject": "Reunión cancelada: plan de matemáticas de {studentName}, {when}",
  "mail.meeting.invitation.intro":
    "La reunión sobre el Plan de Acción de Matemáticas de {studentName} en {schoolName} está " +
    "acordada.",
  "mail.meeting.update.intro":
    "La reunión sobre el Plan de Acción de Matemáticas de {studentName} en {schoolName} tiene " +
    "un nuevo horario.",
  "mail.meeting.cancel.intro":
    "La reunión sobre el Plan de Acción de Matemáticas de {studentName} en {schoolName} está " +
    "cancelada.",
  "mail.meeting.when": "Cuándo: {when} ({zone})",
  "mail.meeting.calendarNote":
    "Tu aplicación de correo o de calendario puede añadir la reunión desde este mensaje, o " +
    "quitarla.",
  "mail.meeting.footer": "Enviado por {schoolName} con Planes de Acción de Matemáticas.",
  "meetings.status.withdrawn": "Estos horarios se retiraron; la familia ya no los ve.",
  "meetings.times.heading": "Horarios propuestos",
  "meetings.times.chosen": "{when} (elegido por la familia)",
  "meetings.withdraw.submit": "Retirar estos horarios",
  "meetings.proposeNew": "Proponer nuevos horarios",
  "meetings.saved.withdrawn": "Los horarios se retiraron. La familia ya no los ve.",
  "meetings.history.withdrawn": "{name} retiró los horarios de reunión propuestos.",
  "meetings.problem.skippedTime":
    "{field}: las {time} no existen el {day} en {place}: los relojes se adelantan; elige " +
    "otra hora.",
  "mail.meeting.asked.subject":
    "{familyName} pidió otro horario para reunirse sobre el plan de matemáticas de {studentName}",
  "mail.meeting.asked.intro":
    "{familyName} pidió otro horario para la reunión sobre el Plan de Acción de " +
    "Matemáticas de {studentName} en {schoolName}. Ninguno de los horarios propuestos le " +
    "conviene.",
  "mail.meeting.asked.note": "Nota de la familia: {note}",
  "mail.meeting.asked.next":
    "En la página de la reunión puedes retirar esos horarios y proponer otros nuevos.",
};
