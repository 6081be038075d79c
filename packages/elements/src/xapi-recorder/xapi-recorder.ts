import {
  createRecorder,
  type DeadLetter,
  type Recorder,
  type RecorderNotice,
  type Statement,
  type Transport,
  type XapiVersion,
} from '@lp-elements/xapi';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LpXapiFailedEvent } from '../base/events/xapi-failed-event.js';
import { LpXapiQueuedEvent } from '../base/events/xapi-queued-event.js';
import { LpXapiSentEvent } from '../base/events/xapi-sent-event.js';
import { LpElement } from '../base/lp-element.js';

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
 * @slot - The elements whose statements are recorded.
 *
 * @fires lp-xapi-queued - Statements were stored in the queue: `detail.statements`, `detail.queueLength`.
 * @fires lp-xapi-sent - The LRS confirmed statements: `detail.statements`, `detail.queueLength`.
 * @fires lp-xapi-failed - Statements were refused or wait for another try: `detail.reason`, `detail.status`, `detail.problems`, `detail.retryInMs`.
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
  private configuredAs?: readonly unknown[];
  private stop?: () => void;

  /** The recorder serving this subtree, once the element is connected and has an endpoint (or transport). */
  get recorder(): Recorder | undefined {
    return this.current;
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
    const configuration = this.configuration();
    if (this.configuredAs?.every((value, index) => value === configuration[index])) return;
    this.release();
    this.configuredAs = configuration;
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
    const unlisten = recorder.listen(this, { report: false });
    const unsubscribe = recorder.subscribe((notice) => this.dispatchEvent(eventFor(notice)));
    this.current = recorder;
    this.stop = () => {
      unlisten();
      unsubscribe();
      void recorder.close();
    };
  }

  private release(): void {
    this.stop?.();
    this.stop = undefined;
    this.current = undefined;
    this.configuredAs = undefined;
  }
}
