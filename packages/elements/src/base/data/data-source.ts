import type { DataDocument, Problem, SkippedPart } from '@lp-elements/model';

/** A data document an element can use, where it came from, and what of it was left out. */
export interface LoadedData {
  readonly document: DataDocument;
  /** The `src` URL, or `property` when the document was given as the `data` property. */
  readonly source: string;
  readonly skipped: readonly SkippedPart[];
  readonly problems: readonly Problem[];
}

/** What an element with data accepts: a URL or the document itself (an object or JSON text). */
export interface DataSourceProperties {
  src?: string | undefined;
  data?: unknown;
}
