import { expect } from '@open-wc/testing';
import { expectExactlyStored, localLrs, lrsFetch, validateStatements, waitFor } from '@lp-elements/test-support';
import { memoryQueue } from '../queue/memory-queue.js';
import { openQueue } from '../queue/open-queue.js';
import { courseViewed } from '../statements/course.js';
import { CONTEXT_AGENTS_EXTENSION } from '../statement/for-version.js';
import { EXAMPLES } from '../testing/examples.js';
import { createFaultProxy } from '../testing/fault-proxy.js';
import type { PartialStatement, Statement } from '../types.js';
import { randomUuid } from '../uuid.js';
import { StatementRejectedError } from '../validation/statement-problem.js';
import { createRecorder, type Recorder } from './create-recorder.js';
import type { RecorderNotice } from './notices.js';
import type { RecorderOptions } from './recorder-options.js';

const HOME = 'https://lp-elements.example';
const course = (n: number) => courseViewed({ id: `${HOME}/courses/c-${n}`, name: `Course ${n}` });

/** What the LRS adds to a statement it stores. */
const withoutLrsFields = ({
  stored: _stored,
  authority: _authority,
  version: _version,
  ...rest
}: Statement & { version?: string }) => rest;

async function expectValid(statements: readonly unknown[]): Promise<void> {
  expect((await validateStatements(statements)).flat(), 'Learning Locker validator warnings').to.deep.equal([]);
}

describe('createRecorder against the local LRS', function () {
  this.timeout(20_000);

  let registration: string;
  let recorder: Recorder | undefined;
  let notices: RecorderNotice[];

  const start = async (options: Partial<RecorderOptions> = {}) => {
    const { endpoint, auth } = await localLrs();
    recorder = createRecorder({
      endpoint,
      auth,
      registration,
      actorHomePage: HOME,
      activity: `${HOME}/modules/recorder-test`,
      queueName: `lp-xapi-test-${registration}`,
      flushDelayMs: 10,
      retryBaseMs: 100,
      retryMaxMs: 300,
      timeoutMs: 2000,
      ...options,
    });
    notices = [];
    recorder.subscribe((notice) => notices.push(notice));
    return recorder;
  };

  beforeEach(() => {
    registration = randomUuid();
  });

  afterEach(async () => {
    await recorder?.close();
    recorder = undefined;
  });

  it('delivers every kind of statement, and what the LRS returns is what was sent', async () => {
    const r = await start();
    const sent = await Promise.all(Object.values(EXAMPLES).map((partial) => r.record(partial)));
    const stored = await expectExactlyStored(
      registration,
      sent.map((s) => s?.id ?? ''),
    );
    for (const statement of sent) {
      const response = await lrsFetch(`statements?statementId=${statement?.id ?? ''}`);
      expect(withoutLrsFields((await response.json()) as Statement)).to.deep.equal(
        JSON.parse(JSON.stringify(statement)),
      );
    }
    await expectValid([...sent, ...stored]);
    expect(r.queueLength).to.equal(0);
    expect(notices.map((n) => n.type)).to.include.members(['queued', 'sent']);
  });

  it('refuses bad input before queueing, saying which rule and where', async () => {
    const r = await start();
    const bad: readonly (readonly [PartialStatement, string, string])[] = [
      [{ ...course(1), verb: { id: 'viewed' } }, '$.verb.id', 'iri'],
      [{ ...course(1), result: { score: { scaled: 2 } } }, '$.result.score', 'score-range'],
      [{ ...course(1), result: { duration: '5 minutes' } }, '$.result.duration', 'duration'],
      [{ ...course(1), colour: 'red' } as PartialStatement, '$.colour', 'unknown-key'],
      [courseViewed({ id: `${HOME}/c`, name: 'A\u0000B' }), '$.object.definition.name.en', 'text'],
      [courseViewed({ id: 'javascript:alert(document.cookie)' }), '$.object.id', 'hostile-iri'],
      [{ ...course(1), extra: () => 1 } as unknown as PartialStatement, '$', 'not-json'],
    ];
    for (const [statement, path, rule] of bad) {
      let error: unknown;
      await r.record(statement).catch((caught: unknown) => (error = caught));
      expect(error, rule).to.be.instanceOf(StatementRejectedError);
      expect((error as StatementRejectedError).problems).to.deep.include({ path, rule });
    }
    expect(r.queueLength).to.equal(0);
    const failed = notices.flatMap((n) => (n.type === 'failed' ? [n] : []));
    expect(failed.map((n) => n.reason)).to.deep.equal(bad.map(() => 'invalid'));
    // Learning Locker's validator agrees on what it checks too.
    const [verbWarnings] = await validateStatements([{ ...failed[0]!.statements[0] }]);
    expect(verbWarnings).not.to.deep.equal([]);
  });

  it('lets beforeSend change a statement or drop it', async () => {
    const r = await start({
      beforeSend: (statement) => {
        if (statement.object.objectType === 'Activity' && statement.object.id.endsWith('c-2')) return undefined;
        return { ...statement, result: { extensions: { [`${HOME}/extensions/host-note`]: 'checked' } } };
      },
    });
    const kept = await r.record(course(1));
    expect(await r.record(course(2))).to.equal(undefined);
    const [stored] = await expectExactlyStored(registration, [kept?.id ?? '']);
    expect(stored?.result?.extensions).to.deep.equal({ [`${HOME}/extensions/host-note`]: 'checked' });
    await expectValid([stored]);
  });

  it('takes lp-xapi-statement events from its subtree after the host could cancel or change them', async () => {
    const r = await start();
    const region = document.createElement('section');
    const host = document.createElement('div');
    const button = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    region.append(host);
    document.body.append(region);
    const stop = r.listen(region);
    const reported: string[] = [];
    const onReport = (event: Event) => reported.push(event.type);
    region.addEventListener('lp-xapi-sent', onReport);
    const hostListener = (event: Event) => {
      const { statement } = (event as CustomEvent<{ statement: PartialStatement }>).detail;
      if (statement.object.objectType === 'Activity' && statement.object.id.endsWith('c-1')) event.preventDefault();
      else statement.result = { response: 'changed by the host' };
    };
    document.addEventListener('lp-xapi-statement', hostListener);
    try {
      for (const n of [1, 2]) {
        button.dispatchEvent(
          new CustomEvent('lp-xapi-statement', {
            detail: { statement: course(n) },
            bubbles: true,
            composed: true,
            cancelable: true,
          }),
        );
      }
      await waitFor('the statement to be sent', () => reported.includes('lp-xapi-sent'));
      const queued = notices.filter((n) => n.type === 'queued').flatMap((n) => n.statements);
      expect(queued.map((s) => s.object.objectType === 'Activity' && s.object.id)).to.deep.equal([
        `${HOME}/courses/c-2`,
      ]);
      const [stored] = await expectExactlyStored(registration, [queued[0]?.id ?? '']);
      expect(stored?.result?.response).to.equal('changed by the host');
    } finally {
      document.removeEventListener('lp-xapi-statement', hostListener);
      stop();
      region.remove();
    }
  });

  it('lets only the nearest recorder take an event', async () => {
    const outer = await start();
    const innerNotices: RecorderNotice[] = [];
    const inner = createRecorder({
      endpoint: (await localLrs()).endpoint,
      auth: (await localLrs()).auth,
      registration,
      actorHomePage: HOME,
      queue: memoryQueue(),
      flushDelayMs: 10,
    });
    inner.subscribe((notice) => innerNotices.push(notice));
    const page = document.createElement('div');
    const region = document.createElement('div');
    page.append(region);
    document.body.append(page);
    const stopOuter = outer.listen(page);
    const stopInner = inner.listen(region);
    try {
      region.dispatchEvent(
        new CustomEvent('lp-xapi-statement', { detail: { statement: course(3) }, bubbles: true, cancelable: true }),
      );
      await waitFor('the inner recorder', () => innerNotices.some((n) => n.type === 'sent'));
      expect(notices.filter((n) => n.type === 'queued')).to.have.length(0);
    } finally {
      stopOuter();
      stopInner();
      await inner.close();
      page.remove();
    }
  });

  it('refuses to queue past its limit, with a clear error', async () => {
    const proxy = await createFaultProxy((await localLrs()).endpoint);
    await proxy.down();
    try {
      const r = await start({ endpoint: proxy.endpoint, maxQueued: 2 });
      await r.record(course(1));
      await r.record(course(2));
      let error: unknown;
      await r.record(course(3)).catch((caught: unknown) => (error = caught));
      expect(String(error)).to.contain('2 statements already wait for the LRS');
      expect(notices.some((n) => n.type === 'failed' && n.reason === 'queue-full')).to.equal(true);
      expect(r.queueLength).to.equal(2);
    } finally {
      await recorder?.close();
      recorder = undefined;
      await proxy.close();
    }
  });

  it('sets aside a statement the LRS refuses, with its reason, and delivers the rest of the batch', async () => {
    const proxy = await createFaultProxy((await localLrs()).endpoint);
    const badId = randomUuid();
    await proxy.faults([{ status: 400, when: badId, times: 10 }]);
    try {
      const r = await start({ endpoint: proxy.endpoint, flushDelayMs: 200 });
      const good = await Promise.all([r.record(course(1)), r.record({ ...course(2), id: badId }), r.record(course(3))]);
      await expectExactlyStored(registration, [good[0]?.id ?? '', good[2]?.id ?? '']);
      await waitFor('the dead letter', async () => (await r.deadLetters()).length === 1);
      const [letter] = await r.deadLetters();
      expect(letter?.id).to.equal(badId);
      expect(letter?.status).to.equal(400);
      expect(letter?.reason).to.contain('injected 400');
      expect(notices.some((n) => n.type === 'failed' && n.reason === 'rejected' && n.status === 400)).to.equal(true);
      await r.forgetDeadLetters([badId]);
      expect(await r.deadLetters()).to.deep.equal([]);
    } finally {
      await recorder?.close();
      recorder = undefined;
      await proxy.close();
    }
  });

  it('counts a 409 for an id the LRS already holds as delivered', async () => {
    const r = await start();
    const first = await r.record(course(1));
    await expectExactlyStored(registration, [first?.id ?? '']);
    await r.record({ ...course(99), id: first?.id });
    await waitFor(
      'the conflicting statement to leave the queue',
      () => r.queueLength === 0 && notices.filter((n) => n.type === 'sent').length === 2,
    );
    expect(await r.deadLetters()).to.deep.equal([]);
    const [stored] = await expectExactlyStored(registration, [first?.id ?? '']);
    expect(stored?.object).to.deep.equal(first?.object);
  });

  it('speaks 1.0.3 to an LRS that offers nothing newer, mapping xAPI 2.0 context agents down', async () => {
    const r = await start({ version: '2.0.0' });
    const teacher = { objectType: 'Agent' as const, account: { homePage: HOME, name: 'teacher-1' } };
    const sent = await r.record({
      ...course(5),
      context: {
        contextAgents: [{ objectType: 'contextAgent', agent: teacher, relevantTypes: [`${HOME}/roles/instructor`] }],
      },
    });
    const [stored] = await expectExactlyStored(registration, [sent?.id ?? '']);
    expect(stored?.version).to.match(/^1\.0\./);
    expect(stored?.context?.instructor).to.deep.equal(teacher);
    expect(stored?.context?.extensions?.[CONTEXT_AGENTS_EXTENSION]).to.deep.equal(sent?.context?.contextAgents);
    await expectValid([stored]);
  });

  it('keeps one anonymous account per browser and one registration per tab session', async () => {
    const { endpoint, auth } = await localLrs();
    const a = createRecorder({ endpoint, auth, actorHomePage: HOME, queue: memoryQueue() });
    const b = createRecorder({ endpoint, auth, actorHomePage: HOME, queue: memoryQueue() });
    try {
      expect(a.context.actor).to.deep.equal(b.context.actor);
      expect(a.context.actor).to.deep.equal({
        objectType: 'Agent',
        account: { homePage: HOME, name: localStorage.getItem('lp-xapi-anonymous-id') },
      });
      expect(a.context.registration).to.equal(sessionStorage.getItem('lp-xapi-registration'));
      expect(b.context.registration).to.equal(a.context.registration);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('falls back to a memory queue, with a warning, where IndexedDB refuses to open', async () => {
    // A stand-in for private modes and sandboxed frames where IndexedDB throws: Chromium here always has it.
    const original = indexedDB.open.bind(indexedDB);
    const warnings: string[] = [];
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    };
    try {
      const queue = await openQueue(`lp-xapi-refused-${registration}`, (message) => warnings.push(message));
      expect(queue.durable).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('lost if the page closes');
    } finally {
      indexedDB.open = original;
    }
  });
});
