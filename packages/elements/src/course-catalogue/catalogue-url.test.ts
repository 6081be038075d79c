import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DataDocument } from '@lp-elements/model';
import { sendKeys } from '@web/test-runner-commands';
import type { LpCourseCatalogue } from './course-catalogue.js';
import './define.js';

const NOW = new Date(2027, 1, 8, 12);
let sample: DataDocument;
const shadow = (element: Element) => element.shadowRoot!;

async function catalogueAt(search: string, syncUrl: string) {
  history.replaceState(null, '', `${location.pathname}?${search}`);
  const catalogue = await fixture<LpCourseCatalogue>(
    html`<lp-course-catalogue sync-url=${syncUrl} .data=${sample} .now=${NOW}></lp-course-catalogue>`,
  );
  await waitUntil(() => shadow(catalogue).querySelector('.feed, .empty'), 'the catalogue shows its data');
  return catalogue;
}

const input = (catalogue: LpCourseCatalogue, selector: string) =>
  shadow(catalogue).querySelector<HTMLInputElement>(selector)!;
const select = (catalogue: LpCourseCatalogue, selector: string) =>
  shadow(catalogue).querySelector<HTMLSelectElement>(selector)!;

async function openFilters(catalogue: LpCourseCatalogue) {
  shadow(catalogue).querySelector('summary')!.click();
  await waitUntil(() => shadow(catalogue).querySelector('[data-filter]'), 'the filters open');
}

describe('<lp-course-catalogue sync-url>', function () {
  this.timeout(20_000);
  let original: string;

  before(async () => {
    sample = (await (await fetch('/packages/model/sample/lp-sample.json')).json()) as DataDocument;
  });
  beforeEach(() => {
    original = `${location.pathname}${location.search}`;
  });
  afterEach(() => {
    history.replaceState(null, '', original);
  });

  it('opens the view a link describes, and ignores values the catalogue does not offer', async () => {
    const catalogue = await catalogueAt('keep=me&q=energy&mode=online&sort=name&provider=nowhere', '');
    expect(input(catalogue, '#search').value).to.equal('energy');
    expect(select(catalogue, '[data-filter="mode"]').value).to.equal('online');
    expect(select(catalogue, '[data-filter="provider"]').value, 'unknown: any').to.equal('');
    expect(select(catalogue, '#sort').value).to.equal('name');
    expect(catalogue.results.every((entry) => entry.course.mode === 'online')).to.equal(true);
    expect(catalogue.results.length).to.be.greaterThan(0);
    expect(shadow(catalogue).querySelector('details')!.open, 'the filters of a shared view show').to.equal(true);
  });

  it('writes search and filters into the query string; the back button walks back through them', async () => {
    const catalogue = await catalogueAt('keep=me', '');
    const entries = history.length;
    const search = input(catalogue, '#search');
    search.focus();
    await sendKeys({ type: 'climate' });
    await catalogue.updateComplete;
    expect(new URLSearchParams(location.search).get('q')).to.equal('climate');
    expect(history.length - entries, 'one history entry for a burst of typing').to.equal(1);
    await openFilters(catalogue);
    const mode = select(catalogue, '[data-filter="mode"]');
    mode.value = 'blended';
    mode.dispatchEvent(new Event('change'));
    await catalogue.updateComplete;
    expect(location.search).to.equal('?keep=me&q=climate&mode=blended');
    expect(history.length - entries).to.equal(2);

    history.back();
    await waitUntil(() => select(catalogue, '[data-filter="mode"]').value === '', 'back: no mode');
    expect(input(catalogue, '#search').value).to.equal('climate');
    history.back();
    await waitUntil(() => input(catalogue, '#search').value === '', 'back: no search');
    expect(catalogue.results).to.have.length(64);
    expect(location.search).to.equal('?keep=me');
  });

  it('prefixes its parameters with the value of sync-url', async () => {
    const catalogue = await catalogueAt('q=site', 'courses');
    expect(input(catalogue, '#search').value, 'the site search is not ours').to.equal('');
    await openFilters(catalogue);
    const free = input(catalogue, '[data-filter="free"]');
    free.checked = true;
    free.dispatchEvent(new Event('change'));
    await catalogue.updateComplete;
    expect(location.search).to.equal('?q=site&courses-free=true');
  });

  it('leaves the address alone without sync-url', async () => {
    history.replaceState(null, '', `${location.pathname}?q=energy`);
    const catalogue = await fixture<LpCourseCatalogue>(
      html`<lp-course-catalogue .data=${sample} .now=${NOW}></lp-course-catalogue>`,
    );
    await waitUntil(() => shadow(catalogue).querySelector('.feed'), 'the catalogue shows its data');
    expect(input(catalogue, '#search').value).to.equal('');
    await openFilters(catalogue);
    const mode = select(catalogue, '[data-filter="mode"]');
    mode.value = 'online';
    mode.dispatchEvent(new Event('change'));
    await catalogue.updateComplete;
    expect(location.search).to.equal('?q=energy');
  });
});
