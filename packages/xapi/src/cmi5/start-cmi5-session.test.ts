import { expect } from '@open-wc/testing';
import { cmi5LmsReport, launchFromCmi5Lms, lrsFetch, validateStatements } from '@lp-elements/test-support';
import { courseSelected } from '../statements/course.js';
import type { StorageLike } from '../storage.js';
import type { Statement } from '../types.js';
import { CMI5_CATEGORY, MOVE_ON_CATEGORY, SESSION_ID_EXTENSION } from './cmi5-vocabulary.js';
import { Cmi5LaunchError } from './launch-parameters.js';
import { startCmi5Session, type Cmi5Session } from './start-cmi5-session.js';

const UNIT_URL = 'https://lp-university.example/lp/module.html';
const ACTIVITY = 'https://lp-elements.example/cmi5/au/lp-module';
const RETURN_URL = 'https://lms.example/course/42';

/** A tab's session storage of its own, so each test is a fresh browser session. */
function tabStorage(): StorageLike {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

async function storedStatements(registration: string): Promise<Statement[]> {
  const response = await lrsFetch(`statements?registration=${registration}&ascending=true&limit=200`);
  return ((await response.json()) as { statements: Statement[] }).statements;
}

const verbsOf = (statements: readonly Statement[]) => statements.map((statement) => statement.verb.id.split('/').pop());
const categoriesOf = (statement: Statement) =>
  ((statement.context?.contextActivities?.category ?? []) as { id: string }[]).map((activity) => activity.id);

async function start(url: string, session: StorageLike, navigate: (url: string) => void = () => undefined) {
  const cmi5 = await startCmi5Session({
    pageUrl: url,
    session,
    navigate,
    recorder: { queueName: `cmi5-test-${crypto.randomUUID()}`, flushDelayMs: 0 },
  });
  if (!cmi5) throw new Error('expected a cmi5 launch');
  return cmi5;
}

async function finish(cmi5: Cmi5Session) {
  await cmi5.recorder.flush();
  await cmi5.recorder.close();
}

describe('startCmi5Session against the stand-in LMS and the local LRS', () => {
  it('sends a valid cmi5 sequence: initialized first, completed once, terminated last, then returns', async () => {
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY, returnURL: RETURN_URL });
    const navigated: string[] = [];
    const cmi5 = await start(launch.url, tabStorage(), (url) => navigated.push(url));
    expect(cmi5.launchData.launchMode).to.equal('Normal');
    await cmi5.recorder.record(
      courseSelected({ id: 'https://lp-elements.example/courses/lb-101', name: 'Reading the job market' }),
    );
    await cmi5.complete();
    await cmi5.complete();
    await cmi5.exit();
    await finish(cmi5);

    const statements = await storedStatements(launch.registration);
    expect(verbsOf(statements)).to.deep.equal(['initialized', 'selected', 'completed', 'terminated']);
    expect(navigated).to.deep.equal([RETURN_URL]);
    const sessionIds = new Set(statements.map((statement) => statement.context?.extensions?.[SESSION_ID_EXTENSION]));
    expect(sessionIds.size, 'one session id on every statement').to.equal(1);
    for (const statement of statements) {
      expect(statement.actor).to.deep.equal(launch.actor);
      const grouping = (statement.context?.contextActivities?.grouping ?? []) as { id: string }[];
      expect(grouping.map((activity) => activity.id)).to.include('https://lp-elements.example/cmi5/course');
    }
    const [initialized, selected, completed, terminated] = statements as [Statement, Statement, Statement, Statement];
    expect(categoriesOf(initialized)).to.include(CMI5_CATEGORY.id);
    expect(categoriesOf(selected), 'allowed statements carry no cmi5 category').not.to.include(CMI5_CATEGORY.id);
    expect(categoriesOf(completed)).to.include.members([CMI5_CATEGORY.id, MOVE_ON_CATEGORY.id]);
    expect(completed.result).to.include({ completion: true });
    expect(completed.result?.duration).to.match(/^PT\d+\.\d{2}S$/);
    expect(terminated.result?.duration).to.match(/^PT\d+\.\d{2}S$/);
    const warnings = await validateStatements(statements);
    expect(warnings.flat()).to.deep.equal([]);
    expect((await cmi5LmsReport(launch.id)).fetchCount).to.equal(1);
  });

  it('keeps the token and the session across a reload: no second fetch, no second initialized', async () => {
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY });
    const tab = tabStorage();
    const first = await start(launch.url, tab);
    await first.recorder.record(courseSelected({ id: 'https://lp-elements.example/courses/lb-102' }));
    await finish(first);

    const reloaded = await start(launch.url, tab);
    await reloaded.complete();
    await reloaded.exit();
    await finish(reloaded);

    const statements = await storedStatements(launch.registration);
    expect(verbsOf(statements)).to.deep.equal(['initialized', 'selected', 'completed', 'terminated']);
    expect((await cmi5LmsReport(launch.id)).fetchCount).to.equal(1);
    expect((await validateStatements(statements)).flat()).to.deep.equal([]);
  });

  it('sends no completed in Browse mode, and nothing after terminated', async () => {
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY, launchMode: 'Browse' });
    const cmi5 = await start(launch.url, tabStorage());
    await cmi5.complete();
    await cmi5.exit();
    await cmi5.recorder.record(courseSelected({ id: 'https://lp-elements.example/courses/lb-103' }));
    await finish(cmi5);
    expect(verbsOf(await storedStatements(launch.registration))).to.deep.equal(['initialized', 'terminated']);
  });

  it('does not complete again in a new session of a registration that already completed', async () => {
    const first = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY });
    const session = await start(first.url, tabStorage());
    await session.complete();
    await session.exit();
    await finish(session);

    const second = await launchFromCmi5Lms({
      unitUrl: UNIT_URL,
      activityId: ACTIVITY,
      registration: first.registration,
      learner: first.actor.account.name,
    });
    const again = await start(second.url, tabStorage());
    await again.complete();
    await again.exit();
    await finish(again);
    const verbs = verbsOf(await storedStatements(first.registration));
    expect(verbs.filter((verb) => verb === 'completed')).to.have.length(1);
    expect(verbs.filter((verb) => verb === 'initialized')).to.have.length(2);
  });

  it('reads the learner preferences', async () => {
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY, languagePreference: 'de-DE,en' });
    const cmi5 = await start(launch.url, tabStorage());
    expect(cmi5.preferences.languagePreference).to.equal('de-DE,en');
    await cmi5.exit();
    await finish(cmi5);
    const [initialized] = await storedStatements(launch.registration);
    expect(initialized?.context?.language).to.equal('de-DE');
  });

  it('resolves undefined for a page not launched by cmi5, and names a bad launch parameter', async () => {
    expect(await startCmi5Session({ pageUrl: UNIT_URL })).to.equal(undefined);
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY });
    const broken = launch.url.replace(/registration=[^&]+/, 'registration=not-a-uuid');
    let error: unknown;
    try {
      await startCmi5Session({ pageUrl: broken, session: tabStorage() });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(Cmi5LaunchError);
    expect((error as Cmi5LaunchError).parameter).to.equal('registration');
  });
});
