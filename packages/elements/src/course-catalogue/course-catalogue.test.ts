import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  clearDataDocumentCache,
  personGaps,
  profileById,
  recommendCourses,
  type Course,
  type DataDocument,
} from '@lp-elements/model';
import { emulateMedia, runDataSourceSuite, silenceWarnings } from '@lp-elements/test-support';
import { sendKeys } from '@web/test-runner-commands';
import type { LpDataErrorEvent } from '../base/events/data-error-event.js';
import type { LpCourseCatalogue } from './course-catalogue.js';
import './define.js';

const SAMPLE = '/packages/model/sample/lp-sample.json';
/** 8 February 2027, as in the card tests. */
const NOW = new Date(2027, 1, 8, 12);

let sample: DataDocument;

const shadow = (element: Element) => element.shadowRoot!;
const codes = (catalogue: LpCourseCatalogue) => catalogue.results.map((entry) => entry.course.code);
const text = (catalogue: LpCourseCatalogue, selector: string) =>
  (shadow(catalogue).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rendered = (catalogue: LpCourseCatalogue) => [...shadow(catalogue).querySelectorAll('lp-course-card')];

async function catalogueWith(data: unknown, lang = 'en', attributes: Record<string, string> = {}) {
  const container = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const catalogue = document.createElement('lp-course-catalogue');
  for (const [name, value] of Object.entries(attributes)) catalogue.setAttribute(name, value);
  catalogue.data = data;
  catalogue.now = NOW;
  container.append(catalogue);
  await waitUntil(
    () => shadow(catalogue).querySelector('.feed, .empty, [role="alert"]'),
    'the catalogue shows its data',
  );
  await catalogue.updateComplete;
  return catalogue;
}

async function type(catalogue: LpCourseCatalogue, value: string) {
  const search = shadow(catalogue).querySelector<HTMLInputElement>('#search')!;
  search.focus();
  search.select();
  await sendKeys({ press: 'Backspace' });
  if (value) await sendKeys({ type: value });
  await catalogue.updateComplete;
}

/** Opens the filter panel, as a learner does before choosing a filter. */
async function openFilters(catalogue: LpCourseCatalogue) {
  const details = shadow(catalogue).querySelector('details')!;
  if (!details.open) {
    details.querySelector('summary')!.click();
    await waitUntil(() => shadow(catalogue).querySelector('[data-filter]'), 'the filters show their controls');
  }
}

async function choose(catalogue: LpCourseCatalogue, filter: string, value: string) {
  await openFilters(catalogue);
  const control = shadow(catalogue).querySelector<HTMLInputElement | HTMLSelectElement>(`[data-filter="${filter}"]`)!;
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === 'true';
  else control.value = value;
  control.dispatchEvent(
    new Event(control instanceof HTMLInputElement && control.type === 'number' ? 'input' : 'change'),
  );
  await catalogue.updateComplete;
}

const courses = () => sample.courses ?? [];
const matching = (test: (course: Course) => boolean) =>
  courses()
    .filter(test)
    .map((course) => course.code);

describe('<lp-course-catalogue>', function () {
  this.timeout(30_000);

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
  });
  beforeEach(() => {
    clearDataDocumentCache();
  });

  it('shows every course of the document as a card in a feed, with the count', async () => {
    const catalogue = await catalogueWith(sample);
    expect(codes(catalogue)).to.deep.equal(courses().map((course) => course.code));
    expect(rendered(catalogue)).to.have.length(64);
    expect(text(catalogue, '[part="count"]')).to.equal('64 courses');
    const feed = shadow(catalogue).querySelector('[role="feed"]')!;
    expect(feed.getAttribute('aria-label')).to.equal('Course catalogue');
    const first = feed.querySelector('[role="article"]')!;
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(first.getAttribute('aria-setsize')).to.equal('64');
    expect(first.getAttribute('aria-label')).to.equal('Learning Professionals: Foundations');
    expect(first.getAttribute('tabindex')).to.equal('0');
    await expect(catalogue).to.be.accessible();
  });

  describe('search', () => {
    it('finds names, codes, providers, skills and descriptions, ignoring case and accents, in every language of the data', async () => {
      const catalogue = await catalogueWith(sample);
      await type(catalogue, 'GRUNDLAGEN');
      expect(codes(catalogue)[0], 'a German name on an English page comes first').to.equal('LB-101');
      expect(catalogue.results.every((entry) => JSON.stringify(entry.course).includes('Grundlagen'))).to.equal(true);
      await type(catalogue, 'lb-10');
      expect(codes(catalogue)).to.deep.equal([
        'LB-101',
        'LB-102',
        'LB-103',
        'LB-104',
        'LB-105',
        'LB-106',
        'LB-107',
        'LB-108',
      ]);
      await type(catalogue, 'lindenbruck');
      expect(codes(catalogue), 'ü without its dots').to.have.length(8);
      await type(catalogue, 'ecole');
      expect(
        codes(catalogue).every((code) => (code ?? '').startsWith('BR-') || (code ?? '').startsWith('CL-')),
      ).to.equal(true);
      await type(catalogue, 'mentoring');
      expect(codes(catalogue), 'the skill "Mentoring academics on teaching"').to.have.members(
        matching((course) => (course.teaches ?? []).some(({ skill }) => skill.endsWith('/teaching-mentoring'))),
      );
      await type(catalogue, 'VYUKA prezentacnich');
      expect(codes(catalogue), 'Czech without its accents').to.deep.equal(['ZP-103']);
      await type(catalogue, 'חניכת');
      expect(codes(catalogue), 'Hebrew').to.deep.equal(['GS-105']);
      await type(catalogue, 'fictional sample energy');
      expect(codes(catalogue).length, 'every word must match, in any part').to.be.greaterThan(0);
      expect(text(catalogue, '[part="count"]')).to.equal(`${codes(catalogue).length} courses`);
    });

    it('puts better matches first: the name before the description', async () => {
      const catalogue = await catalogueWith(sample);
      await type(catalogue, 'mentor');
      const [best] = catalogue.results;
      expect(JSON.stringify(best?.course.name).toLowerCase()).to.contain('mentor');
    });

    it('shows an empty state that clears the search and the filters', async () => {
      const catalogue = await catalogueWith(sample);
      await choose(catalogue, 'free', 'true');
      await type(catalogue, 'no such course anywhere');
      expect(codes(catalogue)).to.deep.equal([]);
      expect(text(catalogue, '[part="empty"] p')).to.equal('No course matches your search and filters.');
      await expect(catalogue).to.be.accessible();
      shadow(catalogue).querySelector<HTMLButtonElement>('[part="empty"] button')!.click();
      await catalogue.updateComplete;
      expect(codes(catalogue)).to.have.length(64);
      await waitUntil(() => shadow(catalogue).activeElement?.id === 'search', 'focus goes back to the search');
    });
  });

  describe('filters', () => {
    const cases: [string, string, (course: Course) => boolean][] = [
      [
        'provider',
        'https://lp-elements.example/providers/fjordby',
        (course) => course.provider.id.endsWith('/fjordby'),
      ],
      ['language', 'fr', (course) => (course.languages ?? []).includes('fr')],
      ['mode', 'onsite', (course) => course.mode === 'onsite'],
      ['eqf', '6', (course) => course.eqfLevel === 6],
      ['field', 'energy', (course) => (course.fields ?? []).includes('energy')],
      ['audience', 'researchers', (course) => (course.audience ?? []).includes('researchers')],
      [
        'skill',
        'https://lp-elements.example/skills/networking',
        (course) => (course.teaches ?? []).some(({ skill }) => skill.endsWith('/networking')),
      ],
      ['free', 'true', (course) => course.price?.category === 'free'],
    ];
    for (const [filter, value, test] of cases) {
      it(`filters by ${filter}`, async () => {
        const catalogue = await catalogueWith(sample);
        await choose(catalogue, filter, value);
        const expected = matching(test);
        expect(expected.length, 'the sample has such courses').to.be.greaterThan(0);
        expect(codes(catalogue)).to.deep.equal(expected);
      });
    }

    it('filters by an ECTS range', async () => {
      const catalogue = await catalogueWith(sample);
      await choose(catalogue, 'ects-min', '4');
      await choose(catalogue, 'ects-max', '5');
      expect(codes(catalogue)).to.deep.equal(matching((course) => (course.ects ?? 0) >= 4 && (course.ects ?? 0) <= 5));
    });

    it('filters by timing and by a start within some weeks', async () => {
      const catalogue = await catalogueWith(sample);
      await choose(catalogue, 'timing', 'running');
      expect(codes(catalogue)).to.include.members(['LB-102', 'LB-107']).and.not.include('LB-101');
      await choose(catalogue, 'timing', 'self-paced');
      expect(codes(catalogue)).to.deep.equal(matching((course) => (course.instances ?? []).every((i) => !i.start)));
      await choose(catalogue, 'timing', '');
      await choose(catalogue, 'within', '4');
      // 8 Feb 2027 + 4 weeks: the runs starting 1 and 7 March 2027.
      expect(codes(catalogue)).to.deep.equal(['LB-101', 'ZP-101']);
    });

    it('counts the filters set, and clears them while keeping the search', async () => {
      const catalogue = await catalogueWith(sample);
      await type(catalogue, 'course');
      await choose(catalogue, 'mode', 'online');
      await choose(catalogue, 'free', 'true');
      expect(text(catalogue, '.filters summary')).to.equal('Filters (2 active)');
      shadow(catalogue).querySelector<HTMLButtonElement>('.filters .clear')!.click();
      await catalogue.updateComplete;
      expect(text(catalogue, '.filters summary')).to.equal('Filters');
      expect(shadow(catalogue).querySelector<HTMLInputElement>('#search')!.value).to.equal('course');
    });

    it('offers only what the courses have, alphabetically, in the page language', async () => {
      const catalogue = await catalogueWith(sample, 'de');
      await openFilters(catalogue);
      const options = (filter: string) =>
        [...shadow(catalogue).querySelectorAll(`[data-filter="${filter}"] option`)].map((option) =>
          option.textContent.trim(),
        );
      expect(options('language')).to.deep.equal([
        'Alle',
        'Dänisch',
        'Deutsch',
        'Englisch',
        'Estnisch',
        'Französisch',
        'Hebräisch',
        'Niederländisch',
        'Tschechisch',
      ]);
      expect(options('mode')).to.deep.equal(['Alle', 'Online', 'Präsenz', 'Blended Learning']);
      expect(options('eqf')).to.deep.equal(['Alle', '6', '7']);
    });
  });

  it('sorts by start date, ECTS and name', async () => {
    const catalogue = await catalogueWith(sample);
    const sort = shadow(catalogue).querySelector<HTMLSelectElement>('#sort')!;
    const sortBy = async (value: string) => {
      sort.value = value;
      sort.dispatchEvent(new Event('change'));
      await catalogue.updateComplete;
      return catalogue.results.map((entry) => entry.course);
    };
    const byStart = await sortBy('start');
    const starts = catalogue.results.map((entry) => entry.startsAt);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(catalogue.results.at(-1)?.status, 'courses that are over come last').to.equal('past');
    const firstUpcoming = byStart.find((_, index) => catalogue.results[index]?.status === 'upcoming');
    expect(firstUpcoming?.code, 'the earliest next start: 1 March 2027').to.equal('LB-101');
    const byEcts = (await sortBy('ects')).map((course) => course.ects ?? Infinity);
    expect(byEcts).to.deep.equal([...byEcts].sort((a, b) => a - b));
    const names = (await sortBy('name')).map((course) => (course.name as Record<string, string>).en ?? '');
    expect(names).to.deep.equal(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })),
    );
  });

  it('announces the number of results in a polite live region once typing settles', async () => {
    const catalogue = await catalogueWith(sample);
    await type(catalogue, 'energy');
    const status = shadow(catalogue).querySelector('[role="status"]')!;
    expect(status.textContent.trim(), 'nothing while typing').to.equal('');
    await waitUntil(() => status.textContent.trim() !== '', 'announces after a pause', { timeout: 3000 });
    expect(status.textContent.trim()).to.equal(`${codes(catalogue).length} courses`);
  });

  describe('recommendations', () => {
    it('puts the courses recommended for a person first, each saying which gaps it closes', async () => {
      const catalogue = await catalogueWith(sample, 'en', { 'recommend-for': 'person-amira' });
      const amira = profileById(sample, 'person-amira')!;
      const role = profileById(sample, 'lp-practitioner')!;
      const expected = recommendCourses(sample, personGaps(sample, amira, role), { now: NOW });
      expect(expected.length).to.be.greaterThan(0);
      expect(codes(catalogue).slice(0, expected.length)).to.deep.equal(expected.map((r) => r.course.code));
      expect(text(catalogue, '.recommending')).to.equal(
        'Courses recommended for Amira Haddad (Learning Professional) come first.',
      );
      const why = text(catalogue, '[role="article"] [part="recommendation"]');
      expect(why).to.match(/^Recommended (Closes|Narrows) \d+ of \d+ gaps?: .+ \(\d → \d\)/);
      expect(shadow(catalogue).querySelectorAll('.why')).to.have.length(expected.length);
      await expect(catalogue).to.be.accessible();
    });

    it('takes the required profile from required, in the page language', async () => {
      const catalogue = await catalogueWith(sample, 'de', { 'recommend-for': 'person-amira', required: 'lp-lead' });
      expect(text(catalogue, '.recommending')).to.equal(
        'Für Amira Haddad (Leitung Learning Professionals) empfohlene Kurse stehen oben.',
      );
      expect(text(catalogue, '[role="article"] [part="recommendation"]')).to.match(
        /^Empfohlen (Schließt|Verkleinert) /,
      );
    });

    it('names an unknown profile and its attribute, reports it once, and keeps showing every course', async () => {
      const errors: LpDataErrorEvent[] = [];
      const onError = (event: LpDataErrorEvent) => errors.push(event);
      document.addEventListener('lp-data-error', onError);
      const { warnings, restore } = silenceWarnings();
      try {
        const catalogue = await catalogueWith(sample, 'en', { 'recommend-for': 'person-nobody' });
        expect(text(catalogue, '[part="notice"]')).to.equal(
          'The attribute recommend-for names "person-nobody", but the data has no profile with that id.',
        );
        expect(codes(catalogue)).to.have.length(64);
        catalogue.requestUpdate();
        await catalogue.updateComplete;
        expect(errors).to.have.length(1);
        expect(errors[0]?.detail.problems[0]).to.deep.include({ path: 'recommend-for', code: 'unknown-profile' });
        expect(warnings).to.have.length(1);
        catalogue.setAttribute('required', 'no-such-role');
        catalogue.setAttribute('recommend-for', 'person-amira');
        await catalogue.updateComplete;
        expect(text(catalogue, '[part="notice"]')).to.contain('The attribute required names "no-such-role"');
        await expect(catalogue).to.be.accessible();
      } finally {
        document.removeEventListener('lp-data-error', onError);
        restore();
      }
    });
  });

  describe('states', () => {
    it('shows a loading skeleton while the document loads', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const original = window.fetch;
      window.fetch = async (input, init) => {
        if (!(typeof input === 'string' && input.includes('/slow/'))) return original(input, init);
        await gate;
        return original(SAMPLE, init);
      };
      try {
        const catalogue = await fixture<LpCourseCatalogue>(
          html`<lp-course-catalogue src="/slow/catalogue.json"></lp-course-catalogue>`,
        );
        await waitUntil(() => shadow(catalogue).querySelector('.skeleton-list'), 'shows the skeleton');
        expect(text(catalogue, '.skeleton-list [role="status"]')).to.equal('Loading…');
        await expect(catalogue).to.be.accessible();
        release();
        await waitUntil(() => rendered(catalogue).length === 64, 'shows the courses once they are there', {
          timeout: 5000,
        });
      } finally {
        release();
        window.fetch = original;
      }
    });

    it('says when the catalogue has no courses', async () => {
      const catalogue = await catalogueWith({ ...sample, courses: [], tracks: [] });
      expect(text(catalogue, '[part="empty"]')).to.equal('There are no courses in this catalogue yet.');
      await expect(catalogue).to.be.accessible();
    });

    it('shows the valid courses of bad data and lists what was left out with its path; hostile text stays text', async () => {
      const errors: LpDataErrorEvent[] = [];
      const onError = (event: LpDataErrorEvent) => errors.push(event);
      document.addEventListener('lp-data-error', onError);
      const { restore } = silenceWarnings();
      try {
        const bad = [...courses()];
        bad[2] = { ...bad[2]!, url: 'javascript:alert(1)' };
        bad[5] = { ...bad[5]!, ects: -3 };
        bad[7] = { ...bad[7]!, name: '<img src=x onerror="window.hacked=true"> Hostile' };
        const catalogue = await catalogueWith({ ...sample, courses: bad, tracks: [] });
        expect(codes(catalogue)).to.have.length(62);
        expect(codes(catalogue)).not.to.include.members(['LB-103', 'LB-106']);
        const notice = shadow(catalogue).querySelector('details.data-problems')!;
        expect(notice.querySelector('summary')?.textContent).to.equal('2 parts of the data were left out:');
        expect([...notice.querySelectorAll('code')].map((code) => code.textContent)).to.have.members([
          '$.courses[2].url',
          '$.courses[5].ects',
        ]);
        expect(errors).to.have.length(1);
        await type(catalogue, 'hostile');
        const card = rendered(catalogue)[0]!;
        await card.updateComplete;
        expect(shadow(card).querySelector('[part="title"]')?.textContent.trim()).to.equal(
          '<img src=x onerror="window.hacked=true"> Hostile',
        );
        expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
        await expect(catalogue).to.be.accessible();
      } finally {
        document.removeEventListener('lp-data-error', onError);
        restore();
      }
    });
  });

  describe('languages and themes', () => {
    it('speaks German and Hebrew (right to left)', async () => {
      const german = await catalogueWith(sample, 'de');
      expect(text(german, 'label[for="search"]')).to.equal('Kurse durchsuchen');
      expect(text(german, '[part="count"]')).to.equal('64 Kurse');
      const hebrew = await catalogueWith(sample, 'he');
      expect(getComputedStyle(shadow(hebrew).querySelector('.toolbar')!).direction).to.equal('rtl');
      expect(text(hebrew, '[part="count"]')).to.equal('64 קורסים');
      await expect(hebrew).to.be.accessible();
    });

    it('is accessible in the dark and forced-colours themes, with the filters open', async () => {
      try {
        await emulateMedia({ 'prefers-color-scheme': 'dark' });
        const dark = await catalogueWith(sample, 'en', { 'recommend-for': 'person-amira' });
        await openFilters(dark);
        await expect(dark).to.be.accessible();
        await emulateMedia({ 'forced-colors': 'active' });
        await expect(dark).to.be.accessible();
      } finally {
        await emulateMedia({});
      }
    });
  });
});

runDataSourceSuite({ tag: 'lp-course-catalogue', shows: 'lp-course-card' });
