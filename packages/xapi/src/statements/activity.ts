import type { Activity, ActivityDefinition, Extensions, LanguageMap } from '../types.js';

/** Something a statement is about: its IRI and, when the element knows it, a human name. */
export interface ActivityInfo {
  /** Absolute IRI of the course, skill, step … (the data document's `id`). */
  readonly id: string;
  /** A name in `lang`, or a language map of names. */
  readonly name?: string | LanguageMap;
  /** The language of a plain-string `name`; `en` when not given. */
  readonly lang?: string;
}

/** An xAPI Activity of `type` for `info`, with the name as a language map. */
export function activity(info: ActivityInfo, type: string, extensions?: Extensions): Activity {
  const definition: ActivityDefinition = { type };
  if (info.name !== undefined) {
    definition.name = typeof info.name === 'string' ? { [info.lang ?? 'en']: info.name } : info.name;
  }
  if (extensions) definition.extensions = extensions;
  return { objectType: 'Activity', id: info.id, definition };
}
