import { expect } from '@open-wc/testing';
import { pickText } from './text.js';

describe('pickText', () => {
  const name = { en: 'Networking', de: 'Netzwerken', 'de-CH': 'Netzwerken (CH)', he: 'נטוורקינג' };

  it('returns a plain string as it is, in the document language', () => {
    expect(pickText('Networking', 'de', 'en')).to.deep.equal({ text: 'Networking', lang: 'en' });
    expect(pickText('Networking', 'de')).to.deep.equal({ text: 'Networking', lang: undefined });
  });

  it('prefers the exact tag, ignoring case', () => {
    expect(pickText(name, 'de-ch')).to.deep.equal({ text: 'Netzwerken (CH)', lang: 'de-CH' });
  });

  it('falls back from a region to its language, then to another region of it', () => {
    expect(pickText(name, 'de-AT')).to.deep.equal({ text: 'Netzwerken', lang: 'de' });
    expect(pickText({ 'fr-CH': 'Réseautage' }, 'fr-FR')).to.deep.equal({ text: 'Réseautage', lang: 'fr-CH' });
  });

  it('falls back to the document language, then English, then any entry', () => {
    expect(pickText({ da: 'Netværk', en: 'Networking' }, 'et', 'da')).to.deep.equal({ text: 'Netværk', lang: 'da' });
    expect(pickText({ nl: 'Netwerken', en: 'Networking' }, 'cs')).to.deep.equal({ text: 'Networking', lang: 'en' });
    expect(pickText({ nl: 'Netwerken' }, 'cs')).to.deep.equal({ text: 'Netwerken', lang: 'nl' });
  });

  it('skips empty entries and copes with nothing at all', () => {
    expect(pickText({ de: '', en: 'Networking' }, 'de')).to.deep.equal({ text: 'Networking', lang: 'en' });
    expect(pickText({}, 'de')).to.deep.equal({ text: '', lang: undefined });
    expect(pickText(undefined, 'de')).to.deep.equal({ text: '', lang: undefined });
  });
});
