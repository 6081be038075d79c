import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DataDocument } from '@lp-elements/model';
import type { LpCourseCard } from '../course-card/course-card.js';
import './define.js';
import type { LpSkillGapMatrix } from './skill-gap-matrix.js';

/** The first matrix of a page also waits for the matrix's module, fetched on first use. */
const RENDER_TIMEOUT = 5000;

const SAMPLE = '/packages/model/sample/lp-sample.json';
const NOW = new Date(2026, 10, 28, 12);

/** The id of the course a card shows, whether it was given the course or its id. */
const courseId = (card: LpCourseCard) => (typeof card.course === 'object' ? card.course.id : card.course);

describe('<lp-skill-gap-matrix> with <lp-course-card> on the page', () => {
  it('turns its links into compact course cards once the card is defined, keeping the explanations', async () => {
    const sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
    const container = await fixture<HTMLElement>(
      html`<div>
        <lp-skill-gap-matrix .data=${sample} current="person-jonas" recommend .now=${NOW}></lp-skill-gap-matrix>
      </div>`,
    );
    const element = container.querySelector<LpSkillGapMatrix>('lp-skill-gap-matrix')!;
    await waitUntil(() => element.shadowRoot?.querySelector('.course__link'), 'links first', {
      timeout: RENDER_TIMEOUT,
    });
    const explanations = [...element.shadowRoot!.querySelectorAll('.course__why')].map((why) => why.textContent);

    // The real card, defined only now: the element must switch from links to cards by itself.
    await import('../course-card/define.js');
    await waitUntil(() => element.shadowRoot?.querySelector('lp-course-card'), 'cards once defined');
    const cards = [...element.shadowRoot!.querySelectorAll<LpCourseCard>('lp-course-card')];
    expect(cards).to.have.length(explanations.length);
    expect(element.shadowRoot!.querySelector('.course__link')).to.equal(null);
    expect(cards.every((card) => card.hasAttribute('compact') && card.data === sample)).to.equal(true);
    expect(cards[0] && courseId(cards[0])).to.match(/^https:\/\/lp-elements\.example\/courses\//);
    expect([...element.shadowRoot!.querySelectorAll('.course__why')].map((why) => why.textContent)).to.deep.equal(
      explanations,
    );
    const first = cards[0];
    element.requestUpdate();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('lp-course-card'), 'a re-render keeps the same card').to.equal(first);
  });
});
