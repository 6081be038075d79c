import { Task, TaskStatus } from '@lit/task';
import type { DataLoadError, Problem } from '@lp-elements/model';
import type { ReactiveControllerHost } from 'lit';
import { LpDataErrorEvent, type DataProblem } from '../events/data-error-event.js';
import type { LocalizeController } from '../localize/localize-controller.js';
import { SliceRunner } from '../slice-runner.js';
import type { DataSourceProperties, LoadedData } from './data-source.js';
import type * as DataReader from './data-reader.js';

type DataHost = ReactiveControllerHost & HTMLElement & DataSourceProperties;

/** Options of a `DataDocumentController`. */
export interface DataDocumentOptions {
  /**
   * Whether the element needs its data read now; always by default. A course card given a whole
   * course object, for example, uses `data` only to name skills and has nothing to check.
   */
  readonly when?: () => boolean;
  /**
   * Checks a document (an object given, or one loaded from `src`) with more than `above` courses
   * a slice at a time after the first screen, and shows the first `preview` courses that pass
   * their own checks meanwhile (see `checking`). Every document is checked at once by default.
   */
  readonly inSlices?: { readonly above: number; readonly preview: number };
}

/** Parts left out of usable data, and why. */
export interface SkippedNotice {
  readonly parts: number;
  readonly problems: readonly DataProblem[];
}

/** Why there is nothing to show: every problem, in the element's language. */
export interface DataFailure {
  readonly source: string;
  readonly problems: readonly DataProblem[];
  /** Whether trying again may help (the network or the server failed, not the data). */
  readonly retryable: boolean;
}

/** By name: the class lives in the reader module, which bundles load only when there is data. */
const isDataLoadError = (error: unknown): error is DataLoadError =>
  error instanceof Error && error.name === 'DataLoadError';

type Reader = typeof DataReader;
type Salvaged = ReturnType<Reader['salvageDataDocument']>;

/**
 * Documents already checked, by the object given or loaded: elements that share one object (a
 * training module hands the same document to its track, matrix and catalogue) or one `src` check
 * it once. A check in slices is kept once it ends, not while it runs: an element that asks
 * meanwhile checks the document itself.
 */
const salvagedObjects = new WeakMap<object, Salvaged>();

/** Data (given or loaded) in which nothing is usable. */
class UnusableDataError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super('the data has no usable part');
    this.name = 'UnusableDataError';
    this.problems = problems;
  }
}

/**
 * Gives an element its data document from the `data` property (an object or JSON text) or the
 * `src` attribute (fetched once per URL for the whole page; a new value aborts the old request).
 * Bad data never throws: parts with problems are left out and listed, and when nothing is usable
 * the failure is listed instead. Either way the element gets one `lp-data-error` event and one
 * console warning per data it was given, with every problem's JSON path.
 */
export class DataDocumentController {
  private readonly host: DataHost;
  private readonly localize: LocalizeController;
  private readonly when: () => boolean;
  private readonly inSlices: DataDocumentOptions['inSlices'];
  private task: Task<[string | undefined, unknown, boolean], LoadedData | undefined> | undefined;
  private slices: SliceRunner | undefined;
  /** The first courses of a large document, shown while the rest is checked. */
  private preview: LoadedData | undefined;
  private reported: unknown;

  constructor(host: DataHost, localize: LocalizeController, options: DataDocumentOptions = {}) {
    this.host = host;
    this.localize = localize;
    this.when = options.when ?? (() => true);
    this.inSlices = options.inSlices;
    // The task starts with the first update that needs data: an element that never does (a card
    // given a course object) is not rendered again for a task's pending and complete states. Lit
    // updates a controller added during an update in that same update, so the task runs at once.
    host.addController({
      hostUpdate: () => {
        this.task ??= this.when() ? this.createTask() : undefined;
      },
    });
  }

  private createTask() {
    return new Task(this.host, {
      args: () => [this.host.src, this.host.data, this.when()] as [string | undefined, unknown, boolean],
      task: ([src, data, needed], { signal }) => (needed ? this.read(src, data, signal) : Promise.resolve(undefined)),
      onComplete: () => {
        this.preview = undefined;
      },
      onError: () => {
        this.preview = undefined;
      },
    });
  }

  /**
   * The usable data, once it is there (stays while new data loads, so the element does not flash).
   * While a large document is checked in slices, its first courses that pass (see `checking`).
   */
  get value(): LoadedData | undefined {
    return this.preview ?? this.task?.value;
  }

  /** Whether `value` holds only the first courses of a document whose other courses are still being checked. */
  get checking(): boolean {
    return this.preview !== undefined;
  }

  /** Whether data is being loaded or read. */
  get pending(): boolean {
    return this.task?.status === TaskStatus.PENDING;
  }

  /** Why nothing can be shown, when that is so. */
  get failure(): DataFailure | undefined {
    return this.task?.status === TaskStatus.ERROR ? this.describeFailure(this.task.error) : undefined;
  }

  /** What was left out of usable data: how many parts, and every problem in the element's language. */
  get skipped(): SkippedNotice {
    const parts = this.value?.skipped ?? [];
    return { parts: parts.length, problems: this.value?.problems.map((problem) => this.describe(problem)) ?? [] };
  }

  private async read(src: string | undefined, data: unknown, signal: AbortSignal): Promise<LoadedData | undefined> {
    const fromProperty = data !== undefined && data !== null;
    if (!fromProperty && !src) return undefined;
    const source = fromProperty ? 'property' : String(src);
    this.preview = undefined;
    try {
      const reader = await import('./data-reader.js');
      const given = fromProperty ? data : await reader.loadDataDocumentJson(source, { signal });
      const result = await this.salvage(reader, given, source, signal);
      if (!result.document) throw new UnusableDataError(result.problems);
      return this.report({ ...result, document: result.document, source });
    } catch (error) {
      if (!signal.aborted) this.reportFailure(this.describeFailure(error, source));
      throw error;
    }
  }

  /** The usable part of the data, checked once per object for the whole page (see `salvagedObjects`). */
  private async salvage(reader: Reader, data: unknown, source: string, signal: AbortSignal): Promise<Salvaged> {
    if (typeof data !== 'object' || data === null) return reader.salvageDataDocument(data);
    let result = salvagedObjects.get(data);
    if (!result) {
      const courses = (data as { courses?: unknown }).courses;
      const sliced = this.inSlices && Array.isArray(courses) && courses.length > this.inSlices.above;
      result = sliced ? await this.salvageInSlices(reader, data, source, signal) : reader.salvageDataDocument(data);
      salvagedObjects.set(data, result);
    }
    return result;
  }

  /** A large document a slice at a time, with its first courses that pass shown meanwhile. */
  private async salvageInSlices(reader: Reader, data: object, source: string, signal: AbortSignal): Promise<Salvaged> {
    const document = reader.previewDataDocument(data, this.inSlices?.preview ?? 0);
    if (document && !signal.aborted) {
      this.preview = { document, source, skipped: [], problems: [] };
      this.host.requestUpdate();
    }
    this.slices ??= new SliceRunner(this.host);
    return this.slices.run(reader.salvageDataDocumentSteps(data), signal);
  }

  /** A problem of the model in the element's language. */
  describe(problem: Problem): DataProblem {
    const messages = this.localize.translation.dataProblems;
    const message = (messages[problem.code] as (params: Problem['params']) => string)(problem.params);
    return { path: problem.path, code: problem.code, message };
  }

  private describeFailure(error: unknown, source = 'property'): DataFailure {
    const problems = (error as { problems?: readonly Problem[] }).problems ?? [];
    if (problems.length > 0 && (!isDataLoadError(error) || error.kind === 'invalid')) {
      return { source, problems: problems.map((problem) => this.describe(problem)), retryable: false };
    }
    if (isDataLoadError(error)) {
      const message =
        error.kind === 'http'
          ? this.localize.term('loadFailedStatus', error.url, error.status ?? 0)
          : error.kind === 'json'
            ? this.localize.term('dataNotJson', error.url)
            : this.localize.term('loadFailed', error.url);
      const retryable = error.kind === 'network' || error.kind === 'http';
      return { source: error.url, problems: [{ path: '$', code: error.kind, message }], retryable };
    }
    const message = this.localize.term('loadFailed', source);
    return { source, problems: [{ path: '$', code: 'unreadable', message }], retryable: false };
  }

  /** Loads or reads the data again, e.g. after a network failure (a failed load is never cached). */
  retry(): void {
    this.reported = undefined;
    void this.task?.run();
  }

  private report(loaded: LoadedData): LoadedData {
    if (loaded.skipped.length > 0) {
      const problems = loaded.problems.map((problem) => this.describe(problem));
      this.reportFailure({ source: loaded.source, problems, retryable: false });
    }
    return loaded;
  }

  private reportFailure(failure: DataFailure): void {
    // One report per data given: a re-render or a language change must not repeat it.
    const given = this.host.data ?? this.host.src;
    if (this.reported === given) return;
    this.reported = given;
    const tag = this.host.localName;
    const lines = failure.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    console.warn(`<${tag}>: problems in the data from ${failure.source}:\n${lines}`);
    this.host.dispatchEvent(new LpDataErrorEvent(failure));
  }
}
