import en from '../../translations/en/index.js';
import type { Translation } from './translation.js';

type LocaleLoader = () => Promise<{ default: Translation }>;

/** Locales that ship with LP Elements, loaded the first time an element needs one. */
const shippedLoaders: Record<string, LocaleLoader> = {
  cs: () => import('../../translations/cs/index.js'),
  da: () => import('../../translations/da/index.js'),
  de: () => import('../../translations/de/index.js'),
  et: () => import('../../translations/et/index.js'),
  fr: () => import('../../translations/fr/index.js'),
  he: () => import('../../translations/he/index.js'),
  nl: () => import('../../translations/nl/index.js'),
};

const loaded = new Map<string, Translation>([['en', en]]);
const loaders = new Map<string, LocaleLoader>(Object.entries(shippedLoaders));
const loading = new Map<string, Promise<Translation>>();

/** The built-in fallback locale. */
export const fallbackTranslation: Translation = en;

/** Candidate locale codes for a language tag, most specific first: `de-AT` → `de-at`, `de`. */
function candidates(lang: string): string[] {
  const lower = lang.toLowerCase();
  const base = lower.split('-')[0] ?? lower;
  return base === lower ? [lower] : [lower, base];
}

/**
 * Adds or replaces a locale, e.g. a university's own translation into Polish.
 * Elements already on the page pick it up the next time their language is read.
 */
export function registerTranslation(code: string, translation: Translation | LocaleLoader): void {
  const key = code.toLowerCase();
  loading.delete(key);
  if (typeof translation === 'function') {
    loaded.delete(key);
    loaders.set(key, translation);
  } else {
    loaded.set(key, translation);
  }
}

/** The most specific locale code we have or can load for `lang`, or `en`. */
export function matchLocale(lang: string): string {
  return candidates(lang).find((code) => loaded.has(code) || loaders.has(code)) ?? 'en';
}

/** Whether LP Elements has (or can load) a translation for `lang`, e.g. `de-CH` through `de`. */
export function hasTranslation(lang: string): boolean {
  return candidates(lang).some((code) => loaded.has(code) || loaders.has(code));
}

/** The translation for a code from `matchLocale`, when it is already loaded. */
export function loadedTranslation(code: string): Translation | undefined {
  return loaded.get(code);
}

/**
 * Loads the translation for a code from `matchLocale` (once, however many elements ask).
 * A locale that fails to load falls back to English with one warning.
 */
export function loadTranslation(code: string): Promise<Translation> {
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(code);
  if (!pending) {
    const loader = loaders.get(code);
    pending = loader
      ? loader().then(
          (module) => {
            loaded.set(code, module.default);
            return module.default;
          },
          (error: unknown) => {
            console.warn(`LP Elements: the "${code}" translation could not be loaded; showing English.`, error);
            loaded.set(code, en);
            return en;
          },
        )
      : Promise.resolve(en);
    loading.set(code, pending);
  }
  return pending;
}
