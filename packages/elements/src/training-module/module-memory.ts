import type { Levels } from '@lp-elements/model';

/** What a learner did in a module, kept for the browser tab's session so a reload resumes it. */
export interface ModuleMemory {
  readonly step?: string;
  readonly levels: Levels;
  /** Skills the learner assessed themselves. */
  readonly assessed: readonly string[];
  readonly completed: boolean;
}

const EMPTY: ModuleMemory = { levels: {}, assessed: [], completed: false };

/**
 * Reads and writes a module's memory in sessionStorage: one tab, one session, as an LMS launch is
 * (a new launch starts clean). Storage that fails (private modes, quotas) only loses the resume.
 */
export class ModuleMemoryStore {
  private readonly key: string;

  constructor(key: string) {
    this.key = `lp-training-module:${key}`;
  }

  read(): ModuleMemory {
    try {
      const saved = globalThis.sessionStorage.getItem(this.key);
      if (!saved) return EMPTY;
      // Read as unknown: another version of this page may have written something else.
      const value = JSON.parse(saved) as Record<string, unknown>;
      return {
        ...(typeof value.step === 'string' ? { step: value.step } : {}),
        levels: typeof value.levels === 'object' && value.levels !== null ? (value.levels as Levels) : {},
        assessed: Array.isArray(value.assessed)
          ? value.assessed.filter((skill): skill is string => typeof skill === 'string')
          : [],
        completed: value.completed === true,
      };
    } catch {
      return EMPTY;
    }
  }

  write(memory: ModuleMemory): void {
    try {
      globalThis.sessionStorage.setItem(this.key, JSON.stringify(memory));
    } catch {
      // Without storage the module still works; only a reload starts over.
    }
  }
}
