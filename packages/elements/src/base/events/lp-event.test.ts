import { expect } from '@open-wc/testing';
import { LpDataErrorEvent } from './data-error-event.js';
import { LpEvent } from './lp-event.js';

/** A host with a shadow root holding another host with a shadow root: the deepest place an element may fire from. */
function nestedShadowTarget(): { outer: HTMLElement; target: HTMLElement } {
  const outer = document.createElement('div');
  const inner = document.createElement('div');
  outer.attachShadow({ mode: 'open' }).append(inner);
  const target = document.createElement('button');
  // eslint-disable-next-line wc/no-closed-shadow-root -- the hardest case an event must escape from
  inner.attachShadow({ mode: 'closed' }).append(target);
  document.body.append(outer);
  return { outer, target };
}

describe('LpEvent', () => {
  it('bubbles out of nested (even closed) shadow roots to document', () => {
    const { outer, target } = nestedShadowTarget();
    const received: LpEvent<unknown>[] = [];
    const targets: EventTarget[] = [];
    const listener = (event: Event) => {
      if (event instanceof LpEvent) received.push(event);
      if (event.target) targets.push(event.target);
    };
    document.addEventListener('lp-test-event', listener);
    try {
      target.dispatchEvent(new LpEvent('lp-test-event', { value: 42 }));
    } finally {
      document.removeEventListener('lp-test-event', listener);
      outer.remove();
    }
    expect(received).to.have.length(1);
    const [event] = received;
    expect(event?.detail).to.deep.equal({ value: 42 });
    expect(event?.bubbles).to.equal(true);
    expect(event?.composed).to.equal(true);
    expect(targets, 'retargeted to the outermost host').to.deep.equal([outer]);
  });

  it('is cancelable only when asked', () => {
    expect(new LpEvent('lp-test-event', null).cancelable).to.equal(false);
    const cancelable = new LpEvent('lp-test-event', null, { cancelable: true });
    document.body.dispatchEvent(cancelable);
    expect(cancelable.cancelable).to.equal(true);
  });
});

describe('LpDataErrorEvent', () => {
  it('is an lp-data-error event carrying the problems', () => {
    let received: LpDataErrorEvent | undefined;
    const listener = (event: LpDataErrorEvent) => {
      received = event;
    };
    document.addEventListener('lp-data-error', listener);
    const problems = [{ path: '$.courses[0].url', code: 'unsafe-url', message: 'not an http(s) URL' }];
    document.body.dispatchEvent(new LpDataErrorEvent({ source: 'property', problems }));
    document.removeEventListener('lp-data-error', listener);
    expect(received).to.be.instanceOf(LpDataErrorEvent);
    expect(received?.type).to.equal('lp-data-error');
    expect(received?.detail.problems).to.deep.equal(problems);
  });
});
