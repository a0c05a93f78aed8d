import type { importCommand as english } from "../en/import-command.ts";
import type { Messages } from "../messages.ts";

export const importCommand: Messages<typeof english> = {
  "roster.cli.setUpFirst":
    "Esta base de datos aún no tiene ninguna escuela, así que no se importó nada: una " +
    "importación no crea el primer administrador y nadie podría iniciar sesión. Configura " +
    "primero la escuela: ejecuta npm start, abre la aplicación en un navegador y crea la " +
    "escuela y su primer administrador; después vuelve a importar con el mismo DATA_DIR (o " +
    "DATABASE_URL).",
  "roster.cli.beforeFirstImport":
    "Antes de la primera importación, configura la escuela: ejecuta npm start y crea la\n" +
    "escuela y su primer administrador en un navegador. En una base de datos sin escuela, el\n" +
    "comando no importa nada y lo dice.\n\n" +
    "Con --json, un comando que no puede importar (mal escrito, sin escuela o distrito,\n" +
    'detenido) imprime un objeto JSON con "imported": false, una palabra "problem" y un\n' +
    '"message".',
};
