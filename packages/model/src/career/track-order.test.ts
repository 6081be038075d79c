import { expect } from '@open-wc/testing';
import { IRI } from '../test-data/small-document.js';
import { trackOrder } from './track-order.js';

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
