/**
 * The learner's record of a training module: what must survive launches, tabs and devices. One
 * record per learner and module; the elements stay stateless and the module keeps it through a
 * `RecordStore` chosen by how the page was launched. DOM-free.
 */

/** A level the learner gave themselves for one skill, and when. */
export interface RecordedLevel {
  readonly level: number;
  /** When the learner set it (ISO 8601, UTC): the newer of two levels for a skill wins a merge. */
  readonly at: string;
}

/** Version of the record's stored form; a store reads older versions part by part. */
export const LEARNER_RECORD_VERSION = 1;

export interface LearnerRecord {
  readonly version: typeof LEARNER_RECORD_VERSION;
  /** The career step the learner chose last, and when. */
  readonly step?: { readonly id: string; readonly at: string };
  /** Self-assessed level per skill IRI: every skill here was assessed by the learner. */
  readonly levels: Readonly<Record<string, RecordedLevel>>;
  /** When the module's completion was reported (sent once, ever, per learner and module). */
  readonly completed?: { readonly at: string };
}

/** One part of a stored record that was ignored, and why. */
export interface RecordProblem {
  /** JSON path of the ignored value in what was stored, e.g. `$.levels["https://…"].at`. */
  readonly path: string;
  readonly code: 'not-a-record' | 'unsupported-version' | 'invalid-value' | 'unknown-skill';
  readonly message: string;
}

/** A record as a store read it: what could be used, and what was ignored. */
export interface RecordReading {
  readonly record: LearnerRecord;
  readonly problems: readonly RecordProblem[];
}

/** Where a record lives, for notices and docs. */
export type RecordPlace = 'cmi5-state' | 'lrs-state' | 'lrs-statements' | 'local';

/** One route's way of keeping the record (cmi5 State, the LRS, localStorage …). */
export interface RecordStore {
  readonly place: RecordPlace;
  /** False in cmi5 Browse and Review: the record is read, never written. */
  readonly writable: boolean;
  /**
   * The stored record, checked part by part with `checkStoredRecord` (so never a throw for bad
   * content); undefined when there is none. Rejects only when the place cannot be reached.
   */
  read(): Promise<RecordReading | undefined>;
  /**
   * Stores the record merged with what is stored now (`mergeRecords`). Rejects when it could not
   * be stored (offline, refused): the caller keeps the record and writes it again later.
   */
  write(record: LearnerRecord): Promise<void>;
  /** Deletes what this store keeps of the learner ("Forget my answers"). */
  forget(): Promise<void>;
  /**
   * Calls `listener` when another tab or window changed the stored record (where the place can
   * tell, as localStorage can); returns the unsubscribe.
   */
  watch?(listener: (reading: RecordReading | undefined) => void): () => void;
}
