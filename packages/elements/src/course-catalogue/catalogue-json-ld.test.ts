import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DataDocument } from '@lp-elements/model';
import { largeCatalogue } from '../../../../stories/course-catalogue/large-catalogue.js';
import { JSON_LD_LIMIT } from './catalogue-json-ld.js';
import { SETTLE_MS } from './catalogue-view.js';
import type { LpCourseCatalogue } from './course-catalogue.js';
import './define.js';
import { JSON_LD_POLICY } from './json-ld-script.js';

const NOW = new Date(2027, 1, 8, 12);
let sample: DataDocument;

interface ItemList {
  '@type': string;
  numberOfItems: number;
  itemListElement: { position: number; item: Record<string, unknown> }[];
}

const scriptsOf = (catalogue: Element) => [...catalogue.querySelectorAll('script[type="application/ld+json"]')];
async function jsonLdOf(catalogue: Element): Promise<ItemList> {
  await waitUntil(() => scriptsOf(catalogue).length > 0, 'the catalogue writes JSON-LD', { timeout: 5000 });
  return JSON.parse(scriptsOf(catalogue)[0]?.textContent ?? '') as ItemList;
}

async function catalogueWith(data: DataDocument, attributes = '') {
  const catalogue = await fixture<LpCourseCatalogue>(
    html`<lp-course-catalogue .data=${data} .now=${NOW}></lp-course-catalogue>`,
  );
  if (attributes) catalogue.toggleAttribute(attributes, true);
  await waitUntil(() => catalogue.shadowRoot!.querySelector('.feed'), 'the catalogue shows its data');
  return catalogue;
}

describe('<lp-course-catalogue> JSON-LD', function () {
  this.timeout(30_000);

  before(async () => {
    sample = (await (await fetch('/packages/model/sample/lp-sample.json')).json()) as DataDocument;
  });

  it('describes the courses shown as a schema.org ItemList of Course, in the order shown', async () => {
    const catalogue = await catalogueWith(sample);
    const list = await jsonLdOf(catalogue);
    expect(catalogue.shadowRoot!.querySelector('script'), 'in the light DOM, where crawlers read it').to.equal(null);
    expect(list['@type']).to.equal('ItemList');
    expect(list.numberOfItems).to.equal(64);
    expect(list.itemListElement.map((element) => element.position)).to.deep.equal(
      Array.from({ length: 64 }, (_, index) => index + 1),
    );
    expect(list.itemListElement.map((element) => element.item['@id'])).to.deep.equal(
      catalogue.results.map((entry) => entry.course.id),
    );
    expect(list.itemListElement[0]?.item).to.deep.equal({
      '@type': 'Course',
      '@id': 'https://lp-elements.example/courses/lb-101',
      url: 'https://lp-elements.example/courses/lb-101',
      name: 'Learning Professionals: Foundations',
      description:
        'Learning Professionals: Foundations: a blended course for Learning Professionals. Focus: Communication, Cooperation, Translating needs into learning, Programmes for internal customers. A fictional sample course.',
      courseCode: 'LB-101',
      provider: {
        '@type': 'Organization',
        '@id': 'https://lp-elements.example/providers/lindenbrueck',
        name: 'Lindenbrück University of Technology',
        url: 'https://lp-elements.example/providers/lindenbrueck',
      },
      availableLanguage: ['de', 'en'],
      numberOfCredits: { '@type': 'StructuredValue', value: 5, unitText: 'ECTS' },
      educationalLevel: 'EQF 7',
      educationalCredentialAwarded: {
        '@type': 'EducationalOccupationalCredential',
        name: 'Micro-credential',
        credentialCategory: 'micro-credential',
      },
      teaches: [
        { '@type': 'DefinedTerm', '@id': 'https://lp-elements.example/skills/communication', name: 'Communication' },
        { '@type': 'DefinedTerm', '@id': 'https://lp-elements.example/skills/cooperation', name: 'Cooperation' },
        {
          '@type': 'DefinedTerm',
          '@id': 'https://lp-elements.example/skills/translation',
          name: 'Translating needs into learning',
        },
        {
          '@type': 'DefinedTerm',
          '@id': 'https://lp-elements.example/skills/internal-programmes',
          name: 'Programmes for internal customers',
        },
      ],
      offers: [{ '@type': 'Offer', category: 'Free', price: 0 }],
      hasCourseInstance: [
        {
          '@type': 'CourseInstance',
          courseMode: 'Blended',
          courseWorkload: 'PT150H',
          startDate: '2027-03-01',
          endDate: '2027-04-23',
          location: { '@type': 'Place', name: 'Lindenbrück campus' },
        },
      ],
    });
    const paid = list.itemListElement.find((element) => element.item.courseCode === 'LB-102')?.item;
    expect(paid?.offers).to.deep.equal([{ '@type': 'Offer', category: 'Paid', price: 490, priceCurrency: 'EUR' }]);
    const selfPaced = list.itemListElement.find((element) => element.item.courseCode === 'LB-104')?.item;
    expect(selfPaced?.hasCourseInstance, 'a self-paced course still has an instance').to.deep.equal([
      { '@type': 'CourseInstance', courseMode: 'Blended', courseWorkload: 'PT60H' },
    ]);
    const over = list.itemListElement.find((element) => element.item.courseCode === 'LB-105')?.item;
    expect(
      (over?.hasCourseInstance as { startDate?: string }[]).map((instance) => instance.startDate),
      'a course that is over keeps its runs, with their dates',
    ).to.deep.equal(['2025-09-01', '2026-04-06']);
  });

  it('follows the search and filters, and the page language', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const catalogue = document.createElement('lp-course-catalogue');
    catalogue.data = sample;
    catalogue.now = NOW;
    container.append(catalogue);
    await jsonLdOf(catalogue);
    catalogue.shadowRoot!.querySelector('summary')!.click();
    await waitUntil(() => catalogue.shadowRoot!.querySelector('[data-filter="free"]'), 'the filters open');
    const free = catalogue.shadowRoot!.querySelector<HTMLInputElement>('[data-filter="free"]')!;
    free.checked = true;
    free.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 200));
    const list = await jsonLdOf(catalogue);
    expect(list.numberOfItems).to.equal(catalogue.results.length).and.to.equal(16);
    expect(
      list.itemListElement.every((element) => (element.item.offers as { category: string }[])[0]?.category === 'Free'),
    ).to.equal(true);
    expect(list.itemListElement[0]?.item.name).to.equal('Learning Professionals: Grundlagen');
    expect(scriptsOf(catalogue), 'one script, replaced').to.have.length(1);
  });

  it('keeps hostile text inside the script: "<" is escaped, nothing is parsed as HTML', async () => {
    const hostile = '</script><script>window.hacked = true</script><!--';
    const courses = sample.courses!.map((course, index) => (index === 0 ? { ...course, name: hostile } : course));
    const catalogue = await catalogueWith({ ...sample, courses });
    const list = await jsonLdOf(catalogue);
    const [script] = scriptsOf(catalogue);
    expect(script?.textContent).not.to.contain('</script');
    expect(script?.textContent).to.contain('\\u003c/script>');
    expect(list.itemListElement[0]?.item.name).to.equal(hostile);
    expect(catalogue.querySelectorAll('script')).to.have.length(1);
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('describes the first courses of a large catalogue and counts them all', async () => {
    // The virtualiser measures courses with a ResizeObserver while they render; Chromium reports the
    // notifications it defers to the next frame as a (harmless) window error, which would fail the test.
    const original = window.onerror;
    window.onerror = (message, ...rest): unknown =>
      typeof message === 'string' && message.startsWith('ResizeObserver loop')
        ? true
        : original?.call(window, message, ...rest);
    try {
      const catalogue = await catalogueWith(largeCatalogue(sample, 1000));
      const list = await jsonLdOf(catalogue);
      expect(list.numberOfItems).to.equal(1000);
      expect(list.itemListElement).to.have.length(JSON_LD_LIMIT);
    } finally {
      window.onerror = original;
    }
  });

  it('writes none with no-json-ld', async () => {
    const catalogue = await fixture<LpCourseCatalogue>(
      html`<lp-course-catalogue no-json-ld .data=${sample} .now=${NOW}></lp-course-catalogue>`,
    );
    await waitUntil(() => catalogue.shadowRoot!.querySelector('.feed'), 'the catalogue shows its data');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scriptsOf(catalogue)).to.have.length(0);
  });

  describe('on pages that require Trusted Types', () => {
    async function frameWith(policy: string) {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><head>
        <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; ${policy}">
        <script type="module" src="/packages/elements/src/course-catalogue/define.ts"></script>
        </head><body><lp-course-catalogue></lp-course-catalogue></body></html>`;
      document.body.append(frame);
      await waitUntil(() => frame.contentDocument?.querySelector('lp-course-catalogue')?.shadowRoot, 'defined', {
        timeout: 10_000,
      });
      const warnings: string[] = [];
      (frame.contentWindow as Window & typeof globalThis).console.warn = (message: unknown) =>
        warnings.push(String(message));
      const catalogue = frame.contentDocument!.querySelector('lp-course-catalogue')!;
      catalogue.now = NOW;
      catalogue.data = sample;
      await waitUntil(() => catalogue.shadowRoot!.querySelector('.feed'), 'the catalogue shows its data', {
        timeout: 5000,
      });
      return { frame, catalogue, warnings };
    }

    it(`writes JSON-LD through the ${JSON_LD_POLICY} policy`, async () => {
      const { frame, catalogue } = await frameWith(`trusted-types lit-html ${JSON_LD_POLICY}`);
      try {
        expect((await jsonLdOf(catalogue)).numberOfItems).to.equal(64);
      } finally {
        frame.remove();
      }
    });

    it('writes none, and says how to allow it, when the page does not allow the policy', async () => {
      const { frame, catalogue, warnings } = await frameWith('trusted-types lit-html');
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(scriptsOf(catalogue)).to.have.length(0);
        expect(warnings.filter((warning) => warning.includes(JSON_LD_POLICY))).to.have.length(1);
        expect(catalogue.shadowRoot!.querySelectorAll('lp-course-card')).to.have.length(64);
      } finally {
        frame.remove();
      }
    });
  });
});
