import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  clearDataDocumentCache,
  pickText,
  salvageDataDocument,
  type Course,
  type DataDocument,
} from '@lp-elements/model';
import { listen, watchReports } from '@lp-elements/test-support';
import { sendKeys } from '@web/test-runner-commands';
import { largeCatalogue } from '../../../../stories/course-catalogue/large-catalogue.js';
import { catalogueJsonLd } from './catalogue-json-ld.js';
import { SETTLE_MS } from './catalogue-view.js';
import type { LpCourseCatalogue } from './course-catalogue.js';
import './define.js';

const NOW = new Date(2027, 1, 8, 12);
const COURSES = 1000;
const RESULT_COUNT = 'https://w3id.org/xapi/lp-elements/extensions/result-count';
let sample: DataDocument;

const shadow = (element: Element) => element.shadowRoot!;
const text = (catalogue: LpCourseCatalogue, selector: string) =>
  (shadow(catalogue).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const ids = (catalogue: LpCourseCatalogue) => catalogue.results.map((entry) => entry.course.id);
const feed = (catalogue: LpCourseCatalogue) => shadow(catalogue).querySelector('[role="feed"]');
const articles = (catalogue: LpCourseCatalogue) => [
  ...shadow(catalogue).querySelectorAll<HTMLElement>('[role="article"]'),
];
const jsonLd = (catalogue: LpCourseCatalogue) => catalogue.querySelector(':scope > script[data-lp-json-ld]');
const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => {
      if (left === 0) resolve();
      else
        requestAnimationFrame(() => {
          next(left - 1);
        });
    };
    next(count);
  });

/**
 * Holds the page's idle callbacks, where the catalogue checks the rest of a large document, so a
 * test sees the state before that work is done; `release()` lets them run, `restore()` ends it.
 */
function holdIdleCallbacks() {
  const original = window.requestIdleCallback;
  let held: IdleRequestCallback[] = [];
  const deadline: IdleDeadline = { didTimeout: false, timeRemaining: () => 50 };
  window.requestIdleCallback = (callback) => {
    held.push(callback);
    return held.length;
  };
  return {
    /** Runs the held callbacks, and lets later ones run as they come. */
    release() {
      window.requestIdleCallback = original;
      const waiting = held;
      held = [];
      for (const callback of waiting) callback(deadline);
    },
    restore() {
      window.requestIdleCallback = original;
    },
  };
}

/** A large catalogue with broken courses: two among the first, one further on, one unknown skill. */
function brokenCatalogue(): DataDocument {
  const document = largeCatalogue(sample, COURSES);
  const courses = [...(document.courses ?? [])];
  const at = (index: number, change: Partial<Course>) => {
    courses[index] = { ...courses[index]!, ...change };
  };
  at(1, { url: 'javascript:alert(1)' });
  at(5, { ects: -2 });
  at(700, { instances: [{ start: '2027-02-30' }] });
  at(3, { teaches: [{ skill: 'https://lp-elements.example/skills/unknown', level: 2 }] });
  return { ...document, courses };
}

async function catalogueWith(data: DataDocument) {
  const catalogue = await fixture<LpCourseCatalogue>(
    html`<lp-course-catalogue .data=${data} .now=${NOW}></lp-course-catalogue>`,
  );
  await waitUntil(() => shadow(catalogue).querySelector('.feed lp-course-card'), 'the first courses are shown');
  return catalogue;
}

describe('<lp-course-catalogue> with a large document still being checked', function () {
  this.timeout(60_000);
  let idle: ReturnType<typeof holdIdleCallbacks>;
  let restoreOnError: () => void;

  before(async () => {
    sample = (await (await fetch('/packages/model/sample/lp-sample.json')).json()) as DataDocument;
  });
  beforeEach(() => {
    idle = holdIdleCallbacks();
    // The virtualiser measures courses with a ResizeObserver while they render; Chromium reports the
    // notifications it defers to the next frame as a (harmless) window error, which would fail the test.
    const original = window.onerror;
    window.onerror = (message, ...rest): unknown =>
      typeof message === 'string' && message.startsWith('ResizeObserver loop')
        ? true
        : original?.call(window, message, ...rest);
    restoreOnError = () => {
      window.onerror = original;
    };
  });
  afterEach(() => {
    idle.restore();
    restoreOnError();
  });

  it('shows its first courses that pass, says the others are being checked, and then shows them all', async () => {
    const catalogue = await catalogueWith(largeCatalogue(sample, COURSES));
    expect(catalogue.checking).to.equal(true);
    expect(catalogue.results).to.have.length(20);
    expect(text(catalogue, '[part="count"]')).to.equal('20 courses so far, more are being checked…');
    expect(feed(catalogue)?.getAttribute('aria-busy')).to.equal('true');
    expect(articles(catalogue)[0]?.getAttribute('aria-setsize'), 'a total not known yet').to.equal('-1');
    expect(text(catalogue, '.end')).to.equal('More courses are being checked…');
    expect(jsonLd(catalogue), 'no JSON-LD for the first courses alone').to.equal(null);
    shadow(catalogue).querySelector<HTMLElement>('.filters summary')!.click();
    await waitUntil(() => shadow(catalogue).querySelector('.filters .hint'), 'the filter panel opens');
    expect(text(catalogue, '.filters .hint'), 'filter choices come from every course').to.equal(
      'More courses are being checked…',
    );
    expect(shadow(catalogue).querySelector('.filters select')).to.equal(null);
    await expect(catalogue).to.be.accessible();

    idle.release();
    await waitUntil(() => !catalogue.checking, 'every course is checked', { timeout: 10_000 });
    await catalogue.updateComplete;
    expect(catalogue.results).to.have.length(COURSES);
    expect(text(catalogue, '[part="count"]')).to.equal('1,000 courses');
    expect(feed(catalogue)?.getAttribute('aria-busy')).to.equal('false');
    expect(articles(catalogue)[0]?.getAttribute('aria-setsize')).to.equal('1000');
    expect(text(catalogue, '.end')).to.equal('End of the list (1,000 courses).');
    expect(shadow(catalogue).querySelector('.filters .hint')).to.equal(null);
    expect(shadow(catalogue).querySelectorAll('.filters select').length).to.be.greaterThan(0);
    await waitUntil(() => jsonLd(catalogue), 'the JSON-LD is written');
    expect((JSON.parse(jsonLd(catalogue)!.textContent) as { numberOfItems: number }).numberOfItems).to.equal(COURSES);
    await expect(catalogue).to.be.accessible();
  });

  it('ends as a check all at once does: the same courses, skipped parts, paths, one event, one warning and JSON-LD', async () => {
    const reports = watchReports();
    try {
      const data = brokenCatalogue();
      const catalogue = await catalogueWith(data);
      expect(catalogue.checking).to.equal(true);
      const expected = salvageDataDocument(data);
      const previewed = ids(catalogue);
      expect(previewed, 'a course with a problem is not among the first shown').not.to.include.members([
        data.courses?.[1]?.id,
        data.courses?.[3]?.id,
        data.courses?.[5]?.id,
      ]);
      expect(reports.events, 'nothing is reported before every course is checked').to.have.length(0);

      idle.release();
      await waitUntil(() => !catalogue.checking, 'every course is checked', { timeout: 10_000 });
      await catalogue.updateComplete;
      const kept = expected.document?.courses ?? [];
      expect(ids(catalogue)).to.deep.equal(kept.map((course) => course.id));
      expect(kept.filter((course) => previewed.includes(course.id)).map((course) => course.id)).to.deep.equal(
        previewed,
      );
      const notice = shadow(catalogue).querySelector('details.data-problems')!;
      expect(notice.querySelector('summary')?.textContent).to.equal(
        `${expected.skipped.length} parts of the data were left out:`,
      );
      expect([...notice.querySelectorAll('code')].map((code) => code.textContent)).to.deep.equal(
        expected.problems.map((problem) => problem.path),
      );
      expect(reports.events).to.have.length(1);
      expect(reports.events[0]?.detail.problems.map(({ path, code }) => ({ path, code }))).to.deep.equal(
        expected.problems.map(({ path, code }) => ({ path, code })),
      );
      expect(reports.warnings).to.have.length(1);
      await waitUntil(() => jsonLd(catalogue), 'the JSON-LD is written');
      const written = JSON.parse(jsonLd(catalogue)!.textContent) as unknown;
      const name = pickText(data.title, 'en', data.lang).text;
      expect(written).to.deep.equal(catalogueJsonLd(kept, expected.document!, { lang: 'en', name, now: NOW }));
    } finally {
      reports.stop();
    }
  });

  it('searches and sorts what it has while checking, and all courses once checked; only the final count is announced and recorded', async () => {
    const statements = listen('lp-xapi-statement');
    try {
      const data = largeCatalogue(sample, COURSES);
      const catalogue = await catalogueWith(data);
      shadow(catalogue).querySelector<HTMLInputElement>('#search')!.focus();
      await sendKeys({ type: 'energy' });
      const sort = shadow(catalogue).querySelector<HTMLSelectElement>('#sort')!;
      sort.value = 'name';
      sort.dispatchEvent(new Event('change'));
      await catalogue.updateComplete;
      expect(catalogue.checking).to.equal(true);
      const early = catalogue.results.length;
      expect(early, 'among the first courses').to.be.at.most(20);
      expect(text(catalogue, '[part="count"]')).to.contain('so far');
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 200));
      expect(text(catalogue, '[role="status"]'), 'no count is announced that is not final').to.equal('');
      expect(statements.events, 'no search is recorded with a count that is not final').to.have.length(0);

      idle.release();
      await waitUntil(() => !catalogue.checking, 'every course is checked', { timeout: 10_000 });
      await waitUntil(() => statements.events.length > 0, 'the search is recorded');
      const all = catalogue.results;
      expect(all.length).to.be.greaterThan(early);
      expect(all.every((entry) => JSON.stringify(entry.course).toLowerCase().includes('energy'))).to.equal(true);
      const names = all.map((entry) => (entry.course.name as Record<string, string>).en ?? '');
      const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
      expect(names.slice(1).every((name, index) => collator.compare(names[index]!, name) <= 0)).to.equal(true);
      expect(text(catalogue, '[role="status"]')).to.equal(`${all.length.toLocaleString('en')} courses`);
      await frames(3);
      expect(statements.events).to.have.length(1);
      const { result } = statements.events[0]!.detail.statement;
      expect(result?.extensions?.[RESULT_COUNT]).to.equal(all.length);
    } finally {
      statements.stop();
    }
  });

  it('keeps the tab stop on its course when the other courses arrive', async () => {
    const catalogue = await catalogueWith(largeCatalogue(sample, COURSES));
    articles(catalogue)[0]!.focus();
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => shadow(catalogue).activeElement?.getAttribute('aria-posinset') === '3', 'on the third');
    const third = shadow(catalogue).activeElement;

    idle.release();
    await waitUntil(() => !catalogue.checking, 'every course is checked', { timeout: 10_000 });
    await catalogue.updateComplete;
    expect(shadow(catalogue).activeElement, 'focus stays on the course').to.equal(third);
    expect(third?.getAttribute('tabindex')).to.equal('0');
    expect(third?.getAttribute('aria-setsize')).to.equal('1000');
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => shadow(catalogue).activeElement?.getAttribute('aria-posinset') === '4', 'on to the fourth');
  });

  it('stops checking the old document when given a new one', async () => {
    const reports = watchReports();
    try {
      const catalogue = await catalogueWith(brokenCatalogue());
      const next = largeCatalogue(sample, COURSES + 1);
      catalogue.data = next;
      // The broken course at position 1 of the old document is sound in the new one.
      const second = next.courses?.[1]?.id;
      await waitUntil(
        () => catalogue.checking && ids(catalogue)[1] === second,
        'the first courses of the new document',
      );
      idle.release();
      await waitUntil(() => catalogue.results.length === COURSES + 1, 'the new document is checked', {
        timeout: 10_000,
      });
      expect(catalogue.checking).to.equal(false);
      expect(ids(catalogue)).to.deep.equal(next.courses?.map((course) => course.id));
      // Time enough for the old check to end too, had it gone on: it would report its problems.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reports.events, 'nothing reported of the old, broken document').to.have.length(0);
      expect(shadow(catalogue).querySelector('details.data-problems')).to.equal(null);
    } finally {
      reports.stop();
    }
  });

  it('does no work while out of the page, and finishes once back', async () => {
    const catalogue = await catalogueWith(largeCatalogue(sample, COURSES));
    const parent = catalogue.parentElement!;
    catalogue.remove();
    idle.release();
    // Checking 1,000 courses takes a few frames' idle time.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(catalogue.checking, 'not checked while out of the page').to.equal(true);
    parent.append(catalogue);
    await waitUntil(() => !catalogue.checking, 'checked once back in the page', { timeout: 10_000 });
    expect(catalogue.results).to.have.length(COURSES);
  });

  it('checks a large document from src the same way, fetched once, and reports its problems with their paths', async () => {
    const url = '/large-catalogue.json';
    const data = brokenCatalogue();
    const expected = salvageDataDocument(data);
    const original = window.fetch;
    let requests = 0;
    window.fetch = (input, init) => {
      const address = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!address.endsWith(url)) return original(input, init);
      requests += 1;
      return Promise.resolve(new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } }));
    };
    clearDataDocumentCache();
    const reports = watchReports();
    try {
      const container = await fixture<HTMLElement>(
        html`<div>
          <lp-course-catalogue src=${url} .now=${NOW}></lp-course-catalogue>
          <lp-course-catalogue src=${url} .now=${NOW}></lp-course-catalogue>
        </div>`,
      );
      const catalogues = [...container.querySelectorAll('lp-course-catalogue')];
      // The second is far below the view, with no card rendered: its results say what it has.
      await waitUntil(
        () => catalogues.every((catalogue) => catalogue.results.length > 0),
        'the first courses are there',
      );
      expect(catalogues.map((catalogue) => [catalogue.checking, catalogue.results.length])).to.deep.equal([
        [true, 20],
        [true, 20],
      ]);
      expect(reports.events, 'nothing is reported before every course is checked').to.have.length(0);
      idle.release();
      await waitUntil(() => catalogues.every((catalogue) => !catalogue.checking), 'every course is checked', {
        timeout: 10_000,
      });
      const kept = expected.document?.courses?.map((course) => course.id);
      for (const catalogue of catalogues) expect(ids(catalogue)).to.deep.equal(kept);
      expect(requests).to.equal(1);
      expect(reports.events.map((event) => event.target)).to.have.members(catalogues);
      for (const event of reports.events) {
        expect(event.detail.source).to.equal(url);
        expect(event.detail.problems.map(({ path, code }) => ({ path, code }))).to.deep.equal(
          expected.problems.map(({ path, code }) => ({ path, code })),
        );
      }
    } finally {
      reports.stop();
      window.fetch = original;
      clearDataDocumentCache();
    }
  });

  it('reports the problems once, when taken out of the page and put back while checking', async () => {
    const reports = watchReports();
    try {
      const catalogue = await catalogueWith(brokenCatalogue());
      const parent = catalogue.parentElement!;
      catalogue.remove();
      idle.release();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reports.events, 'nothing while out of the page').to.have.length(0);
      parent.append(catalogue);
      await waitUntil(() => !catalogue.checking, 'checked once back in the page', { timeout: 10_000 });
      catalogue.remove();
      parent.append(catalogue);
      await frames(3);
      expect(reports.events).to.have.length(1);
      expect(reports.warnings).to.have.length(1);
    } finally {
      reports.stop();
    }
  });

  it('shows a small document given while checking at once, and nothing of the large one after', async () => {
    const reports = watchReports();
    try {
      const catalogue = await catalogueWith(brokenCatalogue());
      expect(catalogue.checking).to.equal(true);
      catalogue.data = sample;
      await catalogue.updateComplete;
      await waitUntil(() => ids(catalogue).length === sample.courses?.length, 'the small document is shown');
      const small = ids(catalogue);
      expect(catalogue.checking).to.equal(false);
      idle.release();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await catalogue.updateComplete;
      expect(catalogue.checking, 'the old preview does not come back').to.equal(false);
      expect(ids(catalogue)).to.deep.equal(small);
      expect(text(catalogue, '[part="count"]')).to.equal(`${small.length} courses`);
      expect(reports.events, 'nothing reported of the large, broken document').to.have.length(0);
    } finally {
      reports.stop();
    }
  });

  it('renders no card for its first screen only to drop it again', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const catalogue = document.createElement('lp-course-catalogue');
    catalogue.data = largeCatalogue(sample, COURSES);
    catalogue.now = NOW;
    container.append(catalogue);
    let added = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element) added += node.querySelectorAll('lp-course-card').length;
        }
      }
    });
    observer.observe(shadow(catalogue), { childList: true, subtree: true });
    await waitUntil(() => shadow(catalogue).querySelector('.feed lp-course-card'), 'the first courses are shown');
    await frames(2);
    observer.disconnect();
    // The virtualiser's own first guess of 100 px a card rendered two and a half times as many.
    expect(added).to.equal(shadow(catalogue).querySelectorAll('lp-course-card').length);
  });
});
