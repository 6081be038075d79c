import type { LocalizeController } from '../base/localize/localize-controller.js';
import { csvDelimiter, toCsv } from './csv.js';
import { downloadText } from './download.js';
import { matrixCsvRows } from './matrix-csv.js';
import type { MatrixSubject } from './matrix-inputs.js';
import type { MatrixView } from './matrix-view.js';
import type { RowGroup } from './row-order.js';

/**
 * Saves what the matrix shows as a CSV file (loaded on the first click of "Download CSV"), named
 * after whom it compares with what, separated as a spreadsheet in the page's language expects.
 */
export function exportCsv(
  container: ParentNode,
  view: MatrixView,
  groups: readonly RowGroup[],
  localize: LocalizeController,
  subject: MatrixSubject,
): void {
  const rows = matrixCsvRows(view, groups, localize, subject.teamView);
  const who = subject.team?.id ?? view.people.map((person) => person.id).join('-');
  const name = `skill-gaps-${who}-${subject.target.id}`.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 120);
  downloadText(container, toCsv(rows, csvDelimiter(localize.lang)), `${name}.csv`, 'text/csv;charset=utf-8');
}
