import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDate, formatList, formatNumber, formatRelativeToNow, type DateStyle } from '../format.js';
import { languageOf } from './language-of.js';
import { watchLanguage } from './language-watcher.js';
import { fallbackTranslation, loadTranslation, loadedTranslation, matchLocale } from './locale-registry.js';
import type { Translation } from './translation.js';

type TermKey = Exclude<keyof Translation, `$${string}`>;
type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];

/**
 * Gives an element its language: the closest `lang`/`dir` above it (through shadow roots), the
 * matching translation (loaded on demand; English until it arrives), and formatting in that
 * language. Re-renders the host when any of that changes.
 */
export class LocalizeController implements ReactiveController {
  /** The language tag that applies to the host, as the page wrote it (e.g. `de-AT`). */
  lang = 'en';
  /** The writing direction that applies to the host. */
  dir: 'ltr' | 'rtl' = 'ltr';

  private current: Translation = fallbackTranslation;
  private unwatch: (() => void) | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.unwatch = watchLanguage(this.host, () => {
      this.refresh();
    });
    this.refresh();
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Whether the translation for the current language is loaded. */
  get isReady(): boolean {
    return loadedTranslation(matchLocale(this.lang)) !== undefined;
  }

  /** Resolves when the translation for the current language is loaded and in use. */
  get ready(): Promise<void> {
    return loadTranslation(matchLocale(this.lang)).then((translation) => {
      this.current = translation;
    });
  }

  /** The translation in use: the host's language, or English while it loads or when there is none. */
  get translation(): Translation {
    return this.current;
  }

  /** Re-reads the language and direction; the host re-renders when they changed. */
  refresh(): void {
    const { lang, dir } = languageOf(this.host);
    const code = matchLocale(lang);
    const translation = loadedTranslation(code);
    const changed =
      lang !== this.lang || dir !== this.dir || (translation !== undefined && translation !== this.current);
    this.lang = lang;
    this.dir = dir;
    if (translation) {
      this.current = translation;
    } else {
      void loadTranslation(code).then((arrived) => {
        if (matchLocale(this.lang) !== code || arrived === this.current) return;
        this.current = arrived;
        this.host.requestUpdate();
      });
    }
    if (changed) this.host.requestUpdate();
  }

  /** A translated string; keys that take values take them as arguments. */
  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const value: unknown = this.current[key];
    return typeof value === 'function' ? (value as (...values: unknown[]) => string)(...args) : (value as string);
  }

  /** A date in the host's language, e.g. `6 Oct 2025` or `06.10.25`. */
  date(value: Date | string | number, style: DateStyle = 'medium'): string {
    return formatDate(value, this.lang, style);
  }

  /** A number in the host's language (`Intl.NumberFormat`). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, options);
  }

  /** "in 3 weeks", "vor 2 Tagen": the distance from now in the largest fitting unit. */
  relative(value: Date | string | number, now: Date = new Date()): string {
    return formatRelativeToNow(value, this.lang, now);
  }

  /** "A, B and C" in the host's language. */
  list(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
    return formatList(items, this.lang, type);
  }
}
