import '@lp-elements/elements/define.js';
import type { LpCourseCard, LpCourseSelectEvent } from '@lp-elements/elements';
import type { Course, DataDocument } from '@lp-elements/model';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import sampleJson from '../../packages/model/sample/lp-sample.json';
import picture from './course-picture.png?url&no-inline';

/** The sample, as the elements read it (JSON gives its enumerations as plain strings). */
const sample = sampleJson as unknown as DataDocument;
/** Stories judge timing from 8 February 2027, so "starts in 3 weeks" reads the same every day. */
const NOW = new Date(2027, 1, 8, 12);
const course = (code: string): Course => {
  const found = sample.courses?.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no course ${code} in the sample`);
  return found;
};
/** An absolute http(s) address for the story picture: cards show no other kind. */
const pictureUrl = () => new URL(picture, location.href).href;

/** Stories keep the learner on the page: the host shows the course its own way. */
const stay = (event: LpCourseSelectEvent) => {
  event.preventDefault();
};

const card = (value: Course | string, options: { compact?: boolean; actions?: TemplateResult } = {}) =>
  html`<lp-course-card
    .course=${value}
    .data=${sample}
    .now=${NOW}
    ?compact=${options.compact ?? false}
    @lp-course-select=${stay}
    >${options.actions ?? ''}</lp-course-card
  >`;

const grid = (...cards: TemplateResult[]) =>
  html`<div style="display: grid; gap: 1rem; max-inline-size: 48rem">${cards}</div>`;

const meta: Meta = {
  title: 'Elements/Course card',
  component: 'lp-course-card',
  parameters: {
    docs: {
      description: {
        component:
          'One course, as the catalogue, the skill-gap matrix and the career track show it. Timing is judged from 8 February 2027 in these stories.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** A free, blended micro-credential that starts in three weeks. */
export const MicroCredential: Story = { render: () => card(course('LB-101')) };

/** A paid online course that is running now. */
export const PaidOnlineRunning: Story = { render: () => card(course('LB-102')) };

/** A partly free course on site; its next run is later this year. */
export const PartlyFreeOnSite: Story = { render: () => card(course('LB-103')) };

/** Self-paced: no run has dates. */
export const SelfPaced: Story = { render: () => card(course('LB-104')) };

/** Every run is over. */
export const Past: Story = { render: () => card(course('LB-105')) };

/** A picture beside the text on wide cards, above it on narrow ones; a long title is cut after three lines. */
export const PictureAndLongTitle: Story = {
  render: () =>
    card({
      ...course('CL-101'),
      image: pictureUrl(),
      name: {
        en: 'Designing Continuing Education Programmes with Industry Partners: Needs Analysis, Learning Outcomes, Assessment, Quality Assurance and Stackable Micro-credentials for Engineers in the Energy Transition',
      },
    }),
};

/** Hebrew data on the page of an Israeli partner: the page language decides the direction. */
export const HebrewCourse: Story = { render: () => card(course('GS-105')) };

/** With an action in the slot. */
export const WithAction: Story = {
  render: () => card(course('FJ-101'), { actions: html`<button type="button">Add to my plan</button>` }),
};

/** The compact card that lists inside other elements use: one to three lines. */
export const Compact: Story = {
  render: () =>
    html`<div style="display: grid; gap: 0.5rem; max-inline-size: 32rem">
      ${['LB-101', 'LB-102', 'LB-104', 'LB-105', 'GS-101'].map((code) => card(course(code), { compact: true }))}
    </div>`,
};

/** Every mode, price and timing side by side. */
export const Variants: Story = {
  render: () => grid(...['WI-101', 'BR-104', 'RA-103', 'ZP-106'].map((code) => card(course(code)))),
};

/** A course given by id, looked up in the data document. */
export const ById: Story = {
  render: () =>
    html`<lp-course-card
      course="https://lp-elements.example/courses/fj-102"
      .data=${sample}
      .now=${NOW}
      @lp-course-select=${stay}
    ></lp-course-card>`,
};

/** The id names no course: the card says so, naming the attribute. */
export const UnknownCourse: Story = {
  render: () =>
    html`<lp-course-card course="https://lp-elements.example/courses/none" .data=${sample}></lp-course-card>`,
};

/** A `javascript:` link, a `data:` picture and markup in the title: the links are left out, the title stays text. */
export const HostileData: Story = {
  render: () =>
    card({
      ...course('LB-108'),
      name: '<img src=x onerror="alert(1)"> <b>Not bold</b>',
      url: 'javascript:alert(1)',
      image: 'data:image/png;base64,AAAA',
    }),
};

/** While the data document loads. */
export const Loading: Story = {
  render: () => {
    holdStoryData();
    return html`<lp-course-card
      course="https://lp-elements.example/courses/lb-101"
      src="/lp-story-loading/data.json"
    ></lp-course-card>`;
  },
};

/** Opening the course: a click on the card fires lp-course-select (which this story cancels). */
export const OpensFromTheCard: Story = {
  render: () =>
    html`${card(course('LB-101'))}
      <p><output aria-live="polite"></output></p>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<LpCourseCard>('lp-course-card');
    const output = canvasElement.querySelector('output');
    if (!element || !output) throw new Error('the story has no card');
    const selected: string[] = [];
    element.addEventListener('lp-course-select', (event) => {
      selected.push(event.detail.course.code ?? '');
      output.value = `Selected ${event.detail.course.code ?? ''}`;
    });
    await element.updateComplete;
    const inside = (selector: string) => {
      const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`the card shows no ${selector}`);
      return found;
    };
    await userEvent.click(inside('[part="facts"]'));
    await waitFor(() => expect(output.value).toBe('Selected LB-101'));
    inside('[part="link"]').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(selected).toEqual(['LB-101', 'LB-101']));
  },
};

let holding = false;
/** Stories of the loading state: requests for `/lp-story-loading/…` never answer. */
function holdStoryData(): void {
  if (holding) return;
  holding = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) =>
    typeof input === 'string' && input.includes('/lp-story-loading/')
      ? new Promise<Response>(() => undefined)
      : original(input, init);
}
