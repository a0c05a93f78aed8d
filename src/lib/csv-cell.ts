/*
 * The one way the app writes CSV (RFC 4180), for every export. A cell that starts with =, +, -,
 * @, a tab or a carriage return is read by spreadsheets as a formula, so such a cell gets a
 * leading apostrophe (the OWASP advice for CSV injection): the text stays readable and nothing
 * runs when a school opens the file.
 */

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const raw = String(value);
  // A plain number (a count, a negative balance) is data, not a formula.
  const neutral = typeof value !== "number" && formulaStart.test(raw) ? `'${raw}` : raw;

  return needsQuotes.test(neutral) ? `"${neutral.replaceAll('"', '""')}"` : neutral;
}

/** One line of cells, ended with CRLF as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A whole file: a header row, then the rows. A byte order mark lets Excel read UTF-8. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]) {
  return `\uFEFF${csvRow(header)}${rows.map(csvRow).join("")}`;
}
