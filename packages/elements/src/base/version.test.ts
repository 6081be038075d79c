import { expect } from '@open-wc/testing';
import { LP_ELEMENTS_VERSION } from './version.js';

describe('LP_ELEMENTS_VERSION', () => {
  it('matches the package version', async () => {
    const response = await fetch(new URL('../../package.json', import.meta.url));
    const manifest = (await response.json()) as { version: string };
    expect(LP_ELEMENTS_VERSION).to.equal(manifest.version);
  });
});
