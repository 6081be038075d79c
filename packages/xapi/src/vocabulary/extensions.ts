import { LP_XAPI_BASE } from './profile-iri.js';

/** Extension keys LP Elements' statements use. */
export const EXTENSIONS = {
  /** cmi5 result extension: progress on a career track as a whole percentage, 0–100. */
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
  /** LP Elements result extension: how many courses a catalogue search found. */
  resultCount: `${LP_XAPI_BASE}/extensions/result-count`,
  /** LP Elements context extension: the filters a catalogue search used, name → chosen values. */
  searchFilters: `${LP_XAPI_BASE}/extensions/search-filters`,
  /** LP Elements context extension: the level a role or programme requires in the assessed skill. */
  requiredLevel: `${LP_XAPI_BASE}/extensions/required-level`,
  /** LP Elements context extension: what the learner did in the skill-gap matrix. */
  matrixAction: `${LP_XAPI_BASE}/extensions/matrix-action`,
  /** LP Elements activity extension: the ESCO skill URI a skill corresponds to. */
  escoSkill: `${LP_XAPI_BASE}/extensions/esco-skill`,
} as const;

/** What a learner can do in the skill-gap matrix, as the `matrix-action` extension says it. */
export const MATRIX_ACTIONS = ['select-profile', 'sort', 'filter', 'show-recommendations'] as const;
export type MatrixAction = (typeof MATRIX_ACTIONS)[number];
