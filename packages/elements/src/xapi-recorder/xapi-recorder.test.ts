import { expect, fixture, html } from '@open-wc/testing';
import { localLrs, validateStatements, storedStatements } from '@lp-elements/test-support';
import { courseViewed, randomUuid, type PartialStatement } from '@lp-elements/xapi';
import { LpXapiFailedEvent } from '../base/events/xapi-failed-event.js';
import { LpXapiQueuedEvent } from '../base/events/xapi-queued-event.js';
import { LpXapiSentEvent } from '../base/events/xapi-sent-event.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import './define.js';
import { LpXapiRecorder } from './xapi-recorder.js';

const HOME = 'https://university.example';

/** An element that reports from inside its shadow root, as the LP elements do. */
function reporter(): { host: HTMLElement; say: (statement: PartialStatement) => LpXapiStatementEvent } {
  const host = document.createElement('div');
  const button = document.createElement('button');
  host.attachShadow({ mode: 'open' }).append(button);
  return {
    host,
    say: (statement) => {
      const event = new LpXapiStatementEvent(statement);
      button.dispatchEvent(event);
      return event;
    },
  };
}

const captureWarnings = () => {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  return { warnings, restore: () => (console.warn = original) };
};

describe('<lp-xapi-recorder>', function () {
  this.timeout(20_000);

  it('is registered, renders only its children, and does nothing before it is connected', () => {
    const element = document.createElement('lp-xapi-recorder');
    expect(element).to.be.instanceOf(LpXapiRecorder);
    element.setAttribute('endpoint', 'https://lrs.example/xAPI/');
    expect(element.recorder).to.equal(undefined);
    expect(element.queueLength).to.equal(0);
  });

  it('records what its subtree says, completed from its attributes, and reports it with typed events', async () => {
    const { endpoint, auth } = await localLrs();
    const registration = randomUuid();
    const { host, say } = reporter();
    const { warnings, restore } = captureWarnings();
    let element: LpXapiRecorder;
    try {
      element = await fixture<LpXapiRecorder>(html`
        <lp-xapi-recorder
          lang="de"
          endpoint=${endpoint}
          auth=${auth}
          registration=${registration}
          activity="${HOME}/modules/lp-101"
          actor-home-page=${HOME}
          actor-name="learner-42"
          queue-name="lp-xapi-element-${registration}"
          >${host}</lp-xapi-recorder
        >
      `);
    } finally {
      restore();
    }
    expect(warnings.map((args) => String(args[0]))).to.satisfy((lines: string[]) =>
      lines.some((line) => line.includes('for local development only')),
    );
    expect(getComputedStyle(element).display).to.equal('contents');
    const events: Event[] = [];
    const keep = (event: Event) => events.push(event);
    document.addEventListener('lp-xapi-queued', keep);
    document.addEventListener('lp-xapi-sent', keep);
    try {
      say(courseViewed({ id: `${HOME}/courses/energy`, name: 'Energie', lang: 'de' }));
      const [stored] = await storedStatements(registration, 1);
      expect(stored?.actor).to.deep.equal({ objectType: 'Agent', account: { homePage: HOME, name: 'learner-42' } });
      expect(stored?.context?.contextActivities?.grouping).to.deep.equal([
        { objectType: 'Activity', id: `${HOME}/modules/lp-101` },
      ]);
      expect(stored?.context?.language).to.equal('de');
      expect((await validateStatements([stored])).flat()).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(events[0]).to.be.instanceOf(LpXapiQueuedEvent);
      expect(events.some((event) => event instanceof LpXapiSentEvent)).to.equal(true);
      expect(element.queueLength).to.equal(0);
    } finally {
      document.removeEventListener('lp-xapi-queued', keep);
      document.removeEventListener('lp-xapi-sent', keep);
    }
  });

  it('drops a statement the host cancels, and records one the host changed', async () => {
    const { endpoint } = await localLrs();
    const registration = randomUuid();
    const { host, say } = reporter();
    await fixture(html`
      <lp-xapi-recorder
        endpoint=${endpoint}
        token-url="/__lp/xapi-token"
        registration=${registration}
        actor-home-page=${HOME}
        >${host}</lp-xapi-recorder
      >
    `);
    const onStatement = (event: LpXapiStatementEvent) => {
      if (
        event.detail.statement.object.objectType === 'Activity' &&
        event.detail.statement.object.id.endsWith('/secret')
      ) {
        event.preventDefault();
      } else event.detail.statement.result = { response: 'seen by the host' };
    };
    document.addEventListener('lp-xapi-statement', onStatement);
    try {
      expect(say(courseViewed({ id: `${HOME}/courses/secret` })).defaultPrevented).to.equal(true);
      say(courseViewed({ id: `${HOME}/courses/public` }));
      const stored = await storedStatements(registration, 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await storedStatements(registration, 1)).length).to.equal(1);
      expect(stored[0]?.object).to.deep.include({ id: `${HOME}/courses/public` });
      expect(stored[0]?.result?.response).to.equal('seen by the host');
      expect(stored[0]?.actor).to.have.nested.property('account.homePage', HOME);
    } finally {
      document.removeEventListener('lp-xapi-statement', onStatement);
    }
  });

  it('reports a statement it refuses with lp-xapi-failed, saying why', async () => {
    const { endpoint, auth } = await localLrs();
    const { host, say } = reporter();
    const { restore } = captureWarnings();
    try {
      await fixture(
        html`<lp-xapi-recorder endpoint=${endpoint} auth=${auth} actor-home-page=${HOME}>${host}</lp-xapi-recorder>`,
      );
    } finally {
      restore();
    }
    const failed = new Promise<LpXapiFailedEvent>((resolve) => {
      document.addEventListener('lp-xapi-failed', resolve, { once: true });
    });
    say({ ...courseViewed({ id: `${HOME}/courses/x` }), verb: { id: 'not an IRI' } });
    const event = await failed;
    expect(event).to.be.instanceOf(LpXapiFailedEvent);
    expect(event.detail.reason).to.equal('invalid');
    expect(event.detail.problems).to.deep.include({ path: '$.verb.id', rule: 'iri' });
  });

  it('follows a change of configuration', async () => {
    const { endpoint, auth } = await localLrs();
    const first = randomUuid();
    const second = randomUuid();
    const { host, say } = reporter();
    const { restore } = captureWarnings();
    let element: LpXapiRecorder;
    try {
      element = await fixture<LpXapiRecorder>(
        html`<lp-xapi-recorder endpoint=${endpoint} auth=${auth} registration=${first} actor-home-page=${HOME}
          >${host}</lp-xapi-recorder
        >`,
      );
    } finally {
      restore();
    }
    const before = element.recorder;
    element.registration = second;
    await element.updateComplete;
    expect(element.recorder).not.to.equal(before);
    say(courseViewed({ id: `${HOME}/courses/after-change` }));
    const [stored] = await storedStatements(second, 1);
    expect(stored?.context?.registration).to.equal(second);
  });

  it('works in a plain HTML page with the CDN bundle', async () => {
    const { endpoint, auth } = await localLrs();
    const registration = randomUuid();
    const bundle = '/packages/elements/dist/cdn/lp-elements.js';
    expect((await fetch(bundle)).ok, `${bundle} exists (npm run build)`).to.equal(true);
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html>
      <html lang="en"><head><script type="module" src="${bundle}"></script></head>
      <body>
        <lp-xapi-recorder endpoint="${endpoint}" auth="${auth}" registration="${registration}"
          activity="${HOME}/modules/cdn-page" actor-home-page="${HOME}">
          <button id="course">Energy systems</button>
        </lp-xapi-recorder>
      </body></html>`;
    document.body.append(frame);
    try {
      const page = await new Promise<Window & typeof globalThis>((resolve) => {
        frame.addEventListener('load', () => {
          resolve(frame.contentWindow as Window & typeof globalThis);
        });
      });
      const deadline = Date.now() + 5000;
      while (!page.customElements.get('lp-xapi-recorder') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const button = page.document.getElementById('course')!;
      button.dispatchEvent(
        new page.CustomEvent('lp-xapi-statement', {
          detail: { statement: courseViewed({ id: `${HOME}/courses/energy-systems`, name: 'Energy systems' }) },
          bubbles: true,
          composed: true,
          cancelable: true,
        }),
      );
      const [stored] = await storedStatements(registration, 1);
      expect(stored?.object).to.deep.include({ id: `${HOME}/courses/energy-systems` });
      expect(stored?.context?.contextActivities?.grouping).to.deep.equal([
        { objectType: 'Activity', id: `${HOME}/modules/cdn-page` },
      ]);
      expect((await validateStatements([stored])).flat()).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
