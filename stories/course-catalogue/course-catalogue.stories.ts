import '@lp-elements/elements/define.js';
import type { LpCourseCatalogue, LpCourseSelectEvent } from '@lp-elements/elements';
import type { DataDocument } from '@lp-elements/model';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import sampleJson from '../../packages/model/sample/lp-sample.json';
import { largeCatalogue } from './large-catalogue.js';

/** The sample, as the elements read it (JSON gives its enumerations as plain strings). */
const sample = sampleJson as unknown as DataDocument;
/** Stories judge timing from 8 February 2027, so "starts within 4 weeks" finds the same courses every day. */
const NOW = new Date(2027, 1, 8, 12);
const big = largeCatalogue(sample, 5000);

/** Stories keep the learner on the page: the host shows the course its own way. */
const stay = (event: LpCourseSelectEvent) => {
  event.preventDefault();
};

const catalogue = (data: unknown, attributes: { recommendFor?: string; required?: string } = {}) =>
  html`<lp-course-catalogue
    .data=${data}
    .now=${NOW}
    recommend-for=${attributes.recommendFor ?? ''}
    required=${attributes.required ?? ''}
    no-json-ld
    @lp-course-select=${stay}
  ></lp-course-catalogue>`;

/** The catalogue in a story, once it shows its courses (or says why not). */
async function shown(canvasElement: HTMLElement): Promise<LpCourseCatalogue> {
  const element = canvasElement.querySelector('lp-course-catalogue');
  if (!element) throw new Error('the story has no catalogue');
  await waitFor(() => expect(element.shadowRoot?.querySelector('.feed, .empty')).toBeTruthy(), { timeout: 5000 });
  return element;
}
/** An element inside the catalogue's shadow root. */
function part(element: LpCourseCatalogue, selector: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`the catalogue shows no ${selector}`);
  return found;
}
const count = (element: LpCourseCatalogue) => part(element, '[part="count"]').textContent.trim();
const focusedPosition = (element: LpCourseCatalogue) =>
  element.shadowRoot?.activeElement?.getAttribute('aria-posinset');

const meta: Meta = {
  title: 'Elements/Course catalogue',
  component: 'lp-course-catalogue',
  parameters: {
    docs: {
      description: {
        component:
          "The partner universities' courses: search, filters, sort, recommendations. Timing is judged from 8 February 2027 in these stories; JSON-LD is off here (see docs/seo.md).",
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The sample catalogue: 64 courses of eight universities. */
export const SampleCatalogue: Story = { render: () => catalogue(sample) };

/**
 * 5,000 courses: the first 20 show at once while the others are checked, only those on screen are
 * rendered, and search and filters stay instant. Here in a box that scrolls (a page scrolls the
 * same way), so the story keeps a size a screenshot can take.
 */
export const FiveThousandCourses: Story = {
  render: () => html`<div style="max-block-size: 90vh; overflow: auto">${catalogue(big)}</div>`,
  play: async ({ canvasElement }) => {
    const element = await shown(canvasElement);
    // The first courses are shown at once; the others are checked in idle moments, then counted.
    await waitFor(() => expect(count(element)).toBe('5,000 courses'), { timeout: 10_000 });
    await expect(element.checking).toBe(false);
    await waitFor(() => expect(element.shadowRoot?.querySelector('.feed--virtual')).toBeTruthy(), { timeout: 5000 });
    await expect(element.shadowRoot?.querySelectorAll('lp-course-card').length).toBeLessThan(60);
  },
};

/** Courses that close Amira's gaps for her role come first, each saying why. */
export const Recommendations: Story = { render: () => catalogue(sample, { recommendFor: 'person-amira' }) };

/** Search: case, accents and the document's languages do not matter. */
export const Search: Story = {
  render: () => catalogue(sample),
  play: async ({ canvasElement }) => {
    const element = await shown(canvasElement);
    const search = part(element, '#search');
    await userEvent.type(search, 'ÉNERGIE');
    await waitFor(() => expect(count(element)).not.toBe('64 courses'));
    await expect(element.results.length).toBeGreaterThan(0);
    await expect(element.results.every((entry) => JSON.stringify(entry.course).toLowerCase().includes('energ'))).toBe(
      true,
    );
    const typed = (search as HTMLInputElement).value.length;
    await userEvent.type(search, 'vyuka prezentacnich', { initialSelectionStart: 0, initialSelectionEnd: typed });
    await waitFor(() => expect(count(element)).toBe('1 course'));
    await waitFor(() => expect(part(element, '[role="status"]').textContent.trim()).toBe('1 course'), {
      timeout: 3000,
    });
  },
};

/** Filters: free online courses at EQF level 7, then the empty state and "clear". */
export const Filters: Story = {
  render: () => catalogue(sample),
  play: async ({ canvasElement }) => {
    const element = await shown(canvasElement);
    await userEvent.click(part(element, '.filters summary'));
    await userEvent.selectOptions(part(element, '[data-filter="mode"]'), 'online');
    await userEvent.click(part(element, '[data-filter="free"]'));
    await waitFor(() =>
      expect(
        element.results.every((entry) => entry.course.mode === 'online' && entry.course.price?.category === 'free'),
      ).toBe(true),
    );
    await expect(part(element, '.filters summary').textContent.replace(/\s+/g, ' ').trim()).toBe('Filters (2 active)');
    await userEvent.selectOptions(part(element, '[data-filter="eqf"]'), '6');
    await userEvent.selectOptions(part(element, '[data-filter="language"]'), 'he');
    await waitFor(() => expect(part(element, '[part="empty"]')).toBeTruthy());
    await userEvent.click(part(element, '[part="empty"] button'));
    await waitFor(() => expect(count(element)).toBe('64 courses'));
  },
};

/** The keyboard: Page Down and Page Up move between courses; End goes to the last. */
export const Keyboard: Story = {
  render: () => catalogue(sample),
  play: async ({ canvasElement }) => {
    const element = await shown(canvasElement);
    part(element, '[role="article"]').focus();
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(focusedPosition(element)).toBe('2'));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(focusedPosition(element)).toBe('64'));
  },
};

/** No course matches. */
export const NoResults: Story = {
  render: () => catalogue(sample),
  play: async ({ canvasElement }) => {
    const element = await shown(canvasElement);
    await userEvent.type(part(element, '#search'), 'no such course anywhere');
    await waitFor(() => expect(part(element, '[part="empty"]')).toBeTruthy());
  },
};

/** A document without courses. */
export const NoCourses: Story = { render: () => catalogue({ ...sample, courses: [], tracks: [] }) };

/** Some courses are broken: the others show, with a notice of what was left out and where. */
export const SomeCoursesInvalid: Story = {
  render: () => {
    const courses = (sample.courses ?? []).map((course, index) => {
      if (index === 2) return { ...course, url: 'javascript:alert(1)' };
      if (index === 5) return { ...course, ects: -3 };
      if (index === 7) return { ...course, name: '<script>alert(1)</script> shown as text' };
      return course;
    });
    return catalogue({ ...sample, courses, tracks: [] });
  },
};

/** Nothing in the data is usable. */
export const Failure: Story = { render: () => catalogue('{"courses": [') };

/** `recommend-for` names a profile the data does not have. */
export const UnknownProfile: Story = { render: () => catalogue(sample, { recommendFor: 'person-nobody' }) };

/** While the data document loads. */
export const Loading: Story = {
  render: () => {
    holdStoryData();
    return html`<lp-course-catalogue src="/lp-story-loading/catalogue.json"></lp-course-catalogue>`;
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
