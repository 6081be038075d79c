/** A text in several languages: BCP 47 tag → text, e.g. `{ "en": "Networking", "de": "Netzwerken" }`. */
export type LanguageMap = Readonly<Record<string, string>>;

/** Every human-readable field of the data document: a plain string or a language map. */
export type LocalizedText = string | LanguageMap;

/** The text chosen for a reader, and the language it is actually in (`undefined` when unknown). */
export interface PickedText {
  readonly text: string;
  readonly lang: string | undefined;
}

const baseOf = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/**
 * Picks the best text for `requested` from a string or language map. Fallbacks, in order: the
 * exact tag, the same language without (or with another) region, the document's default language,
 * English, then the first non-empty entry. Matching ignores case. Empty entries are skipped.
 *
 * @param documentLang the data document's `lang`, which a plain string is assumed to be in
 */
export function pickText(value: LocalizedText | undefined, requested: string, documentLang?: string): PickedText {
  if (value === undefined) return { text: '', lang: undefined };
  if (typeof value === 'string') return { text: value, lang: documentLang };
  const entries = Object.entries(value).filter(([, text]) => typeof text === 'string' && text !== '');
  const find = (match: (tag: string) => boolean) => entries.find(([tag]) => match(tag));
  const wanted = requested.toLowerCase();
  const wantedBase = baseOf(requested);
  const found =
    find((tag) => tag.toLowerCase() === wanted) ??
    find((tag) => tag.toLowerCase() === wantedBase) ??
    find((tag) => baseOf(tag) === wantedBase) ??
    (documentLang ? find((tag) => tag.toLowerCase() === documentLang.toLowerCase()) : undefined) ??
    (documentLang ? find((tag) => baseOf(tag) === baseOf(documentLang)) : undefined) ??
    find((tag) => baseOf(tag) === 'en') ??
    entries[0];
  return found ? { text: found[1], lang: found[0] } : { text: '', lang: undefined };
}
