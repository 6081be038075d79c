import type { DataDocument } from '@lp-elements/model';
import type { LpCourseCard } from '../course-card/course-card.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LpCareerTrack } from './career-track.js';
import './define.js';

/** The id of the course a card shows, whether it was given the course or its id. */
const courseId = (card: LpCourseCard) => (typeof card.course === 'object' ? card.course.id : card.course);

describe('<lp-career-track> with <lp-course-card> on the page', () => {
  it('shows a step’s courses as compact cards once the card is defined, given the course and the document', async () => {
    const sample = (await (await fetch('/packages/model/sample/lp-sample.json')).json()) as DataDocument;
    const element = await fixture<LpCareerTrack>(
      html`<lp-career-track .data=${sample} current="person-amira"></lp-career-track>`,
    );
    await waitUntil(() => element.shadowRoot?.querySelector('[data-step="practitioner"] .toggle'), 'the steps', {
      timeout: 5000,
    });
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-step="practitioner"] .toggle')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('a.course__link').length).to.be.greaterThan(0);

    // The real card, defined only now: the element must switch from links to cards by itself.
    await import('../course-card/define.js');
    await waitUntil(() => element.shadowRoot!.querySelector('lp-course-card'), 'cards replace the links');
    const cards = [...element.shadowRoot!.querySelectorAll<LpCourseCard>('lp-course-card')];
    expect(element.shadowRoot!.querySelectorAll('a.course__link')).to.have.length(0);
    expect(cards.map((card) => courseId(card))).to.include('https://lp-elements.example/courses/lb-102');
    for (const card of cards) {
      expect(card.hasAttribute('compact')).to.equal(true);
      expect((card.data as DataDocument).courses?.length).to.equal(sample.courses?.length);
    }
    element.requestUpdate();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('lp-course-card')).to.have.length(cards.length);
  });
});
