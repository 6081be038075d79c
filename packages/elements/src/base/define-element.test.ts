import { expect } from '@open-wc/testing';
import { define } from './define-element.js';

class FirstCopy extends HTMLElement {
  static version = '0.1.0';
}
class SecondCopy extends HTMLElement {
  static version = '9.9.9';
}
/** Another build of FirstCopy's version, as the per-element CDN modules are beside `lp-elements.js`. */
class SameVersionCopy extends HTMLElement {
  static version = '0.1.0';
}

function captureWarnings(run: () => void): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('define()', () => {
  it('registers a tag that is not defined yet', () => {
    expect(define('lp-test-define-a', FirstCopy)).to.equal(true);
    expect(customElements.get('lp-test-define-a')).to.equal(FirstCopy);
  });

  it('accepts the same class twice silently', () => {
    const warnings = captureWarnings(() => {
      expect(define('lp-test-define-a', FirstCopy)).to.equal(false);
    });
    expect(warnings).to.have.length(0);
  });

  it('keeps the first definition silently when another build of the same version defines the tag', () => {
    const warnings = captureWarnings(() => {
      expect(define('lp-test-define-a', SameVersionCopy)).to.equal(false);
    });
    expect(customElements.get('lp-test-define-a')).to.equal(FirstCopy);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first definition and warns once, naming both versions, when another copy defines the tag', () => {
    const warnings = captureWarnings(() => {
      expect(() => define('lp-test-define-a', SecondCopy)).not.to.throw();
      expect(() => define('lp-test-define-a', SecondCopy)).not.to.throw();
    });
    expect(customElements.get('lp-test-define-a')).to.equal(FirstCopy);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('<lp-test-define-a>').and.contain('0.1.0').and.contain('9.9.9');
  });

  it('does not throw for a tag another library defined with a plain class', () => {
    customElements.define('lp-test-define-b', class extends HTMLElement {});
    const warnings = captureWarnings(() => {
      expect(define('lp-test-define-b', FirstCopy)).to.equal(false);
    });
    expect(String(warnings[0]?.[0])).to.contain('an unknown version');
  });
});
