import type { DataDocument } from '../document.js';
import { skillById } from '../lookup/document-index.js';
import { pickText } from '../text.js';
import type { GapProgress, Recommendation } from './recommendation.js';

function describe(document: DataDocument, progress: readonly GapProgress[], lang: string): string {
  return progress
    .map(({ skill, from, to }) => {
      const name = pickText(skillById(document, skill)?.name, lang, document.lang).text || skill;
      return `${name} (${from} → ${to})`;
    })
    .join(', ');
}

/**
 * Why a course is recommended, in English with skill names in `lang`:
 * `closes 2 of 3 gaps: Networking (2 → 4), Programme design (1 → 3); narrows 1: …`.
 * The elements build the same sentence in their own language from `closes` and `narrows`.
 */
export function explainRecommendation(
  document: DataDocument,
  recommendation: Pick<Recommendation, 'closes' | 'narrows' | 'gaps'>,
  lang: string,
): string {
  const { closes, narrows, gaps } = recommendation;
  const of = `of ${gaps} ${gaps === 1 ? 'gap' : 'gaps'}`;
  if (closes.length === 0) return `narrows ${narrows.length} ${of}: ${describe(document, narrows, lang)}`;
  const closing = `closes ${closes.length} ${of}: ${describe(document, closes, lang)}`;
  return narrows.length === 0 ? closing : `${closing}; narrows ${narrows.length}: ${describe(document, narrows, lang)}`;
}
