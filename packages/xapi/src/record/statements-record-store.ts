import type { Agent, Statement } from '../types.js';
import { randomUuid } from '../uuid.js';
import { ACTIVITY_TYPES } from '../vocabulary/activity-types.js';
import { VERBS } from '../vocabulary/verbs.js';
import { checkStoredRecord, type StoredRecordProblem } from './check-stored-record.js';
import { LEARNER_RECORD_VERSION, type LearnerRecord, type RecordedLevel } from './learner-record.js';
import { lrsRequester, lrsUrl, type LrsConnection } from './lrs-request.js';
import type { RemoteRecordStore } from './state-document-store.js';

/** xAPI's own verb for taking statements back: the LRS keeps them, marked as voided. */
export const VOIDED_VERB = { id: 'http://adlnet.gov/expapi/verbs/voided', display: { en: 'voided' } } as const;

export interface StatementsRecordStoreOptions extends LrsConnection {
  /** The learner exactly as the recorder names them in statements. */
  readonly agent: Agent;
  /** The recorder's `activity` (the page or module): only statements about it count. */
  readonly activity?: string;
  /** The module's skills: levels of other skills are left out with a warning. */
  readonly knownSkills?: ReadonlySet<string>;
  /** Statements per page of the query. Default 500. */
  readonly pageSize?: number;
  /** Told once per read when statements could not be used; one console warning by default. */
  readonly onProblems?: (problems: readonly StoredRecordProblem[]) => void;
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
  const { endpoint, agent, activity, knownSkills, pageSize = 500, now = () => new Date(), uuid = randomUuid } = options;
  const onProblems =
    options.onProblems ??
    ((problems) => {
      console.warn(
        `Learner record (lrs-statements): ${problems.length} part(s) left out: ${problems
          .map(({ path, message }) => `${path} ${message}`)
          .join('; ')}`,
      );
    });
  const request = lrsRequester(options);
  const agentParam = JSON.stringify(agent);

  /** Every statement that matches, following `more` links. */
  const query = async (verb: string, aboutActivity: boolean): Promise<Statement[]> => {
    const found: Statement[] = [];
    let next: URL | undefined = lrsUrl(endpoint, 'statements', {
      agent: agentParam,
      verb,
      ...(aboutActivity && activity ? { activity, related_activities: 'true' } : {}),
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
  const live = async (verbs: readonly string[]): Promise<Statement[][]> => {
    const [voiding, ...found] = await Promise.all([
      query(VOIDED_VERB.id, false),
      ...verbs.map((verb) => query(verb, true)),
    ]);
    const voided = new Set(voiding.map((statement) => (statement.object as { id: string }).id));
    return found.map((statements) => statements.filter((statement) => !voided.has(statement.id ?? '')));
  };

  const read = async (): Promise<LearnerRecord | undefined> => {
    const [assessed = [], selected = [], completed = []] = await live([
      VERBS.selfAssessed.id,
      VERBS.selected.id,
      VERBS.completed.id,
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
      if (typeOf(statement) === ACTIVITY_TYPES.module && (!completedAt || later(at, completedAt))) completedAt = at;
    }
    if (!Object.keys(levels).length && !step && !completedAt) return undefined;
    const { record, problems } = checkStoredRecord(
      {
        version: LEARNER_RECORD_VERSION,
        levels,
        ...(step ? { step } : {}),
        ...(completedAt ? { completed: { at: completedAt } } : {}),
      },
      knownSkills,
    );
    if (problems[0]) onProblems(problems);
    return record;
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
      const [assessed = [], selected = []] = await live([VERBS.selfAssessed.id, VERBS.selected.id]);
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
