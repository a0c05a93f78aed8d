import type { roster as english } from "../en/roster.ts";
import type { Messages } from "../messages.ts";

/* OneRoster file, column and value names (users.csv, sourcedId, tobedeleted) stay as they are. */
export const roster: Messages<typeof english> = {
  "roster.title": "Lista de la escuela",
  "roster.intro":
    "Importa la exportación OneRoster de tu distrito (versión 1.1 o 1.2) para traer escuelas, " +
    "clases, docentes, estudiantes, familias e inscripciones. Importar de nuevo actualiza lo " +
    "que ya está; nunca se borra a nadie junto con sus planes.",
  "roster.upload.heading": "Importar una exportación",
  "roster.upload.label":
    "La exportación: un archivo .zip, o todos los archivos .csv de la carpeta exportada",
  "roster.upload.hint":
    "Hasta {megabytes} MB. Primero se revisa toda la exportación; si algo está mal, ves todos " +
    "los problemas y no se guarda nada.",
  "roster.upload.submit": "Revisar e importar",
  "roster.upload.progress": "Subiendo",
  "roster.upload.checking":
    "La exportación se subió y ahora se está revisando e importando. En un distrito grande " +
    "puede tardar un minuto; su informe se abrirá aquí cuando termine.",
  "roster.upload.checkingProgress": "Revisando e importando",
  "roster.upload.failed":
    "La subida no se completó. Revisa la conexión y vuelve a elegir «Revisar e importar».",
  "roster.upload.noFile":
    "Elige el archivo .zip de la exportación, o los archivos .csv de su carpeta.",
  "roster.upload.wrongType":
    "{name} no es un archivo .zip ni .csv. Elige el archivo .zip de la exportación, o los " +
    "archivos .csv de su carpeta.",
  "roster.upload.oneZip": "Elige un solo archivo .zip, o solo archivos .csv.",
  "roster.upload.sameName":
    "Dos de los archivos elegidos tienen el mismo nombre; elige cada archivo una sola vez.",
  "roster.upload.tooBig":
    "La subida supera los {megabytes} MB, lo máximo que acepta la aplicación. Los archivos .csv " +
    "sueltos ocupan mucho menos en un solo archivo .zip: sube ese. Un .zip así de grande lo puede " +
    "importar quien administra el servidor de la aplicación, desde la línea de comandos " +
    "(npx maps import).",
  "roster.history.heading": "Últimas importaciones",
  "roster.history.none": "Todavía no hay importaciones.",
  "roster.history.newer": "Importaciones más recientes",
  "roster.history.older": "Importaciones anteriores",
  "roster.history.pages": "Páginas del historial de importaciones",
  "roster.history.when": "Cuándo",
  "roster.history.source": "Exportación",
  "roster.history.outcome": "Resultado",
  "roster.status.imported": "Importada",
  "roster.status.importedValid": "Importado sin las filas con errores",
  "roster.status.refused": "No importada",
  "roster.status.checked": "Revisada",
  "roster.status.held": "No importada: detenida para preguntar antes de desactivar muchas filas",
  "roster.report.title": "Importación de la lista",
  "roster.report.imported": "La exportación se importó.",
  "roster.report.refused": "No se importó nada: la exportación tiene errores.",
  "roster.report.refusedHint":
    "Corrige en la exportación los errores de abajo e impórtala de nuevo, o importa solo las " +
    "filas sin errores.",
  "roster.report.countsHeading": "Lo que se importó",
  "roster.report.warningsHeading":
    "{count, plural, one {# aviso} other {# avisos}}: importado, pero vale la pena mirarlo",
  "roster.report.refusedWarningsHeading":
    "{count, plural, one {# aviso} other {# avisos}} sobre esta exportación, que no se importó: " +
    "conviene echar un vistazo antes de volver a importarla",
  "roster.report.importedValid":
    "Se importaron las filas válidas; las filas con los errores de abajo se dejaron fuera.",
  "roster.report.leftOutHeading":
    "{count, plural, one {# error: su fila se dejó fuera} other " +
    "{# errores: sus filas se dejaron fuera}}",
  "roster.report.errorsHeading": "{count, plural, one {# error} other {# errores}}",
  "roster.report.file": "Archivo",
  "roster.report.line": "Línea",
  "roster.report.column": "Columna",
  "roster.report.message": "Qué está mal",
  "roster.report.importValid": "Importar las filas válidas",
  "roster.report.importValidHint":
    "Las filas con errores se dejan fuera (y las personas ya importadas desde ellas se quedan " +
    "como están); todo lo demás se importa.",
  "roster.report.validRowsImported": "Las filas válidas de esta exportación se importaron después:",
  "roster.report.stagingGone":
    "Los archivos subidos de esta importación ya no se guardan (se guardan 24 horas). Sube la " +
    "exportación otra vez para importarla.",
  "roster.report.newerImport":
    "Estas filas válidas no se importaron: el distrito ha importado una lista más reciente " +
    "desde que se revisó esta exportación, e importarla ahora sobrescribiría la más reciente. " +
    "Sube la exportación otra vez para importarla.",
  "roster.report.again": "Importar otra exportación",
  "roster.report.moreWarnings":
    "{count, plural, one {# aviso más no aparece} other {# avisos más no aparecen}} en la lista.",
  "roster.report.moreErrors":
    "{count, plural, one {# error más no aparece} other {# errores más no aparecen}} en la lista.",
  "roster.report.marked":
    "{count, plural, one {# fila está marcada} other {# filas están marcadas}} para quitar " +
    "(tobedeleted, inactiva o no habilitada) y {count, plural, one {se desactivó} " +
    "other {se desactivaron}}.",
  "roster.report.deactivatedHeading": "Se desactivaron filas que esta exportación ya no incluye:",
  "roster.report.deactivatedAdvice":
    "Si la exportación estaba incompleta (cortada, o de otro distrito), importe la exportación completa: las filas que incluye vuelven a estar activas, con sus planes.",
  "roster.report.unlisted":
    "{count, plural, one {# fila que trajo una importación anterior no está} " +
    "other {# filas que trajeron importaciones anteriores no están}} en este archivo bulk y " +
    "{count, plural, one {se desactivó} other {se desactivaron}}.",
  "roster.report.wouldDeactivate":
    "Estos archivos están marcados como bulk, así que cada uno se lee como la lista completa del " +
    "distrito: importar sus filas válidas también desactiva lo que trajeron importaciones " +
    "anteriores y ellos dejan fuera. No se borra a nadie, y una exportación que vuelva a " +
    "incluirlos los recupera. Se desactivaría:",
  "roster.report.unlistedPeople": "{count, plural, one {# persona} other {# personas}}: {roles}",
  "roster.report.deactivatesMost":
    "Revisa antes de importar: es más de la mitad de {kind, select, users {las personas} " +
    "classes {las clases} other {las inscripciones}} que el distrito tiene activas desde su " +
    "lista ({count, number} de {active, number}).",
  "roster.report.importValidDeactivating": "Importar las filas válidas y desactivar {rows}",
  "roster.report.held":
    "No se importó nada: esta exportación desactivaría una gran parte del distrito.",
  "roster.report.heldPeople":
    "{count, number} de {active, plural, one {# persona activa} other {# personas activas}} " +
    "en la lista del distrito ({roles})",
  "roster.report.heldClasses":
    "{count, number} de {active, plural, one {# clase activa} other {# clases activas}} en la " +
    "lista del distrito",
  "roster.report.heldEnrollments":
    "{count, number} de {active, plural, one {# inscripción activa} other " +
    "{# inscripciones activas}} en la lista del distrito",
  "roster.report.heldWhy":
    "Sus archivos están marcados como bulk, así que cada uno se lee como la lista completa del " +
    "distrito, y lo que deja fuera se desactiva. Tanto de una vez suele significar una " +
    "exportación parcial (cortada, o de una sola escuela) o de otro distrito. Todavía no ha " +
    "cambiado nada.",
  "roster.report.heldAnyway":
    "No se borra a nadie, y una exportación que vuelva a incluirlos los activa de nuevo, con sus " +
    "planes. Si la exportación está completa y el distrito de verdad cambió tanto (las clases de " +
    "un nuevo curso escolar, por ejemplo), impórtala. Si no, haz la exportación de nuevo y " +
    "súbela; una exportación de una sola escuela necesita sus archivos marcados como delta en " +
    "manifest.csv.",
  "roster.report.heldConfirm": "Importar y desactivar {rows}",
  "roster.report.heldNewerImport":
    "Esta exportación no se importó: el distrito ha importado una lista más reciente desde que " +
    "se revisó, e importarla ahora sobrescribiría la más reciente. Sube la exportación otra vez " +
    "para importarla.",
  "roster.report.confirmedSince": "Esta exportación se importó después, con tu confirmación:",
  "roster.report.reactivatedHeading":
    "Filas que estaban inactivas y que esta exportación vuelve a incluir:",
  "roster.report.reactivated":
    "{count, plural, one {# fila que estaba inactiva vuelve} other {# filas que estaban " +
    "inactivas vuelven}} a estar en la lista y {count, plural, one {se activó} other " +
    "{se activaron}} de nuevo.",
  "roster.report.oneSchool":
    "Si esta exportación es de una sola escuela, marca sus archivos como delta en manifest.csv " +
    "y vuelve a subirla.",
  "roster.count.schools": "{count, plural, one {# escuela} other {# escuelas}}",
  "roster.count.people": "{count, plural, one {# persona} other {# personas}}",
  "roster.count.classes": "{count, plural, one {# clase} other {# clases}}",
  "roster.count.teachers": "{count, plural, one {# docente} other {# docentes}}",
  "roster.count.students": "{count, plural, one {# estudiante} other {# estudiantes}}",
  "roster.count.guardians": "{count, plural, one {# familiar} other {# familiares}}",
  "roster.count.administrators": "{count, plural, one {# administrador} other {# administradores}}",
  "roster.count.guardianLinks":
    "{count, plural, one {# vínculo familiar} other {# vínculos familiares}}",
  "roster.count.enrollments": "{count, plural, one {# inscripción} other {# inscripciones}}",

  "roster.cli.usage":
    "Uso: maps import CARPETA-O-ZIP [--json] [--skip-invalid] [--allow-deactivate]\n" +
    "                   [--district ID]\n\n" +
    "Importa una exportación OneRoster (1.1 o 1.2) en un distrito. La base de datos es ./data\n" +
    "(o DATA_DIR), o PostgreSQL cuando DATABASE_URL está definida.\n" +
    "  --json           imprime un objeto JSON: los recuentos, avisos y errores\n" +
    "  --skip-invalid   importa las filas válidas cuando algunas filas tienen errores\n" +
    "  --allow-deactivate\n" +
    "                   importa aunque los archivos bulk dejen fuera más de una décima parte de\n" +
    "                   las personas, clases o inscripciones activas del distrito (y más de\n" +
    "                   20), que así se desactivan; sin esta opción, esa importación se detiene\n" +
    "                   y no guarda nada\n" +
    "  --district ID    el distrito donde importar cuando la base de datos tiene varios (sin\n" +
    "                   esta opción, el comando muestra sus ids); elige un distrito, nunca crea\n" +
    "                   uno\n\n" +
    "Distritos: configurar la aplicación en el navegador crea el distrito de la base de datos\n" +
    "(una importación nunca lo crea), y cada importación lo actualiza. Cuando la org de\n" +
    "distrito de una exportación (orgs.csv) ya ha dado nombre al distrito, la exportación de\n" +
    "otra org de distrito se rechaza y no cambia nada. Una exportación sin org de distrito se\n" +
    "lee como de este distrito: sus archivos bulk desactivan todo lo que dejen fuera.\n\n" +
    "Un segundo distrito necesita su propia base de datos: inicia una segunda copia de la\n" +
    "aplicación con un DATA_DIR (o DATABASE_URL) nuevo y vacío y otro PORT, configúrala en el\n" +
    "navegador y luego importa con ese mismo valor, por ejemplo:\n" +
    "  DATA_DIR=/srv/maps-north/data PORT=3001 npm start\n" +
    "  DATA_DIR=/srv/maps-north/data npx maps import north.zip",
  "roster.cli.unknownOption": "Opción desconocida: {option}.",
  "roster.cli.needsValue": "{option} necesita un valor después.",
  "roster.cli.takesNoValue": "{option} no lleva valor: escribe {option} solo.",
  "roster.cli.oneExport": "Da una exportación cada vez; {extra} sobra.",
  "roster.cli.noPath": "Indica qué exportación importar: una carpeta o un archivo .zip.",
  "roster.cli.severalDistricts":
    "Esta base de datos tiene varios distritos; indica cuál con --district ID:",
  "roster.cli.noSuchDistrict": "No hay ningún distrito con el id {id}.",
  "roster.cli.imported": "Importado {source}:",
  "roster.cli.stopped":
    "La importación se detuvo ({signal}) antes de terminar. " +
    "La base de datos la deshizo: no se guardó nada.",
  "roster.cli.refused": "No se importó nada de {source}.",
  "roster.cli.skipHint":
    "Para importar solo las filas sin errores, vuelve a ejecutarlo con --skip-invalid.",
  "roster.cli.held": "No se importó nada de {source}: desactivaría una gran parte del distrito.",
  "roster.cli.allowHint":
    "Si la exportación está completa y el distrito de verdad cambió tanto, vuelve a ejecutar el " +
    "mismo comando con --allow-deactivate.",
  "roster.cli.warnings": "Avisos ({count}):",
  "roster.cli.errors": "Errores ({count}):",
  "roster.cli.at": "{file}, línea {line}",
  "roster.cli.atColumn": "{file}, línea {line}, columna {column}",

  "roster.source.notFound": "No hay ningún archivo ni carpeta llamado {path}.",
  "roster.source.notFolderOrZip": "{path} no es una carpeta ni un archivo .zip.",
  "roster.source.notZip":
    "{path} no es un archivo zip (puede estar dañado o ser otro tipo de archivo).",
  "roster.source.damaged": "El archivo zip está dañado y no se puede leer ({detail}).",
  "roster.source.entryDamaged":
    "{path} en el archivo zip está dañado y no se puede descomprimir hasta el final (quizá el " +
    "archivo se cortó en una descarga o se cambió después de crearlo). No se importó nada; " +
    "vuelve a generar la exportación.",
  "roster.source.checksum":
    "{path} en el archivo zip está dañado: lo que contiene al descomprimirlo no es lo que el " +
    "archivo registró (su suma de comprobación no coincide). No se importó nada; vuelve a " +
    "generar la exportación.",
  "roster.source.tooManyEntries":
    "El archivo zip contiene más de {limit} entradas; una exportación tiene unas veinte. No se " +
    "leyó.",
  "roster.source.tooBig":
    "El archivo zip ocuparía más de {limit} MB al descomprimirlo. No se leyó, por si es una " +
    "bomba zip.",
  "roster.source.inflatesTooMuch":
    "{path}, dentro del archivo zip, ocupa al descomprimirse más de lo que el archivo dice: el " +
    "archivo está dañado o hecho para llenar el disco del servidor (una bomba zip). Se rechazó; " +
    "vuelve a generar la exportación.",
  "roster.source.unsafePath":
    "El archivo zip contiene una entrada llamada «{path}», que apunta fuera de la exportación. " +
    "Se rechazó el archivo.",
  "roster.source.encrypted":
    "{path}, dentro del archivo zip, está cifrado. Exporta la lista otra vez sin contraseña.",
  "roster.source.sameName":
    "El archivo zip contiene dos archivos llamados {path} ({first} y {second}); deja solo uno.",
  "roster.manifest.missing":
    "La exportación no tiene manifest.csv. Este indica la versión de OneRoster y si cada " +
    "archivo es bulk o delta; añádelo desde la exportación.",
  "roster.manifest.zipInside":
    "La exportación contiene otro archivo zip, {name}, y ningún manifest.csv: ábrelo y sube " +
    "lo que contiene (o súbelo a él).",
  "roster.export.noCsv":
    "La exportación no contiene archivos .csv. Una exportación OneRoster es un conjunto de " +
    "archivos .csv (manifest.csv, orgs.csv, users.csv y más), comprimidos en zip o no.",
  "roster.manifest.twice": "{key} aparece dos veces; se usa el valor de la línea {line}.",
  "roster.manifest.unknownKey":
    "«{key}» no es una clave del manifiesto de OneRoster, así que se ignoró.",
  "roster.manifest.noVersion":
    "El manifiesto no indica la versión de OneRoster (oneroster.version); los archivos se " +
    "leyeron por sus columnas.",
  "roster.manifest.version":
    "La versión de OneRoster «{value}» no es una que esta aplicación conozca (1.1 o 1.2); los " +
    "archivos se leyeron por sus columnas.",
  "roster.manifest.emptyMode": "{key} no tiene valor; se tomó como absent.",
  "roster.manifest.badMode": "{key} es «{value}», pero debe ser bulk, delta o absent.",
  "roster.file.nameCase": "El archivo debería llamarse {expected}; se leyó como ese archivo.",
  "roster.file.unknown": "Este no es un archivo de OneRoster, así que no se leyó.",
  "roster.file.renamedCopy":
    "No es un archivo OneRoster, así que no se leyó. Su nombre parece el de una segunda copia de " +
    "{expected} guardada por un navegador: cámbiale el nombre a {expected} y vuelve a subirlo.",
  "roster.file.listedMissing":
    "El manifiesto indica este archivo como {mode}, pero la exportación no lo tiene.",
  "roster.file.noUsers":
    "La exportación no tiene users.csv, así que no hay nadie a quien importar.",
  "roster.file.saidAbsent":
    "El manifiesto dice que este archivo está ausente, pero está; se leyó como delta (no se " +
    "desactiva nada de lo que le falte).",
  "roster.file.notListed":
    "El manifiesto no incluye este archivo; se leyó como delta (no se desactiva nada de lo " +
    "que le falte).",
  "roster.file.empty": "El archivo está vacío: no tiene ni siquiera una línea de encabezado.",
  "roster.file.tooManyInvalidRows":
    "El archivo tiene más de {limit, number} filas con errores: la revisión dejó de leerlo aquí. Compruebe que es el archivo correcto y que no está dañado, y vuelva a generar la exportación.",
  "roster.file.emptyBulk":
    "Este archivo bulk solo tiene su línea de encabezado. Un archivo bulk incluye a todos, así " +
    "que desactivaría a todo el mundo; no se desactivó a nadie. Si de verdad es eso lo que se " +
    "quiere, quítalos en un archivo que incluya al resto.",
  "roster.file.malformed": "El archivo no se puede leer como CSV desde aquí: {detail}.",
  "roster.file.badQuotes":
    'Un valor entre comillas empieza en esta línea y no se cierra bien, así que el archivo no se puede leer desde aquí. Revisa las comillas (") de esta línea y de las siguientes.',
  "roster.file.textAfterQuote":
    'Un valor entre comillas de esta línea va seguido de más texto antes de la siguiente coma, así que el archivo no se puede leer desde aquí. Pon todo el valor dentro de las comillas y duplica las comillas que haya dentro ("").',
  "roster.file.strayQuote":
    'Hay una comilla (") dentro de un valor en esta línea, así que el archivo no se puede leer desde aquí. Pon el valor entero entre comillas y duplica la comilla de dentro ("").',
  "roster.file.rowTooLong":
    "Esta fila tiene más de un millón de caracteres, así que el archivo no se puede leer desde " +
    "aquí; probablemente no es un archivo de la lista.",
  "roster.file.notText":
    "Este no es un archivo de texto en UTF-8 (puede ser una imagen, una hoja de cálculo o " +
    "texto UTF-16). Guárdalo como CSV en UTF-8 e impórtalo de nuevo.",
  "roster.file.notUtf8":
    "La línea {line} no es texto UTF-8 (quizá la exportación se guardó como Windows-1252 o " +
    "Latin-1), así que los nombres saldrían mal escritos. Guarda el archivo como CSV en UTF-8 e " +
    "impórtalo de nuevo.",
  "roster.file.utf16":
    "El archivo está guardado en UTF-16. Guárdalo como CSV en UTF-8 e impórtalo de nuevo.",
  "roster.file.spreadsheet":
    "Esta es una hoja de cálculo (.xlsx), no un archivo CSV. Guárdala como CSV (UTF-8) e " +
    "impórtala de nuevo.",
  "roster.header.unnamed": "La columna {position} no tiene nombre; sus valores no se leyeron.",
  "roster.header.twice": "Esta columna aparece dos veces; se leyó la primera.",
  "roster.header.case":
    "Leída como {canonical} (los nombres de columna de OneRoster distinguen mayúsculas).",
  "roster.header.typo": "Leída como {canonical}, que parece ser lo que se quiso escribir.",
  "roster.header.extension": "Una columna de extensión; la aplicación no la usa.",
  "roster.header.unknown": "No es una columna de OneRoster, así que no se leyó.",
  "roster.header.missing": "Falta esta columna, y ninguna fila se puede leer sin ella.",
  "roster.value.nulCharacter":
    "Este valor contiene un carácter NUL (un carácter de control invisible, que suele dejar una " +
    "exportación dañada) que no se puede guardar. Quítalo e importa de nuevo.",
  "roster.value.tooLong":
    "Este valor tiene {length, number} caracteres; un valor de la lista aquí puede tener como " +
    "máximo {longest, number}. Revisa si en la exportación un valor se juntó con los siguientes.",
  "roster.row.tooManyValues":
    "La fila tiene {count, plural, one {# valor} other {# valores}} pero el encabezado tiene " +
    "{columns, plural, one {# columna} other {# columnas}}; puede que a un valor con coma le " +
    "falten las comillas.",
  "roster.row.tooFewValues":
    "La fila tiene {count, plural, one {# valor} other {# valores}} pero el encabezado nombra " +
    "{columns, plural, one {# columna} other {# columnas}}: parece cortada y no se importa, " +
    "porque un valor que falta borraría lo guardado. Revisa si la exportación tiene un salto de " +
    "línea dentro de un valor o una fila que termina antes.",
  "roster.row.sameId": "Este sourcedId ya se usa en la línea {line}.",
  "roster.value.empty": "Este valor es obligatorio pero está vacío.",
  "roster.value.caseSlip":
    "«{value}» se leyó como «{canonical}» (los valores de OneRoster distinguen mayúsculas).",
  "roster.value.notAllowed": "«{value}» no es ninguno de estos: {allowed}.",
  "roster.value.inactive":
    "«inactive» no es un estado de OneRoster 1.1 ni 1.2; se leyó como tobedeleted (la fila se " +
    "desactiva).",
  "roster.value.notIsoDate":
    "«{value}» no es una fecha ISO 8601 (como 2023-05-01); la aplicación no usa esta fecha, " +
    "así que se ignoró.",
  "roster.value.notBoolean": "«{value}» no es true ni false; se leyó como true.",
  "roster.value.roleMapped": "El rol {value} se lee como {role}.",
  "roster.value.oneName": "Solo se da uno de givenName y familyName.",
  "roster.value.notLanguage":
    "«{value}» no es un idioma que la aplicación reconozca (use un código como es o es-MX), así " +
    "que no se guardó.",
  "roster.value.notEmail":
    "«{value}» no es una dirección de correo electrónico, así que no se guardó.",
  "roster.user.password":
    "Este archivo contiene contraseñas. No se leyeron y nunca se guardan; para entrar no hacen " +
    "falta.",
  "roster.user.noRole":
    "Esta persona no tiene rol: ninguna fila de roles.csv se lo da, y users.csv no tiene ninguno.",
  "roster.user.noRoleColumn":
    "Esta persona no tiene rol: users.csv no tiene columna role (OneRoster 1.1) y no hay " +
    "roles.csv (1.2).",
  "roster.user.schoolAdministrator":
    "Esta persona es administrador de {schools}: ve los planes y la configuración de allí, no " +
    "la lista, el correo enviado ni el registro de auditoría.",
  "roster.user.noSchoolToRun":
    "Esta persona queda inactiva y sin permisos: como administrador solo figura en " +
    "organizaciones que no llevan a ninguna escuela del distrito ni al distrito. Inclúyela en " +
    "su escuela (o en el distrito) e importa de nuevo.",
  "roster.user.administrator":
    "Esta persona es administrador del distrito: puede gestionar la lista y ver todos los " +
    "planes del distrito.",
  "roster.user.orgMissing":
    "La org {id} no está en orgs.csv ni es una escuela del distrito, así que a través de ella " +
    "esta persona no queda vinculada a ninguna escuela.",
  "roster.role.userMissing":
    "{id} no está en users.csv, así que este rol no se leyó (los roles de personas que no " +
    "están en la exportación se quedan como están).",
  "roster.role.noPrimary": "Esta persona no tiene un rol principal en roles.csv; se usó {role}.",
  "roster.role.several": "Esta persona tiene varios roles principales en roles.csv; se usó {role}.",
  "roster.org.parentMissing":
    "La org superior {parent} no está en orgs.csv. Si es una escuela del distrito, esta org " +
    "cuenta como parte de ella; si no, un administrador que solo figura aquí se importa sin " +
    "permisos.",
  "roster.org.parentLoop":
    "Las orgs superiores de {id} vuelven a ella, así que no pertenece a ninguna escuela; un " +
    "administrador que solo figura aquí se importa sin permisos.",
  "roster.org.usedAsSchool":
    "La org {id} es de tipo {type}, no school, pero hay clases que la usan como su escuela, así " +
    "que cuenta como escuela.",
  "roster.org.severalDistricts":
    "La exportación tiene varias orgs de distrito; el distrito toma el nombre de la primera, " +
    "{name}.",
  "roster.org.otherDistrict":
    "Esta exportación es del distrito {id}, pero este distrito se importó de {current}. " +
    "Impórtala en el distrito correcto.",
  "roster.school.adopted":
    "La escuela creada en la aplicación como {before} es la única escuela de la lista, así que " +
    "ahora lleva el nombre de la lista, {name}; su Visión de Matemáticas, sus ajustes y sus " +
    "planes se mantienen. Desde ahora su nombre viene de la lista: cada importación lo trae.",
  "roster.school.notMatched":
    "La escuela {name}, creada en la aplicación, no coincidió con ninguna escuela de la " +
    "lista, que trae {count, plural, one {# escuela} other {# escuelas}}; se queda como está, " +
    "junto a ellas.",
  "roster.ref.invalidRow":
    "{id} está en una fila con errores, así que esta fila tampoco se puede importar.",
  "roster.ref.missing": "{id} no está en la exportación ni ya en la lista.",
  "roster.ref.schoolMissing":
    "La escuela {id} no está en orgs.csv ni es ya una escuela del distrito.",
  "roster.enrollment.otherSchool":
    "Esta no es la escuela de la clase ({school}); se mantuvo la escuela de la clase.",
  "roster.enrollment.roleMismatch":
    "{id} tiene el rol {personRole} pero está inscrito con el rol {enrolledRole}; la " +
    "inscripción se mantiene tal cual.",
  "roster.link.unknown":
    "{id} no está en users.csv ni ya en la lista, así que no se hizo ningún vínculo familiar.",
  "roster.link.removed":
    "{id} está marcado para quitar, así que no se hizo ningún vínculo familiar.",
  "roster.link.invalidRow":
    "{id} está en una fila con errores, así que no se hizo ningún vínculo familiar.",
  "roster.link.notFamily":
    "No se hizo ningún vínculo familiar con {id}: un vínculo familiar une a un estudiante con " +
    "un tutor, pero {id} tiene el rol {agentRole} y esta persona el rol {personRole}.",
  "roster.export.noRows": "La exportación no tiene filas que importar.",
  "roster.export.writeFailed": "La importación se detuvo a medias y no se guardó nada: {detail}",
  "roster.export.busy":
    "La base de datos estuvo ocupada demasiado tiempo con otra importación o un guardado largo, " +
    "así que no se guardó nada. Espera a que termine e importa de nuevo.",
  "roster.export.districtMadeMeanwhile":
    "Otra importación creó el distrito de esta base de datos mientras esta se ejecutaba, así " +
    "que no se guardó nada. Importa de nuevo: la lista irá entonces a ese distrito.",
  "roster.export.noTemporarySpace":
    "El servidor no pudo guardar las filas revisadas en su carpeta temporal ({detail}), así " +
    "que no se guardó nada. Libera espacio en el disco del servidor (o define TMPDIR) e " +
    "importa de nuevo.",
};
