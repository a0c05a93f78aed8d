/*
 * The import command's messages beside those in roster.ts (roster.cli.*): before the first
 * import, and its --json answers when it cannot import. Command-line text, read in English.
 */
export const importCommand = {
  "roster.cli.setUpFirst":
    "This database has no school yet, so nothing was imported: an import does not make the " +
    "first administrator, and nobody could sign in. Set up the school first: run npm start, " +
    "open the app in a browser and create the school and its first administrator, then import " +
    "again with the same DATA_DIR (or DATABASE_URL).",
  "roster.cli.beforeFirstImport":
    "Before the first import, set up the school: run npm start and create the school and its\n" +
    "first administrator in a browser. On a database with no school the command imports\n" +
    "nothing and says so.\n\n" +
    "With --json, a command that cannot import (asked wrongly, no school or district, stopped)\n" +
    'prints one JSON object with "imported": false, a "problem" word and a "message".',
};
