import '@lp-elements/elements/define.js';
import type { LpLevelChangeEvent, LpSkillGapMatrix } from '@lp-elements/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { department, sample, STORY_NOW } from './story-data.js';

interface MatrixArgs {
  current: string;
  required?: string;
  editable: boolean;
  recommend: boolean;
  sort: 'group' | 'name' | 'gap' | 'coverage';
  group: 'skill-group' | 'none';
}

/** How long the first story of a cold run may take to load the matrix's modules. */
const FIRST_RENDER = { timeout: 15_000 };

/** The matrix in a story's canvas, once it shows its grid (or list, or message). */
async function matrixIn(canvasElement: HTMLElement): Promise<LpSkillGapMatrix> {
  const element = canvasElement.querySelector('lp-skill-gap-matrix');
  if (!element) throw new Error('no <lp-skill-gap-matrix> in the story');
  await waitFor(
    () => expect(element.shadowRoot?.querySelector('table, .skill-list, .empty, [role="alert"]')).toBeTruthy(),
    FIRST_RENDER,
  );
  await element.updateComplete;
  return element;
}

/** The element that has the focus inside the matrix, and the grid cell it is in. */
function focus(element: LpSkillGapMatrix) {
  const active = element.shadowRoot?.activeElement as HTMLElement | null;
  const cell = active?.closest('td, th') as HTMLTableCellElement | null;
  return { active, cell, column: cell?.cellIndex ?? -1, skill: cell?.parentElement?.dataset.skill };
}

/** Puts the focus on the grid's one tab stop, where Tab lands (user-event's Tab does not enter shadow roots). */
function focusGrid(element: LpSkillGapMatrix): void {
  element.shadowRoot?.querySelector<HTMLElement>('table [tabindex="0"]')?.focus();
}

const meta: Meta<MatrixArgs> = {
  title: 'Elements/Skill-gap matrix',
  component: 'lp-skill-gap-matrix',
  args: { current: 'person-amira', editable: false, recommend: false, sort: 'group', group: 'skill-group' },
  argTypes: {
    sort: { control: 'select', options: ['group', 'name', 'gap', 'coverage'] },
    group: { control: 'inline-radio', options: ['skill-group', 'none'] },
  },
  render: (args) =>
    html`<lp-skill-gap-matrix
      .data=${sample}
      .now=${STORY_NOW}
      current=${args.current}
      required=${ifDefined(args.required)}
      ?editable=${args.editable}
      ?recommend=${args.recommend}
      sort=${args.sort}
      group=${args.group}
    ></lp-skill-gap-matrix>`,
  parameters: {
    docs: {
      description: {
        component:
          'Required against current skill levels for one person or a team, with self-assessment and the courses that close the gaps. Use the Locale toolbar for every language (Hebrew runs right to left) and the Theme toolbar for dark.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<MatrixArgs>;

/** One person against their role: levels as glyph, name and colour, the signed gap, and the summary. */
export const Person: Story = {
  play: async ({ canvasElement }) => {
    const element = await matrixIn(canvasElement);
    const summary = element.shadowRoot?.querySelector('[part="summary"]')?.textContent ?? '';
    await expect(summary).toMatch(/^Amira Haddad meets \d+ of \d+ required skills/);
  },
};

/** Keyboard path through the grid: arrows, End, Ctrl+End and Ctrl+Home, and the tab stop kept where the focus was. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const element = await matrixIn(canvasElement);
    focusGrid(element);
    await expect(focus(element).column).toBe(0);
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    await expect(focus(element)).toMatchObject({ column: 1, skill: 'https://lp-elements.example/skills/networking' });
    await userEvent.keyboard('{End}');
    await expect(focus(element).column).toBe(3);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    const rows = element.shadowRoot?.querySelectorAll<HTMLTableRowElement>('tbody tr[data-skill]') ?? [];
    await expect(focus(element).skill).toBe([...rows].at(-1)?.dataset.skill);
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    await expect(focus(element).cell?.parentElement?.parentElement?.localName).toBe('thead');
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    await expect(focus(element)).toMatchObject({
      column: 1,
      skill: 'https://lp-elements.example/skills/communication',
    });
    await expect(element.shadowRoot?.querySelectorAll('table [tabindex="0"]')).toHaveLength(1);
  },
};

/** The same path right to left: ArrowLeft goes on to the next column. */
export const KeyboardRightToLeft: Story = {
  render: (args) =>
    html`<div lang="he" dir="rtl">
      <lp-skill-gap-matrix .data=${sample} current=${args.current} ?editable=${args.editable}></lp-skill-gap-matrix>
    </div>`,
  play: async ({ canvasElement }) => {
    const element = await matrixIn(canvasElement);
    focusGrid(element);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(focus(element).column).toBe(2);
    await userEvent.keyboard('{ArrowRight}');
    await expect(focus(element).column).toBe(1);
    await userEvent.keyboard('{Home}');
    await expect(focus(element).column).toBe(0);
  },
};

/** Self-assessment: number keys set a level, + and − step it, Enter opens the levels with their descriptions. */
export const Editable: Story = {
  args: { current: 'person-jonas', required: 'lp-practitioner', editable: true },
  play: async ({ canvasElement }) => {
    const element = await matrixIn(canvasElement);
    const changes: number[] = [];
    element.addEventListener('lp-level-change', (event: LpLevelChangeEvent) => changes.push(event.detail.newLevel));
    focusGrid(element);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect(focus(element).column).toBe(2);
    await userEvent.keyboard('3');
    await userEvent.keyboard('+');
    await userEvent.keyboard('-');
    await expect(changes).toEqual([3, 4, 3]);
    await expect(element.shadowRoot?.querySelector('.edit-hint--active')?.textContent).toContain(
      'Applies the skill independently in everyday work.',
    );
    await userEvent.keyboard('{Enter}');
    const chooser = element.shadowRoot?.querySelector('#chooser');
    await waitFor(() => expect(chooser?.matches(':popover-open')).toBe(true));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(chooser?.matches(':popover-open')).toBe(false));
    await expect(changes).toEqual([3, 4, 3, 4]);
    await expect(focus(element).column).toBe(2);
  },
};

/** The courses of the catalogue that close the gaps, best first, each with why. */
export const Recommendations: Story = {
  args: { current: 'person-jonas', required: 'lp-practitioner', recommend: true },
  play: async ({ canvasElement }) => {
    const element = await matrixIn(canvasElement);
    const why = element.shadowRoot?.querySelector('.course__why')?.textContent ?? '';
    await expect(why).toMatch(/^closes \d+ of \d+ gaps?: /);
  },
};

/** Five people side by side against the Learning Professional role, sorted by the largest shortfall. */
export const TeamOfFive: Story = {
  args: {
    current: 'person-amira person-claire person-kadri person-sofie person-tomas',
    required: 'lp-practitioner',
    sort: 'gap',
  },
};

const DEPARTMENT = department(40);

/** A department of 40 people: sticky skill names and names of people while scrolling both ways. */
export const TeamOfForty: Story = {
  args: { current: 'team-story-department' },
  render: (args) =>
    html`<lp-skill-gap-matrix
      .data=${DEPARTMENT}
      .now=${STORY_NOW}
      current=${args.current}
      ?editable=${args.editable}
      ?recommend=${args.recommend}
      sort=${args.sort}
      group=${args.group}
    ></lp-skill-gap-matrix>`,
  play: async ({ canvasElement }) => {
    const element = await matrixIn(canvasElement);
    await expect(element.shadowRoot?.querySelectorAll('thead th.person')).toHaveLength(40);
    focusGrid(element);
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(focus(element).cell?.parentElement?.parentElement?.localName).toBe('tfoot');
    await expect(focus(element).column).toBe(43);
  },
};

/** While the data loads. */
export const Loading: Story = {
  render: () => {
    // This story's document never arrives, so the skeleton stays.
    const loadForever = window.fetch;
    if (!('lpStoryLoading' in loadForever)) {
      window.fetch = Object.assign(
        (input: RequestInfo | URL, init?: RequestInit) =>
          String(input instanceof Request ? input.url : input).includes('lp-story-never-loads')
            ? new Promise<Response>(() => undefined)
            : loadForever(input, init),
        { lpStoryLoading: true },
      );
    }
    return html`<lp-skill-gap-matrix src="/lp-story-never-loads.json" current="person-amira"></lp-skill-gap-matrix>`;
  },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('lp-skill-gap-matrix');
    await waitFor(() => expect(element?.shadowRoot?.querySelector('.skeleton')).toBeTruthy(), FIRST_RENDER);
  },
};

/** A document without a skills framework, and a role that requires no skill of the framework. */
export const Empty: Story = {
  render: () =>
    html`<lp-skill-gap-matrix
        .data=${{
          lang: 'en',
          profiles: [
            { id: 'person-amira', kind: 'person', name: 'Amira Haddad', role: 'lp-practitioner' },
            { id: 'lp-practitioner', kind: 'role', name: 'Learning Professional' },
          ],
        }}
        current="person-amira"
      ></lp-skill-gap-matrix>
      <br />
      <lp-skill-gap-matrix
        .data=${{ ...sample, profiles: [...(sample.profiles ?? []), { id: 'observer', kind: 'role', name: 'Observer', levels: {} }] }}
        current="person-amira"
        required="observer"
      ></lp-skill-gap-matrix>`,
};

/** An unknown person, broken data, and some parts of the data left out. */
export const Errors: Story = {
  render: () => {
    const profiles = (sample.profiles ?? []).map((profile) =>
      profile.id === 'lp-practitioner'
        ? { ...profile, levels: { ...profile.levels, 'https://lp-elements.example/skills/networking': 9 } }
        : profile,
    );
    return html`<lp-skill-gap-matrix .data=${sample} current="person-nobody"></lp-skill-gap-matrix>
      <br />
      <lp-skill-gap-matrix .data=${'{"frameworks": ['} current="person-amira"></lp-skill-gap-matrix>
      <br />
      <lp-skill-gap-matrix .data=${{ ...sample, profiles }} current="person-amira ghost"></lp-skill-gap-matrix>`;
  },
  play: async ({ canvasElement }) => {
    const [unknown] = canvasElement.querySelectorAll('lp-skill-gap-matrix');
    await waitFor(
      () => expect(unknown?.shadowRoot?.querySelector('[role="alert"] code')?.textContent).toBe('current'),
      FIRST_RENDER,
    );
  },
};

const LOCALES = ['en', 'de', 'fr', 'da', 'nl', 'et', 'cs', 'he'] as const;

/** The person view in every shipped language (Hebrew right to left), whatever the toolbar says. */
export const EveryLocale: Story = {
  render: () =>
    html`${LOCALES.map(
      (lang) =>
        html`<section lang=${lang} dir=${lang === 'he' ? 'rtl' : 'ltr'}>
            <lp-skill-gap-matrix
              .data=${sample}
              current="person-kadri"
              editable
              group="none"
              sort="gap"
            ></lp-skill-gap-matrix>
          </section>
          ${lang === 'he' ? nothing : html`<hr />`}`,
    )}`,
};

/** A university's own look: brand tokens, square corners and its own level colours. */
export const Themed: Story = {
  args: { current: 'person-claire', required: 'lp-lead' },
  render: (args) =>
    html`<div class="lp-story-brand">
      <style>
        .lp-story-brand {
          --lp-color-accent: #7a1f5c;
          --lp-color-focus: #7a1f5c;
          --lp-radius: 0;
          --lp-font-family: Georgia, serif;
          --lp-matrix-level-1: #d73027;
          --lp-matrix-level-2: #fc8d59;
          --lp-matrix-level-3: #fee08b;
          --lp-matrix-level-4: #91cf60;
          --lp-matrix-level-5: #1a9850;
          --lp-matrix-tint: 45%;
        }
      </style>
      <lp-skill-gap-matrix
        .data=${sample}
        current=${args.current}
        required=${ifDefined(args.required)}
      ></lp-skill-gap-matrix>
    </div>`,
};

/** At 320 px the person view is a list per skill, with the same facts and editable levels. */
export const Narrow: Story = {
  args: { current: 'person-jonas', required: 'lp-practitioner', editable: true },
  render: (args) =>
    html`<div class="lp-story-narrow">
      <style>
        .lp-story-narrow {
          max-inline-size: 320px;
        }
      </style>
      <lp-skill-gap-matrix
        .data=${sample}
        current=${args.current}
        required=${ifDefined(args.required)}
        ?editable=${args.editable}
      >
      </lp-skill-gap-matrix>
    </div>`,
  play: async ({ canvasElement }) => {
    const element = await matrixIn(canvasElement);
    await waitFor(() => expect(element.shadowRoot?.querySelector('.skill-list')).toBeTruthy());
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('.level-button');
    button?.focus();
    await userEvent.keyboard('4');
    await waitFor(() => expect(button?.textContent).toContain('Advanced'));
  },
};
