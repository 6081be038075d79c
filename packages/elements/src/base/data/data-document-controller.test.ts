import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearDataDocumentCache, type DataDocument } from '@lp-elements/model';
import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../define-element.js';
import { LpElement } from '../lp-element.js';
import { DataDocumentController } from './data-document-controller.js';
import { dataProblemsStyles } from './data-problems.styles.js';
import { renderDataFailure, renderSkippedNotice } from './render-data-problems.js';
import { watchReports } from '@lp-elements/test-support';

const SAMPLE = '/packages/model/sample/lp-sample.json';

/** An element that shows the course codes of its data, the way real elements use the controller. */
class DataProbe extends LpElement {
  static override styles = [LpElement.styles, dataProblemsStyles];

  @property() src?: string;
  @property({ attribute: false }) data?: unknown;

  readonly dataController = new DataDocumentController(this, this.localize);

  override render() {
    const { value, failure } = this.dataController;
    if (failure)
      return renderDataFailure(this.localize, failure, () => {
        this.dataController.retry();
      });
    if (!value)
      return litHtml`<p class="state">${this.dataController.pending ? this.localize.term('loading') : ''}</p>`;
    return litHtml`${renderSkippedNotice(this.localize, this.dataController.skipped)}
      <ul class="codes">
        ${value.document.courses?.map((course) => litHtml`<li>${course.code}</li>`)}
      </ul>`;
  }
}
define('lp-test-data-probe', DataProbe);

let sample: DataDocument;
const codes = (probe: DataProbe) =>
  [...(probe.shadowRoot?.querySelectorAll('.codes li') ?? [])].map((item) => item.textContent.trim());
const settled = (probe: DataProbe) =>
  waitUntil(() => !probe.dataController.pending && (probe.dataController.value ?? probe.dataController.failure));

describe('DataDocumentController', () => {
  let reports: ReturnType<typeof watchReports>;

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
  });
  beforeEach(() => {
    clearDataDocumentCache();
    reports = watchReports();
  });
  afterEach(() => {
    reports.stop();
  });

  it('shows a document given as a property, with no report', async () => {
    const probe = await fixture<DataProbe>(html`<lp-test-data-probe .data=${sample}></lp-test-data-probe>`);
    await settled(probe);
    expect(codes(probe)).to.have.length(sample.courses?.length ?? 0);
    expect(reports.events).to.have.length(0);
    expect(reports.warnings).to.have.length(0);
    await expect(probe).to.be.accessible();
  });

  it('fetches a src once for every element on the page', async () => {
    const fetched: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name.endsWith('lp-sample.json')) fetched.push(entry.name);
    });
    observer.observe({ type: 'resource', buffered: false });
    const container = await fixture<HTMLElement>(
      html`<div>
        <lp-test-data-probe src=${SAMPLE}></lp-test-data-probe>
        <lp-test-data-probe src=${SAMPLE}></lp-test-data-probe>
        <lp-test-data-probe src=${SAMPLE}></lp-test-data-probe>
      </div>`,
    );
    const probes = [...container.querySelectorAll<DataProbe>('lp-test-data-probe')];
    await Promise.all(probes.map(settled));
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(fetched).to.have.length(1);
    for (const probe of probes) expect(codes(probe)).to.have.length(sample.courses?.length ?? 0);
  });

  it('shows the usable courses, a notice of what was left out, one event and one warning', async () => {
    const courses = [...(sample.courses ?? [])];
    courses[1] = { ...courses[1]!, url: 'javascript:alert(1)', name: '<script>window.hacked = true</script>' };
    const probe = await fixture<DataProbe>(
      html`<lp-test-data-probe .data=${{ ...sample, courses }}></lp-test-data-probe>`,
    );
    await settled(probe);
    expect(codes(probe)).to.have.length(courses.length - 1);
    const notice = probe.shadowRoot!.querySelector('details.data-problems')!;

    // The course goes, and so does the career step's reference to it.
    expect(notice.querySelector('summary')?.textContent).to.equal('2 parts of the data were left out:');
    expect(notice.querySelector('code')?.textContent).to.equal('$.courses[1].url');
    expect(reports.events).to.have.length(1);
    expect(reports.events[0]?.detail.problems.map((problem) => problem.code)).to.deep.equal([
      'unsafe-url',
      'unknown-course',
    ]);
    expect(reports.warnings).to.have.length(1);
    expect(reports.warnings[0]).to.contain('$.courses[1].url');
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
    probe.requestUpdate();
    await probe.updateComplete;
    expect(reports.events, 'a re-render reports nothing new').to.have.length(1);
  });

  it('shows a localised failure naming the path when nothing is usable', async () => {
    const container = await fixture<HTMLElement>(
      html`<div lang="de"><lp-test-data-probe .data=${'{"courses": ['}></lp-test-data-probe></div>`,
    );
    const probe = container.querySelector<DataProbe>('lp-test-data-probe')!;
    await settled(probe);
    const panel = probe.shadowRoot!.querySelector('[role="alert"]')!;
    expect(panel.querySelector('.data-problems__title')?.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Dieser Inhalt kann nicht angezeigt werden (1 Problem)',
    );
    expect(panel.querySelector('code')?.textContent).to.equal('$');
    expect(reports.events[0]?.detail).to.deep.include({ source: 'property' });
    expect(reports.events[0]?.detail.problems[0]?.code).to.equal('invalid-json');
    await expect(probe).to.be.accessible();
  });

  it('names the URL and status when a src cannot be loaded', async () => {
    const probe = await fixture<DataProbe>(
      html`<lp-test-data-probe src="/no/such/document.json"></lp-test-data-probe>`,
    );
    await settled(probe);
    const message = probe.shadowRoot!.querySelector('[role="alert"] dd')?.textContent ?? '';
    expect(message).to.contain('/no/such/document.json').and.contain('404');
    expect(reports.events[0]?.detail.problems[0]?.code).to.equal('http');
  });

  it('offers to try again after a failed load, and succeeds once the document is there', async () => {
    let serve = false;
    const original = window.fetch;
    window.fetch = (input, init) => (serve ? original(SAMPLE, init) : original(input, init));
    try {
      const probe = await fixture<DataProbe>(html`<lp-test-data-probe src="/missing/later.json"></lp-test-data-probe>`);
      await settled(probe);
      const retry = probe.shadowRoot!.querySelector<HTMLButtonElement>('.data-problems__retry')!;
      expect(retry.textContent.trim()).to.equal('Try again');
      serve = true;
      retry.click();
      await waitUntil(() => codes(probe).length === (sample.courses?.length ?? 0), 'loads on the second try');
    } finally {
      window.fetch = original;
    }
  });

  it('offers no retry when the data itself is at fault', async () => {
    const probe = await fixture<DataProbe>(html`<lp-test-data-probe .data=${'{"courses": ['}></lp-test-data-probe>`);
    await settled(probe);
    expect(probe.shadowRoot!.querySelector('.data-problems__retry')).to.equal(null);
  });

  it('follows a new src and a new data value', async () => {
    const probe = await fixture<DataProbe>(html`<lp-test-data-probe src=${SAMPLE}></lp-test-data-probe>`);
    await settled(probe);
    probe.data = { ...sample, courses: sample.courses?.slice(0, 2) };
    await waitUntil(() => codes(probe).length === 2, 'takes the property');
    probe.data = undefined;
    await waitUntil(() => codes(probe).length === (sample.courses?.length ?? 0), 'falls back to src');
  });

  it('reads nothing while the element says it does not need its data', async () => {
    class Borrower extends LpElement {
      @property({ attribute: false }) data?: unknown;
      needsData = false;
      readonly dataController = new DataDocumentController(this, this.localize, { when: () => this.needsData });
    }
    define('lp-test-data-borrower', Borrower);
    const borrower = await fixture<Borrower>(
      html`<lp-test-data-borrower .data=${'{"courses": ['}></lp-test-data-borrower>`,
    );
    await borrower.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(borrower.dataController.value).to.equal(undefined);
    expect(borrower.dataController.failure).to.equal(undefined);
    expect(reports.events, 'broken data it does not read is not reported').to.have.length(0);
    borrower.needsData = true;
    borrower.requestUpdate();
    await waitUntil(() => borrower.dataController.failure, 'reads the data once it needs it');
    expect(reports.events).to.have.length(1);
  });

  it('shows nothing and reports nothing without data', async () => {
    const probe = await fixture<DataProbe>(html`<lp-test-data-probe></lp-test-data-probe>`);
    await probe.updateComplete;
    expect(probe.dataController.value).to.equal(undefined);
    expect(probe.dataController.failure).to.equal(undefined);
    expect(reports.events).to.have.length(0);
  });
});
