import { expect } from '@open-wc/testing';
import cs from '../translations/cs/skill-gap-matrix.js';
import da from '../translations/da/skill-gap-matrix.js';
import de from '../translations/de/skill-gap-matrix.js';
import en from '../translations/en/skill-gap-matrix.js';
import et from '../translations/et/skill-gap-matrix.js';
import fr from '../translations/fr/skill-gap-matrix.js';
import he from '../translations/he/skill-gap-matrix.js';
import nl from '../translations/nl/skill-gap-matrix.js';
import type { SkillGapMatrixTerms } from './skill-gap-matrix.terms.js';

const languages: Record<string, SkillGapMatrixTerms> = { en, de, fr, da, nl, et, cs, he };
const others = Object.entries(languages).filter(([code]) => code !== 'en');

/** A value that serves every parameter: the text "3" where a name goes, the number 3 where a count goes. */
const THREE = Object.assign(new String('3'), { valueOf: () => 3 });

/** Each term written out (functions with 3 for every value), by key. */
function written(terms: SkillGapMatrixTerms): Map<string, string> {
  return new Map(
    Object.entries(terms).map(([key, value]: [string, unknown]) => [
      key,
      typeof value === 'function'
        ? (value as (...args: unknown[]) => string)(THREE, THREE, THREE, THREE, THREE)
        : String(value),
    ]),
  );
}

/** Terms that are rightly the same as in English: punctuation only, or the same word. */
const SAME_AS_ENGLISH = new Set(['summarySentence', 'gapProgress', 'levelSetTo', 'sortByName', 'downloadCsv']);

describe('skill-gap matrix terms', () => {
  it('are all translated, and none is left in English', () => {
    const english = written(en);
    for (const [code, terms] of others) {
      const own = written(terms);
      const same = [...own].filter(([key, text]) => text === english.get(key) && !SAME_AS_ENGLISH.has(key));
      expect(same, code).to.deep.equal([]);
      for (const text of own.values()) expect(text, code).not.to.match(/undefined|NaN|\[object/);
    }
  });

  it('count skills, people and levels in each language’s plural forms', () => {
    expect([1, 2, 5].map((count) => en.summaryGapItem('A', count))).to.deep.equal([
      'A (1 level)',
      'A (2 levels)',
      'A (5 levels)',
    ]);
    expect([1, 2].map((count) => de.summaryGapItem('A', count))).to.deep.equal(['A (1 Stufe)', 'A (2 Stufen)']);
    expect([1, 3, 5, 1.5].map((count) => cs.summaryGapItem('A', count))).to.deep.equal([
      'A (1 úroveň)',
      'A (3 úrovně)',
      'A (5 úrovní)',
      'A (1,5 úrovně)',
    ]);
    expect([1, 2, 5].map((count) => et.summaryGapItem('A', count))).to.deep.equal([
      'A (1 tase)',
      'A (2 taset)',
      'A (5 taset)',
    ]);
    expect([1, 2, 5].map((count) => he.summaryGapItem('A', count))).to.deep.equal([
      '\u2068A\u2069 (רמה אחת)',
      '\u2068A\u2069 (שתי רמות)',
      '\u2068A\u2069 (5 רמות)',
    ]);
    expect(en.summaryPersonMeets(undefined, 7, 12)).to.equal('You meet 7 of 12 required skills');
    expect(en.summaryPersonMeets('Amira Haddad', 1, 1)).to.equal('Amira Haddad meets 1 of 1 required skill');
    expect(fr.summaryPersonMeets(undefined, 1, 12)).to.equal(
      'Vous atteignez le niveau requis pour 1 compétence sur 12',
    );
    expect(cs.summaryPersonMeets(undefined, 7, 12)).to.equal('Splňujete 7 z 12 požadovaných dovedností');
    expect(de.summaryTeamMeets(1, 8)).to.equal('1 von 8 Personen erfüllt alle Anforderungen');
    expect(de.summaryTeamMeets(3, 8)).to.equal('3 von 8 Personen erfüllen alle Anforderungen');
    expect(he.summaryTeamMeets(1, 8)).to.equal('אדם אחד מתוך 8 עומד בכל הדרישות');
    expect(cs.attributesIgnored(2)).to.equal('2 hodnoty atributů nebylo možné použít:');
    expect(en.summaryLargestGaps(1, 'A')).to.equal('the largest gap is A');
    expect(de.summaryLargestGaps(2, 'A und B')).to.equal('die größten Lücken sind A und B');
  });

  it('follow French typography and keep Hebrew ranges, names and ids whole', () => {
    expect(fr.summarySentence('A', 'B')).to.equal('A\u202f; B.');
    expect(fr.levelSetTo('Réseautage', 'Avancé')).to.equal('Réseautage\u202f: désormais Avancé.');
    expect(fr.unknownFramework('x')).to.equal('aucun référentiel n’a l’identifiant «\u00a0x\u00a0»');
    expect(he.editHint(1, 5)).to.contain('\u20661–5\u2069');
    expect(he.unknownFramework('https://x.example/f')).to.contain('\u2068https://x.example/f\u2069');
    expect(he.personCaption('Amira Haddad', 'Learning Professional')).to.equal(
      '\u2068Amira Haddad\u2069 לעומת \u2068Learning Professional\u2069',
    );
  });

  it('explain a recommendation in English exactly as the model does', () => {
    expect(en.recommendationExplanation(2, 'A (1 → 3), B (0 → 2)', 1, 'C (1 → 2)', 3)).to.equal(
      'closes 2 of 3 gaps: A (1 → 3), B (0 → 2); narrows 1: C (1 → 2)',
    );
    expect(en.recommendationExplanation(0, '', 1, 'C (1 → 2)', 1)).to.equal('narrows 1 of 1 gap: C (1 → 2)');
    expect(de.recommendationExplanation(1, 'A (1 → 3)', 0, '', 2)).to.equal('schließt 1 von 2 Lücken: A (1 → 3)');
    expect(he.gapProgress('A', 1, 3)).to.equal('\u2068A\u2069 (1 ← 3)');
  });
});
