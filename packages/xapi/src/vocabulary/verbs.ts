import type { Verb } from '../types.js';
import { LP_XAPI_BASE } from './profile-iri.js';

const verb = (id: string, en: string): Verb => ({ id, display: { en } });

/** The verbs LP Elements' statements use: well-known IRIs first, our own only for self-assessment. */
export const VERBS = {
  /** TinCan registry, as Moodle uses it: the learner looked at a course. */
  viewed: verb('http://id.tincanapi.com/verb/viewed', 'viewed'),
  /** TinCan registry: the learner chose a course or a career step. */
  selected: verb('http://id.tincanapi.com/verb/selected', 'selected'),
  /** acrossx, as Open edX uses it: the learner searched the course catalogue. */
  searched: verb('https://w3id.org/xapi/acrossx/verbs/searched', 'searched'),
  /** LP Elements: the learner rated their own level in a skill. */
  selfAssessed: verb(`${LP_XAPI_BASE}/verbs/self-assessed`, 'self-assessed'),
  /** ADL: the learner moved forward on a career track. */
  progressed: verb('http://adlnet.gov/expapi/verbs/progressed', 'progressed'),
  /** ADL: the learner finished a career step. */
  completed: verb('http://adlnet.gov/expapi/verbs/completed', 'completed'),
  /** ADL: the learner worked with the skill-gap matrix. */
  interacted: verb('http://adlnet.gov/expapi/verbs/interacted', 'interacted'),
} as const;
