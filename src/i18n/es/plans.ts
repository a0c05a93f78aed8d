import type { plans as english } from "../en/plans.ts";
import type { Messages } from "../messages.ts";

const sectionSelect =
  "{section, select, strength {una fortaleza} area {un área de mejora} " +
  "student_action {una acción del estudiante} teacher_action {una acción del docente} " +
  "family_action {una acción de la familia} other {una frase}}";

export const plans: Messages<typeof english> = {
  "plans.title": "Plan de Acción de Matemáticas de {name}",
  "plans.stageIs": "Etapa: {stage}",
  "plans.notOnRoster":
    "{name} ya no está en la lista de la escuela (su registro quedó inactivo en una importación " +
    "de la lista). El plan se conserva tal como está: sus docentes y su familia no pueden " +
    "abrirlo, ni {name} tampoco, hasta que vuelva a figurar en la lista. Tú todavía puedes " +
    "leerlo, añadirle contenido y cerrarlo.",
  "plans.stage.draft": "Borrador",
  "plans.stage.shared": "Compartido con la familia",
  "plans.stage.agreed": "Acordado",
  "plans.stage.checking_in": "En seguimiento",
  "plans.stage.closed": "Cerrado",
  "plans.nextCheckIn": "Próximo seguimiento: {day}",
  "plans.overdue": "Atrasado",
  "plans.agreedOn": "Plan acordado el {when}",

  "plans.writtenIn": "Escrito en {language}",
  "plans.students.overdueHeading":
    "{count, plural, one {# seguimiento está atrasado} other {# seguimientos están atrasados}}",
  "plans.students.overdueSince": "era para el {date}",
  "plans.vision.heading": "Visión de Matemáticas",
  "plans.vision.empty": "La escuela todavía no ha escrito su Visión de Matemáticas.",
  "plans.progressSection.heading": "Progreso en Matemáticas",
  "plans.strengths.heading": "Fortalezas",
  "plans.strengths.intro":
    "Lo que este estudiante hace bien en matemáticas, visto por el estudiante, la familia y " +
    "el docente.",
  "plans.areas.heading": "Áreas de Mejora",
  "plans.areas.intro":
    "Próximos pasos de aprendizaje, cada uno con las fortalezas que ayudarán al estudiante a " +
    "lograrlo.",
  "plans.areas.helpedBy": "Fortalezas que ayudarán:",
  "plans.actionPlan.heading": "Plan de Acción",
  "plans.studentActions.heading": "Acciones del Estudiante",
  "plans.teacherActions.heading": "Acciones del Docente",
  "plans.familyActions.heading": "Acciones de la Familia",
  "plans.statements.none": "Todavía no hay nada aquí.",
  "plans.statements.edited": "(editado)",
  "plans.statements.edit": "Cambiar mis palabras",
  "plans.statements.retire": "Quitar",
  "plans.progressIs": "Progreso: {progress}",
  "plans.progress.not_started": "Sin empezar",
  "plans.progress.under_way": "En marcha",
  "plans.progress.done": "Hecho",
  "plans.progress.changed": "Cambiado",

  "plans.add.strength.student": "Añadir una fortaleza mía",
  "plans.add.strength.family": "Añadir una fortaleza que vemos en casa",
  "plans.add.strength.teacher": "Añadir una fortaleza",
  "plans.add.area.teacher": "Añadir un área de mejora",
  "plans.add.area.student": "Añadir algo en lo que quiero mejorar",
  "plans.add.area.family": "Añadir un área de mejora que vemos en casa",
  "plans.add.studentAction.student": "Añadir algo que haré",
  "plans.add.studentAction.teacher": "Añadir una acción del estudiante",
  "plans.add.teacherAction.teacher": "Añadir una acción del docente",
  "plans.add.familyAction.family": "Añadir algo que hará nuestra familia",
  "plans.add.familyAction.teacher": "Añadir una acción de la familia",
  "plans.add.submit": "Añadir al plan",

  "plans.field.section": "Sección",
  "plans.field.strength": "Fortaleza",
  "plans.field.area": "Área de mejora",
  "plans.field.studentAction": "Acción del estudiante",
  "plans.field.teacherAction": "Acción del docente",
  "plans.field.familyAction": "Acción de la familia",
  "plans.field.helpedBy": "Fortalezas que ayudarán",
  "plans.field.comment": "Comentario",
  "plans.field.commentOn": "Tu comentario sobre esto",
  "plans.field.prompt": "Pregunta",
  "plans.field.conferenceNote": "Lo que dijo el estudiante",
  "plans.field.startsAt": "Fecha y hora",
  "plans.field.place": "Lugar",
  "plans.field.videoLink": "Enlace de video",
  "plans.field.meetingNotes": "Notas de la reunión",
  "plans.field.attendees": "Quiénes asistieron",
  "plans.field.firstCheckInOn": "Primer seguimiento",
  "plans.field.progress": "Progreso en las acciones",
  "plans.field.progressOn": "Progreso en: {action}",
  "plans.field.checkInNote": "Nota del seguimiento",
  "plans.field.nextCheckInOn": "Próximo seguimiento",

  "plans.hint.strength.teacher":
    "Algo en lo que este estudiante es bueno, que disfruta o de lo que está orgulloso en " +
    "matemáticas. Hasta {max, number} caracteres.",
  "plans.hint.strength.student":
    "Algo que se te da bien, que disfrutas o que te enorgullece en matemáticas, con tus propias " +
    "palabras (por ejemplo «encuentro patrones en los números»). Hasta {max, number} caracteres.",
  "plans.hint.strength.family":
    "Algo que a tu hijo o hija se le da bien, que disfruta o que le enorgullece en matemáticas, " +
    "en casa o en cualquier lugar (por ejemplo «cuenta el cambio cuando vamos de compras»). " +
    "Hasta {max, number} caracteres.",
  "plans.hint.area.teacher":
    "Un próximo paso en el aprendizaje de este estudiante, dicho como meta suya o como meta que " +
    "compartes con él o ella (por ejemplo «explicar su razonamiento con fracciones»). Hasta " +
    "{max, number} caracteres.",
  "plans.hint.area.student":
    "Algo en lo que quieres mejorar en matemáticas, dicho como meta (por ejemplo «explicar mi " +
    "razonamiento con fracciones»). Hasta {max, number} caracteres.",
  "plans.hint.area.family":
    "Algo en lo que te gustaría que tu hijo o hija mejorara, dicho como meta (por ejemplo " +
    "«explicar su razonamiento con fracciones»). Hasta {max, number} caracteres.",
  "plans.hint.action":
    "Un paso que alguien dará, en sus propias palabras. Hasta {max, number} caracteres.",
  "plans.hint.helpedBy": "Elige las fortalezas de este plan que ayudarán con este paso.",
  "plans.hint.noStrengthsYet":
    "Añade primero las fortalezas; después cada área de mejora podrá nombrar las que ayudarán.",
  "plans.hint.comment":
    "Todas las personas de este plan pueden leer los comentarios. Hasta {max, number} " +
    "caracteres.",
  "plans.hint.ownWords":
    "Estas son tus palabras. El historial del plan guarda lo que decía antes. Hasta " +
    "{max, number} caracteres.",
  "plans.hint.conferenceNote":
    "Con las propias palabras del estudiante cuando se pueda. Solo el personal ve las notas " +
    "de conversación. Hasta {max, number} caracteres.",
  "plans.hint.startsAt": "La hora local de la escuela ({zone}).",
  "plans.hint.place":
    "Un salón, o «llamada telefónica». Indica un lugar, un enlace de video o ambos. Como " +
    "máximo {max, number} caracteres.",
  "plans.hint.videoLink": "Una dirección web que empiece por https://",
  "plans.hint.meetingNotes":
    "Todas las personas de este plan pueden leer estas notas. Hasta {max, number} caracteres.",
  "plans.hint.firstCheckInOn": "Dos semanas después de hoy, salvo que elijas otro día.",
  "plans.hint.checkInNote":
    "Qué salió bien y qué cambió. Todas las personas de este plan pueden leerlo. Hasta " +
    "{max, number} caracteres.",
  "plans.hint.nextCheckInOn":
    "Lo fija el ritmo de seguimientos de la escuela, salvo que elijas otro día.",

  "plans.comment.onStatement": "Comentar esto",
  "plans.comment.submit": "Publicar comentario",
  "plans.comments.heading": "Comentarios",
  "plans.comments.none": "Todavía no hay comentarios.",

  "plans.conference.heading": "Notas de conversación",
  "plans.conference.staffOnly":
    "Solo el personal ve estas notas. El estudiante y la familia nunca las ven.",
  "plans.conference.none": "Todavía no hay notas de conversación.",
  "plans.conference.guide": "Preguntas para guiar la conversación con el estudiante:",
  "plans.conference.submit": "Guardar nota",
  "plans.prompt.confident": "¿En qué te sientes seguro o segura en matemáticas?",
  "plans.prompt.proud":
    "Háblame de alguna ocasión en la que te sentiste orgulloso u orgullosa de tu forma de " +
    "pensar en matemáticas.",
  "plans.prompt.hard_problem": "¿Qué te ayuda cuando un problema es difícil?",
  "plans.prompt.get_better": "¿En qué quieres mejorar ahora?",
  "plans.prompt.math_at_home": "¿Dónde usas las matemáticas en casa o fuera de la escuela?",
  "plans.prompt.none": "Otras notas",

  "plans.meetings.heading": "Reuniones",
  "plans.meetings.none": "Todavía no hay ninguna reunión.",
  "plans.meeting.add": "Registrar una reunión",
  "plans.meeting.submit": "Guardar reunión",
  "plans.meeting.place": "Lugar: {place}",
  "plans.meeting.video": "Enlace de video de la reunión",
  "plans.meeting.attended": "Asistieron: {names}",
  "plans.meeting.attendeeChoice": "{name} ({role})",
  "plans.role.student": "estudiante",
  "plans.role.guardian": "familia",
  "plans.role.teacher": "docente",
  "plans.role.administrator": "personal de la escuela",

  "plans.agree.heading": "Acordar el plan",
  "plans.agree.intro":
    "Cuando el estudiante, la familia y el docente hayan hablado del plan, márcalo como " +
    "acordado. Así se programa el primer seguimiento.",
  "plans.agree.submit": "Marcar el plan como acordado",

  "plans.checkIns.heading": "Seguimientos",
  "plans.checkIns.none": "Todavía no se ha hecho ningún seguimiento.",
  "plans.checkIn.add": "Registrar un seguimiento",
  "plans.checkIn.submit": "Guardar seguimiento",

  "plans.close.hint":
    "Cierra el plan cuando su trabajo esté hecho. Se queda aquí para leerlo, y se puede " +
    "empezar un plan nuevo.",
  "plans.close.submit": "Cerrar este plan",
  "plans.close.confirm":
    "Un plan cerrado no se puede volver a abrir. Los horarios de reunión que la familia aún no " +
    "ha respondido se retiran.",
  "plans.close.yes": "Sí, cerrar este plan",

  "plans.share.heading": "Compartir con la familia",
  "plans.share.intro": "Envía el plan a la familia e imprime tarjetas de acceso.",
  "plans.share.link": "Compartir este plan con la familia",

  "plans.history.heading": "Historial",
  "plans.history.none": "Todavía no ha pasado nada en este plan.",
  "plans.history.someone": "Alguien",
  "plans.history.before": "Antes",
  "plans.history.after": "Después",
  "plans.event.started": "{name} empezó el plan.",
  "plans.event.shared": "{name} compartió el plan con la familia.",
  "plans.event.agreed": "{name} marcó el plan como acordado. Primer seguimiento: {day}.",
  "plans.event.closed": "{name} cerró el plan.",
  "plans.event.closedSecondOpenPlan":
    "La aplicación cerró este plan al actualizarse: había a la vez otro plan abierto, más " +
    "reciente, que sigue abierto.",
  "plans.event.statementAdded": `{name} añadió ${sectionSelect}.`,
  "plans.event.statementEdited": `{name} cambió las palabras de ${sectionSelect}.`,
  "plans.event.statementRetired": `{name} quitó ${sectionSelect}.`,
  "plans.event.commentAdded": "{name} añadió un comentario.",
  "plans.event.conferenceNoteAdded": "{name} añadió una nota de conversación.",
  "plans.event.meetingRecorded": "{name} registró una reunión el {when}.",
  "plans.event.checkInRecorded":
    "{name} registró un seguimiento con progreso en " +
    "{count, plural, one {# acción} other {# acciones}}. Próximo seguimiento: {day}.",
  "plans.event.other": "{name} cambió el plan.",

  "plans.print.link": "Versión para imprimir",
  "plans.print.button": "Imprimir",
  "plans.print.back": "Volver al plan",
  "plans.print.printedOn": "Impreso el {day}",
  "plans.print.dates": "Reuniones y seguimientos",
  "plans.print.meeting": "Reunión el {when}",

  "plans.edit.title": "Cambiar tus palabras: {section}",
  "plans.edit.intro":
    "Solo tú puedes cambiar tus palabras. Las demás personas pueden responder con un comentario.",

  "plans.saved.started": "El plan ha empezado. Comienza por las fortalezas del estudiante.",
  "plans.saved.statement": "Añadido al plan.",
  "plans.saved.edited": "Tus palabras están actualizadas.",
  "plans.saved.retired": "Quitado del plan. El historial todavía lo muestra.",
  "plans.saved.comment": "Tu comentario está publicado.",
  "plans.saved.note": "Nota de conversación guardada.",
  "plans.saved.meeting": "Reunión registrada.",
  "plans.saved.agreed": "El plan está acordado y el primer seguimiento está programado.",
  "plans.saved.checkIn": "Seguimiento registrado y el siguiente programado.",
  "plans.saved.closed": "El plan está cerrado.",

  "plans.students.chooseClass":
    "{count, plural, one {Hay # clase} other {Hay # clases}}: elige una para ver sus " +
    "estudiantes y sus planes.",
  "plans.students.studentCount": "{count, plural, one {# estudiante} other {# estudiantes}}",
  "plans.students.allClasses": "Todas las clases",
  "plans.students.title": "Mis estudiantes",
  "plans.students.titleAll": "Estudiantes",
  "plans.students.noClasses": "Todavía no tienes clases en la lista de la escuela.",
  "plans.students.noStudents": "Todavía no hay estudiantes en esta clase.",
  "plans.students.noClass": "Estudiantes sin clase",
  "plans.students.student": "Estudiante",
  "plans.students.stage": "Etapa del plan",
  "plans.students.nextCheckIn": "Próximo seguimiento",
  "plans.students.plan": "Plan",
  "plans.students.noPlan": "Todavía sin plan",
  "plans.students.nextYearStage": "{stage}, para el próximo año",
  "plans.students.openPlan": "Abrir el plan",
  "plans.students.viewPlan": "Ver el plan",
  "plans.students.start": "Empezar un Plan de Acción",
  "plans.students.forStudent": "para {name}",
  "plans.students.chooseSchool":
    "{count, plural, one {Hay # escuela} other {Hay # escuelas}}: elige una para ver sus clases.",
  "plans.students.schools": "Escuelas",
  "plans.students.schoolSize":
    "{classes, plural, one {# clase} other {# clases}}, " +
    "{count, plural, one {# estudiante} other {# estudiantes}}",
  "plans.students.allSchools": "Todas las escuelas",
  "plans.students.findClassIntro":
    "{count, plural, one {Esta escuela tiene # clase} other {Esta escuela tiene # clases}}, " +
    "demasiadas para una lista: busca una por su título, su código de clase o su id de la lista.",
  "plans.students.findClass": "Buscar una clase",
  "plans.students.findClassHint":
    "Escribe parte de su título (como Matemáticas 7), su código de clase o su id de la lista " +
    "(sourcedId).",
  "plans.students.find": "Buscar",
  "plans.students.classMatches":
    "{count, plural, one {# clase coincide} other {# clases coinciden}} con «{words}»: " +
    "elige una.",
  "plans.students.moreClassMatches":
    "Más de {count, number} clases coinciden con «{words}»: elige una de las primeras " +
    "{count, number} abajo o escribe más del título.",
  "plans.students.noClassMatches":
    "Ninguna clase de esta escuela coincide con «{words}». Prueba con parte del título, el " +
    "código de clase o el id de la lista.",
  "plans.students.notYourSchool":
    "La escuela de esta dirección no es una de las tuyas (o ya no está en la lista), así que " +
    "no se muestran sus clases. Elige una de las tuyas abajo.",
  "plans.students.overdueCount":
    "{count, plural, one {# seguimiento atrasado} other {# seguimientos atrasados}}",
  "plans.students.overdueMoreClasses":
    "{count, plural, one {# clase más tiene} other {# clases más tienen}} seguimientos " +
    "atrasados.",
  "plans.students.overdueInClasses":
    "Cada clase muestra cuántos de sus estudiantes tienen un seguimiento atrasado: un " +
    "estudiante de varias clases cuenta en cada una.",
  "plans.students.overdueInSchools": "Cada escuela de abajo muestra cuántos tiene.",

  "plans.problem.day": "{field} debe ser una fecha, por ejemplo 2025-03-14.",
  "plans.problem.futureDay": "{field} debe ser un día posterior a hoy.",
  "plans.problem.dateTime": "{field} debe ser una fecha y una hora.",
  "plans.problem.link": "{field} debe ser una dirección web que empiece por https://",
  "plans.problem.plainHttpLink":
    "{field} empieza por http://, que no es seguro para que las familias lo abran. Indica la " +
    "dirección de la reunión que empieza por https:// (los servicios de video la muestran).",
  "plans.problem.placeOrLink": "Por favor, indica un lugar, un enlace de video o ambos.",
  "plans.problem.notAnAttendee": "{field} solo puede ser el estudiante, su familia y sus docentes.",
  "plans.problem.strengthGone":
    "{field}: una de las fortalezas elegidas ya no está en el plan. Por favor, vuelve a elegir.",
  "plans.problem.actionGone":
    "{field}: una de las acciones ya no está en el plan. Por favor, vuelve a mirar el plan.",
  "plans.problem.closed": "Este plan está cerrado, así que ya no puede cambiar.",
  "plans.problem.startedMeanwhile":
    "En este mismo momento se empezó o se cerró un plan de este estudiante. Vuelve a intentarlo.",
  "plans.problem.noSchool":
    "Este estudiante todavía no está en una escuela de la lista, así que no se puede empezar " +
    "un plan.",
  "plans.problem.notYourSection": "No puedes añadir a esa parte del plan.",
  "plans.problem.notYourWords":
    "Solo la persona que escribió esto puede cambiarlo. Puedes añadir un comentario.",
  "plans.problem.alreadyAgreed": "Este plan ya está acordado.",
  "plans.problem.notAgreedYet": "Los seguimientos empiezan cuando el plan está acordado.",
};
