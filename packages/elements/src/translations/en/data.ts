import { PROBLEM_CODES, problemMessage, type ProblemCode, type ProblemParams } from '@lp-elements/model';
import type { DataProblemMessages, DataTerms } from '../../base/localize/data-terms.js';

const plural = new Intl.PluralRules('en');

/** The model writes its messages in English; the other languages build theirs from the same codes and params. */
const dataProblems = Object.fromEntries(
  PROBLEM_CODES.map((code) => [code, (params: ProblemParams[ProblemCode]) => problemMessage(code, params)]),
) as unknown as DataProblemMessages;

const data: DataTerms = {
  dataProblems,
  dataSkipped: (count) =>
    plural.select(count) === 'one' ? 'One part of the data was left out:' : `${count} parts of the data were left out:`,
  loadFailedStatus: (url, status) => `Could not load ${url} (HTTP status ${status}).`,
  dataNotJson: (url) => `${url} is not a JSON data document.`,
};

export default data;
