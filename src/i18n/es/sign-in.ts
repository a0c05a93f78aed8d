import type { signIn as english } from "../en/sign-in.ts";
import type { Messages } from "../messages.ts";

export const signIn: Messages<typeof english> = {
  "signIn.title": "Entrar",
  "signIn.linkTitle": "Enviarme un enlace para entrar",
  "signIn.linkIntro":
    "Para estudiantes, familias y personal: te enviamos un enlace por correo y, al abrirlo, " +
    "entras. No hace falta contraseña.",
  "signIn.field.email": "Correo electrónico",
  "signIn.linkSubmit": "Enviarme un enlace para entrar",
  "signIn.passwordTitle": "Entrar con contraseña",
  "signIn.passwordIntro": "Para administradores que han creado una contraseña.",
  "signIn.field.password": "Contraseña",
  "signIn.passwordSubmit": "Entrar",
  "signIn.wrongPassword":
    "Ese correo y esa contraseña no coinciden. Por favor, inténtalo de nuevo o pide un enlace " +
    "para entrar.",
  "signIn.sentTitle": "Revisa tu correo",
  "signIn.sentBody":
    "Si esa dirección pertenece a alguien de la escuela, un enlace para entrar va en camino. " +
    "El enlace sirve una sola vez, dentro de 3 días.",
  "signIn.sentAgain":
    "¿No llega el correo después de unos minutos? Revisa la carpeta de correo no deseado o " +
    "pídelo otra vez.",
  "signIn.confirmTitle": "Terminar de entrar",
  "signIn.confirmBody": "Pulsa el botón para entrar en Planes de Acción de Matemáticas.",
  "signIn.confirmButton": "Entrar",
  "signIn.linkFailedTitle": "Este enlace para entrar ya no funciona",
  "signIn.linkFailedBody":
    "Un enlace para entrar sirve una sola vez, dentro de 3 días. Pide uno nuevo: escribe tu " +
    "correo aquí abajo.",

  "signInEmail.subject": "Tu enlace para entrar en Planes de Acción de Matemáticas",
  "signInEmail.preview": "Tu enlace para entrar en Planes de Acción de Matemáticas.",
  "signInEmail.greeting": "Hola, {name}:",
  "signInEmail.body":
    "Abre este enlace para entrar en Planes de Acción de Matemáticas. Sirve una sola vez, " +
    "dentro de 3 días:",
  "signInEmail.button": "Entrar",
  "signInEmail.ignore": "Si no pediste este enlace, puedes ignorar este correo.",
  "signInEmail.footer":
    "Recibes este correo porque alguien pidió un enlace para entrar con esta dirección.",

  "card.staffTitle": "Tarjeta de acceso de {name}",
  "card.intro":
    "Una tarjeta de acceso permite a {name} entrar sin contraseña, abriendo su enlace o " +
    "escaneando su código QR. Guárdala en privado, como la llave de casa.",
  "card.inUse": "Está en uso una tarjeta hecha el {made}.",
  "card.lastUsed": "Último uso: {used}.",
  "card.neverUsed": "Todavía no se ha usado.",
  "card.none": "{name} no tiene ninguna tarjeta de acceso en uso.",
  "card.create": "Hacer una tarjeta de acceso",
  "card.replace": "Hacer una tarjeta nueva",
  "card.replaceHint": "La tarjeta en uso deja de funcionar cuando se hace una nueva.",
  "card.revoke": "Desactivar la tarjeta",
  "card.revoked": "La tarjeta ya no funciona.",
  "card.printTitle": "Tarjeta de acceso de {name}",
  "card.scan": "Escanea el código o abre el enlace para entrar en Planes de Acción de Matemáticas.",
  "card.qrLabel": "Código QR que abre el enlace de acceso de {name}",
  "card.print": "Imprimir",
  "card.language.label": "Idioma de la tarjeta",
  "card.language.keptFamily":
    "El idioma que elijas también se guarda para los correos de {name}, salvo que elija otro en " +
    "la aplicación.",
  "card.language.chosenByThem":
    "{name} eligió {language} en la aplicación; sus correos siguen en ese idioma, sea cual sea " +
    "el de la tarjeta.",
  "card.shownOnce":
    "Este enlace solo se muestra ahora. Imprímelo o compártelo antes de salir de esta página; " +
    "si se pierde, haz una tarjeta nueva.",
  "card.back": "Volver a la tarjeta de {name}",
  "card.backToSharing": "Volver a compartir el plan de {studentName}",
  "card.backToStudents": "Volver a la lista de estudiantes",
  "card.openTitle": "Entrar",
  "card.openHello": "Hola, {name}.",
  "card.openBody": "Pulsa el botón para entrar.",
  "card.openButton": "Entrar",
  "card.failedTitle": "Esta tarjeta no funciona",
  "card.failedBody": "Por favor, pide a tu docente una tarjeta de acceso nueva.",
  "signIn.tooManyAttempts":
    "Demasiados intentos de entrar. Espera 15 minutos y vuelve a intentarlo, o pide un enlace " +
    "para entrar.",
  "signIn.tooManyLinkRequests":
    "Se pidieron demasiados enlaces para entrar. Espera una hora y revisa tu correo: los " +
    "enlaces ya enviados siguen ahí.",
  "account.title": "Tu cuenta",
  "account.signedInAs": "Has entrado como {name}.",
  "account.languageHint":
    "Verás las páginas y recibirás los correos en el idioma que elijas arriba, en cualquier " +
    "página.",
  "account.everywhere.heading": "Salir en todos los dispositivos",
  "account.everywhere.explain":
    "Si entraste en un teléfono o computadora compartidos o perdidos, esto cierra todas tus " +
    "sesiones, también esta. Los demás dispositivos quedan fuera en menos de cinco minutos.",
  "account.everywhere.button": "Salir en todos los dispositivos",
  "account.everywhere.done": "Has salido en todos los dispositivos.",
};
