import '@lp-elements/elements/define.js';
import type { LpSkillGapMatrix, LpTrainingModule } from '@lp-elements/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import sampleJson from '../../packages/model/sample/lp-sample.json';
import './statement-panel.js';

/** `npm start` (and `npm test`) give Storybook the local LRS; a static build has none and only queues. */
const LRS_ENDPOINT = (import.meta.env.STORYBOOK_LRS_ENDPOINT as string | undefined) ?? '';
const LRS_AUTH = (import.meta.env.STORYBOOK_LRS_AUTH as string | undefined) ?? '';

interface ModuleArgs {
  person?: string;
  step?: string;
  completeWhen?: 'assessed' | 'met';
  launchMode?: 'Normal' | 'Browse' | 'Review';
  data?: unknown;
}

/** Something a play function needs, or a clear failure. */
function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`not found: ${what}`);
  return value;
}

const moduleIn = (canvasElement: HTMLElement) =>
  found(canvasElement.querySelector<LpTrainingModule>('lp-training-module'), 'the module');

/** The module's matrix, once it shows its rows (the first story of a run also waits for the modules). */
async function shownMatrix(canvasElement: HTMLElement): Promise<LpSkillGapMatrix> {
  const module = moduleIn(canvasElement);
  const matrix = () => module.shadowRoot?.querySelector('lp-skill-gap-matrix');
  await waitFor(() => expect(matrix()?.shadowRoot?.querySelector('tbody tr[data-skill]')).toBeTruthy(), {
    timeout: 15_000,
  });
  return found(matrix(), 'the matrix');
}

const renderModule = (args: ModuleArgs, queue: string) => html`
  <lp-xapi-recorder
    endpoint=${LRS_ENDPOINT || 'http://127.0.0.1:9/xAPI/'}
    auth=${LRS_AUTH}
    activity="https://lp-elements.example/modules/storybook"
    queue-name=${queue}
    launch-mode=${ifDefined(args.launchMode)}
  >
    <div class="module-story">
      <lp-training-module
        .data=${args.data ?? sampleJson}
        person=${ifDefined(args.person)}
        step=${ifDefined(args.step)}
        complete-when=${ifDefined(args.completeWhen)}
      ></lp-training-module>
      <story-statement-panel></story-statement-panel>
    </div>
  </lp-xapi-recorder>
  <style>
    .module-story {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 100rem) {
      .module-story {
        grid-template-columns: minmax(0, 1fr) 22rem;
        align-items: start;
      }
    }
  </style>
`;

const meta: Meta<ModuleArgs> = {
  title: 'Elements/Training module',
  component: 'lp-training-module',
  // Each story starts a fresh session: the module resumes what a learner did in this tab.
  loaders: [
    () => {
      sessionStorage.clear();
      return {};
    },
  ],
  parameters: {
    docs: {
      description: {
        component:
          'The whole journey in one tag: choose a career step, assess your skills for it, find the courses that close the gaps. The panel lists every xAPI statement as the recorder takes it, with our validator’s verdict and whether the LRS confirmed it (under `npm start`, the local LRS).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ModuleArgs>;

/**
 * The learner's journey, with every statement as it is sent: open a step, set levels with the
 * keyboard, and watch the statements arrive in the panel.
 */
export const Module: Story = {
  render: (args) => renderModule(args, 'lp-storybook-module'),
  play: async ({ canvasElement }) => {
    const module = moduleIn(canvasElement);
    const matrix = await shownMatrix(canvasElement);
    const track = found(module.shadowRoot?.querySelector('lp-career-track'), 'the track');
    await userEvent.click(
      found(track.shadowRoot?.querySelector<HTMLButtonElement>('[data-step="associate"] .toggle'), 'the first step'),
    );
    found(matrix.shadowRoot?.querySelector<HTMLElement>('table [tabindex="0"]'), 'the grid’s tab stop').focus();
    await userEvent.keyboard('{Control>}{Home}{/Control}{ArrowDown}{ArrowRight}{ArrowRight}3{ArrowDown}2');
    const panel = found(canvasElement.querySelector('story-statement-panel'), 'the statement panel');
    await waitFor(
      async () => {
        const verbs = panel.statements.map((row) => row.verb);
        await expect(verbs).toContain('selected');
        await expect(verbs.filter((verb) => verb === 'self-assessed')).toHaveLength(2);
      },
      { timeout: 10_000 },
    );
    await expect(panel.statements.every((row) => row.valid)).toBe(true);
    if (LRS_ENDPOINT) {
      await waitFor(() => expect(panel.statements.every((row) => row.delivery === 'sent')).toBe(true), {
        timeout: 15_000,
      });
    }
  },
};

/** A person the data knows: Amira's levels, her current step, her recommendations. */
export const ForAPersonInTheData: Story = {
  args: { person: 'person-amira' },
  render: (args) => renderModule(args, 'lp-storybook-module-person'),
};

/** Starting on a given step, completed only when the levels meet it (`complete-when="met"`). */
export const CompleteWhenMet: Story = {
  args: { step: 'practitioner', completeWhen: 'met' },
  render: (args) => renderModule(args, 'lp-storybook-module-met'),
};

/** Launched by an LMS in Review mode: everything visible, nothing changes, Exit returns. */
export const ReviewMode: Story = {
  args: { launchMode: 'Review' },
  render: (args) => renderModule(args, 'lp-storybook-module-review'),
  play: async ({ canvasElement }) => {
    const matrix = await shownMatrix(canvasElement);
    await expect(matrix.editable).toBe(false);
    await expect(moduleIn(canvasElement).shadowRoot?.querySelector('[part="exit-button"]')).toBeTruthy();
  },
};

/**
 * "Forget my answers", asked: the question with the safe answer focused. Confirming clears the
 * levels and the step and deletes the learner's record where it is stored.
 */
export const ForgetMyAnswers: Story = {
  render: (args) => renderModule(args, 'lp-storybook-module-forget'),
  play: async ({ canvasElement }) => {
    await shownMatrix(canvasElement);
    const module = moduleIn(canvasElement);
    await userEvent.click(
      found(module.shadowRoot?.querySelector<HTMLButtonElement>('[part="forget-button"]'), 'the Forget button'),
    );
    await waitFor(() => expect(module.shadowRoot?.querySelector('[part="forget-confirmation"]')).toBeTruthy());
    await expect(module.shadowRoot?.activeElement?.textContent.trim()).toBe('Keep them');
  },
};

/** At 320 px, as on a phone: every part one under the other. */
export const Narrow: Story = {
  render: (args) => html`<div style="inline-size: 320px">${renderModule(args, 'lp-storybook-module-narrow')}</div>`,
};

/** Attributes that name nothing: the module says which, and keeps working. */
export const UnknownStepAndPerson: Story = {
  args: { step: 'no-such-step', person: 'nobody' },
  render: (args) => renderModule(args, 'lp-storybook-module-unknown'),
  play: async ({ canvasElement }) => {
    await shownMatrix(canvasElement);
    const notice = moduleIn(canvasElement).shadowRoot?.querySelector('[part="data-problems"]');
    await expect(notice?.textContent).toContain('no-such-step');
  },
};

/** Data that is not JSON: a failure naming where, nothing else breaks. */
export const BrokenData: Story = {
  args: { data: '{"tracks": [' },
  render: (args) => renderModule(args, 'lp-storybook-module-broken'),
  play: async ({ canvasElement }) => {
    const module = moduleIn(canvasElement);
    await waitFor(() => expect(module.shadowRoot?.querySelector('[part="data-problems"]')).toBeTruthy(), {
      timeout: 15_000,
    });
  },
};
