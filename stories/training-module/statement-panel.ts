import type { LpXapiFailedEvent, LpXapiQueuedEvent, LpXapiSentEvent } from '@lp-elements/elements';
import { validateStatement, type Statement } from '@lp-elements/xapi';
import { css, html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';

type Delivery = 'queued' | 'sent' | 'retrying' | 'refused';

interface Row {
  readonly statement: Statement;
  readonly problems: readonly string[];
  delivery: Delivery;
}

const lastPart = (iri: string) => iri.replace(/\/$/, '').split('/').pop() ?? iri;

function objectName(statement: Statement): string {
  const object = statement.object as { id?: string; definition?: { name?: Record<string, string> } };
  const names = object.definition?.name;
  return (names && (names.en ?? Object.values(names)[0])) ?? lastPart(object.id ?? '');
}

/**
 * For Storybook only: lists every statement the recorder around it takes, as it takes it: the
 * verb, the object, our validator's verdict and whether the LRS has confirmed it. Put it inside
 * an `<lp-xapi-recorder>`; it listens on the recorder.
 */
export class StoryStatementPanel extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        0.875rem/1.4 system-ui,
        sans-serif;
    }
    ol {
      margin: 0;
      padding-inline-start: 1.5rem;
      max-block-size: 24rem;
      overflow: auto;
    }
    li {
      padding-block: 0.25rem;
      border-block-end: 1px solid color-mix(in srgb, currentColor 15%, transparent);
    }
    .verb {
      font-weight: 600;
    }
    .meta {
      display: block;
      opacity: 0.8;
    }
  `;

  @state() private rows: Row[] = [];
  private recorder: HTMLElement | null = null;

  constructor() {
    super();
    this.addController({
      hostConnected: () => {
        this.recorder = this.closest<HTMLElement>('lp-xapi-recorder');
        this.recorder?.addEventListener('lp-xapi-queued', this.onQueued);
        this.recorder?.addEventListener('lp-xapi-sent', this.onSent);
        this.recorder?.addEventListener('lp-xapi-failed', this.onFailed);
      },
      hostDisconnected: () => {
        this.recorder?.removeEventListener('lp-xapi-queued', this.onQueued);
        this.recorder?.removeEventListener('lp-xapi-sent', this.onSent);
        this.recorder?.removeEventListener('lp-xapi-failed', this.onFailed);
      },
    });
  }

  /** The rows shown, oldest first: for play functions. */
  get statements(): readonly { verb: string; object: string; valid: boolean; delivery: Delivery }[] {
    return this.rows.map((row) => ({
      verb: lastPart(row.statement.verb.id),
      object: objectName(row.statement),
      valid: row.problems.length === 0,
      delivery: row.delivery,
    }));
  }

  private readonly onQueued = (event: LpXapiQueuedEvent) => {
    const known = new Set(this.rows.map((row) => row.statement.id));
    const added = event.detail.statements
      .filter((statement) => !known.has(statement.id))
      .map((statement): Row => ({
        statement,
        problems: validateStatement(statement).map((problem) => `${problem.path} breaks ${problem.rule}`),
        delivery: 'queued',
      }));
    this.rows = [...this.rows, ...added];
  };

  private readonly onSent = (event: LpXapiSentEvent) => {
    this.mark(event.detail.statements, 'sent');
  };

  private readonly onFailed = (event: LpXapiFailedEvent) => {
    this.mark(event.detail.statements, event.detail.reason === 'rejected' ? 'refused' : 'retrying');
  };

  private mark(statements: readonly Statement[], delivery: Delivery): void {
    const ids = new Set(statements.map((statement) => statement.id));
    this.rows = this.rows.map((row) => (ids.has(row.statement.id) ? { ...row, delivery } : row));
  }

  override render() {
    return html`<section aria-labelledby="heading">
      <h2 id="heading">Statements (${this.rows.length})</h2>
      ${
        this.rows.length === 0
          ? html`<p>Nothing yet: open a step and set a level.</p>`
          : html`<ol aria-live="polite">
              ${this.rows.map(
                (row) =>
                  html`<li>
                    <span class="verb">${lastPart(row.statement.verb.id)}</span> ${objectName(row.statement)}
                    <span class="meta"
                      >${row.problems.length === 0 ? '✓ valid' : `✗ ${row.problems.join('; ')}`} ·
                      ${row.delivery === 'sent' ? '✓ sent to the LRS' : row.delivery}</span
                    >
                  </li>`,
              )}
            </ol>`
      }
    </section>`;
  }
}

if (!customElements.get('story-statement-panel')) customElements.define('story-statement-panel', StoryStatementPanel);

declare global {
  interface HTMLElementTagNameMap {
    'story-statement-panel': StoryStatementPanel;
  }
}
