import { expect } from '@open-wc/testing';
import { cmi5LmsReport, launchFromCmi5Lms, storedStatements, validateStatements } from '@lp-elements/test-support';
import { courseSelected } from '../statements/course.js';
import type { StorageLike } from '../storage.js';
import type { Statement } from '../types.js';
import { CMI5_CATEGORY, MASTERY_SCORE_EXTENSION, MOVE_ON_CATEGORY, SESSION_ID_EXTENSION } from './cmi5-vocabulary.js';
import { Cmi5LaunchError } from './launch-parameters.js';
import { Cmi5LmsError } from './lms-requests.js';
import { startCmi5Session, type Cmi5Session } from './start-cmi5-session.js';

const UNIT_URL = 'https://lp-university.example/lp/module.html';
const ACTIVITY = 'https://lp-elements.example/cmi5/au/lp-module';
const RETURN_URL = 'https://lms.example/course/42';
const COURSE = 'https://lp-university.example/cmi5/course';

/** A tab's session storage of its own, so each test is a fresh browser session. */
function tabStorage(): StorageLike {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** What the LRS holds for a registration now, oldest first. */
const storedInOrder = (registration: string) => storedStatements(registration, 0, { ascending: true });

const verbsOf = (statements: readonly Statement[]) => statements.map((statement) => statement.verb.id.split('/').pop());
const categoriesOf = (statement: Statement) =>
  ((statement.context?.contextActivities?.category ?? []) as { id: string }[]).map((activity) => activity.id);

async function start(
  url: string,
  session: StorageLike,
  navigate: (url: string) => void = () => undefined,
  more: Partial<Parameters<typeof startCmi5Session>[0]> = {},
) {
  const cmi5 = await startCmi5Session({
    pageUrl: url,
    session,
    navigate,
    recorder: { queueName: `cmi5-test-${crypto.randomUUID()}`, flushDelayMs: 0 },
    ...more,
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
    const launch = await launchFromCmi5Lms({
      unitUrl: UNIT_URL,
      activityId: ACTIVITY,
      courseId: COURSE,
      returnURL: RETURN_URL,
    });
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

    const [launched, ...statements] = await storedInOrder(launch.registration);
    expect(launched?.verb.id, 'the LMS’s statement before the launch').to.equal(
      'http://adlnet.gov/expapi/verbs/launched',
    );
    expect(verbsOf(statements)).to.deep.equal(['initialized', 'selected', 'completed', 'terminated']);
    expect(navigated).to.deep.equal([RETURN_URL]);
    const sessionIds = new Set(statements.map((statement) => statement.context?.extensions?.[SESSION_ID_EXTENSION]));
    expect(sessionIds.size, 'one session id on every statement').to.equal(1);
    for (const statement of statements) {
      expect(statement.actor).to.deep.equal(launch.actor);
      const grouping = (statement.context?.contextActivities?.grouping ?? []) as { id: string }[];
      expect(grouping[0]?.id, 'the publisher id stays first').to.equal(COURSE);
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
    const report = await cmi5LmsReport(launch.id);
    expect(report.fetchCount).to.equal(1);
    expect(report.refused, 'the strict LMS refused nothing').to.deep.equal([]);
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

    const statements = await storedInOrder(launch.registration);
    expect(verbsOf(statements)).to.deep.equal(['launched', 'initialized', 'selected', 'completed', 'terminated']);
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
    expect(verbsOf(await storedInOrder(launch.registration))).to.deep.equal(['launched', 'initialized', 'terminated']);
  });

  it('does not complete again in a new session of a registration that already completed', async () => {
    const first = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY });
    const session = await start(first.url, tabStorage());
    await session.complete();
    await session.exit();
    await finish(session);

    // Normal on purpose: the LMS would launch a satisfied unit in Review, where no completed is sent anyway.
    const second = await launchFromCmi5Lms({
      unitUrl: UNIT_URL,
      activityId: ACTIVITY,
      registration: first.registration,
      launchMode: 'Normal',
    });
    const again = await start(second.url, tabStorage());
    await again.complete();
    await again.exit();
    await finish(again);
    const verbs = verbsOf(await storedInOrder(first.registration));
    expect(verbs.filter((verb) => verb === 'completed')).to.have.length(1);
    expect(verbs.filter((verb) => verb === 'initialized')).to.have.length(2);
  });

  it('reads the learner preferences', async () => {
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY, languagePreference: 'de-DE,en' });
    const cmi5 = await start(launch.url, tabStorage());
    expect(cmi5.preferences.languagePreference).to.equal('de-DE,en');
    await cmi5.exit();
    await finish(cmi5);
    const [, initialized] = await storedInOrder(launch.registration);
    expect(initialized?.context?.language).to.equal('de-DE');
  });

  it('takes the first preferred language the unit has', async () => {
    const launch = await launchFromCmi5Lms({
      unitUrl: UNIT_URL,
      activityId: ACTIVITY,
      languagePreference: 'pl,fr-CH,de',
    });
    const cmi5 = await start(launch.url, tabStorage(), undefined, { languages: (tag) => /^(de|fr)\b/.test(tag) });
    expect(cmi5.language).to.equal('fr-CH');
    await cmi5.exit();
    await finish(cmi5);
    const [, initialized] = await storedInOrder(launch.registration);
    expect(initialized?.context?.language).to.equal('fr-CH');
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

  it('uses Moodle’s actor exactly as given, in State, Agent Profile and statements', async () => {
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY, actorForm: 'moodle' });
    expect(launch.actor).not.to.have.property('objectType');
    const cmi5 = await start(launch.url, tabStorage());
    expect(cmi5.launch.actor).to.deep.equal(launch.actor);
    await cmi5.recorder.record(courseSelected({ id: 'https://lp-elements.example/courses/lb-104' }));
    await cmi5.complete();
    await cmi5.exit();
    await finish(cmi5);
    const statements = await storedInOrder(launch.registration);
    expect(verbsOf(statements)).to.deep.equal(['launched', 'initialized', 'selected', 'completed', 'terminated']);
    expect((await validateStatements(statements)).flat()).to.deep.equal([]);
    // The LRS stores agents with objectType; what the unit sent is what the LMS received.
    const report = await cmi5LmsReport(launch.id);
    expect(report.statements.map((statement) => statement.actor)).to.deep.equal(
      statements.slice(1).map(() => launch.actor),
    );
    expect(report.refused).to.deep.equal([]);
  });

  it('sets a refused statement aside with the LMS’s reason and delivers the rest', async () => {
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY });
    const odd = 'https://lp-elements.example/courses/refused';
    const cmi5 = await start(launch.url, tabStorage(), undefined, {
      recorder: { queueName: `cmi5-test-${crypto.randomUUID()}`, flushDelayMs: 100 },
      // A host hook that breaks the actor of one statement: the LMS refuses exactly that one.
      beforeSend: (statement) =>
        (statement.object as { id: string }).id === odd
          ? { ...statement, actor: { ...statement.actor, name: 'Someone else' } }
          : statement,
    });
    await cmi5.recorder.flush();
    await Promise.all([
      cmi5.recorder.record(courseSelected({ id: 'https://lp-elements.example/courses/lb-105' })),
      cmi5.recorder.record(courseSelected({ id: odd })),
      cmi5.recorder.record(courseSelected({ id: 'https://lp-elements.example/courses/lb-106' })),
    ]);
    await cmi5.recorder.flush();
    await cmi5.exit();
    const deadLetters = await cmi5.recorder.deadLetters();
    await finish(cmi5);

    expect(deadLetters.map((letter) => (letter.statement.object as { id: string }).id)).to.deep.equal([odd]);
    expect(deadLetters[0]?.status).to.equal(403);
    expect(deadLetters[0]?.reason).to.contain('8.1.3.0-3');
    const statements = await storedInOrder(launch.registration);
    expect(verbsOf(statements)).to.deep.equal(['launched', 'initialized', 'selected', 'selected', 'terminated']);
    expect(cmi5.recorder.queueLength).to.equal(0);
  });

  it('sets aside what an abandoned session still sends, and a new session of the registration starts clean', async () => {
    const first = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY });
    const abandoned = await start(first.url, tabStorage());
    await abandoned.recorder.record(courseSelected({ id: 'https://lp-elements.example/courses/lb-107' }));
    await abandoned.recorder.flush();

    const second = await launchFromCmi5Lms({
      unitUrl: UNIT_URL,
      activityId: ACTIVITY,
      registration: first.registration,
    });
    expect((await cmi5LmsReport(first.id)).abandoned).to.equal(true);
    await abandoned.recorder.record(courseSelected({ id: 'https://lp-elements.example/courses/lb-108' }));
    await abandoned.recorder.flush();
    const letters = await abandoned.recorder.deadLetters();
    expect(letters.map((letter) => letter.reason)).to.satisfy(
      (reasons: string[]) => reasons.length === 1 && reasons[0]!.includes('abandoned'),
    );
    expect(abandoned.recorder.queueLength, 'refused, not retried forever').to.equal(0);
    await finish(abandoned);

    const resumed = await start(second.url, tabStorage());
    expect(resumed.launchData.launchMode).to.equal('Normal');
    expect(await resumed.recorder.deadLetters(), 'a queue of its own').to.deep.equal([]);
    await resumed.exit();
    await finish(resumed);
    expect(verbsOf(await storedInOrder(first.registration))).to.deep.equal([
      'launched',
      'initialized',
      'selected',
      'abandoned',
      'launched',
      'initialized',
      'terminated',
    ]);
    expect((await cmi5LmsReport(second.id)).refused).to.deep.equal([]);
  });

  it('launches in Review after completion, and sends no completion there', async () => {
    const first = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY });
    const normal = await start(first.url, tabStorage());
    await normal.complete();
    await normal.exit();
    await finish(normal);

    const second = await launchFromCmi5Lms({
      unitUrl: UNIT_URL,
      activityId: ACTIVITY,
      registration: first.registration,
    });
    const review = await start(second.url, tabStorage());
    expect(review.launchData.launchMode).to.equal('Review');
    await review.complete();
    await review.exit();
    await finish(review);
    const verbs = verbsOf(await storedInOrder(first.registration));
    expect(verbs).to.deep.equal([
      'launched',
      'initialized',
      'completed',
      'terminated',
      'launched',
      'initialized',
      'terminated',
    ]);
    expect((await cmi5LmsReport(second.id)).refused).to.deep.equal([]);
  });

  it('sends terminated once when the page goes away, and does not start that session again', async () => {
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY });
    const tab = tabStorage();
    const cmi5 = await start(launch.url, tab);
    await cmi5.recorder.record(courseSelected({ id: 'https://lp-elements.example/courses/lb-109' }));
    // Delivered first, so the page-exit request carries terminated alone (a page that lives on would
    // otherwise race its own flush, which the LMS refuses once terminated has arrived).
    await cmi5.recorder.flush();
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await cmi5.exit();
    await finish(cmi5);
    const statements = await storedInOrder(launch.registration);
    expect(verbsOf(statements)).to.deep.equal(['launched', 'initialized', 'selected', 'terminated']);
    expect(statements[3]?.result?.duration).to.match(/^PT\d+\.\d{2}S$/);
    const { refused } = await cmi5LmsReport(launch.id);
    expect(refused, JSON.stringify(refused)).to.deep.equal([]);
    let error: unknown;
    try {
      await start(launch.url, tab);
    } catch (caught) {
      error = caught;
    }
    expect(error, 'a reload after the window was left').to.be.instanceOf(Cmi5LmsError);
  });

  it('judges passed by the mastery score, which the strict LMS checks', async () => {
    const launch = await launchFromCmi5Lms({ unitUrl: UNIT_URL, activityId: ACTIVITY, masteryScore: 0.8 });
    const cmi5 = await start(launch.url, tabStorage());
    await cmi5.fail({ scaled: 0.9 });
    await cmi5.pass({ scaled: 0.9, raw: 9, min: 0, max: 10 });
    await cmi5.fail({ scaled: 0.5 });
    await cmi5.exit();
    await finish(cmi5);
    const statements = await storedInOrder(launch.registration);
    expect(verbsOf(statements)).to.deep.equal(['launched', 'initialized', 'passed', 'terminated']);
    expect(statements[2]?.result).to.deep.include({ success: true });
    expect(statements[2]?.context?.extensions?.[MASTERY_SCORE_EXTENSION]).to.equal(0.8);
    expect((await validateStatements(statements)).flat()).to.deep.equal([]);
    expect((await cmi5LmsReport(launch.id)).refused).to.deep.equal([]);
  });
});
