/** A UTF-8 byte-order mark, so Excel opens the file as UTF-8 and shows accents correctly. */
const CSV_BOM = "\uFEFF";

/**
 * The comma is the default; a semicolon is what Excel expects where the decimal separator is a comma
 * (French, German…), which otherwise opens a comma file as a single column.
 */
export type CsvDelimiter = "," | ";";

/**
 * One CSV cell. Text that a spreadsheet would read as a formula (OWASP: a leading =, +, -, @, tab or CR)
 * gets a leading apostrophe; numbers the app computed are written as they are, with a decimal comma in a
 * semicolon file (where the semicolon is used precisely because the comma is the decimal separator: French
 * Excel reads 0.042 as text).
 */
function csvCell(v: unknown, delimiter: CsvDelimiter): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "bigint") return String(v);
  if (typeof v === "number") return delimiter === ";" ? String(v).replace(".", ",") : String(v);
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s.includes(delimiter) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV document: BOM, CRLF line ends, every cell neutralised. */
export function csvDocument(rows: unknown[][], { delimiter = "," }: { delimiter?: CsvDelimiter } = {}): string {
  return CSV_BOM + rows.map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter)).join("\r\n") + "\r\n";
}
