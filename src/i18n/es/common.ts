import type { common as english } from "../en/common.ts";
import type { Messages } from "../messages.ts";

export const common: Messages<typeof english> = {
  "app.name": "Planes de Acción de Matemáticas",
  "nav.skip": "Saltar al contenido principal",
  "nav.home": "Inicio",
  "nav.students": "Mis estudiantes",
  "nav.roster": "Lista de la escuela",
  "nav.school": "Ajustes de la escuela",
  "nav.outbox": "Correo enviado",
  "nav.signIn": "Entrar",
  "nav.signOut": "Salir",
  "nav.signedInAs": "Has entrado como {name}",
  "nav.main": "Principal",
  "nav.language": "Idioma",
  "error.title": "Hay algo que revisar",
  "error.back": "Volver a la página de inicio",
  "error.fieldsIntro": "Por favor, corrige lo siguiente:",
  "error.invalid_input": "Hay que revisar parte de lo que escribiste.",
  "error.unauthenticated": "Por favor, entra para continuar.",
  "error.forbidden": "No tienes acceso a esta página.",
  "error.not_found": "No encontramos esa página.",
  "error.conflict":
    "Otra persona cambió esto al mismo tiempo. Por favor, revísalo y vuelve a intentarlo.",
  "error.rate_limited":
    "Demasiados intentos. Por favor, espera unos minutos y vuelve a intentarlo.",
  "error.unreadableForm":
    "No pudimos leer el formulario. Vuelve atrás, revisa lo que escribiste y envíalo de nuevo.",
  "error.unexpected": "Algo falló de nuestro lado. Tu último cambio no se guardó.",
  "form.save": "Guardar",
  "form.cancel": "Cancelar",
  "voice.student": "Estudiante",
  "voice.family": "Familia",
  "voice.teacher": "Docente",
  "time.zone.ownSchool": "Las horas están en la zona horaria de tu escuela, {school} ({zone}).",
  "time.zone.firstSchool":
    "Las horas están en la zona horaria de {school} ({zone}), la primera escuela del distrito, " +
    "porque no figuras en ninguna escuela.",
  "time.zone.none": "Las horas están en UTC: el distrito todavía no tiene escuelas.",
};
