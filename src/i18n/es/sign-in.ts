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
  "signIn.passwordForgotten":
    "¿Olvidaste tu contraseña? Pide arriba un enlace para entrar. Cuando hayas entrado con él, " +
    "podrás crear una contraseña nueva en la página de tu cuenta durante {minutes, number} " +
    "minutos.",
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
  "account.password.heading": "Cambiar tu contraseña",
  "account.password.explain":
    "Escribe tu contraseña actual y después la nueva dos veces. Al cambiarla se cierran todas " +
    "tus otras sesiones: los demás dispositivos quedan fuera en menos de cinco minutos.",
  "account.password.field.current": "Contraseña actual",
  "account.password.field.new": "Contraseña nueva",
  "account.password.field.newAgain": "Repite la contraseña nueva",
  "account.password.submit": "Cambiar la contraseña",
  "account.password.changed":
    "Tu contraseña ha cambiado. Se cerraron todas tus otras sesiones; los demás dispositivos " +
    "quedan fuera en menos de cinco minutos.",
  "account.password.wrongCurrent":
    "Esa no es tu contraseña actual. Si la olvidaste, sal y entra con un enlace enviado por " +
    "correo: después podrás crear una nueva aquí.",
  "account.password.differ":
    "Las dos contraseñas nuevas no son iguales. Por favor, escríbelas otra vez.",
  "account.password.tooManyAttempts":
    "Demasiadas contraseñas incorrectas. Espera 15 minutos y vuelve a intentarlo, o sal y entra " +
    "con un enlace enviado por correo.",
  "account.password.none":
    "No tienes contraseña que cambiar: entras con un enlace enviado por correo o con una " +
    "tarjeta de acceso.",
  "account.reset.heading": "Crear una contraseña nueva",
  "account.reset.explain":
    "Entraste con un enlace enviado a tu correo, así que puedes crear una contraseña nueva sin " +
    "la anterior. Funciona una sola vez, en los {minutes, number} minutos siguientes a tu " +
    "entrada. Después se cierran todas tus otras sesiones.",
  "account.reset.submit": "Guardar la contraseña nueva",
  "account.reset.expired":
    "Una contraseña nueva sin la anterior se puede crear una sola vez, en los {minutes, number} " +
    "minutos siguientes a entrar con un enlace enviado por correo. Sal, pide un enlace nuevo y " +
    "vuelve a intentarlo.",
};
