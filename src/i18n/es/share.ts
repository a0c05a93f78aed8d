import type { share as english } from "../en/share.ts";
import type { Messages } from "../messages.ts";

export const share: Messages<typeof english> = {
  "share.title": "Compartir el plan de {studentName} con la familia",
  "share.intro":
    "Cada familiar que elijas recibe un correo con la Visión de Matemáticas de la escuela, el " +
    "Progreso en Matemáticas y un enlace personal al plan. El enlace sirve una sola vez, dentro " +
    "de {hours, number} horas, y solo inicia su sesión cuando pulsan el botón de la página que " +
    "se abre.",
  "share.recipients": "Enviar el plan a",
  "share.noEmail": "{name} no tiene correo electrónico en la lista de la escuela.",
  "share.printCard": "Imprimir una tarjeta de acceso para {name}",
  "share.cards.title": "Tarjetas de acceso",
  "share.cards.intro":
    "Una tarjeta es un enlace personal con un código QR que permite entrar sin contraseña a " +
    "quien la tiene. Imprime una para el estudiante, o para un familiar sin correo " +
    "electrónico. Al hacer una tarjeta nueva, la anterior deja de funcionar.",
  "share.cards.link": "Tarjeta de acceso de {name}",
  "share.noFamily": "Ningún familiar está vinculado a {studentName} en la lista de la escuela.",
  "share.send": "Enviar el plan por correo",
  "share.back": "Volver al plan",
  "share.sent":
    "{count, plural, one {El plan va en camino a # familiar.} " +
    "other {El plan va en camino a # familiares.}}",
  "share.keptNotice":
    "No hay un servidor de correo configurado, así que los correos esperan en Correo enviado, " +
    "donde un administrador puede hacer llegar los enlaces.",
  "share.field.guardians": "Enviar el plan a",
  "share.problem.noneChosen": "Por favor, elige al menos un familiar.",
  "share.problem.notFamily":
    "Uno de los familiares elegidos ya no está vinculado al estudiante o no tiene correo " +
    "electrónico. Por favor, vuelve a elegir.",
  "share.field.languages": "El idioma de cada correo",
  "share.languages.legend": "El idioma de cada correo",
  "share.languages.hint":
    "La lista de la escuela no siempre dice qué idioma lee cada familiar. El idioma que elijas " +
    "aquí se guarda para sus correos y tarjetas de acceso; el que elija la persona en la " +
    "aplicación va primero.",
  "share.languages.label": "Idioma para {name}",
  "share.languages.unknown": "No se sabe: {language}, el idioma predeterminado de la escuela",
  "share.languages.chosenByThem":
    "{name} eligió {language} en la aplicación, así que su correo se escribe en ese idioma.",
  "share.problem.notWritten":
    "El plan no se envió a nadie: no se pudo escribir el correo para {name} con los datos de la " +
    "lista de la escuela. Pide a un administrador que revise el nombre y el correo de este " +
    "familiar en la lista.",
  "share.problem.notSent":
    "El plan no se envió a nadie. Vuelve a intentarlo; si vuelve a pasar, avisa a un " +
    "administrador.",
};
