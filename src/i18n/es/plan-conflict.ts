import type { planConflict as english } from "../en/plan-conflict.ts";
import type { Messages } from "../messages.ts";

export const planConflict: Messages<typeof english> = {
  "plans.conflict.title": "Estas palabras cambiaron mientras las editaba",
  "plans.conflict.lead":
    "Alguien guardó un cambio en estas palabras mientras usted las editaba. Su texto aún no se " +
    "ha guardado: compare los dos y guarde las palabras que quiera conservar.",
  "plans.conflict.yours": "Lo que usted escribió",
  "plans.conflict.current": "Las palabras que hay ahora en el plan",
  "plans.conflict.mergeHint":
    "Su texto está en el cuadro de abajo. Añada lo que quiera conservar de las palabras que hay " +
    "ahora en el plan y guarde.",
  "plans.conflict.gone.title": "No se pudieron guardar sus palabras",
  "plans.conflict.gone.lead":
    "Mientras editaba, estas palabras se quitaron del plan o el plan dejó de aceptar cambios. No " +
    "se guardó nada. Aquí está lo que escribió, para que pueda copiarlo.",
  "plans.conflict.backToPlan": "Volver al plan",
};
