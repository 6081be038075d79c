import { expect, waitUntil } from '@open-wc/testing';
import { isFrameHeightMessage, parentOrigin } from './report-frame-height.js';

const FRAME = '/packages/test-support/src/frames/height-frame.html';

describe('reportFrameHeight', () => {
  it('tells the parent its height, and again when it grows, from its own origin only', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Framed LP page';
    const heights: number[] = [];
    const origins: string[] = [];
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !isFrameHeightMessage(event.data)) return;
      origins.push(event.origin);
      heights.push(event.data.height);
      frame.style.height = `${event.data.height}px`;
    };
    window.addEventListener('message', onMessage);
    frame.src = `${FRAME}?parent-origin=${encodeURIComponent(location.origin)}`;
    document.body.append(frame);
    try {
      await waitUntil(() => heights.length > 0, 'the first height arrives');
      const first = heights[0]!;
      expect(first).to.be.greaterThan(0).and.lessThan(400);
      frame.contentWindow!.postMessage('grow', location.origin);
      await waitUntil(() => heights.some((height) => height >= first + 600), 'the grown height arrives');
      expect(new Set(origins)).to.deep.equal(new Set([location.origin]));
      expect(frame.getBoundingClientRect().height).to.be.at.least(first + 600);
    } finally {
      window.removeEventListener('message', onMessage);
      frame.remove();
    }
  });

  it('reports to the named parent origin, else the referrer, and never to a non-web origin', () => {
    const at = (href: string) => ({ href });
    expect(parentOrigin(at('https://lp.example/m?parent-origin=https%3A%2F%2Flms.example%2Fx'), '')).to.equal(
      'https://lms.example',
    );
    expect(parentOrigin(at('https://lp.example/m'), 'https://cms.example/page/1')).to.equal('https://cms.example');
    expect(parentOrigin(at('https://lp.example/m?parent-origin=javascript:alert(1)'), '')).to.equal(undefined);
    expect(parentOrigin(at('https://lp.example/m'), '')).to.equal(undefined);
  });

  it('recognises only well-formed height messages', () => {
    expect(isFrameHeightMessage({ type: 'lp-frame-height', height: 320 })).to.equal(true);
    expect(isFrameHeightMessage({ type: 'lp-frame-height', height: '320' })).to.equal(false);
    expect(isFrameHeightMessage({ type: 'lp-frame-height', height: Infinity })).to.equal(false);
    expect(isFrameHeightMessage(null)).to.equal(false);
  });
});
