import type { school as english } from "../en/school.ts";
import type { Messages } from "../messages.ts";

export const school: Messages<typeof english> = {
  "home.title": "Bienvenida",
  "home.intro":
    "Un Plan de Acción de Matemáticas lo escriben juntos el estudiante, su familia y su " +
    "docente: las fortalezas del estudiante en matemáticas, en qué trabajar después y qué hará " +
    "cada uno para ayudar.",
  "home.signIn": "Entrar",
  "home.exploreDemo": "Explorar la escuela de demostración",

  "myPlans.title": "Mis planes",
  "myPlans.yours": "Tus planes",
  "myPlans.child": "Planes de {name}",
  "myPlans.none": "Todavía no hay ningún plan. Tu docente empezará uno contigo.",
  "myPlans.noneForChild": "Todavía no hay ningún plan para {name}. El docente empezará uno.",
  "myPlans.noChildren":
    "Todavía no hay ningún estudiante vinculado a tu cuenta. Por favor, pide a la escuela que " +
    "te añada como familiar.",
  "myPlans.plan": "Plan empezado el {date}",
  "myPlans.schoolYear": "Año escolar {year}",
  "myPlans.startedBy": "Empezado por {name}",

  "setup.title": "Configura tu escuela",
  "setup.intro":
    "Te damos la bienvenida. Crea tu escuela y tu propia cuenta de administrador. Después " +
    "podrás escribir la Visión de Matemáticas de la escuela e importar tu lista.",
  "setup.schoolLegend": "Tu escuela",
  "setup.adminLegend": "Tú, el primer administrador",
  "setup.field.schoolName": "Nombre de la escuela",
  "setup.field.timeZone": "Zona horaria",
  "setup.hint.timeZone": "Las reuniones y los seguimientos se muestran en esta zona horaria.",
  "setup.field.givenName": "Nombre",
  "setup.field.familyName": "Apellidos",
  "setup.field.email": "Correo electrónico",
  "setup.hint.email": "Aquí se envían tus enlaces para entrar y tus mensajes.",
  "setup.field.password": "Contraseña",
  "setup.hint.password": "Al menos 10 caracteres. Una frase corta es fácil de recordar.",
  "setup.field.passwordAgain": "Repite la contraseña",
  "setup.submit": "Crear la escuela",
  "setup.passwordsDiffer": "Las dos contraseñas no son iguales. Por favor, escríbelas otra vez.",
  "setup.alreadyDone": "Esta escuela ya está configurada. Por favor, entra.",
  "setup.demoTitle": "¿Solo quieres mirar?",
  "setup.demoIntro":
    "Carga una escuela de demostración con estudiantes, familias, un docente y un plan " +
    "inventados, y explórala como cada uno de ellos.",
  "setup.demoSubmit": "Cargar una escuela de demostración",

  "demo.title": "Explorar como…",
  "demo.intro":
    "Esta es una escuela de demostración: todas sus personas son inventadas. Entra como " +
    "cualquiera de ellas para ver la aplicación como la ven.",
  "demo.warning":
    "Cualquiera que abra esta aplicación puede entrar como estas personas, así que no escribas " +
    "aquí datos de estudiantes reales.",
  "demo.role.administrator": "El administrador",
  "demo.role.teacher": "El docente",
  "demo.role.student": "Un estudiante",
  "demo.role.guardian": "Un familiar",
  "demo.about.administrator":
    "Lleva los ajustes de la escuela y la lista, y ve a todos los estudiantes.",
  "demo.about.teacher": "Ve a los estudiantes de dos clases y escribe planes con ellos.",
  "demo.about.student": "Ve su propio plan y añade a él.",
  "demo.about.guardian": "Ve el plan de su hijo o hija y añade a él.",
  "demo.signInAs": "Entrar como {name}",

  "school.title": "Ajustes de la escuela",
  "school.intro": "Estos ajustes se aplican a todos los planes de {name}.",
  "school.saved": "Los ajustes de la escuela están guardados.",
  "school.welcome":
    "Tu escuela está lista. Empieza por su Visión de Matemáticas: cómo debería ser aprender " +
    "matemáticas en tu escuela para cada estudiante.",
  "school.others": "Escuelas del distrito",
  "school.field.name": "Nombre de la escuela",
  "school.translations.legend": "La Visión Matemática en los idiomas de las familias",
  "school.translations.hint":
    "Las familias que leen uno de estos idiomas verán su traducción en el plan y en los correos; " +
    "deje un cuadro vacío para mostrar la visión de arriba. Las palabras que las personas " +
    "escriben en los planes nunca se traducen.",
  "school.field.visionIn": "Visión Matemática en {language}",
  "school.field.mathVision": "Visión de Matemáticas",
  "school.hint.mathVision":
    "Un texto breve que aparece al principio de cada plan. Hasta 2000 caracteres; se " +
    "conservan los saltos de línea.",
  "school.field.timeZone": "Zona horaria",
  "school.field.cadence": "Días entre seguimientos",
  "school.hint.cadence":
    "De 1 a 90. Los nuevos seguimientos se planifican con estos días de separación.",
  "school.cadenceRange": "{field} debe ser un número entero de 1 a 90.",
  "school.visionTitle": "La Visión de Matemáticas como la muestran los planes",
  "school.noVision": "Todavía no hay Visión de Matemáticas.",
};
