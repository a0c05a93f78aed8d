import type { planConflict as english } from "../en/plan-conflict.ts";
import type { Messages } from "../messages.ts";

export const planConflict: Messages<typeof english> = {
  "plans.conflict.title": "Estas palabras cambiaron mientras las editabas",
  "plans.conflict.lead":
    "Alguien guardó un cambio en estas palabras mientras las editabas. Tu texto aún no se " +
    "ha guardado: compara los dos y guarda las palabras que quieras conservar.",
  "plans.conflict.leadYours":
    "Guardaste un cambio en estas palabras en otra pestaña o ventana mientras las editabas " +
    "aquí. Lo que escribiste aquí aún no se ha guardado: compara los dos y guarda las palabras " +
    "que quieras conservar.",
  "plans.conflict.yours": "Lo que escribiste",
  "plans.conflict.current": "Las palabras que hay ahora en el plan",
  "plans.conflict.mergeHint":
    "Tu texto está en el cuadro de abajo. Añade lo que quieras conservar de las palabras que hay " +
    "ahora en el plan y guarda.",
  "plans.conflict.gone.title": "No se pudieron guardar tus palabras",
  "plans.unsaved.lead": "No se guardó nada. Aquí está lo que escribiste, para que puedas copiarlo.",
  "plans.unsaved.signedOut": "Tu sesión había terminado antes de que guardaras.",
  "plans.unsaved.fault": "Algo falló de nuestro lado.",
  "plans.unsaved.gone":
    "Aquello sobre lo que escribías ya no está en el plan, o ya no puedes abrirlo.",
  "plans.unsaved.signIn": "Volver a entrar",
  "plans.unsaved.signInHint":
    "Cuando hayas vuelto a entrar, regresa a esta pestaña y abre la página donde escribías: tus " +
    "palabras aparecerán otra vez. Si no aparecen, cópialas antes desde aquí.",
  "plans.unsaved.back": "Volver a la página donde escribías",
  "plans.draft.restored":
    "Recuperado: palabras que escribiste en esta pestaña y que aún no se han guardado.",
};
