import { expect } from '@open-wc/testing';
import { lrsFetch } from '@lp-elements/test-support';
import { DEFAULT_XAPI_VERSION, negotiateVersion } from './version.js';

describe('negotiateVersion', () => {
  it('defaults to 1.0.3', () => {
    expect(DEFAULT_XAPI_VERSION).to.equal('1.0.3');
    expect(negotiateVersion([])).to.equal('1.0.3');
    expect(negotiateVersion(['1.0.0', '1.0.3'])).to.equal('1.0.3');
  });

  it('takes 2.0.0 when the LRS offers it and nothing else is configured', () => {
    expect(negotiateVersion(['1.0.3', '2.0.0'])).to.equal('2.0.0');
  });

  it('keeps a configured version the LRS supports, and falls back when it does not', () => {
    expect(negotiateVersion(['1.0.3', '2.0.0'], '1.0.3')).to.equal('1.0.3');
    expect(negotiateVersion(['1.0.3'], '2.0.0')).to.equal('1.0.3');
  });

  it('picks 1.0.3 for the local Learning Locker, which rejects 2.0.0', async () => {
    const about = (await (await lrsFetch('about')).json()) as { version: string[] };
    expect(negotiateVersion(about.version)).to.equal('1.0.3');
    expect(negotiateVersion(about.version, '2.0.0')).to.equal('1.0.3');
  });
});
