/**
 * The language to show, from cmi5's `languagePreference` (a comma-separated list of language
 * tags, most preferred first): the first one the unit has, not merely the first one listed.
 */
export function preferredLanguage(
  preference: string | undefined,
  has: (tag: string) => boolean = () => true,
): string | undefined {
  return preference
    ?.split(',')
    .map((tag) => tag.trim())
    .find((tag) => tag !== '' && has(tag));
}
