import { expect } from '@open-wc/testing';
import type { Translation } from '../base/localize/translation.js';
import cs from '../translations/cs/index.js';
import da from '../translations/da/index.js';
import de from '../translations/de/index.js';
import en from '../translations/en/index.js';
import et from '../translations/et/index.js';
import fr from '../translations/fr/index.js';
import he from '../translations/he/index.js';
import nl from '../translations/nl/index.js';
import type { CareerTrackTerms } from './career-track.terms.js';

const others: readonly Translation[] = [de, fr, da, nl, et, cs, he];

/** Each term called with sample values, as one string per term. */
function written(translation: CareerTrackTerms): Record<string, string> {
  return {
    summary: translation.trackProgressSummary('Amira Haddad', 2, 7),
    stepOf: translation.trackStepOf(3, 7),
    statuses: Object.values(translation.trackStatus).join('|'),
    met: translation.trackRequirementsMet(4, 6),
    none: translation.trackNoRequirements,
    credential: translation.trackCredential('LP certificate', translation.trackCredentialKind.certificate),
    kinds: Object.values(translation.trackCredentialKind).join('|'),
    duration: translation.trackDuration('2 years'),
    effort: translation.trackEffort(240, 8, true),
    unclosed: translation.trackEffortUnclosed(2),
    paths: translation.trackPaths(4),
    pathOf: translation.trackPathOf(2, 4),
    joins: translation.trackJoins('A, B or C'),
    continues: translation.trackContinuesAt('Lead'),
    straight: translation.trackStraightTo('Lead'),
    ends: translation.trackPathEnds,
    headings: [translation.trackRequirements, translation.trackCourses, translation.trackCredentialHeading].join('|'),
    levels: translation.trackLevels('Proficient (3)', 'Developing (2)'),
    notAssessed: translation.trackNotAssessed,
    gap: `${translation.trackRequirementGap(0)}|${translation.trackRequirementGap(2)}`,
    noCourses: translation.trackNoCourses,
    eqf: translation.trackEqf(7),
    assessment: translation.trackAssessment,
    achieved: translation.trackStepAchieved('Lead'),
    trackNone: translation.trackNone,
    unknown: translation.trackUnknown('https://lp.example/tracks/x'),
    unknownPerson: translation.trackUnknownPerson('person-x'),
  };
}

describe('career track terms', () => {
  it('are translated in every shipped language', () => {
    const english = written(en);
    for (const translation of others) {
      const own = written(translation);
      for (const [term, value] of Object.entries(own)) {
        expect(value, `${translation.$code} ${term}`).to.be.a('string').and.not.be.empty;
        expect(value, `${translation.$code} ${term}`).not.to.match(/undefined|NaN|\[object/);
        expect(value, `${translation.$code} ${term}`).not.to.equal(english[term]);
      }
    }
  });

  it('name the attribute and keep the id whole in every language', () => {
    for (const translation of [en, ...others]) {
      const id = translation.$dir === 'rtl' ? '\u2068person-x\u2069' : 'person-x';
      expect(translation.trackUnknownPerson('person-x'), translation.$code).to.include(id).and.include('current');
      expect(translation.trackUnknown('t'), translation.$code).to.include('track');
    }
  });

  it('count in each language’s plural forms and write numbers its way', () => {
    expect([1, 3, 5, 1.5].map((hours) => cs.trackEffort(hours, 1, false))).to.deep.equal([
      'Náročnost: 1 hodina studia, 1 ECTS',
      'Náročnost: 3 hodiny studia, 1 ECTS',
      'Náročnost: 5 hodin studia, 1 ECTS',
      'Náročnost: 1,5 hodiny studia, 1 ECTS',
    ]);
    expect([2, 5].map((count) => cs.trackPaths(count))).to.deep.equal(['Na výběr jsou 2 cesty', 'Na výběr je 5 cest']);
    expect([1, 2, 5].map((levels) => he.trackRequirementGap(levels))).to.deep.equal([
      'רמה אחת מתחת',
      'שתי רמות מתחת',
      '5 רמות מתחת',
    ]);
    expect([1, 2].map((hours) => en.trackEffort(hours, 9.5, false))).to.deep.equal([
      'Effort: 1 hour of study, 9.5 ECTS',
      'Effort: 2 hours of study, 9.5 ECTS',
    ]);
    expect(de.trackEffort(240, 9.5, true)).to.equal('Aufwand: mindestens 240 Stunden Lernzeit, 9,5 ECTS');
    expect(fr.trackRequirementsMet(1, 8)).to.equal('1 exigence remplie sur 8');
    expect(fr.trackCredential('Certificat LP', 'certificat')).to.equal(
      'Certification\u202f: Certificat LP (certificat)',
    );
    expect(he.trackCredential('LP certificate', 'תעודה')).to.equal('הסמכה: \u2068LP certificate\u2069 (תעודה)');
  });
});
