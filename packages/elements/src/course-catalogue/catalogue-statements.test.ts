import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DataDocument } from '@lp-elements/model';
import { localLrs, validateStatements, storedStatements } from '@lp-elements/test-support';
import { randomUuid } from '@lp-elements/xapi';
import { sendKeys } from '@web/test-runner-commands';
import type { LpCourseSelectEvent } from '../base/events/course-select-event.js';
import type { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import '../xapi-recorder/define.js';
import { SETTLE_MS } from './catalogue-view.js';
import './define.js';

const NOW = new Date(2027, 1, 8, 12);
const CATALOGUE = 'https://university.example/lp/catalogue';
const SEARCHED = 'https://w3id.org/xapi/acrossx/verbs/searched';
const SELECTED = 'http://id.tincanapi.com/verb/selected';
const RESULT_COUNT = 'https://w3id.org/xapi/lp-elements/extensions/result-count';
const FILTERS = 'https://w3id.org/xapi/lp-elements/extensions/search-filters';

let sample: DataDocument;
const shadow = (element: Element) => element.shadowRoot!;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 200));

describe('<lp-course-catalogue> statements', function () {
  this.timeout(30_000);
  const statements: LpXapiStatementEvent[] = [];
  const keep = (event: LpXapiStatementEvent) => statements.push(event);
  const stay = (event: LpCourseSelectEvent) => {
    event.preventDefault();
  };

  before(async () => {
    sample = (await (await fetch('/packages/model/sample/lp-sample.json')).json()) as DataDocument;
  });
  beforeEach(() => {
    statements.length = 0;
    document.addEventListener('lp-xapi-statement', keep);
    document.addEventListener('lp-course-select', stay);
  });
  afterEach(() => {
    document.removeEventListener('lp-xapi-statement', keep);
    document.removeEventListener('lp-course-select', stay);
  });

  async function recordedCatalogue(registration: string) {
    const { endpoint, auth } = await localLrs();
    const original = console.warn;
    console.warn = () => undefined;
    try {
      const recorder = await fixture<HTMLElement>(
        html`<lp-xapi-recorder
          endpoint=${endpoint}
          auth=${auth}
          registration=${registration}
          queue-name="lp-catalogue-${registration}"
        >
          <lp-course-catalogue catalogue-id=${CATALOGUE} .data=${sample} .now=${NOW}></lp-course-catalogue>
        </lp-xapi-recorder>`,
      );
      const catalogue = recorder.querySelector('lp-course-catalogue')!;
      await waitUntil(() => shadow(catalogue).querySelector('.feed'), 'the catalogue shows its data');
      return catalogue;
    } finally {
      console.warn = original;
    }
  }

  it('records a search once it settles, with the filters, and a course selected; all valid, all in the LRS', async () => {
    const registration = randomUuid();
    const catalogue = await recordedCatalogue(registration);
    expect(statements, 'showing the data says nothing').to.have.length(0);
    shadow(catalogue).querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'energy' });
    expect(statements, 'nothing while typing').to.have.length(0);
    await settle();
    expect(statements, 'one statement for the whole word').to.have.length(1);
    shadow(catalogue).querySelector('summary')!.click();
    await waitUntil(() => shadow(catalogue).querySelector('[data-filter="mode"]'), 'the filters open');
    const mode = shadow(catalogue).querySelector<HTMLSelectElement>('[data-filter="mode"]')!;
    mode.value = 'online';
    mode.dispatchEvent(new Event('change'));
    await settle();
    const card = shadow(catalogue).querySelector('lp-course-card')!;
    card.open();
    const stored = await storedStatements(registration, 3, { ascending: true });
    expect(stored.map((statement) => statement.verb.id)).to.deep.equal([SEARCHED, SEARCHED, SELECTED]);
    const [typed, filtered, selected] = stored;
    expect(typed?.object).to.deep.include({ id: CATALOGUE });
    expect(typed?.object).to.have.nested.property(
      'definition.type',
      'https://w3id.org/xapi/lp-elements/activity-types/course-catalogue',
    );
    expect(typed?.result?.response).to.equal('energy');
    const energy = sample.courses!.filter((course) => JSON.stringify(course).toLowerCase().includes('energy')).length;
    expect(typed?.result?.extensions?.[RESULT_COUNT]).to.equal(energy);
    expect(filtered?.context?.extensions?.[FILTERS]).to.deep.equal({ mode: ['online'] });
    expect(filtered?.result?.extensions?.[RESULT_COUNT]).to.equal(catalogue.results.length);
    expect(selected?.object).to.deep.include({ id: catalogue.results[0]?.course.id });
    expect((await validateStatements(stored)).flat()).to.deep.equal([]);
  });

  it('records an unsettled search before the course the learner then opens', async () => {
    const catalogue = await recordedCatalogue(randomUuid());
    shadow(catalogue).querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'climate' });
    await catalogue.updateComplete;
    shadow(catalogue).querySelector('lp-course-card')!.open();
    expect(statements.map((event) => event.detail.statement.verb.id)).to.deep.equal([SEARCHED, SELECTED]);
    await settle();
    expect(statements, 'the search is not recorded twice').to.have.length(2);
  });

  it('says nothing when code changes the view, or when the back button restores one', async () => {
    const catalogue = await recordedCatalogue(randomUuid());
    catalogue.setAttribute('recommend-for', 'person-amira');
    catalogue.now = new Date(2027, 5, 1);
    await catalogue.updateComplete;
    dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(statements).to.have.length(0);
  });
});
