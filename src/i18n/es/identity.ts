import type { identity as english } from "../en/identity.ts";
import type { Messages } from "../messages.ts";

export const identity: Messages<typeof english> = {
  "identity.starter.mathPerson": "Me veo como una persona de matemáticas.",
  "identity.starter.enjoy": "Disfruto haciendo matemáticas.",
  "identity.starter.explain": "Puedo explicar mi razonamiento en matemáticas.",
  "identity.starter.keepTrying": "Cuando las matemáticas son difíciles, sigo intentándolo.",
  "identity.starter.belong": "Me siento parte de mi clase de matemáticas.",
  "identity.starter.teachers": "Mis maestros me ven como una persona de matemáticas.",
  "identity.starter.family": "Mi familia me ve como una persona de matemáticas.",
  "identity.starter.outside": "Puedo usar las matemáticas fuera de la escuela.",
  "identity.scale.1": "Muy en desacuerdo",
  "identity.scale.2": "En desacuerdo",
  "identity.scale.3": "No lo tengo claro",
  "identity.scale.4": "De acuerdo",
  "identity.scale.5": "Muy de acuerdo",
  "identity.scale.preferNot": "Prefiero no decirlo",
  "identity.check.title": "Cómo me veo en matemáticas",
  "identity.check.intro":
    "No hay respuestas correctas ni incorrectas. Elige cuánto estás de acuerdo con cada " +
    "frase. Tus respuestas son tuyas: tus maestros las ven, y tu familia solo las ve si lo " +
    "permites abajo.",
  "identity.check.occasion.start": "Al comienzo de tu plan",
  "identity.check.occasion.checkIn": "Antes del seguimiento del {day}",
  "identity.check.submit": "Guardar mis respuestas",
  "identity.check.saved": "Tus respuestas están guardadas. Gracias.",
  "identity.check.back": "Volver al plan",
  "identity.problem.answer": "Elige una respuesta para «{statement}».",
  "identity.consent.heading": "Quién ve mis respuestas",
  "identity.consent.label": "Mi familia puede ver mis respuestas",
  "identity.consent.submit": "Guardar mi elección",
  "identity.consent.yes": "Tu familia puede ver tus respuestas. Puedes cambiarlo cuando quieras.",
  "identity.consent.no": "Solo tú y tus maestros pueden ver tus respuestas.",
  "identity.consent.saved": "Tu elección está guardada.",
  "identity.section.heading": "Identidad matemática a lo largo del tiempo",
  "identity.section.intro":
    "Cómo respondió {name} a las frases de identidad matemática, de 1 (muy en desacuerdo) a " +
    "5 (muy de acuerdo).",
  "identity.section.none": "Todavía no hay respuestas.",
  "identity.section.hidden": "Estas respuestas son solo para {name} y sus maestros.",
  "identity.section.answer": "Responder las preguntas de identidad matemática",
  "identity.chart.name":
    "Gráfico de líneas de las respuestas de {name} a lo largo del tiempo, una línea por " +
    "frase. La tabla que sigue tiene las mismas respuestas.",
  "identity.table.caption": "Respuestas de {name}, por fecha",
  "identity.table.date": "Fecha",
  "identity.table.preferNot": "Prefiere no decirlo",
  "identity.table.none": "—",
  "identity.table.scroll": "Tabla de respuestas (se desplaza hacia los lados)",
  "identity.chart.key": "Leyenda",
  "identity.chart.reworded":
    "Su redacción cambió después de algunas respuestas: la tabla muestra a qué redacción " +
    "corresponde cada una.",
  "identity.chart.quoted": "«{statement}»",
  "identity.chart.same":
    "El {day} la respuesta a {statements} fue la misma, {answer}: sus marcas están una al " +
    "lado de la otra.",
  "identity.table.askedAs": "se preguntó como «{wording}»",
  "identity.admin.title": "Frases de identidad matemática",
  "identity.admin.link": "Frases de identidad matemática",
  "identity.admin.intro":
    "Los estudiantes responden estas frases al comienzo de su plan y antes de cada " +
    "seguimiento. Cambiar la redacción conserva las respuestas ya dadas, así que cámbiala " +
    "solo para decir lo mismo mejor; para preguntar algo nuevo, agrega una frase. Los planes " +
    "siguen mostrando la redacción a la que se dio cada respuesta. Retirar una frase deja de " +
    "preguntarla y conserva sus respuestas.",
  "identity.admin.forSchool": "Para {school}",
  "identity.admin.current": "Se preguntan ahora",
  "identity.admin.retiredHeading": "Retiradas",
  "identity.admin.reword": "Cambiar la redacción",
  "identity.admin.retire": "Retirar",
  "identity.admin.add": "Agregar una frase",
  "identity.admin.editTitle": "Cambiar la redacción de una frase",
  "identity.admin.save": "Guardar la redacción",
  "identity.admin.back": "Volver a las frases",
  "identity.admin.hint":
    "Como máximo {max, number} caracteres en cada idioma. El inglés es obligatorio; un " +
    "idioma vacío muestra las palabras en inglés.",
  "identity.admin.field.en": "La frase en inglés",
  "identity.admin.field.es": "La frase en español",
  "identity.admin.field.vi": "La frase en vietnamita",
  "identity.admin.field.zh": "La frase en chino",
  "identity.admin.field.ar": "La frase en árabe",
  "identity.admin.saved": "La frase está guardada.",
  "identity.admin.retiredNotice": "La frase está retirada. Sus respuestas se conservan.",
  "updates.heading": "Novedades antes del seguimiento",
  "updates.none": "Todavía no hay novedades del estudiante ni de la familia.",
  "updates.link": "Enviar novedades antes del seguimiento",
  "updates.title": "Mis novedades antes del seguimiento",
  "updates.intro":
    "Antes del seguimiento del {day}, cuéntale a tu docente en pocas palabras cómo te va y " +
    "cómo vas con tus acciones.",
  "updates.noCheckIn":
    "Todavía no hay un seguimiento programado. Vuelve cuando el plan esté acordado.",
  "updates.field.wentWell": "Qué salió bien",
  "updates.field.wasHard": "Qué fue difícil",
  "updates.field.progress": "Avance en mis acciones",
  "updates.hint.words": "Como máximo {max, number} caracteres.",
  "updates.progressOn": "Avance en: {action}",
  "updates.progress.unchanged": "Sin cambios",
  "updates.noActions": "Todavía no tienes acciones propias en el plan.",
  "updates.submit": "Enviar mis novedades",
  "updates.saved": "Tus novedades están enviadas. Tu docente las verá en el seguimiento.",
  "updates.sentAt":
    "Las enviaste por última vez el {when}. Si las envías de nuevo, reemplazan a las anteriores.",
  "updates.introFamily":
    "Antes del seguimiento del {day}, cuéntale al docente de {studentName} en pocas palabras " +
    "cómo van las cosas en casa y cómo va la familia con sus acciones.",
  "updates.savedFamily":
    "Tus novedades están enviadas. El docente de {studentName} las verá en el seguimiento.",
  "updates.field.progressFamily": "Avance en las acciones de la familia",
  "updates.noActionsFamily": "La familia todavía no tiene acciones propias en el plan.",
  "updates.wentWell": "Qué salió bien: {words}",
  "updates.wasHard": "Qué fue difícil: {words}",
  "updates.problem.empty":
    "Escribe qué salió bien o qué fue difícil, o marca el avance de una acción.",
  "updates.problem.notYourAction":
    "{field}: solo puedes marcar el avance de tus propias acciones que siguen en el plan.",
  "updates.problem.noCheckIn":
    "Este plan no tiene un seguimiento pendiente, así que no hay nada que actualizar.",
  "versions.heading": "Todas las versiones de estas palabras",
  "versions.written": "Versión {version, number}: escrita por {name}, {when}",
  "versions.edited": "Versión {version, number}: cambiada por {name}, {when}",
  "versions.retired": "Versión {version, number}: retirada del plan por {name}, {when}",
};
