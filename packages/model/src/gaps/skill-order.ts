import type { DataDocument, Levels } from '../document.js';
import { indexedSkill } from '../lookup/document-index.js';

/** The skills of some levels in document order (frameworks, then skills); unknown skills last, as given. */
export function skillsInOrder(document: DataDocument, levels: Levels): string[] {
  const position = (skill: string) => indexedSkill(document, skill)?.order ?? Number.MAX_SAFE_INTEGER;
  return Object.keys(levels)
    .map((skill, given) => ({ skill, order: position(skill), given }))
    .sort((a, b) => a.order - b.order || a.given - b.given)
    .map(({ skill }) => skill);
}
