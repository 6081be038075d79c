/** A CSV cell: text is quoted as needed and guarded against formulas; numbers are written as they are. */
export type CsvValue = string | number;

/** Byte order mark: without it Excel reads UTF-8 as a legacy code page and garbles ü, é or Hebrew. */
const BOM = '\uFEFF';

/**
 * The separator a spreadsheet expects in a language: where the decimal separator is a comma
 * (German, French, Danish …), Excel splits CSV files at semicolons.
 */
export function csvDelimiter(lang: string): ',' | ';' {
  const decimal = new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal');
  return decimal?.value === ',' ? ';' : ',';
}

/** Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: CsvValue, delimiter: string): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** RFC 4180 CSV (CRLF line ends) with a byte order mark, ready to be saved as a `.csv` file. */
export function toCsv(rows: readonly (readonly CsvValue[])[], delimiter: ',' | ';' = ','): string {
  return BOM + rows.map((row) => row.map((value) => field(value, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
