import type { languageCoach as english } from "../en/language-coach.ts";
import type { Messages } from "../messages.ts";

export const languageCoach: Messages<typeof english> = {
  "languageCoach.title": "Una idea sobre la redacción",
  "languageCoach.intro":
    "{count, plural, one {Esta frase puede leerse como lo que le falta al estudiante y no " +
    "como lo que está construyendo:} other {Estas frases pueden leerse como lo que le falta " +
    "al estudiante y no como lo que está construyendo:}}",
  "languageCoach.finding": "«{phrase}»",
  "languageCoach.whileTyping":
    "Es solo una sugerencia: puedes guardar tus palabras tal como están.",
  "languageCoach.afterSave":
    "Tus palabras se guardaron tal como las escribiste. Si quieres, puedes editarlas teniendo " +
    "esto en cuenta.",
  "languageCoach.tooLong":
    "El asistente de redacción lee hasta {max, number} caracteres a la vez, así que este " +
    "texto no se revisó. Aun así puedes guardarlo.",
  "languageCoach.tooMany":
    "El asistente de redacción hace una pausa después de muchas revisiones seguidas. Puedes " +
    "guardar tu texto; volverá a revisarlo en un minuto.",
  "languageCoach.cli.usage":
    "Uso: maps check-language --lang en|es [--json] < enunciados.txt\n\n" +
    "Lee un enunciado por línea e indica si cada uno se lee con enfoque de carencias, con las " +
    "frases encontradas y maneras de decirlas desde las fortalezas.",
  "languageCoach.cli.badLanguage": "Idioma desconocido «{lang}»: elige en o es con --lang.",
  "languageCoach.cli.noLanguage": "Indica qué lista de palabras usar con --lang en o --lang es.",
  "languageCoach.cli.unknownOption": "Opción desconocida {option}.",
  "languageCoach.cli.deficit": "línea {line}: se lee con enfoque de carencias ({phrases})",
  "languageCoach.cli.strength": "línea {line}: se lee desde las fortalezas",
  "languageCoach.cli.suggestion": "  prueba: {suggestion}",
  "languageCoach.cli.rules": "No se pudieron leer las listas de palabras. {problem}",
};
