import { emulateMedia } from '@lp-elements/test-support';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';

/** Requests to this folder never answer, so the elements stay in their loading state. */
const NEVER = '/never-answers/';

const LOADING = {
  'lp-career-track': html`<lp-career-track src="${NEVER}track.json"></lp-career-track>`,
  'lp-course-card': html`<lp-course-card
    src="${NEVER}card.json"
    course="https://lp-elements.example/courses/lb-101"
  ></lp-course-card>`,
  'lp-skill-gap-matrix': html`<lp-skill-gap-matrix src="${NEVER}matrix.json"></lp-skill-gap-matrix>`,
  'lp-course-catalogue': html`<lp-course-catalogue src="${NEVER}catalogue.json"></lp-course-catalogue>`,
};

async function bonesOf(tag: keyof typeof LOADING): Promise<HTMLElement[]> {
  const element = await fixture<HTMLElement>(LOADING[tag]);
  await waitUntil(() => element.shadowRoot?.querySelector('.bone'), `<${tag}> shows its skeleton`, { timeout: 5000 });
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('.bone')];
}

describe('the loading skeleton', () => {
  const original = window.fetch;
  before(() => {
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes(NEVER)
        ? new Promise<Response>(() => undefined)
        : original(input, init);
  });
  after(() => {
    window.fetch = original;
  });
  afterEach(async () => {
    await emulateMedia({});
  });

  for (const tag of Object.keys(LOADING) as (keyof typeof LOADING)[]) {
    it(`<${tag}> shows the one shared skeleton, still when asked for less motion, outlined in forced colours`, async () => {
      const bones = await bonesOf(tag);
      expect(bones.length).to.be.at.least(3);
      for (const bone of bones) {
        const style = getComputedStyle(bone);
        expect(style.animationName).to.equal('lp-skeleton-sheen');
        expect(bone.getBoundingClientRect().height).to.be.above(10);
        expect(bone.getBoundingClientRect().width).to.be.above(10);
      }
      await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      for (const bone of bones) expect(getComputedStyle(bone).animationName).to.equal('none');
      await emulateMedia({ 'forced-colors': 'active' });
      for (const bone of bones) {
        const style = getComputedStyle(bone);
        expect(style.animationName).to.equal('none');
        expect(style.borderTopStyle).to.equal('solid');
        expect(style.borderTopWidth).to.equal('1px');
      }
    });
  }
});
