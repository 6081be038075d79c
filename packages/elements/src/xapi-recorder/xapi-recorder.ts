import {
  createRecorder,
  moduleCompleted,
  type DeadLetter,
  type Recorder,
  type RecorderNotice,
  type Statement,
  type Transport,
  type XapiVersion,
} from '@lp-elements/xapi';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { LpModuleCompleteEvent } from '../base/events/module-complete-event.js';
import type { LpModuleExitEvent } from '../base/events/module-exit-event.js';
import { LpXapiFailedEvent } from '../base/events/xapi-failed-event.js';
import { LpXapiQueuedEvent } from '../base/events/xapi-queued-event.js';
import { LpXapiSentEvent } from '../base/events/xapi-sent-event.js';
import { hasTranslation } from '../base/localize/locale-registry.js';
import { LpElement } from '../base/lp-element.js';
import { isCmi5Launch } from './cmi5-launch.js';
import type { Cmi5Session } from './cmi5-mode.js';

let warnedAboutAuth = false;

function eventFor(notice: RecorderNotice): Event {
  if (notice.type === 'queued') return new LpXapiQueuedEvent(notice);
  if (notice.type === 'sent') return new LpXapiSentEvent(notice);
  return new LpXapiFailedEvent(notice);
}

/**
 * @tagname lp-xapi-recorder
 * @summary Sends the xAPI statements of the elements inside it to a Learning Record Store.
 *
 * @description Elements announce what the learner did with `lp-xapi-statement` events; this
 * element takes those from its subtree, completes them (id, actor, timestamp, registration,
 * page activity, language), validates them, keeps them in a durable queue and delivers them in
 * batches, retrying until the LRS confirms. It shows nothing itself.
 *
 * When an LMS launched the page as a cmi5 assignable unit (its URL carries `endpoint`, `fetch`,
 * `actor`, `registration` and `activityId`), the recorder configures itself from the launch
 * instead of its attributes: it takes the auth token, reads the LMS's launch data, sends
 * `initialized`, applies cmi5's rules to every statement, takes the first language of the learner's preference that LP Elements has
 * as its `lang`, sets its `launch-mode` attribute to the LMS's mode (`Normal`, `Browse` or
 * `Review`), and on `lp-module-exit` sends `terminated` and returns to the LMS; closing the window
 * sends `terminated` too. When the launch cannot start (the LMS refuses the token, has no launch
 * data or cannot be reached), it records nothing, says `lp-xapi-failed` with `reason: 'launch'`
 * and sets its `launch-error` attribute, which a training module inside shows as a notice.
 *
 * A training module inside says `lp-module-complete` when its completion rule is met: the
 * recorder sends the module's `completed` statement once (under cmi5, the unit's `completed`).
 *
 * @slot - The elements whose statements are recorded.
 *
 * @fires {LpXapiQueuedEvent} lp-xapi-queued - Statements were stored in the queue: `detail.statements`, `detail.queueLength`.
 * @fires {LpXapiSentEvent} lp-xapi-sent - The LRS confirmed statements: `detail.statements`, `detail.queueLength`.
 * @fires {LpXapiFailedEvent} lp-xapi-failed - Statements were refused or wait for another try: `detail.reason`, `detail.status`, `detail.problems`, `detail.retryInMs`.
 */
export class LpXapiRecorder extends LpElement {
  static override styles = [
    LpElement.styles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** The LRS's xAPI endpoint, e.g. `https://lrs.example.edu/xAPI/`. */
  @property() endpoint?: string;

  /** URL of the host's backend that returns a short-lived `Authorization` value (see docs/xapi.md). */
  @property({ attribute: 'token-url' }) tokenUrl?: string;

  /** A whole `Authorization` header value such as `Basic …`, for local development only (it warns). */
  @property() auth?: string;

  /** IRI of the page or module; statements name it as a grouping activity. */
  @property() activity?: string;

  /** `account.homePage` of the learner; the page's origin by default. */
  @property({ attribute: 'actor-home-page' }) actorHomePage?: string;

  /** `account.name` the host knows the learner by; an anonymous id kept in localStorage by default. */
  @property({ attribute: 'actor-name' }) actorName?: string;

  /** UUID of the enrolment or attempt; one per tab session by default. */
  @property() registration?: string;

  /** `1.0.3` or `2.0.0`; by default 2.0.0 when the LRS offers it, else 1.0.3. */
  @property() version?: XapiVersion;

  /** Name of the queue (IndexedDB database); recorders for different LRSs need different names. */
  @property({ attribute: 'queue-name' }) queueName?: string;

  /** Sends instead of the built-in fetch transport, e.g. `xapiJsTransport(xapi)` for a page's xAPI.js. */
  @property({ attribute: false }) transport?: Transport;

  /** Sees each completed statement before it is queued: return it (changed or not), or nothing to drop it. */
  @property({ attribute: false }) beforeSend?: (statement: Statement) => Statement | null | undefined | false;

  private current?: Recorder;
  private cmi5?: Cmi5Session;
  private configuredAs?: readonly unknown[];
  private stop?: () => void;
  private launchFailed = false;
  private readonly completedModules = new Set<string>();

  /** The recorder serving this subtree, once the element is connected and has an endpoint (or transport). */
  get recorder(): Recorder | undefined {
    return this.current;
  }

  /** The cmi5 session, when an LMS launched the page as a cmi5 assignable unit and it has started. */
  get cmi5Session(): Cmi5Session | undefined {
    return this.cmi5;
  }

  /** Statements waiting to be sent. */
  get queueLength(): number {
    return this.current?.queueLength ?? 0;
  }

  /** Sends what is queued now. */
  flush(): Promise<void> {
    return this.current?.flush() ?? Promise.resolve();
  }

  /** Statements the LRS refused for good, with its reasons. */
  deadLetters(): Promise<DeadLetter[]> {
    return this.current?.deadLetters() ?? Promise.resolve([]);
  }

  constructor() {
    super();
    // Connection, not construction, starts the recorder: nothing here may touch the page (SSR).
    this.addController({
      hostConnected: () => {
        this.configure();
      },
      hostDisconnected: () => {
        this.release();
      },
    });
    this.addEventListener('lp-module-complete', (event) => {
      this.onModuleComplete(event);
    });
    this.addEventListener('lp-module-exit', (event) => {
      this.onModuleExit(event);
    });
  }

  protected override willUpdate(): void {
    if (this.isConnected) this.configure();
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  private configuration(): readonly unknown[] {
    return [
      this.endpoint,
      this.tokenUrl,
      this.auth,
      this.activity,
      this.actorHomePage,
      this.actorName,
      this.registration,
      this.version,
      this.queueName,
      this.transport,
      this.localize.lang,
    ];
  }

  /** (Re)creates the recorder when the configuration differs from the one it was made with. */
  private configure(): void {
    const href = globalThis.location.href;
    const configuration = isCmi5Launch(href) ? ['cmi5', href, this.queueName] : this.configuration();
    if (this.configuredAs?.every((value, index) => value === configuration[index])) return;
    this.release();
    this.configuredAs = configuration;
    if (configuration[0] === 'cmi5') {
      void this.startCmi5(configuration);
      return;
    }
    if (!this.endpoint && !this.transport) return;
    if (this.auth && !this.tokenUrl && !this.transport && !warnedAboutAuth) {
      warnedAboutAuth = true;
      console.warn(
        '<lp-xapi-recorder auth> puts LRS credentials into the page, where anyone can read them: use it for local development only, and token-url in production.',
      );
    }
    const recorder = createRecorder({
      endpoint: this.endpoint,
      tokenUrl: this.tokenUrl,
      auth: this.auth,
      transport: this.transport,
      activity: this.activity,
      actorHomePage: this.actorHomePage,
      actorName: this.actorName,
      registration: this.registration,
      version: this.version,
      queueName: this.queueName,
      language: this.localize.lang,
      beforeSend: (statement) => (this.beforeSend ? this.beforeSend(statement) : statement),
    });
    this.attach(recorder);
  }

  private async startCmi5(configuration: readonly unknown[]): Promise<void> {
    const stillWanted = () => this.isConnected && this.configuredAs === configuration;
    try {
      const { startCmi5Session } = await import('./cmi5-mode.js');
      const session = await startCmi5Session({
        recorder: { queueName: this.queueName ?? 'lp-cmi5' },
        languages: hasTranslation,
        beforeSend: (statement) => (this.beforeSend ? this.beforeSend(statement) : statement),
      });
      if (!session || !stillWanted()) {
        await session?.recorder.close();
        return;
      }
      this.cmi5 = session;
      this.attach(session.recorder);
      // Elements inside read the mode from here (a training module is read-only in Review).
      this.setAttribute('launch-mode', session.launchData.launchMode);
      if (session.language && !this.hasAttribute('lang')) this.setAttribute('lang', session.language);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`<lp-xapi-recorder>: the cmi5 launch could not start: ${reason}`);
      if (stillWanted()) {
        // Elements inside tell the learner that nothing is recorded (a training module shows a notice).
        this.launchFailed = true;
        this.setAttribute('launch-error', '');
        const { language } = error as { language?: unknown };
        if (typeof language === 'string' && !this.hasAttribute('lang')) this.setAttribute('lang', language);
        this.dispatchEvent(
          new LpXapiFailedEvent({ reason: 'launch', statements: [], queueLength: 0, lrsMessage: reason }),
        );
      }
    }
  }

  private attach(recorder: Recorder): void {
    const unlisten = recorder.listen(this, { report: false });
    const unsubscribe = recorder.subscribe((notice) => this.dispatchEvent(eventFor(notice)));
    this.current = recorder;
    this.stop = () => {
      unlisten();
      unsubscribe();
      void recorder.close();
    };
  }

  private onModuleComplete(event: LpModuleCompleteEvent): void {
    const { module, name, lang } = event.detail;
    if (this.completedModules.has(module)) return;
    this.completedModules.add(module);
    // After the event has finished, like statements, so the order the learner acted in is kept.
    queueMicrotask(() => {
      if (this.cmi5) void this.cmi5.complete();
      else void this.current?.record(moduleCompleted({ id: module, name, lang }));
    });
  }

  private onModuleExit(event: LpModuleExitEvent): void {
    // Decide once every listener, the host's on document included, had the chance to cancel.
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      if (this.cmi5) void this.cmi5.exit();
      else void this.current?.flush();
    });
  }

  private release(): void {
    if (this.launchFailed) this.removeAttribute('launch-error');
    this.launchFailed = false;
    this.stop?.();
    this.stop = undefined;
    this.current = undefined;
    this.cmi5 = undefined;
    this.configuredAs = undefined;
  }
}
