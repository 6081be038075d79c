import type { CareerTrackTerms } from '../../career-track/career-track.terms.js';
import type { BaseTerms } from './base-terms.js';
import type { CourseCardTerms } from '../../course-card/course-card.terms.js';
import type { CourseCatalogueTerms } from '../../course-catalogue/course-catalogue.terms.js';
import type { TrainingModuleTerms } from '../../training-module/training-module.terms.js';
import type { SkillGapMatrixTerms } from '../../skill-gap-matrix/skill-gap-matrix.terms.js';
import type { DataTerms } from './data-terms.js';

/** What a translation says about itself. */
export interface LocaleMeta {
  /** BCP 47 code of this translation. */
  readonly $code: string;
  /** The language's own name for itself. */
  readonly $name: string;
  /** Writing direction of the language. */
  readonly $dir: 'ltr' | 'rtl';
}

/**
 * Every string the elements show, for one language: the shared terms plus each element's own
 * (`<element>/<element>.terms.ts`), kept per locale in `translations/<lang>/<element>.ts`.
 * Plain strings, or functions for text that takes values (plural forms go through
 * `Intl.PluralRules` inside them). Adding a key makes TypeScript ask for it in every locale.
 */
export type Translation = LocaleMeta &
  BaseTerms &
  DataTerms &
  CareerTrackTerms &
  CourseCardTerms &
  CourseCatalogueTerms &
  SkillGapMatrixTerms &
  TrainingModuleTerms;
