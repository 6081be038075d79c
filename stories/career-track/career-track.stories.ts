import '@lp-elements/elements/define.js';
import { LpLevelChangeEvent, type LpCareerTrack } from '@lp-elements/elements';
import type { DataDocument, Step } from '@lp-elements/model';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import sampleJson from '../../packages/model/sample/lp-sample.json';

const sample = sampleJson as unknown as DataDocument;
/** Course dates are judged from a fixed day, so the stories look the same whenever they are opened. */
const NOW = new Date('2026-11-28T12:00:00Z');
const EXTERNAL_PROGRAMMES = 'https://lp-elements.example/skills/external-programmes';

interface TrackArgs {
  current?: string;
  orientation?: 'auto' | 'horizontal' | 'vertical';
  track?: string;
  goal?: string;
}

const renderTrack = (args: TrackArgs, data: unknown = sample) =>
  html`<lp-career-track
    .data=${data}
    .now=${NOW}
    current=${ifDefined(args.current)}
    orientation=${ifDefined(args.orientation)}
    track=${ifDefined(args.track)}
    goal=${ifDefined(args.goal)}
  ></lp-career-track>`;

/** Something a play function needs, or a clear failure. */
function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`not found: ${what}`);
  return value;
}

const trackIn = (canvasElement: HTMLElement) => found(canvasElement.querySelector('lp-career-track'), 'the track');
const shadowOf = (element: LpCareerTrack) => found(element.shadowRoot, 'the shadow root');

/** The element of a story, once it shows its steps (the first story of a run also waits for the modules). */
async function shownTrack(canvasElement: HTMLElement): Promise<LpCareerTrack> {
  const element = trackIn(canvasElement);
  await waitFor(() => expect(element.shadowRoot?.querySelector('[data-step]')).toBeTruthy(), { timeout: 15_000 });
  return element;
}

const toggle = (element: LpCareerTrack, id: string) =>
  found(shadowOf(element).querySelector<HTMLButtonElement>(`[data-step="${id}"] .toggle`), id);
const focusedStep = (element: LpCareerTrack) =>
  (shadowOf(element).activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-step]')?.dataset.step;

const step = (id: string, title: string, next?: string[], requires?: string): Step => ({
  id,
  title,
  ...(requires ? { requires } : {}),
  ...(next ? { next } : {}),
});

/** A track without branches: three steps in a row, on the sample's skills and roles. */
const linear: DataDocument = {
  ...sample,
  tracks: [
    {
      id: 'https://lp-elements.example/tracks/linear',
      name: 'Learning Professional, one step after another',
      steps: [
        step('l-associate', 'LP Associate', ['l-practitioner'], 'lp-associate'),
        step('l-practitioner', 'Learning Professional', ['l-lead'], 'lp-practitioner'),
        step('l-lead', 'Head of Learning Professionals', undefined, 'lp-lead'),
      ],
    },
  ],
};

/** A track with every shape of branch: two first steps, a fork inside a path, a shortcut and a path that ends. */
const branching: DataDocument = {
  ...sample,
  tracks: [
    {
      id: 'https://lp-elements.example/tracks/branching',
      name: 'Ways into programme leadership',
      steps: [
        step('b-teaching', 'From teaching', ['b-practitioner'], 'lp-associate'),
        step('b-industry', 'From industry', ['b-practitioner'], 'lp-associate'),
        step('b-practitioner', 'Learning Professional', ['b-designer', 'b-lead', 'b-field'], 'lp-practitioner'),
        step('b-designer', 'Programme Designer', ['b-liaison', 'b-mentor'], 'lp-programme-designer'),
        step('b-liaison', 'Industry Liaison', ['b-lead'], 'lp-industry-liaison'),
        step('b-mentor', 'Teaching Mentor', ['b-lead'], 'lp-teaching-mentor'),
        step('b-field', 'Field Specialist', undefined, 'lp-field-specialist'),
        step('b-lead', 'Head of Learning Professionals', undefined, 'lp-lead'),
      ],
    },
  ],
};

const meta: Meta<TrackArgs> = {
  title: 'Elements/Career track',
  component: 'lp-career-track',
  render: (args) => renderTrack(args),
  argTypes: {
    current: { control: 'select', options: sample.profiles?.filter((p) => p.kind === 'person').map((p) => p.id) },
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The Learning Professional career track of the sample data, for one person. Use the toolbar for the language (Hebrew is right to left) and the theme; open a step with a click, Enter or Space.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<TrackArgs>;

/** Jonas is new: the first step is his current one, everything after it is locked. */
export const Newcomer: Story = { args: { current: 'person-jonas' } };

/** Amira has the first step and works towards the Learning Professional step. */
export const MidCareer: Story = { args: { current: 'person-amira' } };

/**
 * Claire stands at the fork: four paths are open, Programme Designer is the one closest.
 * Keyboard: Right (Left on a right-to-left page), Down (the next path, or the next step when
 * vertical), End, Home, Enter, Space.
 */
export const AtABranch: Story = {
  args: { current: 'person-claire' },
  play: async ({ canvasElement }) => {
    const element = await shownTrack(canvasElement);
    const current = found(
      shadowOf(element).querySelector<HTMLButtonElement>('[aria-current="step"]'),
      'the current step',
    );
    await expect(current.closest<HTMLElement>('[data-step]')?.dataset.step).toBe('programme-designer');
    current.focus();
    const forward = element.closest('[dir="rtl"]') ? '{ArrowLeft}' : '{ArrowRight}';
    await userEvent.keyboard(forward);
    await expect(focusedStep(element)).toBe('industry-liaison');
    await userEvent.keyboard('{ArrowDown}');
    await expect(focusedStep(element)).toBe('teaching-mentor');
    await userEvent.keyboard('{End}');
    await expect(focusedStep(element)).toBe('lead');
    await userEvent.keyboard('{Home}');
    await expect(focusedStep(element)).toBe('associate');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(toggle(element, 'associate').getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard(' ');
    await waitFor(() => expect(toggle(element, 'associate').getAttribute('aria-expanded')).toBe('false'));
  },
};

/** The vertical layout, as on a phone: Up and Down move along the steps too. */
export const Vertical: Story = {
  args: { current: 'person-claire', orientation: 'vertical' },
  play: async ({ canvasElement }) => {
    const element = await shownTrack(canvasElement);
    toggle(element, 'programme-designer').focus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(focusedStep(element)).toBe('practitioner');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(focusedStep(element)).toBe('industry-liaison');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(toggle(element, 'industry-liaison').getAttribute('aria-expanded')).toBe('true'));
  },
};

/** Right to left whatever the toolbar says: Left moves on to the next step, Right back. */
export const RightToLeft: Story = {
  args: { current: 'person-amira', orientation: 'horizontal' },
  render: (args) => html`<div lang="he" dir="rtl">${renderTrack(args)}</div>`,
  play: async ({ canvasElement }) => {
    const element = await shownTrack(canvasElement);
    toggle(element, 'practitioner').focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(focusedStep(element)).toBe('programme-designer');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(focusedStep(element)).toBe('associate');
  },
};

/** An opened step: each requirement with the required and current level, the courses that lead there, the credential. */
export const StepDetails: Story = {
  args: { current: 'person-amira', orientation: 'vertical' },
  play: async ({ canvasElement }) => {
    const element = await shownTrack(canvasElement);
    await userEvent.click(toggle(element, 'practitioner'));
    await waitFor(() => expect(shadowOf(element).querySelectorAll('.requirement').length).toBe(14));
    // Compact course cards where <lp-course-card> is defined (as in this Storybook), links otherwise.
    await expect(shadowOf(element).querySelectorAll('lp-course-card, .course__link').length).toBeGreaterThan(0);
  },
};

/** A self-assessment elsewhere on the page raises a level: the step is achieved, announced and reported once. */
export const ProgressFromSelfAssessment: Story = {
  args: { current: 'person-claire', orientation: 'vertical' },
  render: (args) =>
    html`<p>
        <button
          type="button"
          @click=${(event: Event) => {
            (event.currentTarget as HTMLElement).dispatchEvent(
              new LpLevelChangeEvent({
                person: 'person-claire',
                skill: EXTERNAL_PROGRAMMES,
                oldLevel: 3,
                newLevel: 4,
              }),
            );
          }}
        >
          Claire rates “Programmes for external customers” at 4
        </button>
      </p>
      ${renderTrack(args)}`,
  play: async ({ canvasElement }) => {
    const element = await shownTrack(canvasElement);
    const statements: string[] = [];
    const keep = (event: Event) => {
      const { statement } = (event as CustomEvent<{ statement: { verb: { id: string } } }>).detail;
      statements.push(statement.verb.id.split('/').pop() ?? '');
    };
    element.addEventListener('lp-xapi-statement', keep);
    const button = found(canvasElement.querySelector('button'), 'the button');
    await userEvent.click(button);
    await userEvent.click(button);
    element.removeEventListener('lp-xapi-statement', keep);
    await waitFor(() =>
      expect(shadowOf(element).querySelector('[data-step="programme-designer"]')?.getAttribute('data-status')).toBe(
        'achieved',
      ),
    );
    await expect(statements).toEqual(['completed', 'progressed']);
  },
};

/** A track without branches. */
export const LinearTrack: Story = {
  args: { current: 'person-amira' },
  render: (args) => renderTrack(args, linear),
};

/** Every shape of branch: two first steps joining, a fork inside a path, a shortcut to the end, a path that ends. */
export const BranchingTrack: Story = {
  args: { current: 'person-claire' },
  render: (args) => renderTrack(args, branching),
};

const PENDING = '/career-track-story/pending.json';

/** The same side by side, as on a wide screen: forks and joins as lines across the paths. */
export const BranchingTrackSideBySide: Story = {
  args: { current: 'person-claire', orientation: 'horizontal' },
  render: (args) => renderTrack(args, branching),
};

/** Waiting for the data: a quiet placeholder, announced as busy (this story's data never arrives). */
export const Loading: Story = {
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      return url.endsWith(PENDING) ? new Promise<Response>(() => undefined) : original(input, init);
    };
    return () => {
      window.fetch = original;
    };
  },
  render: () => html`<lp-career-track src=${PENDING}></lp-career-track>`,
  play: async ({ canvasElement }) => {
    const element = trackIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelector('[aria-busy="true"]')).toBeTruthy(), {
      timeout: 15_000,
    });
  },
};

/** A document without career tracks. */
export const Empty: Story = {
  render: () => renderTrack({}, { ...sample, tracks: [] }),
};

/** Data that is not JSON: the problem with its path, in the page's language. */
export const DataError: Story = {
  render: () => renderTrack({}, '{"tracks": [ {"id": "https://lp-elements.example/tracks/x",'),
};

/** A `track` attribute that names no track of the document. */
export const UnknownTrack: Story = {
  args: { track: 'https://lp-elements.example/tracks/does-not-exist' },
};

/** A `current` attribute that names no profile: the track is shown without personal progress, and says why. */
export const UnknownPerson: Story = {
  args: { current: 'person-nobody' },
};

/** A university's own look through the `--lp-*` tokens and the element's custom properties. */
export const Themed: Story = {
  args: { current: 'person-claire', orientation: 'vertical' },
  render: (args) =>
    html`<div class="career-track-themed">
      <style>
        .career-track-themed {
          --lp-color-accent: #7a1f5c;
          --lp-radius: 0;
          --lp-career-track-line-color: #7a1f5c;
          --lp-career-track-line-width: 3px;
          --lp-career-track-marker-size: 2.5rem;
        }
        [data-lp-theme='dark'] .career-track-themed {
          --lp-color-accent: #f2a7d6;
          --lp-career-track-line-color: #f2a7d6;
        }
      </style>
      ${renderTrack(args)}
    </div>`,
};
