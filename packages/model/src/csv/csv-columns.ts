/**
 * The columns of a course spreadsheet. A column name is a course field (`ects`), a nested field
 * (`provider.name`) or either with a language (`name:de`). Lists (languages, fields, audience,
 * teaches) are written in one cell, separated by `;` or new lines.
 */

/** Text columns that may carry a language: `name`, `name:de`, `name:fr-CH` … */
export const TEXT_COLUMNS = [
  'name',
  'description',
  'prerequisites',
  'provider.name',
  'credential.name',
  'credential.assessment',
  'location',
] as const;

/** Columns read once per course (from its first row). */
export const COURSE_COLUMNS = [
  'id',
  'code',
  'provider.id',
  'provider.url',
  'provider.logo',
  'provider.country',
  'url',
  'image',
  'languages',
  'mode',
  'ects',
  'eqfLevel',
  'workload',
  'price',
  'currency',
  'credential',
  'credential.ects',
  'credential.eqfLevel',
  'credential.url',
  'teaches',
  'fields',
  'audience',
] as const;

/** Columns read from every row: each row with one of them adds an instance (a run) of its course. */
export const INSTANCE_COLUMNS = ['start', 'end', 'enrolUntil', 'location.country', 'instance.url'] as const;

/** Columns every sheet needs (`name` in some language). */
export const REQUIRED_COLUMNS = ['id', 'name', 'provider.id', 'provider.name'] as const;

/** A column of the sheet: the field it fills and the language, if it names one. */
export interface Column {
  readonly name: string;
  readonly field: string;
  readonly lang: string | undefined;
  readonly index: number;
}

const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const KNOWN = new Set<string>([...COURSE_COLUMNS, ...INSTANCE_COLUMNS]);
const TEXT = new Set<string>(TEXT_COLUMNS);

/** Reads the header row: the columns it names, and the names that are not columns. */
export function readHeader(cells: readonly string[]): { columns: Column[]; unknown: string[] } {
  const columns: Column[] = [];
  const unknown: string[] = [];
  cells.forEach((cell, index) => {
    const name = cell.trim();
    const [field = '', lang] = name.split(':');
    if (lang !== undefined ? TEXT.has(field) && LANGUAGE.test(lang) : TEXT.has(field) || KNOWN.has(field)) {
      columns.push({ name, field, lang, index });
    } else if (name !== '') unknown.push(name);
  });
  return { columns, unknown };
}

/** Splits a list cell at `;` and line breaks, dropping empty entries. */
export function listCell(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}
