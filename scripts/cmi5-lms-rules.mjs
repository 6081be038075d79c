/**
 * The checks the stand-in cmi5 LMS makes of every statement an assignable unit posts, as strict
 * as ADL's cmi5 reference player (which Moodle's cmi5 plugin runs): the launch actor compared
 * property by property, the context template position by position, the registration and
 * session id, `initialized` first and nothing after `terminated`, and for cmi5 defined
 * statements the object, launch mode, result (§9.5), mastery score and once-only rules (§9.3).
 * Each check names the cmi5 requirement it enforces.
 */
import { isDeepStrictEqual } from 'node:util';

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  launchMode: 'https://w3id.org/xapi/cmi5/context/extensions/launchmode',
  launchUrl: 'https://w3id.org/xapi/cmi5/context/extensions/launchurl',
  moveOnExtension: 'https://w3id.org/xapi/cmi5/context/extensions/moveon',
};

export const VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const UTC = /(Z|\+00:?(00)?)$/;

/** Why the context breaks the template (§10.2.1: used as a template, its values never overwritten), if it does. */
function templateProblem(context, template) {
  for (const [property, expected] of Object.entries(template)) {
    if (property === 'contextActivities') {
      for (const [key, activities] of Object.entries(expected)) {
        const given = context.contextActivities?.[key];
        for (const [index, activity] of [activities].flat().entries()) {
          if (!Array.isArray(given) || given[index]?.id !== activity.id) {
            return `10.2.1.0-6 context does not follow the template: contextActivities.${key}[${index}] is not ${activity.id}`;
          }
        }
      }
    } else if (expected && typeof expected === 'object') {
      for (const [key, value] of Object.entries(expected)) {
        if (!isDeepStrictEqual(context[property]?.[key], value)) {
          return `10.2.1.0-6 context does not follow the template: ${property}.${key} differs`;
        }
      }
    } else if (!isDeepStrictEqual(context[property], expected)) {
      return `10.2.1.0-6 context does not follow the template: ${property} differs`;
    }
  }
  return undefined;
}

/** Why a cmi5 defined statement's result breaks §9.5, if it does. */
function resultProblem(statement, verb, session) {
  const result = statement.result ?? {};
  const judges = verb === VERBS.passed || verb === VERBS.failed;
  const moves = judges || verb === VERBS.completed;
  if (result.completion !== undefined && verb !== VERBS.completed) return '9.5.3.0-2 completion on another verb';
  if (verb === VERBS.completed && result.completion !== true) return '9.5.3.0-1 completed needs completion true';
  if (result.success !== undefined && !judges) return '9.5.2.0-3 success on another verb';
  if (verb === VERBS.passed && result.success !== true) return '9.5.2.0-1 passed needs success true';
  if (verb === VERBS.failed && result.success !== false) return '9.5.2.0-2 failed needs success false';
  if (result.score && !judges) return '9.5.1.0-2 a score on another verb than passed or failed';
  if (result.score?.raw !== undefined && (result.score.min === undefined || result.score.max === undefined)) {
    return '9.5.1.0-3 a raw score without min and max';
  }
  if (result.score && session.masteryScore !== undefined) {
    if (statement.context.extensions?.[CMI5.masteryScore] !== session.masteryScore) {
      return '9.6.3.2-2 passed or failed without the LMS’s mastery score';
    }
    const scaled = result.score.scaled;
    if (verb === VERBS.passed && scaled < session.masteryScore) return '9.3.4.0-2 passed below the mastery score';
    if (verb === VERBS.failed && scaled >= session.masteryScore) return '9.3.6.0-1 failed at the mastery score';
  }
  if ((moves || verb === VERBS.terminated) && result.duration === undefined) return `9.5.4.1 ${verb} without duration`;
  return undefined;
}

/** Why cmi5's verb rules (§9.3) refuse a cmi5 defined statement in this session, if they do. */
function verbProblem(verb, session) {
  const { registration } = session;
  const moves = verb === VERBS.completed || verb === VERBS.passed || verb === VERBS.failed;
  if (moves && session.launchMode !== 'Normal') return `10.2.2.0 ${session.launchMode} mode records no ${verb}`;
  if (verb === VERBS.initialized) return session.initialized ? '9.3.0.0-2 initialized twice' : undefined;
  if (verb === VERBS.terminated) return undefined;
  if (verb === VERBS.completed) {
    if (session.completed || registration.completed) return '9.3.0.0-6 completed twice in the registration';
    return undefined;
  }
  if (verb === VERBS.passed || verb === VERBS.failed) {
    if (session.passed || session.failed) return '9.3.0.0-3 passed or failed twice in the session';
    if (registration.passed) return `9.3 ${verb} after passed in the registration`;
    return undefined;
  }
  return `9.3.0.0-1 ${verb} is no cmi5 defined verb`;
}

/**
 * Why the LMS refuses a statement of this session, or undefined; `session` carries the flags
 * (initialized, terminated, completed, passed, failed) as they stand before this statement.
 */
export function statementProblem(statement, session) {
  const { registration } = session;
  if (!statement || typeof statement !== 'object' || !statement.verb?.id) return '4.1 not an xAPI statement';
  if (!UUID.test(statement.id ?? '')) return '9.1.0.0-1 no statement id';
  if (!UTC.test(statement.timestamp ?? '')) return '9.7.0.0 no timestamp in UTC';
  if (!isDeepStrictEqual(statement.actor, registration.actor)) {
    return `8.1.3.0-3 the actor differs from the launch actor: ${JSON.stringify(statement.actor)}`;
  }
  const context = statement.context;
  if (!context?.contextActivities) return '9.6.0.0-1 no context activities';
  const template = templateProblem(context, session.launchData.contextTemplate);
  if (template) return template;
  if (context.registration !== registration.id) return '9.6.1.0-1 not the launch registration';
  if (context.extensions?.[CMI5.sessionId] !== session.sessionId) return '9.6.3.1-4 not the session id';
  if (session.terminated) return '9.3.0.0-5 a statement after terminated';
  const verb = statement.verb.id;
  if (!session.initialized && verb !== VERBS.initialized) return '9.3.0.0-4 initialized must come first';
  const categories = [context.contextActivities.category ?? []].flat().map((activity) => activity.id);
  const defined = categories.includes(CMI5.category);
  if (categories.includes(CMI5.moveOn) && !(defined && [VERBS.completed, VERBS.passed, VERBS.failed].includes(verb))) {
    return '9.6.2.2-2 the move-on category on a statement that does not move on';
  }
  if (!defined) return undefined;
  if (statement.actor.objectType !== undefined && statement.actor.objectType !== 'Agent')
    return '9.2.0.0-2 not an Agent';
  if (statement.object?.id !== session.activityId) return '8.1.5.0-6 a cmi5 defined statement about another object';
  return resultProblem(statement, verb, session) ?? verbProblem(verb, session);
}

/** The session's flags after a statement the LMS accepted. */
export function afterStatement(flags, statement) {
  const categories = [statement.context?.contextActivities?.category ?? []].flat().map((activity) => activity.id);
  if (!categories.includes(CMI5.category)) return flags;
  const verb = statement.verb.id;
  return {
    ...flags,
    initialized: flags.initialized || verb === VERBS.initialized,
    terminated: flags.terminated || verb === VERBS.terminated,
    completed: flags.completed || verb === VERBS.completed,
    passed: flags.passed || verb === VERBS.passed,
    failed: flags.failed || verb === VERBS.failed,
  };
}
