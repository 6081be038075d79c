import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearDataDocumentCache, type Course, type DataDocument } from '@lp-elements/model';
import {
  emulateMedia,
  localLrs,
  runDataSourceSuite,
  silenceWarnings,
  storedStatements,
  validateStatements,
} from '@lp-elements/test-support';
import { randomUuid } from '@lp-elements/xapi';
import { sendKeys } from '@web/test-runner-commands';
import type { LpCourseSelectEvent } from '../base/events/course-select-event.js';
import type { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import '../xapi-recorder/define.js';
import { LpCourseCard } from './course-card.js';
import './define.js';

const SAMPLE = '/packages/model/sample/lp-sample.json';
/** 8 February 2027: LB-101 starts in three weeks, LB-102 is running, LB-105 is over. */
const NOW = new Date(2027, 1, 8, 12);

let sample: DataDocument;
const course = (code: string): Course => {
  const found = sample.courses?.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no course ${code} in the sample`);
  return found;
};
const shadow = (card: Element) => card.shadowRoot!;
const text = (card: Element, selector: string) =>
  (shadow(card).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (card: Element, selector: string) =>
  [...shadow(card).querySelectorAll(selector)].map((node) => node.textContent.replace(/\s+/g, ' ').trim());
function facts(card: Element): Record<string, string> {
  const listed: Record<string, string> = {};
  for (const fact of shadow(card).querySelectorAll('.fact')) {
    listed[fact.querySelector('dt')?.textContent.trim() ?? ''] = fact.querySelector('dd')?.textContent.trim() ?? '';
  }
  return listed;
}

async function cardFor(value: Course | string, lang = 'en'): Promise<LpCourseCard> {
  const container = await fixture<HTMLElement>(
    html`<div lang=${lang}><lp-course-card .course=${value} .data=${sample} .now=${NOW}></lp-course-card></div>`,
  );
  const card = container.querySelector('lp-course-card')!;
  await card.updateComplete;
  return card;
}

/** Collects events on document while a test runs; `stop()` removes the listeners. */
function collect<K extends keyof GlobalEventHandlersEventMap>(type: K) {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: GlobalEventHandlersEventMap[K]) => events.push(event);
  document.addEventListener(type, listener);
  return {
    events,
    stop: () => {
      document.removeEventListener(type, listener);
    },
  };
}

/** Keeps links from leaving the test page: the host cancels lp-course-select, as a host showing courses itself would. */
function stayOnPage() {
  const selected = collect('lp-course-select');
  const cancel = (event: LpCourseSelectEvent) => {
    event.preventDefault();
  };
  document.addEventListener('lp-course-select', cancel);
  return {
    events: selected.events,
    stop: () => {
      selected.stop();
      document.removeEventListener('lp-course-select', cancel);
    },
  };
}

describe('<lp-course-card>', function () {
  this.timeout(20_000);

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
  });
  beforeEach(() => {
    clearDataDocumentCache();
  });

  it('is registered and touches nothing before it is connected', () => {
    const card = document.createElement('lp-course-card');
    expect(card).to.be.instanceOf(LpCourseCard);
    expect(card.shadowRoot).to.equal(null);
  });

  it('shows every fact of a course: provider, code, title, timing, mode, price, credential, ECTS, EQF, workload, languages, skills, fields', async () => {
    const card = await cardFor(course('LB-101'));
    expect(text(card, '[part="title"]')).to.equal('Learning Professionals: Foundations');
    expect(shadow(card).querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal('3');
    const link = shadow(card).querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal('https://lp-elements.example/courses/lb-101');
    expect(link.title, 'the full title stays available when clamped').to.equal('Learning Professionals: Foundations');
    expect(text(card, '[part="provider"]')).to.equal('Provider: Lindenbrück University of Technology');
    expect(text(card, '[part="code"]')).to.equal('Course code: LB-101');
    expect(texts(card, '.tag')).to.deep.equal([
      '◷ Starts 1 Mar 2027 (in 3 weeks)',
      'Starts soon',
      'Blended',
      'Free',
      '◆Micro-credential',
    ]);
    expect(facts(card)).to.deep.equal({
      ECTS: '5',
      'EQF level': '7',
      Workload: '150 hr · 8 weeks × 19 hr/w',
      Languages: 'German and English',
      Credential: 'Micro-credential',
    });
    expect(texts(card, '[part="skills"] li')).to.deep.equal([
      'Communication Developing (2)',
      'Cooperation Developing (2)',
      'Translating needs into learning Developing (2)',
      'Programmes for internal customers Foundation (1)',
    ]);
    expect(shadow(card).querySelector('[part="image"]'), 'the sample has no pictures').to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('says where a course stands in time: running, upcoming, self-paced, past', async () => {
    const status = async (code: string) => text(await cardFor(course(code)), '[part="status"]');
    expect(await status('LB-102')).to.equal('● Running until 10 Feb 2027');
    expect(await status('LB-106')).to.equal('◷ Starts 7 Feb 2028 (in 12 months)');
    expect(await status('LB-104')).to.equal('↻ Self-paced: start any time');
    expect(await status('LB-105')).to.equal('■ Ended 15 May 2026');
  });

  it('writes prices through Intl: free, paid, partly free, subscription, and a currency Intl does not know', async () => {
    const price = async (value: Course['price']) =>
      text(await cardFor({ ...course('LB-102'), price: value }), '.tag--price');
    expect(await price({ category: 'paid', amount: 490, currency: 'EUR' })).to.equal('€490');
    expect(await price({ category: 'paid', amount: 12.5, currency: 'CHF' })).to.equal('CHF 12.50');
    expect(await price({ category: 'partially-free', amount: 490, currency: 'EUR' })).to.equal('Partly free (€490)');
    expect(await price({ category: 'subscription', amount: 29, currency: 'EUR' })).to.equal('Subscription (€29)');
    expect(await price({ category: 'paid' })).to.equal('Paid');
    expect(await price({ category: 'paid', amount: 5, currency: 'euro' })).to.equal('5 euro');
  });

  it('speaks the page language: German dates, numbers and terms; Hebrew right to left', async () => {
    const german = await cardFor(course('LB-101'), 'de');
    expect(text(german, '[part="title"]')).to.equal('Learning Professionals: Grundlagen');
    expect(text(german, '[part="status"]')).to.equal('◷ Beginnt am 01.03.2027 (in 3 Wochen)');
    expect(facts(german).Arbeitsaufwand).to.equal('150 Std. · 8 Wochen × 19 Std./W');
    expect(facts(german).Sprachen).to.equal('Deutsch und Englisch');
    const paid = await cardFor(course('LB-102'), 'fr');
    expect(text(paid, '.tag--price').replace(/\s/g, ' ')).to.equal('490 €');
    const hebrew = await cardFor(course('GS-101'), 'he');
    expect(getComputedStyle(shadow(hebrew).querySelector('.card')!).direction).to.equal('rtl');
    expect(text(hebrew, '[part="status"]')).to.match(/^◷ מתחיל ב-/);
    await expect(hebrew).to.be.accessible();
  });

  it('gives text from the data its own language when the page speaks another', async () => {
    const card = await cardFor(course('LB-101'), 'fr');
    const title = shadow(card).querySelector('[part="title"] span[lang]');
    expect(title?.getAttribute('lang'), 'the sample has no French title').to.equal('en');
  });

  it('shows a compact card in a few lines for lists inside other elements', async () => {
    const card = await cardFor(course('LB-102'));
    card.compact = true;
    await card.updateComplete;
    expect(card.hasAttribute('compact')).to.equal(true);
    expect(text(card, '[part="meta"]')).to.equal(
      'Lindenbrück University of Technology · ● Running until 10 Feb 2027 · 3 ECTS · Online · €490',
    );
    expect(shadow(card).querySelector('[part="facts"]')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('renders a course object once: with nothing to read, no loading state comes and goes', async () => {
    let renders = 0;
    class CountedCard extends LpCourseCard {
      protected override render() {
        renders += 1;
        return super.render();
      }
    }
    customElements.define('lp-test-counted-card', CountedCard);
    const card = await fixture<CountedCard>(
      html`<lp-test-counted-card .course=${course('LB-101')} .data=${sample} .now=${NOW}></lp-test-counted-card>`,
    );
    await card.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(text(card, '[part="title"]')).to.equal('Learning Professionals: Foundations');
    expect(renders).to.equal(1);
  });

  it('finds a course by id in a src document, and names the attribute when the id is unknown', async () => {
    const known = await fixture<LpCourseCard>(
      html`<lp-course-card course="https://lp-elements.example/courses/lb-103" src=${SAMPLE}></lp-course-card>`,
    );
    await waitUntil(() => text(known, '[part="title"]') !== '', 'loads the document');
    expect(text(known, '[part="title"]')).to.equal('Designing Executive Education for Engineers');

    const errors = collect('lp-data-error');
    const { warnings, restore } = silenceWarnings();
    try {
      const unknown = await fixture<LpCourseCard>(
        html`<lp-course-card course="https://lp-elements.example/courses/none" src=${SAMPLE}></lp-course-card>`,
      );
      await waitUntil(() => shadow(unknown).querySelector('[role="alert"]'), 'shows the problem');
      expect(text(unknown, '[role="alert"] code')).to.equal('course');
      expect(text(unknown, '[role="alert"] dd')).to.equal(
        'The attribute course names "https://lp-elements.example/courses/none", but the data has no course with that id.',
      );
      unknown.requestUpdate();
      await unknown.updateComplete;
      expect(errors.events).to.have.length(1);
      expect(errors.events[0]?.detail.problems[0]?.code).to.equal('unknown-course');
      expect(warnings).to.have.length(1);
      await expect(unknown).to.be.accessible();
    } finally {
      errors.stop();
      restore();
    }
  });

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
      const card = await fixture<LpCourseCard>(
        html`<lp-course-card course="https://lp-elements.example/courses/lb-101" src="/slow/lp.json"></lp-course-card>`,
      );
      await waitUntil(() => shadow(card).querySelector('.skeleton'), 'shows the skeleton');
      expect(shadow(card).querySelector('.skeleton')?.getAttribute('aria-busy')).to.equal('true');
      expect(text(card, '.skeleton .visually-hidden')).to.equal('Loading…');
      await expect(card).to.be.accessible();
      release();
      await waitUntil(() => text(card, '[part="title"]') !== '', 'shows the course once the document is there');
    } finally {
      release();
      window.fetch = original;
    }
  });

  it('drops links that are not http(s), reports them once, and shows hostile text as text', async () => {
    const errors = collect('lp-data-error');
    const { warnings, restore } = silenceWarnings();
    try {
      const hostile = {
        ...course('LB-101'),
        name: '<img src=x onerror="window.hacked=true">',
        url: 'javascript:alert(1)',
        image: 'data:image/png;base64,AAAA',
        provider: { ...course('LB-101').provider, logo: 'http://' },
      };
      const card = await cardFor(hostile);
      expect(shadow(card).querySelector('a'), 'no link').to.equal(null);
      expect(shadow(card).querySelector('img'), 'no picture, no logo').to.equal(null);
      expect(text(card, '[part="title"]')).to.equal('<img src=x onerror="window.hacked=true">');
      expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
      card.requestUpdate();
      await card.updateComplete;
      expect(errors.events).to.have.length(1);
      expect(errors.events[0]?.detail.problems.map((problem) => `${problem.path} ${problem.code}`)).to.deep.equal([
        '$.url unsafe-url',
        '$.image unsafe-url',
        '$.provider.logo invalid-url',
      ]);
      expect(errors.events[0]?.detail.problems[0]?.message).to.equal(
        '"javascript:alert(1)" uses javascript:; only http and https links are allowed',
      );
      expect(warnings).to.have.length(1);
      expect(hostile.url, 'the course object is never changed').to.equal('javascript:alert(1)');
    } finally {
      errors.stop();
      restore();
    }
  });

  it('shows a localised problem for a value that is not a course', async () => {
    const errors = collect('lp-data-error');
    const { restore } = silenceWarnings();
    try {
      const card = await cardFor({ code: 'X-1' } as unknown as Course, 'de');
      expect(texts(card, '[role="alert"] code')).to.deep.equal(['$.id', '$.name']);
      expect(errors.events[0]?.detail.problems.map((problem) => problem.code)).to.deep.equal([
        'missing-property',
        'missing-property',
      ]);
      expect(text(card, '[role="alert"] dd')).to.contain('„id“');
    } finally {
      errors.stop();
      restore();
    }
  });

  it('reads a course object no document checked without breaking on wrong types', async () => {
    const { restore } = silenceWarnings();
    try {
      const odd = {
        id: 'https://lp-elements.example/courses/odd',
        name: { en: 'Odd course' },
        provider: 'not an object',
        languages: 'de',
        teaches: [null, { skill: 42 }],
        fields: [7, 'energy'],
        instances: 'soon',
        ects: '5',
        price: { category: 'paid', amount: 10, currency: 'E' },
      } as unknown as Course;
      const card = await cardFor(odd);
      expect(text(card, '[part="title"]')).to.equal('Odd course');
      expect(texts(card, '[part="fields"] li')).to.deep.equal(['Energy']);
      expect(text(card, '[part="status"]')).to.equal('↻ Self-paced: start any time');
    } finally {
      restore();
    }
  });

  it('opens the course from its link and from a click on the card, but not from a click on an action', async () => {
    const selected = stayOnPage();
    const statements = collect('lp-xapi-statement');
    try {
      const container = await fixture<HTMLElement>(
        html`<div>
          <lp-course-card .course=${course('LB-101')} .data=${sample} .now=${NOW}>
            <button type="button">Add to my plan</button>
          </lp-course-card>
        </div>`,
      );
      const card = container.querySelector('lp-course-card')!;
      await card.updateComplete;
      shadow(card).querySelector<HTMLElement>('[part="facts"]')!.click();
      expect(selected.events).to.have.length(1);
      expect(selected.events[0]?.detail.course).to.equal(course('LB-101'));
      container.querySelector('button')!.click();
      expect(selected.events, 'the slotted action is not the card').to.have.length(1);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      shadow(card).querySelector('a')!.dispatchEvent(click);
      expect(selected.events).to.have.length(2);
      expect(click.defaultPrevented, 'a cancelled lp-course-select keeps the link from navigating').to.equal(true);
      expect(statements.events.map((event: LpXapiStatementEvent) => event.detail.statement.object)).to.deep.equal([
        {
          objectType: 'Activity',
          id: 'https://lp-elements.example/courses/lb-101',
          definition: {
            type: 'http://adlnet.gov/expapi/activities/course',
            name: { en: 'Learning Professionals: Foundations' },
          },
        },
        {
          objectType: 'Activity',
          id: 'https://lp-elements.example/courses/lb-101',
          definition: {
            type: 'http://adlnet.gov/expapi/activities/course',
            name: { en: 'Learning Professionals: Foundations' },
          },
        },
      ]);
    } finally {
      selected.stop();
      statements.stop();
    }
  });

  it('opens the course with the keyboard: Tab to the link, Enter', async () => {
    const selected = stayOnPage();
    try {
      const container = await fixture<HTMLElement>(
        html`<div>
          <button type="button">before</button>
          <lp-course-card .course=${course('LB-102')} .data=${sample} .now=${NOW}></lp-course-card>
        </div>`,
      );
      container.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const card = container.querySelector('lp-course-card')!;
      expect(shadow(card).activeElement?.getAttribute('part')).to.equal('link');
      await sendKeys({ press: 'Enter' });
      expect(selected.events).to.have.length(1);
      expect(selected.events[0]?.detail.course.code).to.equal('LB-102');
    } finally {
      selected.stop();
    }
  });

  it('sends a valid course-selected statement to the LRS', async () => {
    const { endpoint, auth } = await localLrs();
    const registration = randomUuid();
    const selected = stayOnPage();
    const { restore } = silenceWarnings();
    try {
      const recorder = await fixture<HTMLElement>(
        html`<lp-xapi-recorder
          endpoint=${endpoint}
          auth=${auth}
          registration=${registration}
          queue-name="lp-card-${registration}"
          lang="de"
        >
          <lp-course-card .course=${course('LB-101')} .data=${sample} .now=${NOW}></lp-course-card>
        </lp-xapi-recorder>`,
      );
      restore();
      const card = recorder.querySelector('lp-course-card')!;
      await card.updateComplete;
      card.open();
      const [stored] = await storedStatements(registration, 1);
      expect(stored?.verb.id).to.equal('http://id.tincanapi.com/verb/selected');
      expect(stored?.object).to.deep.include({ id: 'https://lp-elements.example/courses/lb-101' });
      expect(stored?.object).to.have.nested.property('definition.name.de', 'Learning Professionals: Grundlagen');
      expect((await validateStatements([stored])).flat()).to.deep.equal([]);
    } finally {
      restore();
      selected.stop();
    }
  });

  it('delivers the statement when the link navigates away (keepalive on pagehide)', async () => {
    const { endpoint, auth } = await localLrs();
    const registration = randomUuid();
    const frame = document.createElement('iframe');
    const target = `${location.origin}/__lp/env.json?left=${registration}`;
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script type="module" src="/packages/elements/src/define.ts"></script></head><body>
      <lp-xapi-recorder endpoint="${endpoint}" auth="${auth}" registration="${registration}"
        queue-name="lp-card-leave-${registration}" actor-home-page="https://university.example">
        <lp-course-card></lp-course-card>
      </lp-xapi-recorder></body></html>`;
    document.body.append(frame);
    try {
      const inner = () => frame.contentDocument!;
      await waitUntil(() => inner().querySelector('lp-course-card')?.shadowRoot, 'the card is defined', {
        timeout: 10_000,
      });
      const keepalive: string[] = [];
      const frameWindow = frame.contentWindow as Window & typeof globalThis;
      const originalFetch = frameWindow.fetch.bind(frameWindow);
      frameWindow.console.warn = () => undefined;
      frameWindow.fetch = (input, init) => {
        if (init?.keepalive && typeof init.body === 'string') keepalive.push(init.body);
        return originalFetch(input, init);
      };
      const card = inner().querySelector('lp-course-card')!;
      card.course = { ...course('LB-101'), url: target };
      card.now = NOW;
      await card.updateComplete;
      const left = new Promise((resolve) => {
        frame.addEventListener('load', resolve, { once: true });
      });
      card.shadowRoot!.querySelector('a')!.click();
      await left;
      expect(frame.contentWindow!.location.href, 'the link navigated').to.equal(target);
      expect(keepalive.join(), 'the statement left with the page').to.contain('lb-101');
      const [stored] = await storedStatements(registration, 1);
      expect(stored?.verb.id).to.equal('http://id.tincanapi.com/verb/selected');
      expect((await validateStatements([stored])).flat()).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('is accessible in the dark and forced-colours themes', async () => {
    try {
      await emulateMedia({ 'prefers-color-scheme': 'dark' });
      const dark = await cardFor(course('LB-103'));
      await expect(dark).to.be.accessible();
      await emulateMedia({ 'forced-colors': 'active' });
      const forced = await cardFor(course('LB-101'));
      await expect(forced).to.be.accessible();
    } finally {
      await emulateMedia({});
    }
  });
});

runDataSourceSuite({
  tag: 'lp-course-card',
  attributes: { course: 'https://lp-elements.example/courses/lb-101' },
  shows: '[part="title"]',
});
