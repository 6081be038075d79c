/** One problem in a spreadsheet; rows count from 1 (the header) as spreadsheets number them. */
export interface CsvProblem {
  readonly row: number;
  /** The column's name in the header; absent when the whole row or file is wrong. */
  readonly column?: string;
  readonly message: string;
}
