import type { ProblemCode, ProblemParams } from '@lp-elements/model';

/** One message per problem code of the data document, built from the problem's params. */
export type DataProblemMessages = { readonly [C in ProblemCode]: (params: ProblemParams[C]) => string };

/** Strings for data that could not be loaded or used. */
export interface DataTerms {
  /** A problem in words, without its path (the path is shown beside it), e.g. `no skill has the id "…"`. */
  readonly dataProblems: DataProblemMessages;
  /** Above the list of left-out parts when the rest of the data is shown: `2 parts of the data were left out:`. */
  readonly dataSkipped: (count: number) => string;
  /** A data document answered with an HTTP error status. */
  readonly loadFailedStatus: (url: string, status: number) => string;
  /** A data document that is not JSON. */
  readonly dataNotJson: (url: string) => string;
}
