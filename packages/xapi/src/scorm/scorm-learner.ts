/**
 * Who the LMS says the learner is, for the heading and for statements to the university's LRS.
 * DOM-free.
 */
import { accountActor } from '../actor/actor.js';
import type { Agent } from '../types.js';

/** SCORM's "Last, First" as the name a heading shows ("First Last"); other forms are kept as given. */
export function displayName(scormName: string): string {
  const name = scormName.trim();
  const comma = name.indexOf(',');
  if (comma < 0) return name;
  const last = name.slice(0, comma).trim();
  const first = name.slice(comma + 1).trim();
  return [first, last].filter(Boolean).join(' ');
}

/**
 * The xAPI actor for the LMS's learner id: an account at `homePage` (the LMS's address), so the
 * LRS can relate the statements to the LMS's records without a name or e-mail.
 */
export const scormActor = (learnerId: string, homePage: string): Agent => accountActor(homePage, learnerId);
