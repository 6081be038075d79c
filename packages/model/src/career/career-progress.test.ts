import { expect } from '@open-wc/testing';
import type { Track } from '../document.js';
import { IRI, smallDocument } from '../test-data/small-document.js';
import { careerProgress } from './career-progress.js';

const now = new Date(2026, 10, 28, 12);
const document = smallDocument();
const [track] = document.tracks as [Track];
const statuses = (progress: ReturnType<typeof careerProgress>) =>
  Object.fromEntries(progress.steps.map(({ step, status }) => [step.id, status]));

describe('careerProgress', () => {
  it('marks achieved steps and works towards the first open one', () => {
    const progress = careerProgress(document, track, { [IRI.networking]: 2, [IRI.design]: 1 }, { now });
    expect(statuses(progress)).to.deep.equal({ start: 'achieved', design: 'current', mentor: 'optional' });
    expect(progress.current?.id).to.equal('design');
    expect(progress.next.map((step) => step.id)).to.deep.equal(['design', 'mentor']);
    expect(progress.achieved).to.equal(1);
  });

  it('locks the steps behind a step not yet achieved', () => {
    const progress = careerProgress(document, track, {}, { now });
    expect(statuses(progress)).to.deep.equal({ start: 'current', design: 'locked', mentor: 'locked' });
    expect(progress.next.map((step) => step.id)).to.deep.equal(['start']);
  });

  it('follows the step the person chose', () => {
    const person = { [IRI.networking]: 2, [IRI.design]: 1 };
    const progress = careerProgress(document, track, person, { now, currentStep: 'mentor' });
    expect(statuses(progress)).to.deep.equal({ start: 'achieved', design: 'available', mentor: 'current' });
  });

  it('has no current step when everything is achieved', () => {
    const everything = { [IRI.networking]: 4, [IRI.design]: 4, [IRI.mentoring]: 4 };
    const progress = careerProgress(document, track, everything, { now });
    expect(progress.current).to.equal(undefined);
    expect(progress.achieved).to.equal(3);
    expect(progress.steps.every((step) => step.effort === undefined)).to.equal(true);
  });

  it('estimates the effort of each step from its recommended courses', () => {
    const progress = careerProgress(document, track, { [IRI.networking]: 3, [IRI.design]: 1 }, { now });
    const design = progress.steps.find(({ step }) => step.id === 'design');
    expect(design?.effort?.courses.map(({ course }) => course.code)).to.deep.equal(['design-1', 'mentoring-1']);
    expect(design?.effort).to.include({ hours: 75, ects: 3, withoutWorkload: 0 });
    expect(design?.effort?.unclosed).to.deep.equal([]);
  });

  it('counts a step without requirements as achieved once a step before it is', () => {
    const open: Track = {
      id: IRI.track,
      name: 'T',
      steps: [
        { id: 'a', title: 'A', next: ['b'] },
        { id: 'b', title: 'B', requires: 'designer', next: ['c'] },
        { id: 'c', title: 'C' },
      ],
    };
    expect(statuses(careerProgress(document, open, {}, { now }))).to.deep.equal({
      a: 'achieved',
      b: 'current',
      c: 'locked',
    });
  });

  it('opens a step after any one of the branches that join in it', () => {
    const joined: Track = {
      id: IRI.track,
      name: 'T',
      steps: [
        { id: 'root', title: 'Root', next: ['left', 'right'] },
        { id: 'left', title: 'Left', requires: 'designer', next: ['top'] },
        { id: 'right', title: 'Right', requires: 'associate', next: ['top'] },
        { id: 'top', title: 'Top', requires: 'mentor' },
      ],
    };
    const progress = careerProgress(document, joined, { [IRI.networking]: 2, [IRI.design]: 1 }, { now });
    expect(statuses(progress)).to.deep.equal({
      root: 'achieved',
      left: 'current',
      right: 'achieved',
      top: 'available',
    });
  });
});
