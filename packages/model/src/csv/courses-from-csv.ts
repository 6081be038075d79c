import { parse } from 'csv-parse/sync';
import type { Course, CourseInstance, Credential, DataDocument, Price, Provider } from '../document.js';
import type { LocalizedText } from '../text.js';
import { parseDataDocument } from '../validate/parse-data-document.js';
import { readHeader, listCell, REQUIRED_COLUMNS, type Column, INSTANCE_COLUMNS } from './csv-columns.js';
import type { CsvProblem } from './csv-problem.js';
import { locateProblem, type CourseRows } from './csv-problem-location.js';

/** Options of `coursesFromCsv`. */
export interface CsvImportOptions {
  /** The language of columns without one (`name` rather than `name:de`); `en` by default. */
  readonly lang?: string;
  /** A data document whose frameworks the skills in `teaches` are checked against; without one they are not checked. */
  readonly frameworksFrom?: DataDocument;
}

/** The courses read from a spreadsheet and the problems found. */
export interface CsvImport {
  readonly courses: readonly Course[];
  readonly problems: readonly CsvProblem[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Row = readonly string[];

class CourseSheet {
  readonly problems: CsvProblem[] = [];
  private readonly byField = new Map<string, Column[]>();

  constructor(
    columns: readonly Column[],
    private readonly lang: string,
  ) {
    for (const column of columns) this.byField.set(column.field, [...(this.byField.get(column.field) ?? []), column]);
  }

  has(field: string): boolean {
    return this.byField.has(field);
  }

  private fail(row: number, column: string, message: string): void {
    this.problems.push({ row, column, message });
  }

  cell(row: Row, field: string): string | undefined {
    const column = this.byField.get(field)?.find((candidate) => candidate.lang === undefined);
    const value = column === undefined ? undefined : row[column.index]?.trim();
    return value === '' ? undefined : value;
  }

  text(row: Row, field: string): LocalizedText | undefined {
    const entries = (this.byField.get(field) ?? [])
      .map((column) => [column.lang ?? this.lang, row[column.index]?.trim() ?? ''] as const)
      .filter(([, value]) => value !== '');
    if (entries.length === 0) return undefined;
    const onlyPlain = entries.length === 1 && this.byField.get(field)?.every((column) => column.lang === undefined);
    return onlyPlain ? entries[0]?.[1] : Object.fromEntries(entries);
  }

  number(row: Row, rowNumber: number, field: string, integer = false): number | undefined {
    const value = this.cell(row, field);
    if (value === undefined) return undefined;
    const parsed = Number(value.replace(',', '.'));
    if (Number.isFinite(parsed) && (!integer || Number.isInteger(parsed))) return parsed;
    this.fail(rowNumber, field, `"${value}" is not ${integer ? 'a whole number' : 'a number'}`);
    return undefined;
  }

  workload(row: Row, rowNumber: number): string | undefined {
    const value = this.cell(row, 'workload');
    if (value === undefined || value.startsWith('P')) return value;
    const hours = this.number(row, rowNumber, 'workload');
    return hours === undefined ? undefined : `PT${hours}H`;
  }

  price(row: Row, rowNumber: number): Price | undefined {
    const value = this.cell(row, 'price');
    if (value === undefined) return undefined;
    if (value.toLowerCase() === 'free') return { category: 'free' };
    const amount = this.number(row, rowNumber, 'price');
    if (amount === undefined) return undefined;
    if (amount === 0) return { category: 'free' };
    const currency = this.cell(row, 'currency');
    return currency === undefined ? { category: 'paid', amount } : { category: 'paid', amount, currency };
  }

  teaches(row: Row, rowNumber: number): Course['teaches'] {
    const entries = listCell(this.cell(row, 'teaches') ?? '');
    if (entries.length === 0) return undefined;
    return entries.flatMap((entry) => {
      const separator = entry.lastIndexOf('=');
      const level = Number(entry.slice(separator + 1));
      if (separator > 0 && Number.isInteger(level)) return [{ skill: entry.slice(0, separator).trim(), level }];
      this.fail(rowNumber, 'teaches', `"${entry}" is not a skill IRI and a level, such as https://…/networking=3`);
      return [];
    });
  }

  list(row: Row, field: string): string[] | undefined {
    const entries = listCell(this.cell(row, field) ?? '');
    return entries.length === 0 ? undefined : entries;
  }

  instance(row: Row): CourseInstance | undefined {
    const instance: Mutable<CourseInstance> = {};
    const set = <K extends keyof CourseInstance>(key: K, value: CourseInstance[K] | undefined) => {
      if (value !== undefined) instance[key] = value;
    };
    set('start', this.cell(row, 'start'));
    set('end', this.cell(row, 'end'));
    set('enrolUntil', this.cell(row, 'enrolUntil'));
    const locationName = this.text(row, 'location');
    const country = this.cell(row, 'location.country');
    if (locationName !== undefined) set('location', country ? { name: locationName, country } : { name: locationName });
    set('url', this.cell(row, 'instance.url'));
    return Object.keys(instance).length === 0 ? undefined : instance;
  }

  course(row: Row, rowNumber: number): Mutable<Course> {
    const course: Record<string, unknown> = {};
    const set = (key: string, value: unknown) => {
      if (value !== undefined) course[key] = value;
    };
    set('id', this.cell(row, 'id'));
    set('code', this.cell(row, 'code'));
    set('name', this.text(row, 'name'));
    set('description', this.text(row, 'description'));
    set('provider', this.provider(row));
    set('url', this.cell(row, 'url'));
    set('image', this.cell(row, 'image'));
    set('languages', this.list(row, 'languages'));
    set('mode', this.cell(row, 'mode'));
    set('ects', this.number(row, rowNumber, 'ects'));
    set('eqfLevel', this.number(row, rowNumber, 'eqfLevel', true));
    set('workload', this.workload(row, rowNumber));
    set('prerequisites', this.text(row, 'prerequisites'));
    set('price', this.price(row, rowNumber));
    set('credential', this.credential(row, rowNumber));
    set('teaches', this.teaches(row, rowNumber));
    set('fields', this.list(row, 'fields'));
    set('audience', this.list(row, 'audience'));
    return course as unknown as Mutable<Course>;
  }

  private provider(row: Row): Provider {
    const provider: Record<string, unknown> = {
      id: this.cell(row, 'provider.id'),
      name: this.text(row, 'provider.name'),
    };
    for (const key of ['url', 'logo', 'country']) {
      const value = this.cell(row, `provider.${key}`);
      if (value !== undefined) provider[key] = value;
    }
    return provider as unknown as Provider;
  }

  private credential(row: Row, rowNumber: number): Credential | undefined {
    const kind = this.cell(row, 'credential');
    if (kind === undefined) return undefined;
    const credential: Record<string, unknown> = { kind, name: this.text(row, 'credential.name') ?? kind };
    const extras = {
      ects: this.number(row, rowNumber, 'credential.ects'),
      eqfLevel: this.number(row, rowNumber, 'credential.eqfLevel', true),
      url: this.cell(row, 'credential.url'),
      assessment: this.text(row, 'credential.assessment'),
    };
    for (const [key, value] of Object.entries(extras)) if (value !== undefined) credential[key] = value;
    return credential as unknown as Credential;
  }

  /** Course columns of a repeated row must be empty or as in the course's first row. */
  sameCourse(first: Row, firstRow: number, row: Row, rowNumber: number): void {
    for (const [field, columns] of this.byField) {
      if ((INSTANCE_COLUMNS as readonly string[]).includes(field) || field === 'location') continue;
      for (const column of columns) {
        const value = row[column.index]?.trim() ?? '';
        if (value !== '' && value !== (first[column.index]?.trim() ?? '')) {
          this.fail(rowNumber, column.name, `differs from row ${firstRow}, where this course begins`);
        }
      }
    }
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The separator spreadsheets saved this file with: the one the header row (outside quotes) uses most. */
function delimiterOf(text: string): string {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((delimiter) => header.split(delimiter).length);
  return DELIMITERS[counts.indexOf(Math.max(...counts))] ?? ',';
}

function readRows(text: string): { rows: string[][] } | { problem: CsvProblem } {
  try {
    const rows: string[][] = parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true });
    return { rows };
  } catch (error) {
    const details = error as { message?: string; records?: number };
    const row = (details.records ?? 0) + 1;
    return { problem: { row, message: String(details.message ?? error) } };
  }
}

/**
 * Turns a course catalogue kept in a spreadsheet (saved as CSV, separated by commas, semicolons or
 * tabs: whichever the header row uses most) into data-document courses. Each row is a course; rows repeating an id add instances (runs) to
 * that course. The courses are then checked like a data document, and every problem is reported
 * with the row and the column it comes from.
 */
export function coursesFromCsv(text: string, options: CsvImportOptions = {}): CsvImport {
  const read = readRows(text);
  if ('problem' in read) return { courses: [], problems: [read.problem] };
  const [header = [], ...rows] = read.rows;
  const { columns, unknown } = readHeader(header);
  const sheet = new CourseSheet(columns, options.lang ?? 'en');
  const problems: CsvProblem[] = unknown.map((name) => ({ row: 1, column: name, message: 'is not a known column' }));
  for (const required of REQUIRED_COLUMNS) {
    if (!sheet.has(required)) problems.push({ row: 1, column: required, message: 'this column is required' });
  }
  if (problems.length > 0) return { courses: [], problems };

  const courses: Mutable<Course>[] = [];
  const rowsOf: CourseRows[] = [];
  const firstRowOf = new Map<string, { index: number; row: Row; rowNumber: number }>();
  rows.forEach((row, position) => {
    const rowNumber = position + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const id = sheet.cell(row, 'id') ?? '';
    const first = firstRowOf.get(id);
    if (first) sheet.sameCourse(first.row, first.rowNumber, row, rowNumber);
    const index = first?.index ?? courses.length;
    if (!first) {
      courses.push(sheet.course(row, rowNumber));
      rowsOf.push({ first: rowNumber, instances: [] });
      firstRowOf.set(id, { index, row, rowNumber });
    }
    const instance = sheet.instance(row);
    const course = courses[index];
    const located = rowsOf[index];
    if (instance && course && located) {
      course.instances = [...(course.instances ?? []), instance];
      located.instances.push(rowNumber);
    }
  });
  problems.push(...sheet.problems);

  const frameworks = options.frameworksFrom?.frameworks;
  const checked = parseDataDocument({ lang: options.lang ?? 'en', ...(frameworks ? { frameworks } : {}), courses });
  const unchecked = new Set(frameworks ? [] : ['unknown-skill', 'level-not-on-scale']);
  for (const problem of checked.problems) {
    if (unchecked.has(problem.code)) continue;
    problems.push(locateProblem(problem, rowsOf, sheet));
  }
  problems.sort((a, b) => a.row - b.row);
  return { courses, problems };
}
