import type { changedMeanwhile as english } from "../en/changed-meanwhile.ts";
import type { Messages } from "../messages.ts";

export const changedMeanwhile: Messages<typeof english> = {
  "plans.removed.byName":
    "{section, select, strength {{name} quitó esta fortaleza mientras escribías.} " +
    "area {{name} quitó esta área de mejora mientras escribías.} " +
    "other {{name} quitó esta acción mientras escribías.}}",
  "plans.removed.byYou":
    "{section, select, " +
    "strength {Quitaste esta fortaleza en otra pestaña o ventana mientras escribías aquí.} " +
    "area {Quitaste esta área de mejora en otra pestaña o ventana mientras escribías aquí.} " +
    "other {Quitaste esta acción en otra pestaña o ventana mientras escribías aquí.}}",
  "plans.removed.meanwhile":
    "{section, select, strength {Esta fortaleza se quitó del plan mientras escribías.} " +
    "area {Esta área de mejora se quitó del plan mientras escribías.} " +
    "other {Esta acción se quitó del plan mientras escribías.}}",
  "plans.saved.alreadyRetired": "Eso ya se había quitado del plan, así que nada cambió.",
  "form.alreadySaved":
    "Esto ya estaba guardado. Enviar otra vez el mismo formulario no lo añadió por segunda vez.",
  "meetings.problem.withdrawnMeanwhile":
    "Estos horarios de reunión se retiraron mientras elegías, así que no se eligió ninguno. " +
    "Los horarios propuestos desde entonces aparecen abajo.",
};
