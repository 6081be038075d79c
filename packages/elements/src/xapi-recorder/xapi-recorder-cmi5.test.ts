import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  cmi5LmsReport,
  launchFromCmi5Lms,
  localLrs,
  validateStatements,
  storedStatements,
} from '@lp-elements/test-support';
import { courseSelected, randomUuid, type Statement } from '@lp-elements/xapi';
import { LpModuleCompleteEvent } from '../base/events/module-complete-event.js';
import { LpModuleExitEvent } from '../base/events/module-exit-event.js';
import type { LpXapiFailedEvent } from '../base/events/xapi-failed-event.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import './define.js';
import type { LpXapiRecorder } from './xapi-recorder.js';

const MODULE = 'https://lp-elements.example/modules/lp-journey';
const UNIT = 'https://lp-elements.example/cmi5/au/lp-journey';

const verbsOf = (statements: readonly Statement[]) => statements.map((statement) => statement.verb.id.split('/').pop());

/** The test page itself plays the launched unit: its URL gets the launch parameters for the test. */
async function launchThisPage(options: { launchMode?: 'Normal' | 'Browse'; languagePreference?: string } = {}) {
  const pageUrl = location.href.split('?')[0]!;
  const launch = await launchFromCmi5Lms({ unitUrl: pageUrl, activityId: UNIT, ...options });
  history.replaceState(null, '', launch.url);
  return launch;
}

describe('<lp-xapi-recorder> launched as a cmi5 unit', function () {
  this.timeout(30_000);
  const original = location.href;

  afterEach(() => {
    history.replaceState(null, '', original);
  });

  it('configures itself from the launch, completes once, terminates on exit, and takes the preferred language', async () => {
    const launch = await launchThisPage({ languagePreference: 'de-CH,de,en' });
    const recorder = await fixture<LpXapiRecorder>(
      html`<lp-xapi-recorder queue-name=${`cmi5-element-${randomUuid()}`}><button>Course</button></lp-xapi-recorder>`,
    );
    await waitUntil(() => recorder.cmi5Session !== undefined, 'the cmi5 session starts', { timeout: 10_000 });
    expect(recorder.getAttribute('lang')).to.equal('de-CH');

    const button = recorder.querySelector('button')!;
    button.dispatchEvent(
      new LpXapiStatementEvent(courseSelected({ id: 'https://lp-elements.example/courses/lb-101' })),
    );
    button.dispatchEvent(new LpModuleCompleteEvent({ module: MODULE }));
    button.dispatchEvent(new LpModuleCompleteEvent({ module: MODULE }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    button.dispatchEvent(new LpModuleExitEvent());

    const statements = await storedStatements(launch.registration, 5, { ascending: true, timeoutMs: 15_000 });
    expect(verbsOf(statements)).to.deep.equal(['launched', 'initialized', 'selected', 'completed', 'terminated']);
    expect(statements.every((statement) => JSON.stringify(statement.actor) === JSON.stringify(launch.actor))).to.equal(
      true,
    );
    expect((statements[3]?.object as { id: string }).id).to.equal(UNIT);
    expect((await validateStatements(statements)).flat()).to.deep.equal([]);
    const report = await cmi5LmsReport(launch.id);
    expect(report.fetchCount).to.equal(1);
    expect(report.refused, 'the strict LMS refused nothing').to.deep.equal([]);
  });

  it('takes the first preferred language LP Elements has, not merely the first one listed', async () => {
    const launch = await launchThisPage({ languagePreference: 'pl-PL,nl,de' });
    const recorder = await fixture<LpXapiRecorder>(
      html`<lp-xapi-recorder queue-name=${`cmi5-element-${randomUuid()}`}></lp-xapi-recorder>`,
    );
    await waitUntil(() => recorder.cmi5Session !== undefined, 'the cmi5 session starts', { timeout: 10_000 });
    expect(recorder.getAttribute('lang')).to.equal('nl');
    recorder.dispatchEvent(new LpModuleExitEvent());
    const statements = await storedStatements(launch.registration, 3, { ascending: true, timeoutMs: 15_000 });
    expect(statements[1]?.context?.language).to.equal('nl');
  });

  it('says the launch failed when the LMS refuses the token, and records nothing', async () => {
    const launch = await launchThisPage();
    // Someone else used the fetch URL first: the LMS answers 403, as it does to a second fetch.
    await fetch(new URL(launch.url).searchParams.get('fetch')!, { method: 'POST' });
    const failures: LpXapiFailedEvent[] = [];
    const originalError = console.error;
    console.error = () => undefined;
    try {
      const container = await fixture<HTMLElement>(
        html`<div @lp-xapi-failed=${(event: LpXapiFailedEvent) => failures.push(event)}>
          <lp-xapi-recorder></lp-xapi-recorder>
        </div>`,
      );
      await waitUntil(() => failures.length > 0, 'a failure is reported');
      const recorder = container.querySelector<LpXapiRecorder>('lp-xapi-recorder')!;
      expect(failures[0]?.detail.lrsMessage).to.contain('already used');
      expect(recorder.hasAttribute('launch-error')).to.equal(true);
      expect(recorder.hasAttribute('launch-mode')).to.equal(false);
      expect(recorder.recorder).to.equal(undefined);
    } finally {
      console.error = originalError;
    }
    expect(verbsOf(await storedStatements(launch.registration, 1, { ascending: true }))).to.deep.equal(['launched']);
  });

  it('lets a host keep the learner on the page by cancelling lp-module-exit', async () => {
    const launch = await launchThisPage();
    const recorder = await fixture<LpXapiRecorder>(
      html`<lp-xapi-recorder queue-name=${`cmi5-element-${randomUuid()}`}><button>Exit</button></lp-xapi-recorder>`,
    );
    await waitUntil(() => recorder.cmi5Session !== undefined, 'the cmi5 session starts', { timeout: 10_000 });
    const cancel = (event: Event) => {
      event.preventDefault();
    };
    document.addEventListener('lp-module-exit', cancel);
    recorder.querySelector('button')!.dispatchEvent(new LpModuleExitEvent());
    document.removeEventListener('lp-module-exit', cancel);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await recorder.flush();
    expect(
      verbsOf(await storedStatements(launch.registration, 2, { ascending: true, timeoutMs: 15_000 })),
    ).to.deep.equal(['launched', 'initialized']);
  });

  it('reports a launch that cannot start, once, and records nothing', async () => {
    const launch = await launchThisPage();
    history.replaceState(null, '', launch.url.replace(/registration=[^&]+/, 'registration=not-a-uuid'));
    const failures: LpXapiFailedEvent[] = [];
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const container = await fixture<HTMLElement>(
        html`<div @lp-xapi-failed=${(event: LpXapiFailedEvent) => failures.push(event)}>
          <lp-xapi-recorder></lp-xapi-recorder>
        </div>`,
      );
      await waitUntil(() => failures.length > 0, 'a failure is reported');
      expect(failures[0]?.detail.reason).to.equal('launch');
      expect(failures[0]?.detail.lrsMessage).to.contain('registration');
      expect(errors).to.have.length(1);
      const recorder = container.querySelector<LpXapiRecorder>('lp-xapi-recorder');
      expect(recorder?.recorder).to.equal(undefined);
      expect(recorder?.hasAttribute('launch-error'), 'elements inside can say so').to.equal(true);
    } finally {
      console.error = originalError;
    }
  });
});

describe('<lp-xapi-recorder> with a training module, without cmi5', function () {
  this.timeout(20_000);

  it('sends the module’s completed statement once', async () => {
    const { endpoint, auth } = await localLrs();
    const registration = randomUuid();
    const recorder = await fixture<LpXapiRecorder>(
      html`<lp-xapi-recorder
        endpoint=${endpoint}
        auth=${auth}
        registration=${registration}
        queue-name=${`module-${registration}`}
        ><button>Done</button></lp-xapi-recorder
      >`,
    );
    const button = recorder.querySelector('button')!;
    button.dispatchEvent(new LpModuleCompleteEvent({ module: MODULE, name: 'Your path', lang: 'en' }));
    button.dispatchEvent(new LpModuleCompleteEvent({ module: MODULE, name: 'Your path', lang: 'en' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await recorder.flush();
    const statements = await storedStatements(registration, 1, { ascending: true, timeoutMs: 15_000 });
    expect(statements).to.have.length(1);
    expect(statements[0]?.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(statements[0]?.object).to.deep.include({ id: MODULE });
    expect(statements[0]?.result?.completion).to.equal(true);
    expect((await validateStatements(statements)).flat()).to.deep.equal([]);
  });
});
