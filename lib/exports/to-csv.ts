import "server-only";

export type CsvCell = string | number | boolean | null | undefined;

/** Makes Excel read the file as UTF-8, so that names like "Özdemir" or "coöperatie" survive. */
const BOM = "\uFEFF";

/**
 * Characters a spreadsheet may take as the start of a formula (including their full-width forms,
 * which some spreadsheets accept too). A text cell starting with one gets a leading apostrophe,
 * so that an answer like `=HYPERLINK(...)` is shown as text and never run.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Rows as RFC 4180 CSV: comma separated, CRLF line ends, quoted where needed, with a BOM. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}

function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  let text = typeof cell === "string" ? cell : String(cell);
  if (typeof cell === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
