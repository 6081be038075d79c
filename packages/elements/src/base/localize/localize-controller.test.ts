import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import english from '../../translations/en/index.js';
import { define } from '../define-element.js';
import { LpElement } from '../lp-element.js';
import { registerTranslation } from './locale-registry.js';

/** A minimal element that shows what its LocalizeController decided. */
class LocalizedProbe extends LpElement {
  get controller() {
    return this.localize;
  }

  override render() {
    return litHtml`<p class="term">${this.localize.term('loading')}</p>
      <p class="count">${this.localize.term('problemCount', 2)}</p>
      <p class="date">${this.localize.date('2025-10-06', 'short')}</p>`;
  }
}
define('lp-test-localized', LocalizedProbe);

const text = (probe: LocalizedProbe, selector: string) =>
  probe.shadowRoot?.querySelector(selector)?.textContent.trim() ?? '';

async function probeIn(container: HTMLElement): Promise<LocalizedProbe> {
  const probe = container.querySelector<LocalizedProbe>('lp-test-localized')!;
  await probe.updateComplete;
  return probe;
}

describe('LocalizeController', () => {
  it('renders a not-yet-loaded language on first paint, without an English flash', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="fr"><lp-test-localized></lp-test-localized></div>`);
    const probe = await probeIn(container);
    expect(text(probe, '.term')).to.equal('Chargement…');
    expect(text(probe, '.date')).to.equal('06/10/2025');
  });

  it('follows the closest lang at runtime: en → de → he with dir=rtl', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="en"><lp-test-localized></lp-test-localized></div>`);
    const probe = await probeIn(container);
    expect(text(probe, '.term')).to.equal('Loading…');
    expect(probe.controller.dir).to.equal('ltr');

    container.lang = 'de';
    await waitUntil(() => text(probe, '.term') === 'Wird geladen …', 'switches to German');
    expect(text(probe, '.count')).to.equal('2 Probleme');
    expect(text(probe, '.date')).to.equal('06.10.25');
    expect(probe.controller.lang).to.equal('de');

    container.lang = 'he';
    container.dir = 'rtl';
    await waitUntil(() => text(probe, '.term') === 'בטעינה…', 'switches to Hebrew');
    expect(probe.controller.dir).to.equal('rtl');
    expect(text(probe, '.count')).to.equal('שתי בעיות');
    expect(getComputedStyle(probe.shadowRoot!.querySelector('p')!).direction).to.equal('rtl');
  });

  it('reads lang through shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.lang = 'de';
    section.append(document.createElement('lp-test-localized'));
    root.append(section);
    const probe = section.firstElementChild as LocalizedProbe;
    await waitUntil(() => text(probe, '.term') === 'Wird geladen …');
    section.lang = 'nl';
    await waitUntil(() => text(probe, '.term') === 'Laden…', 'reacts to a lang change inside a shadow root');
  });

  it('takes the direction from a lang set closer than the page dir', async () => {
    const container = await fixture<HTMLElement>(
      html`<div dir="ltr">
        <section lang="he"><lp-test-localized></lp-test-localized></section>
      </div>`,
    );
    const probe = await probeIn(container);
    expect(probe.controller.dir).to.equal('rtl');
  });

  it('falls back from a region to its language, and from an unknown language to English', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="de-AT"><lp-test-localized></lp-test-localized></div>`);
    const probe = await probeIn(container);
    expect(text(probe, '.term')).to.equal('Wird geladen …');
    expect(probe.controller.lang).to.equal('de-AT');
    container.lang = 'pl';
    await waitUntil(() => text(probe, '.term') === 'Loading…');
  });

  it('uses a locale a host registers', async () => {
    registerTranslation('pl', {
      // A host may start from the English terms and translate them one by one.
      ...english,
      $code: 'pl',
      $name: 'Polski',
      $dir: 'ltr',
      loading: 'Ładowanie…',
      retry: 'Spróbuj ponownie',
      dataErrorTitle: 'Nie można wyświetlić tej treści',
      loadFailed: (url) => `Nie udało się wczytać ${url}.`,
      problemCount: (count) => `${count} problemy`,
    });
    const container = await fixture<HTMLElement>(html`<div lang="pl"><lp-test-localized></lp-test-localized></div>`);
    expect(text(await probeIn(container), '.term')).to.equal('Ładowanie…');
  });

  it('picks plural forms per language', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="cs"><lp-test-localized></lp-test-localized></div>`);
    const probe = await probeIn(container);
    const count = (n: number) => probe.controller.term('problemCount', n);
    expect([1, 3, 5, 1.5].map(count)).to.deep.equal(['1 problém', '3 problémy', '5 problémů', '1,5 problému']);
    container.lang = 'he';
    await waitUntil(() => probe.controller.translation.$code === 'he');
    expect([1, 2, 5].map(count)).to.deep.equal(['בעיה אחת', 'שתי בעיות', '5 בעיות']);
  });

  it('stops listening when disconnected', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="en"><lp-test-localized></lp-test-localized></div>`);
    const probe = await probeIn(container);
    probe.remove();
    container.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probe.controller.lang).to.equal('en');
    container.append(probe);
    await waitUntil(() => text(probe, '.term') === 'Wird geladen …', 'reads the language again on reconnect');
  });
});
