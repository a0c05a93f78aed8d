import type { program as english } from "../en/program.ts";
import type { Messages } from "../messages.ts";

export const program: Messages<typeof english> = {
  "program.nav": "Programa",
  "program.title": "Programa de MAP",
  "program.intro":
    "Cómo van los Planes de Acción de Matemáticas en el año escolar {year}: los planes " +
    "empezados desde el 1 de agosto y todos los planes que siguen abiertos.",
  "program.ownClasses": "Ve a los estudiantes de sus propias clases.",
  "program.filters": "Filtrar las cifras",
  "program.filter.teacher": "Docente",
  "program.filter.grade": "Grado",
  "program.filter.class": "Clase",
  "program.filter.teacherChoice": "{name} ({detail})",
  "program.filter.classChoiceDetail": "{title} ({school}, {detail})",
  "program.filter.any": "Todos",
  "program.filter.apply": "Mostrar",
  "program.filter.clear": "Quitar los filtros",
  "program.empty": "Ningún plan coincide con estos filtros.",
  "program.filter.outside": "No está en tus listas",
  "program.empty.outside":
    "El docente, la clase o el grado de esta dirección no está en tus listas (es de otra escuela " +
    "o ya no está en la lista), así que no se cuenta ningún plan. Elige uno de las listas.",
  "program.filter.school": "Escuela",
  "program.empty.outsideSchool":
    "La escuela de esta dirección no es una de las tuyas (o ya no está en la lista), así que " +
    "no se cuenta ningún plan. Elige una de la lista.",
  "program.filter.teacherHint":
    "Son demasiados para una lista: escribe un nombre o un id de la lista (sourcedId), o " +
    "déjalo vacío para todos los docentes.",
  "program.filter.classHint":
    "Son demasiadas para una lista: escribe el título de una clase, su código o un id de la " +
    "lista (sourcedId), o déjalo vacío para todas las clases.",
  "program.filter.schoolFirst":
    "Elige primero una escuela para escoger de su propia lista (de hasta {count, number}).",
  "program.filter.noTeacher":
    "Ningún docente coincide con «{words}»: las cifras son de todos los docentes.",
  "program.filter.severalTeachers":
    "{count, plural, one {# docente coincide} other {# docentes coinciden}} con «{words}»: " +
    "elige uno abajo. Hasta entonces, las cifras son de todos los docentes.",
  "program.filter.moreTeachers":
    "Más de {count, number} docentes coinciden con «{words}»: elige uno de los primeros " +
    "{count, number} abajo o escribe más del nombre. Hasta entonces, las cifras son de todos " +
    "los docentes.",
  "program.filter.noClass":
    "Ninguna clase coincide con «{words}»: las cifras son de todas las clases.",
  "program.filter.severalClasses":
    "{count, plural, one {# clase coincide} other {# clases coinciden}} con «{words}»: elige " +
    "una abajo. Hasta entonces, las cifras son de todas las clases.",
  "program.filter.moreClasses":
    "Más de {count, number} clases coinciden con «{words}»: elige una de las primeras " +
    "{count, number} abajo o escribe más del título. Hasta entonces, las cifras son de todas " +
    "las clases.",
  "program.filter.rosterId": "id de la lista {id}",
  "program.filter.leftOut": "Se quitó de los filtros lo que no está en {school}: {filters}.",
  "program.filter.leftOut.teacher": "docente {name}",
  "program.filter.leftOut.class": "clase {title}",
  "program.filter.leftOut.grade": "grado {grade}",
  "program.intro.afterClose":
    "Cómo van los Planes de Acción de Matemáticas en el año escolar actual: los planes " +
    "empezados desde el 1 de agosto y todos los planes que siguen abiertos, salvo los planes " +
    "de un año cerrado.",
  "program.intro.closedYear":
    "Cómo fueron los Planes de Acción de Matemáticas en {year}, un año escolar que cerró un " +
    "administrador: sus planes están archivados y solo se pueden leer.",
  "program.filter.year": "Año escolar",
  "program.year.current": "Año actual",
  "program.year.closed": "{year} (cerrado)",
  "program.empty.currentYear": "Todavía no se ha empezado ningún plan en el año escolar actual.",
  "program.empty.nextStep":
    "Empiece los planes de este año: para toda una clase a la vez, o continuando un plan cerrado",
  "program.empty.closedYears":
    "Las cifras de un año cerrado se conservan: elíjalo en Año escolar y pulse Mostrar.",
  "program.empty.closedYear": "Ningún plan pertenece a este año cerrado.",
  "program.stages.title": "Planes por etapa",
  "program.stages.chart":
    "Gráfico de barras de los planes por etapa. La tabla da las mismas cifras.",
  "program.stage": "Etapa",
  "program.plans": "Planes",
  "program.total": "Todos los planes",
  "program.byTeacher.title": "Planes por docente",
  "program.byTeacher.note": "Un estudiante en las clases de dos docentes cuenta para ambos.",
  "program.teacher": "Docente",
  "program.bySchool.title": "Planes por escuela",
  "program.bySchool.note":
    "Cada plan cuenta una vez, en su escuela. Elige una escuela para ver a sus docentes.",
  "program.school": "Escuela",
  "program.byTeacher.pages": "Páginas de docentes",
  "program.byTeacher.previous": "Docentes anteriores",
  "program.byTeacher.next": "Docentes siguientes",
  "program.byTeacher.pageOf": "Página {page, number} de {pages, number}",
  "program.byGrade.title": "Planes por grado",
  "program.grade": "Grado",
  "program.grade.none": "Sin grado",
  "program.checkIns.title": "Seguimientos",
  "program.checkIns.overdue": "Atrasados",
  "program.checkIns.dueSoon": "Previstos en los próximos 7 días",
  "program.checkIns.student": "Estudiante",
  "program.checkIns.due": "Fecha prevista",
  "program.checkIns.none": "Ningún seguimiento está atrasado ni previsto en los próximos 7 días.",
  "program.checkIns.first": "Los primeros {count, number} por fecha prevista:",
  "program.checkIns.open": "Abrir el plan",
  "program.families.title": "Familias que participan",
  "program.families.chart":
    "Gráfico de barras de los planes cuya familia participó, según la forma de participar. " +
    "La tabla da las mismas cifras.",
  "program.families.way": "Forma de participar",
  "program.families.plans": "Planes",
  "program.families.opened": "Un familiar abrió el plan",
  "program.families.wrote": "Un familiar escribió una fortaleza o una acción",
  "program.families.attended": "Un familiar vino a una reunión",
  "program.families.any": "Participó de alguna de estas formas",
  "program.identity.title": "Cómo se ven los estudiantes en matemáticas",
  "program.identity.intro":
    "Estudiantes que respondieron en dos sesiones o más: la respuesta media (1 muy en " +
    "desacuerdo a 5 muy de acuerdo) en su primera y en su última sesión.",
  "program.identity.chart":
    "Gráfico de líneas de la respuesta media a cada afirmación en la primera y la última " +
    "sesión. La tabla da las mismas cifras.",
  "program.identity.chart.same":
    "{sitting}: la misma media para {statements}, {average}: sus marcas están una al lado de " +
    "la otra.",
  "program.identity.statement": "Afirmación {n, number}",
  "program.identity.statementColumn": "Afirmación",
  "program.identity.first": "Primera sesión",
  "program.identity.latest": "Última sesión",
  "program.identity.students": "Estudiantes",
  "program.identity.up": "Subió",
  "program.identity.same": "Se mantuvo",
  "program.identity.down": "Bajó",
  "program.identity.earlierWording":
    "Redacción cambiada entretanto: {count, plural, one {# estudiante respondió} " +
    "other {# estudiantes respondieron}} a una redacción anterior.",
  "program.export.title": "Descargar las cifras",
  "program.export.hint":
    "Un archivo CSV de las cifras con los filtros elegidos. Sin nombres, cada persona es un " +
    "identificador seudónimo que solo vale dentro de un archivo.",
  "program.export.withNames": "CSV con nombres",
  "program.export.withoutNames": "CSV sin nombres",
  "program.csv.schoolYear": "Año escolar",
  "program.csv.section": "Sección",
  "program.csv.group": "Grupo",
  "program.csv.measure": "Medida",
  "program.csv.value": "Valor",
  "program.csv.schoolFilter": "Filtro de escuela",
  "program.csv.teacherFilter": "Filtro de docente",
  "program.csv.gradeFilter": "Filtro de grado",
  "program.csv.classFilter": "Filtro de clase",
  "program.csv.outside": "No está en tus listas: no se cuenta ningún plan",
  "program.csv.fileGrade": "grado {grade}",
  "program.csv.fileOutside": "sin coincidencias",
  "program.links.title": "El trabajo del equipo",
  "program.links.reflections": "Reflexiones y decisiones del equipo",
  "program.links.nextYear": "El próximo año: empezar planes",
  "program.links.schoolYear": "Cerrar un año escolar",

  "reflections.title": "Reflexiones y decisiones del equipo",
  "reflections.intro":
    "Solo para el personal: los estudiantes y las familias nunca ven esta página. Después de " +
    "los seguimientos, cada docente escribe cómo fue un plan o el año; el equipo las lee " +
    "juntos y anota lo que decidió para el próximo año.",
  "reflections.school": "Escuela",
  "reflections.chooseSchool": "Mostrar esta escuela",
  "reflections.year": "Año escolar {year}",
  "reflections.list.title": "Reflexiones",
  "reflections.none": "Todavía no se ha escrito ninguna reflexión este año escolar.",
  "reflections.onPlan": "Sobre el plan de {name}",
  "reflections.onYear": "Sobre el año",
  "reflections.byAuthor": "{name}, {date}",
  "reflections.write.title": "Escribir una reflexión",
  "reflections.field.plan": "Sobre qué es",
  "reflections.plan.year": "Todo el año, no un solo plan",
  "reflections.plan.hint": "Planes de tus estudiantes con al menos un seguimiento hecho.",
  "reflections.field.body": "Reflexión",
  "reflections.body.hint": "¿Cómo fue? ¿Qué ayudó al estudiante y qué cambiarías?",
  "reflections.save": "Guardar la reflexión",
  "reflections.saved": "La reflexión está guardada.",
  "reflections.decisions.title": "Lo que el equipo decidió para el próximo año",
  "reflections.decisions.none":
    "El equipo todavía no ha anotado ninguna decisión este año escolar.",
  "reflections.field.decision": "Decisión del equipo",
  "reflections.decision.hint": "¿Qué mantendrá, cambiará o probará el equipo el próximo año?",
  "reflections.decision.save": "Anotar la decisión",
  "reflections.decision.saved": "La decisión del equipo está anotada.",
  "reflections.problem.noCheckIn":
    "La reflexión sobre un plan llega después de su primer seguimiento. Elige otro plan o " +
    "escribe sobre el año.",

  "nextYear.title": "El próximo año",
  "nextYear.intro":
    "Empiece borradores de plan para toda una clase a la vez, o empiece el nuevo plan de un " +
    "estudiante a partir del plan cerrado del año pasado.",
  "nextYear.school": "Escuela",
  "nextYear.pickSchool":
    "{count, plural, one {Tus clases están en # escuela} " +
    "other {Tus clases están en # escuelas}}: elige una escuela para ver sus clases.",
  "nextYear.noSchoolChosen": "Elige una escuela",
  "nextYear.chooseSchool": "Mostrar sus clases",
  "nextYear.schoolUnknown":
    "La escuela de esta dirección no es una de las tuyas (o ya no está en la lista). " +
    "Elige una de la lista.",
  "nextYear.class": "Clase",
  "nextYear.chooseClass": "Mostrar esta clase",
  "nextYear.noClasses": "No hay ninguna clase para la que empezar planes.",
  "nextYear.summary":
    "Estudiantes de la clase: {students, number}. Ya con un plan abierto: {open, number}.",
  "nextYear.startAll": "Empezar un borrador de plan para cada estudiante de {title}",
  "nextYear.forNextYear":
    "El año de esta escuela ya está en marcha (algún plan se compartió o se acordó): los " +
    "planes que se empiecen aquí son del próximo año, y al cerrar este año siguen abiertos.",
  "nextYear.forThisYear":
    "Ningún plan del año en curso de esta escuela se ha compartido ni acordado todavía: los " +
    "planes que se empiecen aquí son de este año.",
  "nextYear.allHavePlans":
    "Cada estudiante de esta clase ya tiene un plan abierto: no hay ningún plan que empezar.",
  "nextYear.noStudents": "Esta clase aún no tiene estudiantes: no hay ningún plan que empezar.",
  "nextYear.startHint":
    "Se omite a los estudiantes que ya tienen un plan abierto. Quien tiene un plan cerrado " +
    "empieza desde el más reciente, continuado.",
  "nextYear.started":
    "Empezados: {started, number} ({carried, number} continuados de un plan cerrado); " +
    "omitidos: {skipped, number} (ya tienen un plan).",
  "nextYear.carry.title": "Continuar un plan cerrado",
  "nextYear.carry.intro":
    "El nuevo borrador conserva las fortalezas, las áreas de mejora y las acciones que siguen " +
    "en el plan cerrado, en la voz de quien las escribió, marcadas como continuadas.",
  "nextYear.carry.none": "Ningún estudiante de esta clase tiene un plan cerrado y ninguno abierto.",
  "nextYear.carry.student": "Estudiante",
  "nextYear.carry.closedOn": "Cerrado",
  "nextYear.carry.button": "Empezar el plan del próximo año a partir de este",
  "nextYear.carry.buttonThisYear": "Empezar un plan nuevo a partir de este",
  "nextYear.forStudent": "para {name}",
  "nextYear.problem.notClosed": "Solo se puede continuar un plan cerrado.",
  "nextYear.fromPlan": "El plan cerrado el {date}, del que parte este",
  "nextYear.fromPlanUndated": "El plan cerrado del que parte este",
  "nextYear.carried": "Continuado del plan cerrado el {date}",
  "nextYear.carriedUndated": "Continuado de un plan cerrado",
  "nextYear.notCarried":
    "Este estudiante ya tiene un plan abierto, así que no se continuó nada. Este es ese plan.",
  "program.plansPdf.title": "Los planes de un grado en un solo PDF",
  "program.plansPdf.hint":
    "Cada plan empieza en una página nueva. Un grado grande tarda un poco en descargarse.",
  "program.plansPdf.link": "Grado {grade}: {count, plural, one {# plan} other {# planes}} (PDF)",
  "program.plansPdf.none": "No hay planes del grado {grade} que pueda descargar.",
  "program.plansPdf.badGrade": "Elige un grado de la lista para descargar sus planes.",
};
