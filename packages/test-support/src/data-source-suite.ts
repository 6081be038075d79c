import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { watchReports } from './watch.js';

/** What `runDataSourceSuite` needs to know about an element that reads a data document. */
export interface DataSourceSuiteOptions {
  /** The element's tag; the test file imports its `define.js`. */
  readonly tag: string;
  /** Attributes with which the element shows the sample document, e.g. `{ current: 'person-amira' }`. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** A selector in the element's shadow root that matches once it shows its data, e.g. `table`. */
  readonly shows: string;
  /** The sample data document (default: the model package's sample). */
  readonly sample?: string;
  /** How long the first render may take: an element's logic is a lazy chunk, loaded on first use. */
  readonly timeoutMs?: number;
}

/** The reactive element under test: its data property and Lit's update cycle. */
type Rendered = HTMLElement & { data?: unknown; updateComplete: Promise<unknown>; requestUpdate(): void };

const DEFAULT_SAMPLE = '/packages/model/sample/lp-sample.json';
const TEXT_FIELDS = new Set(['name', 'title', 'summary', 'description']);

const squeeze = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/** Every element inside `root`, through every shadow root on the way (the card inside a catalogue…). */
function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      visit(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** The text a reader sees inside `root`, shadow roots included. */
const deepText = (root: Element) =>
  deepElements(root)
    .flatMap((element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE))
    .map((node) => node.textContent)
    .join('');

/** A copy of `value` with every name, title, summary and description (and each of their languages) set to `text`. */
function withText(value: unknown, text: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withText(item, text));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, field]) => {
      if (!TEXT_FIELDS.has(key)) return [key, withText(field, text)];
      if (typeof field === 'string') return [key, text];
      if (field && typeof field === 'object')
        return [key, Object.fromEntries(Object.keys(field).map((lang) => [lang, text]))];
      return [key, field];
    }),
  );
}

/**
 * The contract every element that reads a data document (`data` or `src`) keeps, as one suite
 * each element's tests run (the pattern of Lion's `ListboxMixin.suite.js`):
 * - data that is not JSON: a localised failure naming the path `$`, one `lp-data-error`, one
 *   warning, no retry, and a neighbour with good data keeps working;
 * - a `src` that answers 404: the URL and the status, and "Try again", which loads the document
 *   once it is there;
 * - hostile text in every name, title, summary and description stays text and never runs, and a
 *   course with a `javascript:` link is left out and reported.
 */
export function runDataSourceSuite({
  tag,
  attributes = {},
  shows,
  sample = DEFAULT_SAMPLE,
  timeoutMs = 5000,
}: DataSourceSuiteOptions): void {
  describe(`<${tag}> as a data source`, function () {
    this.timeout(4 * timeoutMs);
    let document_: unknown;
    let reports: ReturnType<typeof watchReports>;

    const create = (data?: unknown, src?: string): Rendered => {
      const element = document.createElement(tag) as Rendered;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      if (src !== undefined) element.setAttribute('src', src);
      if (data !== undefined) element.data = data;
      return element;
    };
    const inside = (element: Element, selector: string) => element.shadowRoot?.querySelector(selector) ?? null;
    const showsData = (element: Element, what: string) =>
      waitUntil(() => inside(element, shows), `${what} shows its data (${shows})`, { timeout: timeoutMs });
    const failure = async (element: Element): Promise<Element> => {
      await waitUntil(() => inside(element, '[role="alert"]'), `<${tag}> shows a failure`, { timeout: timeoutMs });
      const panel = inside(element, '[role="alert"]');
      if (!panel) throw new Error(`<${tag}> shows no failure`);
      return panel;
    };
    const own = (element: Element) => reports.events.filter((event) => event.target === element);

    before(async () => {
      document_ = await (await fetch(sample)).json();
    });
    beforeEach(() => {
      reports = watchReports();
    });
    afterEach(() => {
      reports.stop();
    });

    it('shows data that is not JSON as a localised failure naming `$`, reports it once, and spares its neighbour', async () => {
      // A string no other test gives: the page reads each data value once.
      const broken = `{"frameworks": [{"id": "${crypto.randomUUID()}"`;
      const container = await fixture<HTMLElement>(html`<div lang="de"></div>`);
      const element = create(broken);
      const neighbour = create(document_);
      container.append(element, neighbour);
      const panel = await failure(element);
      await showsData(neighbour, 'a neighbour with good data');
      expect(squeeze(panel.querySelector('.data-problems__title'))).to.equal(
        'Dieser Inhalt kann nicht angezeigt werden (1 Problem)',
      );
      expect([...panel.querySelectorAll('code')].map((code) => code.textContent)).to.deep.equal(['$']);
      expect(panel.querySelector('.data-problems__retry'), 'no retry when the data is at fault').to.equal(null);
      expect(reports.events, 'one lp-data-error on the page').to.have.length(1);
      expect(own(element)).to.have.length(1);
      expect(reports.events[0]?.detail).to.deep.include({ source: 'property' });
      expect(reports.events[0]?.detail.problems.map(({ path, code }) => ({ path, code }))).to.deep.equal([
        { path: '$', code: 'invalid-json' },
      ]);
      expect(reports.warnings, 'one warning').to.have.length(1);
      expect(inside(neighbour, '[role="alert"]'), 'the neighbour shows no failure').to.equal(null);
      element.requestUpdate();
      await element.updateComplete;
      expect(reports.events, 'a re-render reports nothing new').to.have.length(1);
      await expect(element).to.be.accessible();
    });

    it('names the URL and the status when src answers 404, and tries again on request', async () => {
      const url = `/no/such/${tag}-${crypto.randomUUID()}.json`;
      const original = window.fetch;
      let serve = false;
      window.fetch = (input, init) =>
        serve && String(input instanceof Request ? input.url : input).includes(url)
          ? original(sample, init)
          : original(input, init);
      try {
        const container = await fixture<HTMLElement>(html`<div lang="en"></div>`);
        const element = create(undefined, url);
        container.append(element);
        const panel = await failure(element);
        expect(squeeze(panel.querySelector('dd')))
          .to.contain(url)
          .and.contain('404');
        expect(own(element)).to.have.length(1);
        expect(reports.events).to.have.length(1);
        expect(reports.events[0]?.detail.problems.map((problem) => problem.code)).to.deep.equal(['http']);
        expect(reports.warnings, 'one warning').to.have.length(1);
        const retry = panel.querySelector<HTMLButtonElement>('.data-problems__retry');
        expect(squeeze(retry)).to.equal('Try again');
        await expect(element).to.be.accessible();
        serve = true;
        if (!retry) throw new Error('no "Try again" button');
        retry.click();
        await showsData(element, `<${tag}> after "Try again"`);
        expect(inside(element, '[role="alert"]')).to.equal(null);
      } finally {
        window.fetch = original;
      }
    });

    it('shows hostile text as text, never runs it, and leaves out a course linked to javascript:', async () => {
      const flag = `hacked_${crypto.randomUUID().replaceAll('-', '')}`;
      const hostile = `<img src=x onerror="window.${flag}=true"><script>window.${flag}=true</script>`;
      const data = withText(document_, hostile) as { courses?: { url?: string }[] };
      const lastCourse = data.courses?.at(-1);
      if (lastCourse) lastCourse.url = `javascript:window.${flag}=true`;
      const container = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const element = create(data);
      container.append(element);
      await showsData(element, `<${tag}> with hostile text`);
      await element.updateComplete;
      const everything = deepElements(element);
      expect(deepText(element), 'the hostile text is shown as text').to.contain(hostile);
      // The catalogue's JSON-LD for search engines is a script element that never runs (its type
      // is data), written after the first paint; the hostile text in it must stay escaped.
      const jsonLd = (node: Element) =>
        node.localName === 'script' &&
        node.getAttribute('type') === 'application/ld+json' &&
        node.hasAttribute('data-lp-json-ld');
      for (const script of everything.filter(jsonLd)) expect(script.textContent).not.to.contain('<');
      expect(
        everything.filter((node) => (node.localName === 'script' && !jsonLd(node)) || node.hasAttribute('onerror')),
      ).to.deep.equal([]);
      for (const link of everything.filter((node): node is HTMLAnchorElement => node.localName === 'a')) {
        if (link.hasAttribute('href')) expect(link.href).to.match(/^https?:/);
      }
      const leftOut = `$.courses[${(data.courses?.length ?? 0) - 1}].url`;
      expect(own(element), 'the left-out course is reported, once').to.have.length(1);
      expect(reports.events).to.have.length(1);
      expect(reports.events[0]?.detail.problems.map(({ path, code }) => ({ path, code }))).to.deep.equal([
        { path: leftOut, code: 'unsafe-url' },
      ]);
      expect(reports.warnings).to.have.length(1);
      expect(reports.warnings[0]).to.contain(leftOut);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as Record<string, unknown>)[flag]).to.equal(undefined);
    });
  });
}
