import type { backup as english } from "../en/backup.ts";
import type { Messages } from "../messages.ts";

export const backup: Messages<typeof english> = {
  "backup.cli.usage":
    "Uso: maps backup ARCHIVO\n\nEscribe en ARCHIVO una copia de seguridad coherente de toda la " +
    "base de datos mientras la aplicación sigue funcionando. La base de datos es ./data (o " +
    "DATA_DIR), o PostgreSQL cuando DATABASE_URL está definida.",
  "restore.cli.usage":
    "Uso: maps restore ARCHIVO\n\nRestaura una copia hecha con maps backup en una carpeta de " +
    "datos vacía (DATA_DIR) o en una base de datos PostgreSQL vacía (DATABASE_URL). Detén la " +
    "aplicación antes y vuelve a iniciarla después.",
  "backup.cli.oneFile": "Indica exactamente un nombre de archivo.",
  "backup.cli.noDatabase": "No hay ninguna base de datos en {folder} para copiar.",
  "backup.cli.written":
    "Copia de seguridad de la base de datos {kind} escrita en {file} ({bytes} bytes).",
  "restore.cli.restored":
    "Se restauró desde {file} la copia {kind} hecha el {createdAt}. Inicia la aplicación para " +
    "usarla.",
  "backup.problem.notBackup":
    "{file} no es una copia de seguridad de Math Action Plans, o está dañada.",
  "backup.problem.wrongKind":
    "{file} es una copia de una base de datos {kind}; configura el mismo tipo de base de datos " +
    "para restaurarla (DATABASE_URL para PostgreSQL, ninguna para SQLite).",
  "backup.problem.targetNotEmpty":
    "La base de datos de destino ya contiene datos, así que no se restauró nada. Restaura en una " +
    "carpeta de datos nueva y vacía (DATA_DIR) o en una base de datos PostgreSQL nueva y vacía " +
    "(DATABASE_URL).",
  "backup.problem.toolFailed": "La herramienta de la base de datos falló: {detail}",
  "backup.problem.noSuchFile": "{file} no existe.",
};
