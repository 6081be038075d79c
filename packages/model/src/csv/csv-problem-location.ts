import type { Problem } from '../problems/problem.js';
import type { CsvProblem } from './csv-problem.js';

/** The spreadsheet rows a course came from: its first row and the row of each instance. */
export interface CourseRows {
  readonly first: number;
  readonly instances: number[];
}

/** Column names for instance fields that differ from the field's own name. */
const INSTANCE_FIELD_COLUMNS: Readonly<Record<string, string>> = { url: 'instance.url' };
/** Course fields whose nested keys are columns of their own (`provider.url`). */
const NESTED = new Set(['provider', 'credential']);

interface Sheet {
  has(field: string): boolean;
}

const PATH = /^\$\.courses\[(\d+)\](.*)$/;
const SEGMENT = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;

function segmentsOf(rest: string): (string | number)[] {
  return [...rest.matchAll(SEGMENT)].map(
    ([, name, index, quoted]) =>
      name ?? (index === undefined ? (JSON.parse(`"${quoted ?? ''}"`) as string) : Number(index)),
  );
}

/** A language-map key names a column like `name:de` when the sheet has one. */
function textColumn(sheet: Sheet, field: string, key: string | number | undefined): string {
  return typeof key === 'string' && sheet.has(`${field}:${key}`) ? `${field}:${key}` : field;
}

function columnOf(sheet: Sheet, segments: readonly (string | number)[]): { column: string; instance?: number } {
  const [field, key, subfield, rest] = segments;
  if (typeof field !== 'string') return { column: 'id' };
  if (field === 'instances' && typeof key === 'number') {
    if (subfield === 'location') return { column: rest === 'country' ? 'location.country' : 'location', instance: key };
    const name = typeof subfield === 'string' ? subfield : 'start';
    return { column: INSTANCE_FIELD_COLUMNS[name] ?? name, instance: key };
  }
  if (field === 'price') return { column: key === 'currency' ? 'currency' : 'price' };
  if (NESTED.has(field) && typeof key === 'string') {
    const nested = `${field}.${key}`;
    if (key === 'name' || key === 'assessment') return { column: textColumn(sheet, nested, subfield) };
    return { column: key === 'kind' ? field : nested };
  }
  return { column: textColumn(sheet, field, key) };
}

/** Names the row and column a data-document problem of imported courses comes from. */
export function locateProblem(problem: Problem, rowsOf: readonly CourseRows[], sheet: Sheet): CsvProblem {
  const match = PATH.exec(problem.path);
  const rows = match ? rowsOf[Number(match[1])] : undefined;
  if (!match || !rows) return { row: 1, message: problem.message };
  const { column, instance } = columnOf(sheet, segmentsOf(match[2] ?? ''));
  const row = instance === undefined ? rows.first : (rows.instances[instance] ?? rows.first);
  return { row, column, message: problem.message };
}
