import { expect } from '@open-wc/testing';
import type { DataDocument, Track } from '../document.js';
import { IRI, smallDocument, testCourse } from '../test-data/small-document.js';
import { careerProgress } from './career-progress.js';
import { estimateEffort } from './effort.js';
import { personGaps } from '../gaps/person-gaps.js';
import { trackOrder } from './track-order.js';

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

describe('estimateEffort', () => {
  const catalogue: DataDocument = {
    ...document,
    courses: [
      testCourse('broad', {
        teaches: [
          { skill: IRI.design, level: 4 },
          { skill: IRI.mentoring, level: 4 },
        ],
        ects: 5,
      }),
      testCourse('design', { teaches: [{ skill: IRI.design, level: 4 }], workload: 'PT30H', ects: 1 }),
    ],
  };
  const gaps = personGaps(catalogue, {}, { [IRI.design]: 4, [IRI.mentoring]: 4, [IRI.energy]: 2 });

  it('takes the best courses until the gaps are closed and names the gaps left', () => {
    const effort = estimateEffort(catalogue, gaps, { now });
    expect(effort.courses.map(({ course }) => course.code)).to.deep.equal(['broad']);
    expect(effort).to.include({ hours: 0, ects: 5, withoutWorkload: 1 });
    expect(effort.unclosed).to.deep.equal([IRI.energy]);
  });

  it('takes preferred courses first', () => {
    const effort = estimateEffort(catalogue, gaps, { now, prefer: [IRI.course('design')] });
    expect(effort.courses.map(({ course }) => course.code)).to.deep.equal(['design', 'broad']);
    expect(effort).to.include({ hours: 30, ects: 6 });
  });
});

describe('trackOrder', () => {
  it('orders steps after the steps leading to them and finds the starts', () => {
    const order = trackOrder({
      id: IRI.track,
      name: 'T',
      steps: [
        { id: 'c', title: 'C' },
        { id: 'b', title: 'B', next: ['c'] },
        { id: 'a', title: 'A', next: ['b', 'c', 'unknown'] },
      ],
    });
    expect(order.steps.map((step) => step.id)).to.deep.equal(['a', 'b', 'c']);
    expect(order.starts.map((step) => step.id)).to.deep.equal(['a']);
    expect(order.cycle).to.equal(undefined);
  });

  it('finds a cycle behind a start and sorts a long chain without recursion', () => {
    const cyclic = trackOrder({
      id: IRI.track,
      name: 'T',
      steps: [
        { id: 'a', title: 'A', next: ['b'] },
        { id: 'b', title: 'B', next: ['c'] },
        { id: 'c', title: 'C', next: ['b'] },
      ],
    });
    expect(cyclic.cycle).to.deep.equal(['c', 'b', 'c']);
    const steps = Array.from({ length: 20_000 }, (_, index) => ({
      id: `s${index}`,
      title: 'S',
      next: [`s${index + 1}`],
    }));
    expect(trackOrder({ id: IRI.track, name: 'Long', steps }).steps).to.have.length(20_000);
  });
});
