import type { Agent, Statement } from '../types.js';
import { randomUuid } from '../uuid.js';
import { ACTIVITY_TYPES } from '../vocabulary/activity-types.js';
import { VERBS } from '../vocabulary/verbs.js';
import { checkStoredRecord } from './check-stored-record.js';
import { LEARNER_RECORD_VERSION, type RecordedLevel, type RecordReading } from './learner-record.js';
import { lrsRequester, lrsUrl, type LrsConnection } from './lrs-request.js';
import type { RemoteRecordStore } from './state-document-store.js';

/** xAPI's own verb for taking statements back: the LRS keeps them, marked as voided. */
export const VOIDED_VERB = { id: 'http://adlnet.gov/expapi/verbs/voided', display: { en: 'voided' } } as const;

export interface StatementsRecordStoreOptions extends LrsConnection {
  /** The learner exactly as the recorder names them in statements. */
  readonly agent: Agent;
  /**
   * The recorder's `activity`, which its statements name in their context: only self-assessments
   * and step choices made under it count. Without it, the learner's own from anywhere count.
   */
  readonly activity?: string;
  /** The module's IRI, the object of its `completed` statement. */
  readonly moduleId?: string;
  /** Statements per page of the query. Default 500. */
  readonly pageSize?: number;
  readonly now?: () => Date;
  readonly uuid?: () => string;
}

/** Most voiding statements per request, as the recorder batches. */
const VOID_BATCH = 250;

const later = (a: string, b: string) => Date.parse(b) > Date.parse(a);

/** A step's id in the data document, from the activity IRI the career track gave it. */
function stepId(statement: Statement): string {
  const id = (statement.object as { id: string }).id;
  const track = statement.context?.contextActivities?.parent;
  const trackId = [track ?? []].flat()[0]?.id.replace(/\/+$/, '');
  const prefix = trackId ? `${trackId}/steps/` : undefined;
  return prefix && id.startsWith(prefix) ? decodeURIComponent(id.slice(prefix.length)) : id;
}

const typeOf = (statement: Statement) => (statement.object as { definition?: { type?: string } }).definition?.type;

/**
 * The learner record rebuilt from the learner's own statements, for an LRS without a State API:
 * their self-assessments (newest per skill wins), their last chosen career step and the module's
 * completion, minus what they voided. The statements are the record, so `write()` sends nothing
 * (the recorder already did); `forget()` voids the learner's self-assessments and step choices —
 * the LRS keeps them, marked voided, until the university erases them.
 */
export function statementsRecordStore(options: StatementsRecordStoreOptions): RemoteRecordStore {
  const { endpoint, agent, activity, moduleId, pageSize = 500, now = () => new Date(), uuid = randomUuid } = options;
  const request = lrsRequester(options);
  const agentParam = JSON.stringify(agent);

  /** Every statement that matches, following `more` links. */
  const query = async (verb: string, about?: { activity: string; related: boolean }): Promise<Statement[]> => {
    const found: Statement[] = [];
    let next: URL | undefined = lrsUrl(endpoint, 'statements', {
      agent: agentParam,
      verb,
      activity: about?.activity,
      related_activities: about?.related ? 'true' : undefined,
      limit: String(pageSize),
    });
    while (next) {
      const response = await request(next);
      if (!response.ok) throw new Error(`Learner record (lrs-statements): GET statements answered ${response.status}`);
      const page = (await response.json()) as { statements?: Statement[]; more?: string };
      found.push(...(page.statements ?? []));
      next = page.more ? new URL(page.more, endpoint) : undefined;
    }
    return found;
  };

  /** The learner's statements of each verb that no voiding statement of theirs took back. */
  const live = async (
    queries: readonly (readonly [verb: string, about?: { activity: string; related: boolean }])[],
  ): Promise<Statement[][]> => {
    const [voiding, ...found] = await Promise.all([
      query(VOIDED_VERB.id),
      ...queries.map(([verb, about]) => query(verb, about)),
    ]);
    const voided = new Set(voiding.map((statement) => (statement.object as { id: string }).id));
    return found.map((statements) => statements.filter((statement) => !voided.has(statement.id ?? '')));
  };

  const underActivity = activity ? { activity, related: true } : undefined;
  const aboutModule = moduleId ? { activity: moduleId, related: false } : underActivity;

  const read = async (): Promise<RecordReading | undefined> => {
    const [assessed = [], selected = [], completed = []] = await live([
      [VERBS.selfAssessed.id, underActivity],
      [VERBS.selected.id, underActivity],
      [VERBS.completed.id, aboutModule],
    ]);
    const levels: Record<string, RecordedLevel> = {};
    for (const statement of assessed) {
      const skill = (statement.object as { id: string }).id;
      const at = statement.timestamp ?? '';
      const level = statement.result?.score?.raw;
      if (typeof level === 'number' && (!levels[skill] || later(levels[skill].at, at))) levels[skill] = { level, at };
    }
    let step: { id: string; at: string } | undefined;
    for (const statement of selected) {
      const at = statement.timestamp ?? '';
      if (typeOf(statement) === ACTIVITY_TYPES.careerStep && (!step || later(step.at, at))) {
        step = { id: stepId(statement), at };
      }
    }
    let completedAt: string | undefined;
    for (const statement of completed) {
      const at = statement.timestamp ?? '';
      const aboutThisModule = !moduleId || (statement.object as { id: string }).id === moduleId;
      if (typeOf(statement) === ACTIVITY_TYPES.module && aboutThisModule && (!completedAt || later(at, completedAt))) {
        completedAt = at;
      }
    }
    if (!Object.keys(levels).length && !step && !completedAt) return undefined;
    // Statements are input from outside like any stored record: checked the same way.
    return checkStoredRecord({
      version: LEARNER_RECORD_VERSION,
      levels,
      ...(step ? { step } : {}),
      ...(completedAt ? { completed: { at: completedAt } } : {}),
    });
  };

  return {
    place: 'lrs-statements',
    writable: true,
    pending: false,
    read,
    // The recorder sends the statements that are the record; the local copy is the module's.
    write: () => Promise.resolve(),
    flush: () => Promise.resolve(),
    async forget() {
      const [assessed = [], selected = []] = await live([
        [VERBS.selfAssessed.id, underActivity],
        [VERBS.selected.id, underActivity],
      ]);
      const timestamp = now().toISOString();
      const voiding = [
        ...assessed,
        ...selected.filter((statement) => typeOf(statement) === ACTIVITY_TYPES.careerStep),
      ].map((statement) => ({
        id: uuid(),
        actor: agent,
        verb: VOIDED_VERB,
        object: { objectType: 'StatementRef', id: statement.id },
        timestamp,
      }));
      for (let start = 0; start < voiding.length; start += VOID_BATCH) {
        const response = await request(lrsUrl(endpoint, 'statements', {}), {
          method: 'POST',
          body: JSON.stringify(voiding.slice(start, start + VOID_BATCH)),
        });
        if (!response.ok) {
          throw new Error(`Learner record (lrs-statements): the LRS answered ${response.status} to the voiding`);
        }
      }
    },
    close: () => undefined,
  };
}
