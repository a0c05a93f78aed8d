import type { meetingChecks as english } from "../en/meeting-checks.ts";
import type { Messages } from "../messages.ts";

export const meetingChecks: Messages<typeof english> = {
  "plans.meetings.agreed": "Acordada: {when}, {where}",
  "plans.meetings.videoCall": "videollamada",
  "plans.meetings.agreedLink": "Detalles en la página de horarios de reunión",
  "plans.problem.heldDay":
    "{field} debe ser un día del {earliest} al {latest}: registra una reunión cuando ya se " +
    "haya celebrado. Para planear una, propón horarios en la página de horarios de reunión.",
  "plans.problem.heldTime":
    "{field} es posterior a ahora ({now} en la escuela): registra una reunión cuando ya haya " +
    "empezado. Para planear una, propón horarios en la página de horarios de reunión.",
  "plans.problem.withinYear": "{field} no puede ser después del {latest}, un año a partir de hoy.",
  "plans.meetingCorrection.gone":
    "Este registro de reunión ya no está en el plan: alguien lo quitó mientras lo " + "corregías.",
  "meetings.hint.duration": "De {min, number} a {max, number} minutos.",
  "meetings.problem.duration":
    "{field} debe ser un número entero de {min, number} a {max, number}.",
  "meetings.saved.unchanged":
    "La reunión ya es a esa hora. No cambió nada y no se envió ninguna actualización.",
  "meetings.cancel.link": "Cancelar esta reunión…",
  "meetings.cancel.title": "¿Cancelar esta reunión?",
  "meetings.cancel.lead":
    "Todas las personas invitadas que tienen correo electrónico, también la familia de " +
    "{studentName}, reciben en ese momento un aviso de que la reunión está cancelada, y la " +
    "reunión sale de sus calendarios. No se puede deshacer: para reunirse en otro momento, " +
    "propón nuevos horarios.",
  "meetings.cancel.keep": "Mantener la reunión",
  "meetings.saved.replaced":
    "Los nuevos horarios van en camino a la familia. Los horarios propuestos antes quedan " +
    "retirados.",
  "meetings.status.cancelledAt": "Cancelada: la reunión del {when} no se celebra.",
  "meetings.propose.replaces":
    "Estos horarios sustituyen a los que {name} propuso el {when}: cuando los envíes, la " +
    "familia verá solo los nuevos.",
  "meetings.moved.title": "Esta reunión cambió de hora mientras tanto",
  "meetings.moved.lead":
    "Alguien cambió la hora de esta reunión después de que abrieras la página, así que tu " +
    "nuevo horario no se guardó. Ahora la reunión es el {when}.",
  "meetings.moved.tryAgain":
    "Tu nuevo horario está en el formulario de abajo: envíalo otra vez para cambiar la reunión " +
    "a esa hora, o mantén la reunión a la hora que tiene ahora.",
  "meetings.cancel.changed":
    "Esta reunión cambió de hora después de que abrieras esta página, así que no se canceló " +
    "nada. Ahora es el {when}: cancélala solo si todavía quieres hacerlo.",
  "plans.close.cancelsMeeting":
    "La reunión acordada para el {when} se cancela junto con el plan, y se avisa a todas las " +
    "personas invitadas que tienen correo electrónico.",
  "meetings.closedIntro":
    "Este plan se cerró el {day}. Ya no se pueden proponer, elegir ni cambiar sus " +
    "reuniones; abajo ves qué pasó con los horarios propuestos.",
  "meetings.status.cancelledWithPlan":
    "Cancelada al cerrarse el plan: la reunión del {when} no se celebra.",
  "meetings.status.withdrawnWithPlan": "Estos horarios se retiraron al cerrarse el plan.",
  "meetings.history.cancelledWithPlan":
    "{name} cerró el plan, y con ello se canceló la reunión del {when}.",
  "meetings.history.withdrawnWithPlan":
    "{name} cerró el plan, y con ello se retiraron los horarios de reunión que " +
    "seguían abiertos.",
  "mail.meeting.cancel.planClosed":
    "El Plan de Acción de Matemáticas de {studentName} en {schoolName} se cerró, " +
    "así que la reunión sobre él queda cancelada.",
  "mail.meeting.cancelCalendarNote":
    "Tu aplicación de correo o de calendario puede quitar la reunión de tu " +
    "calendario desde este mensaje.",
  "mail.meeting.update.movedFrom":
    "La reunión sobre el Plan de Acción de Matemáticas de {studentName} en " +
    "{schoolName} cambió de hora. Era el {before}; ahora es el {when}.",
  "mail.meeting.proposed.replaces":
    "Estos horarios reemplazan a los que te enviamos antes, que quedan retirados.",
  "mail.meeting.withdrawn.subject":
    "Horarios de reunión retirados: el plan de matemáticas de {studentName} se " + "cerró",
  "mail.meeting.withdrawn.intro":
    "El Plan de Acción de Matemáticas de {studentName} en {schoolName} se cerró, " +
    "así que los horarios de reunión que propuso {teacherName} quedan retirados y " +
    "no tienes que elegir ninguno:",
  "mail.meeting.withdrawn.next":
    "Si todavía quieres reunirte, comunícate con {teacherName} o con la escuela.",
};
