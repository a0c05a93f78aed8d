import type { records as english } from "../en/records.ts";
import type { Messages } from "../messages.ts";

export const records: Messages<typeof english> = {
  "records.title": "Expediente de {name}",
  "records.titleSelf": "Mi expediente",
  "records.intro":
    "Todo lo que esta aplicación guarda sobre {name}: sus datos, escuela y clases, los " +
    "familiares vinculados, cada plan con sus afirmaciones, comentarios, reuniones, " +
    "seguimientos e historial, y cuándo se hicieron o se detuvieron las tarjetas de acceso.",
  "records.notIncluded":
    "No se incluyen: las notas de conferencia del personal docente, que son sus notas de " +
    "trabajo, ni los datos de contacto de otras personas. Pide a la escuela lo que quieras ver.",
  "records.json": "Descargar el expediente como archivo de datos (JSON)",
  "records.pdf": "Descargar el expediente como documento para leer (PDF)",
  "records.link": "Expediente de {name}",
  "records.linkSelf": "Mi expediente",
  "records.adminTools": "Para administradores",

  "records.pdf.title": "Expediente de {name}",
  "records.pdf.made": "Hecho el {date}",
  "records.pdf.details": "Datos",
  "records.pdf.name": "Nombre: {name}",
  "records.pdf.email": "Correo electrónico: {email}",
  "records.pdf.grades": "Grados: {grades}",
  "records.pdf.schools": "Escuela: {names}",
  "records.pdf.classes": "Clases: {names}",
  "records.pdf.family": "Familiares: {names}",
  "records.pdf.none": "ninguno",
  "records.pdf.plan": "Plan iniciado el {date} · {stage}",
  "records.pdf.archived": "Archivado con el año escolar {label}",
  "records.pdf.retired": "(quitado del plan)",
  "records.pdf.cards": "Tarjetas de acceso",
  "records.pdf.card": "Hecha el {made}{stopped, select, none {} other {, detenida el {stopped}}}",
  "records.pdf.noPlans": "Todavía no hay planes.",
  "records.pdf.proposals": "Horarios de reunión ofrecidos",
  "records.pdf.updates": "Novedades antes de los seguimientos",
  "records.pdf.identity": "Respuestas sobre identidad matemática",
  "records.pdf.identityKept":
    "El estudiante se reserva sus respuestas sobre identidad matemática, así que no están " +
    "en esta copia.",
  "records.pdf.versions": "Redacciones anteriores",

  "records.archived.banner":
    "Este plan pertenece a un año escolar cerrado. Está archivado: todas las personas del plan " +
    "pueden leerlo e imprimirlo, pero nadie puede cambiarlo.",
  "records.archived.refused":
    "Este plan pertenece a un año escolar cerrado: se puede leer, pero ya no se puede cambiar.",

  "records.audit.title": "Registro de auditoría",
  "records.audit.intro":
    "Cada consulta y cada cambio del plan o del expediente de un estudiante: quién, qué, " +
    "cuándo y desde qué dirección. Nadie puede cambiar ni borrar estas entradas.",
  "records.audit.student": "Estudiante",
  "records.audit.person": "Persona",
  "records.audit.from": "Desde el día",
  "records.audit.to": "Hasta el día",
  "records.audit.page": "Página",
  "records.audit.anyStudent": "Cualquier estudiante",
  "records.audit.anyone": "Cualquier persona",
  "records.audit.show": "Mostrar entradas",
  "records.audit.export": "Descargar estas entradas como CSV",
  "records.audit.count": "{count, plural, one {# entrada} other {# entradas}}",
  "records.audit.none": "Ninguna entrada coincide.",
  "records.audit.caption": "Entradas de auditoría, las más recientes primero",
  "records.audit.when": "Cuándo",
  "records.audit.who": "Quién",
  "records.audit.what": "Qué",
  "records.audit.address": "Desde la dirección",
  "records.audit.deleted": "(estudiante borrado)",
  "records.audit.action.view": "Consultó",
  "records.audit.action.change": "Cambió",
  "records.audit.action.studentDeleted": "Borró el expediente de un estudiante",
  "records.audit.action.yearClosed": "Cerró un año escolar",
  "records.audit.action.yearPlanClosed": "Cerró un plan al cerrar su año escolar",
  "records.audit.action.yearPlanArchived": "Archivó un plan cerrado al cerrar su año escolar",
  "records.audit.action.classPlanStarted": "Empezó los planes de toda una clase",
  "records.audit.action.classPlanCarried":
    "Empezó los planes de toda una clase; este continúa un plan cerrado",
  "records.audit.action.planCarried": "Continuó un plan cerrado en un plan nuevo",
  "records.audit.action.gradePlansDownloaded":
    "Descargó los planes de todo un grado en un solo PDF",
  "records.audit.role.administrator": "administrador",
  "records.audit.role.teacher": "docente",
  "records.audit.role.student": "estudiante",
  "records.audit.role.guardian": "familiar",
  "records.audit.previous": "Página anterior",
  "records.audit.next": "Página siguiente",
  "records.audit.pageOf": "Página {page, number} de {pages, number}",
  "records.audit.studentHint":
    "Escribe un nombre o un id de la lista (sourcedId); déjalo vacío para cualquier estudiante.",
  "records.audit.personHint":
    "Escribe un nombre o un id de la lista (sourcedId); déjalo vacío para cualquier persona.",
  "records.audit.rosterId": "id de la lista {id}",
  "records.audit.problem.dayOrder":
    "«{field}» es anterior a «Desde el día», así que ninguna entrada podría coincidir: elige un día posterior.",
  "records.audit.problem.unknownStudent": "Ningún estudiante de este distrito tiene el id «{id}».",
  "records.audit.problem.unknownPerson": "Nadie en este distrito tiene el id «{id}».",
  "records.audit.problem.noStudent":
    "Ningún estudiante del registro de auditoría coincide con «{words}».",
  "records.audit.problem.noPerson": "Nadie del registro de auditoría coincide con «{words}».",
  "records.audit.problem.severalStudents":
    "{count, plural, one {# estudiante coincide} other {# estudiantes coinciden}} con " +
    "«{words}» en el registro de auditoría: elige uno abajo.",
  "records.audit.problem.severalPeople":
    "{count, plural, one {# persona coincide} other {# personas coinciden}} con «{words}» en " +
    "el registro de auditoría: elige una abajo.",
  "records.audit.problem.moreStudents":
    "Más de {count, number} estudiantes del registro de auditoría coinciden con «{words}»: " +
    "elige uno de los primeros {count, number} abajo o escribe más del nombre.",
  "records.audit.problem.morePeople":
    "Más de {count, number} personas del registro de auditoría coinciden con «{words}»: " +
    "elige una de las primeras {count, number} abajo o escribe más del nombre.",
  "records.problem.day": "{field} debe ser una fecha real, escrita como AAAA-MM-DD.",

  "records.year.title": "Años escolares",
  "records.year.intro":
    "Al cerrar un año escolar se cierran todos los planes de la escuela que siguen abiertos y " +
    "se archivan todos los planes de ese año: se pueden seguir leyendo e imprimiendo, y nadie " +
    "puede cambiarlos. Después se pueden empezar planes nuevos para el año nuevo.",
  "records.year.nextYearNote":
    "Los planes empezados desde «Próximo año» cuando algún plan del año en curso de la escuela " +
    "ya se compartió o se acordó siguen abiertos, para todos los estudiantes: tras el cierre " +
    "son los planes del año nuevo.",
  "records.year.closeHeading": "Cerrar el año escolar",
  "records.year.school": "Escuela",
  "records.year.label": "Nombre del año",
  "records.year.labelHint": "Por ejemplo 2025–2026. Hasta {max, number} caracteres.",
  "records.year.openedAt": "Cuándo se abrió esta página",
  "records.year.confirm": "Entiendo que todos los planes de este año quedarán solo para leer",
  "records.year.submit": "Cerrar el año escolar",
  "records.year.openPlans":
    "{count, plural, one {# plan está} other {# planes están}} en el año actual de {school}.",
  "records.year.closed":
    "{label} está cerrado: {archived, plural, one {# plan archivado} " +
    "other {# planes archivados}}, {closed, plural, one {# de ellos cerrado} " +
    "other {# de ellos cerrados}} ahora.",
  "records.year.history": "Años cerrados",
  "records.year.none": "Todavía no se ha cerrado ningún año escolar.",
  "records.year.nothingToClose":
    "No hay nada que cerrar: el año actual de esta escuela no tiene planes. Puede que se " +
    "acabe de cerrar; consulta Años cerrados.",
  "records.year.labelUsed":
    "Esta escuela ya cerró un año llamado {label}: consulta Años cerrados. Da otro nombre a " +
    "este año.",
  "records.year.closedMeanwhile":
    "El año de esta escuela se cerró como {label} después de abrir esta página, así que los " +
    "planes que tiene ahora son del año nuevo y quedan como están. Para cerrar el año nuevo, " +
    "vuelve a abrir Años escolares.",
  "records.year.name": "Año",
  "records.year.closedOn": "Cerrado el",
  "records.year.archivedCount": "Planes archivados",
  "records.problem.confirm": "Marca «{field}» para confirmar.",
  "records.problem.openedAt":
    "«{field}» no es una fecha y hora real hasta ahora, así que el formulario cambió por el " +
    "camino. Abre de nuevo Cursos escolares y cierra el curso desde ahí.",
  "records.problem.yearNumber": "«{field}» debe incluir el número del año, por ejemplo 2025–2026.",
  "records.problem.yearSpan":
    "En «{field}», el segundo año debe ser el siguiente al primero, por ejemplo 2025–2026.",

  "records.delete.title": "Borrar el expediente de {name}",
  "records.delete.intro":
    "Cuando una familia lo pide, la escuela puede borrar todo lo que esta aplicación guarda " +
    "sobre un estudiante: su registro personal, planes, afirmaciones, comentarios, notas de " +
    "conferencia, reuniones, seguimientos, tarjetas de acceso, vínculos familiares y los " +
    "correos enviados sobre él o ella. No se puede deshacer. El registro de auditoría solo " +
    "guarda cantidades, sin nombre ni identificador.",
  "records.delete.holds":
    "La aplicación guarda {plans, plural, one {# plan} other {# planes}} y " +
    "{statements, plural, one {# afirmación} other {# afirmaciones}} de este estudiante.",
  "records.delete.backups":
    "Las copias de seguridad hechas antes de hoy conservan el expediente hasta que se " +
    "reemplacen; las que se hagan desde ahora no lo tendrán. Quita también al estudiante de " +
    "la lista escolar, o la próxima importación lo volverá a traer.",
  "records.delete.name": "Nombre completo del estudiante",
  "records.delete.nameHint": "Para confirmar, escríbelo tal como aparece: {name}",
  "records.delete.submit": "Borrar el expediente del estudiante para siempre",
  "records.delete.link": "Borrar el expediente de este estudiante",
  "records.delete.done":
    "Se borró el expediente del estudiante: {plans, plural, one {# plan} other {# planes}} y " +
    "{statements, plural, one {# afirmación} other {# afirmaciones}}.",
  "records.problem.nameMismatch":
    "{field} debe coincidir letra por letra con el nombre que se muestra.",
};
