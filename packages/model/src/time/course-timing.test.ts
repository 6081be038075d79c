import { expect } from '@open-wc/testing';
import { testCourse } from '../test-data/small-document.js';
import { courseTiming, startsWithin } from './course-timing.js';

describe('courseTiming', () => {
  const now = new Date(2026, 10, 28, 12);

  it('is self-paced without instances or with an instance without a start', () => {
    expect(courseTiming(testCourse('a'), { now })).to.include({ status: 'self-paced', startsSoon: false });
    const open = { url: 'https://lp-elements.example/enrol' };
    expect(courseTiming(testCourse('a', { instances: [open] }), { now })).to.include({
      status: 'self-paced',
      instance: open,
    });
  });

  it('is upcoming with the next start, and starts soon within the weeks asked', () => {
    const later = { start: '2027-05-01' };
    const next = { start: '2026-12-10', end: '2027-01-20' };
    const timing = courseTiming(testCourse('a', { instances: [later, next] }), { now });
    expect(timing).to.include({ status: 'upcoming', instance: next, startsSoon: true });
    expect(timing.start?.getTime()).to.equal(new Date(2026, 11, 10).getTime());
    expect(timing.end?.getTime()).to.equal(new Date(2027, 0, 21).getTime());
    expect(courseTiming(testCourse('a', { instances: [next] }), { now, soonWeeks: 1 }).startsSoon).to.equal(false);
  });

  it('is running from the start day through the whole end day', () => {
    const instance = { start: '2026-11-01', end: '2026-11-28' };
    expect(courseTiming(testCourse('a', { instances: [instance] }), { now }).status).to.equal('running');
    const oneDay = { start: '2026-11-28' };
    expect(courseTiming(testCourse('a', { instances: [oneDay] }), { now }).status).to.equal('running');
  });

  it('prefers running to upcoming to self-paced to past', () => {
    const past = { start: '2025-01-01', end: '2025-02-01' };
    const upcoming = { start: '2027-01-01' };
    const running = { start: '2026-11-01', end: '2026-12-31' };
    const timing = (...instances: object[]) => courseTiming(testCourse('a', { instances }), { now }).status;
    expect(timing(past, upcoming, running, {})).to.equal('running');
    expect(timing(past, {}, upcoming)).to.equal('upcoming');
    expect(timing(past, {})).to.equal('self-paced');
    expect(timing(past, { start: '2026-01-01', end: '2026-02-01' })).to.equal('past');
  });

  it('names the last instance of a past course', () => {
    const last = { start: '2026-01-01', end: '2026-02-01' };
    const timing = courseTiming(testCourse('a', { instances: [last, { start: '2025-01-01' }] }), { now });
    expect(timing).to.include({ status: 'past', instance: last });
  });

  it('treats unreadable dates like a missing start', () => {
    expect(courseTiming(testCourse('a', { instances: [{ start: 'soon' }] }), { now }).status).to.equal('self-paced');
  });

  it('tells whether a course starts within some weeks', () => {
    const course = testCourse('a', { instances: [{ start: '2027-01-20' }] });
    expect(startsWithin(course, 4, { now })).to.equal(false);
    expect(startsWithin(course, 8, { now })).to.equal(true);
  });
});
