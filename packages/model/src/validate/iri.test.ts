import { expect } from '@open-wc/testing';
import { checkHttpUrl, checkIri, isSafeHttpUrl } from './iri.js';

describe('checkIri', () => {
  it('accepts absolute IRIs of any scheme', () => {
    for (const iri of [
      'https://lp-elements.example/skills/networking',
      'http://data.europa.eu/esco/skill/x',
      'urn:lp:skill:1',
      'https://lp-elements.example/kurse/übersicht',
    ]) {
      expect(checkIri(iri), iri).to.equal('ok');
    }
  });

  it('needs a host in http(s) IRIs, with or without user and port', () => {
    expect(checkIri('https://lp@lp-elements.example:8443/skills?x#y')).to.equal('ok');
    expect(checkIri('https://lp-elements.example')).to.equal('ok');
    expect(checkIri('https://:8443/skills')).to.equal('invalid');
    expect(checkIri('https:///skills')).to.equal('invalid');
  });

  it('calls ids without a scheme relative', () => {
    for (const iri of ['networking', '/skills/networking', '//host/path', '1:2'])
      expect(checkIri(iri), iri).to.equal('relative');
  });

  it('rejects spaces, control characters, forbidden characters and hostless web IRIs', () => {
    for (const iri of [
      'https://x.example/a b',
      'https://x.example/\u0007',
      'https://x.example/<a>',
      'https://',
      'urn:',
    ]) {
      expect(checkIri(iri), iri).to.equal('invalid');
    }
  });
});

describe('checkHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(checkHttpUrl('https://lp-elements.example/courses/a?x=1#top')).to.deep.equal({ result: 'ok' });
    expect(checkHttpUrl('HTTP://LP-ELEMENTS.EXAMPLE/')).to.deep.equal({ result: 'ok' });
  });

  it('calls every other scheme unsafe, whatever its case or leading spaces', () => {
    expect(checkHttpUrl('javascript:alert(1)')).to.deep.equal({ result: 'unsafe', scheme: 'javascript:' });
    expect(checkHttpUrl('  JaVaScRiPt:alert(1)')).to.deep.equal({ result: 'unsafe', scheme: 'javascript:' });
    expect(checkHttpUrl('data:text/html,<script>alert(1)</script>')).to.deep.equal({
      result: 'unsafe',
      scheme: 'data:',
    });
    expect(checkHttpUrl('mailto:lp@lp-elements.example')).to.deep.equal({ result: 'unsafe', scheme: 'mailto:' });
  });

  it('rejects relative URLs and URLs that hide their scheme', () => {
    for (const url of ['/courses/a', 'courses/a', 'java\nscript:alert(1)', 'https://x.example/a b', 'https://']) {
      expect(checkHttpUrl(url), url).to.deep.equal({ result: 'invalid' });
    }
  });

  it('gives links that are not plain ASCII host names the same answer as the URL parser', () => {
    for (const url of [
      'https://1.2.3.4/x',
      'http://[::1]:8080/',
      'https://übung.example/kurs',
      'https://xn--bung-zra.example/',
      'https://lp-elements.example:65535/',
      'https://lp@lp-elements.example/',
      'https://a..b/',
    ]) {
      expect(checkHttpUrl(url), url).to.deep.equal({ result: 'ok' });
    }
    for (const url of ['https://1.2.3.256/', 'https://lp-elements.example:65536/', 'http://0x1g.1/']) {
      expect(checkHttpUrl(url), url).to.deep.equal({ result: 'invalid' });
    }
  });

  it('isSafeHttpUrl guards href and src at render time', () => {
    expect(isSafeHttpUrl('https://lp-elements.example/')).to.equal(true);
    expect(isSafeHttpUrl('javascript:alert(1)')).to.equal(false);
    expect(isSafeHttpUrl(undefined)).to.equal(false);
  });
});
