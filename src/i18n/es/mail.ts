import type { mail as english } from "../en/mail.ts";
import type { Messages } from "../messages.ts";

export const mail: Messages<typeof english> = {
  "mail.linkFallback": "Si el botón no funciona, copia esta dirección en tu navegador:",
  "mail.checkInReminder.subject":
    "Seguimiento {when, select, today {hoy} other {mañana}}: Plan de Acción de Matemáticas de " +
    "{studentName}",
  "mail.checkInReminder.preview":
    "El seguimiento de {studentName} es {when, select, today {hoy} other {mañana}}, {date}.",
  "mail.checkInReminder.title":
    "Un seguimiento del plan de {studentName} {when, select, today {hoy} other {mañana}}",
  "mail.checkInReminder.greeting": "Hola, {name}:",
  "mail.checkInReminder.intro":
    "El Plan de Acción de Matemáticas de {studentName} tiene un seguimiento el {date}. Es un " +
    "momento para ver juntos cómo van las acciones y cambiarlas si hace falta.",
  "mail.checkInReminder.update":
    "Antes puedes enviar una breve actualización desde el plan: qué salió bien y qué fue difícil.",
  "mail.checkInReminder.open": "Abrir el plan de {studentName}",
  "mail.checkInReminder.footer":
    "Recibes este mensaje porque formas parte del Plan de Acción de Matemáticas de {studentName} " +
    "en {schoolName}.",
  "mail.planShared.subject": "El Plan de Acción de Matemáticas de {studentName}, de {schoolName}",
  "mail.planShared.title": "El Plan de Acción de Matemáticas de {studentName}",
  "mail.planShared.preview":
    "{teacherName} compartió contigo el Plan de Acción de Matemáticas de {studentName}.",
  "mail.planShared.greeting": "Hola, {guardianName}:",
  "mail.planShared.intro":
    "{teacherName}, de {schoolName}, compartió contigo el Plan de Acción de Matemáticas de " +
    "{studentName}. En él verás lo que {studentName} hace bien en matemáticas y en qué va a " +
    "trabajar ahora. Por favor, léelo y añade tus propias palabras: lo que ves en casa y cómo " +
    "te gustaría ayudar.",
  "mail.planShared.open": "Abrir el plan de {studentName}",
  "mail.planShared.attached": "El plan también va adjunto en PDF, para guardarlo o imprimirlo.",
  "mail.planShared.linkNote":
    "Este enlace es solo para ti; por favor, no reenvíes este correo. Sirve una sola vez, " +
    "dentro de {hours, number} horas. Abrirlo no inicia tu sesión: la página que se abre tiene " +
    "un botón para eso. Si el enlace ya no funciona, pide uno nuevo a {teacherName}.",
  "mail.planShared.vision": "La Visión de Matemáticas de nuestra escuela",
  "mail.planShared.progress": "Progreso en Matemáticas",
  "mail.planShared.strengths": "Fortalezas",
  "mail.planShared.noStrengths": "Todavía no hay fortalezas escritas.",
  "mail.planShared.areas": "Áreas de mejora",
  "mail.planShared.noAreas": "Todavía no hay áreas de mejora escritas.",
  "mail.planShared.inVoice":
    "{voice, select, student {En palabras de {studentName}} family {En palabras de la familia} " +
    "other {En palabras del docente}}",
  "mail.planShared.helpedBy": "Fortalezas que ayudan: {strengths}",
  "mail.planShared.footer":
    "{schoolName} te envió este correo a través de Planes de Acción de Matemáticas porque " +
    "{teacherName} compartió contigo el plan de {studentName}.",
  "outbox.title": "Correo enviado",
  "outbox.intro":
    "Cada correo que la aplicación ha escrito para tu distrito, del más nuevo al más antiguo.",
  "outbox.keptNotice":
    "No hay un servidor de correo configurado (SMTP_URL), así que los correos se guardan aquí " +
    "en lugar de enviarse. Abre un correo para hacer llegar su enlace a la persona, por " +
    "ejemplo por teléfono o en papel.",
  "outbox.empty": "Todavía no se ha escrito ningún correo.",
  "outbox.caption": "Correos de tu distrito",
  "outbox.to": "Para",
  "outbox.subject": "Asunto",
  "outbox.status": "Estado",
  "outbox.time": "Escrito",
  "outbox.sentAt": "Enviado",
  "outbox.attempts": "Intentos",
  "outbox.lastError": "Última respuesta del servidor de correo",
  "outbox.statusName":
    "{status, select, pending {Esperando envío} sending {Enviándose} sent {Enviado} " +
    "failed {No entregado} kept {Guardado aquí} other {{status}}}",
  "outbox.pages": "Páginas de correo enviado",
  "outbox.older": "Correo más antiguo",
  "outbox.newer": "Correo más reciente",
  "outbox.email.title": "Correo para {name}",
  "outbox.email.back": "Volver a Correo enviado",
  "outbox.email.text": "Texto sin formato",
  "outbox.email.html": "Como lo ve quien lo recibe",
  "outbox.email.htmlHint":
    "Se muestra sin sus colores y con los enlaces desactivados, para que nada en él pueda " +
    "ejecutarse aquí.",
  "outbox.email.frameTitle": "El correo {subject}, con formato",
};
