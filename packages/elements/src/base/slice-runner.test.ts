import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SliceRunner } from './slice-runner.js';

class SliceHost extends LitElement {}
customElements.define('lp-test-slice-host', SliceHost);

/** Work of `pieces` pieces that counts how many have run. */
function counted(pieces: number) {
  const done = { count: 0 };
  function* steps(): Generator<void, string, void> {
    for (let piece = 1; piece < pieces; piece += 1) {
      done.count += 1;
      yield;
    }
    done.count += 1;
    return 'finished';
  }
  return { done, steps: steps() };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SliceRunner', () => {
  it('runs every piece and gives the result', async () => {
    const host = await fixture<SliceHost>(html`<lp-test-slice-host></lp-test-slice-host>`);
    const { done, steps } = counted(500);
    expect(await new SliceRunner(host).run(steps, new AbortController().signal)).to.equal('finished');
    expect(done.count).to.equal(500);
  });

  it('does nothing while the host is out of the page, and goes on once it is back', async () => {
    const host = await fixture<SliceHost>(html`<lp-test-slice-host></lp-test-slice-host>`);
    const parent = host.parentElement!;
    host.remove();
    const { done, steps } = counted(3);
    const result = new SliceRunner(host).run(steps, new AbortController().signal);
    await wait(300);
    expect(done.count).to.equal(0);
    parent.append(host);
    expect(await result).to.equal('finished');
  });

  it('ends with the abort reason, also while the host is out of the page', async () => {
    const host = await fixture<SliceHost>(html`<lp-test-slice-host></lp-test-slice-host>`);
    host.remove();
    const { done, steps } = counted(3);
    const controller = new AbortController();
    const result = new SliceRunner(host).run(steps, controller.signal).catch((error: unknown) => error);
    await wait(300);
    const reason = new Error('new data');
    controller.abort(reason);
    // The host never comes back: the work must end all the same.
    expect(await Promise.race([result, wait(1000).then(() => 'still waiting')])).to.equal(reason);
    expect(done.count).to.equal(0);
  });
});
