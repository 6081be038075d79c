/**
 * A stand-in for a cmi5 LMS, for tests and the local demo, as strict as ADL's cmi5 reference
 * player (which Moodle's cmi5 plugin runs). It launches an assignable unit — records `launched`
 * in the LRS, writes `LMS.LaunchData`, hands out the launch URL — and forwards the unit's
 * statements to a real LRS. Learning Locker's statement service has no State or Agent Profile
 * API, so those documents live here (`test-support/xapi-state-documents.mjs`, as strict as a
 * conformant LRS), per learner, across sessions.
 *
 * Like the reference player it answers 403 to: an agent (State, Agent Profile) or actor
 * (statements) that differs from the launch actor in any property; a statement that breaks the
 * context template position by position or another cmi5 rule (`cmi5-lms-rules.mjs`); any
 * statement after `terminated`; any request of an abandoned session; a second use of the fetch
 * URL. A new launch of a registration abandons its earlier session that did not terminate
 * (recording `abandoned`), and a registration whose unit is satisfied launches in Review.
 *
 *   const lms = await startCmi5Lms({ lrsEndpoint, lrsAuth });
 *   const launch = await lms.launch({ unitUrl, activityId, launchMode, returnURL, languagePreference });
 *   // open launch.url; later: lms.launch({ unitUrl, activityId, registration: launch.registration })
 *
 * Given a `unit` ({ url, activityId }), it also launches it the way an LMS's course page does:
 * `GET /launch` (optionally `?mode=Review&lang=de&actor=moodle`, or `?registration=…` for a new
 * session of an earlier registration) redirects the browser to the unit; the unit's Exit comes
 * back to `GET /returned`, which lists what the LMS received.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { afterStatement, CMI5, statementProblem, VERBS } from './cmi5-lms-rules.mjs';
import { xapiStateDocuments } from './test-support/xapi-state-documents.mjs';

const LAUNCH_DATA = 'LMS.LaunchData';
const PREFERENCES = 'cmi5LearnerPreferences';

/** A refusal the LMS answers with, as the reference player does. */
class Refusal extends Error {
  constructor(message, status = 403) {
    super(message);
    this.status = status;
  }
}

function cors(request) {
  return {
    'access-control-allow-origin': request.headers.origin ?? '*',
    'access-control-allow-headers':
      request.headers['access-control-request-headers'] ?? 'authorization,content-type,x-experience-api-version',
    'access-control-allow-methods': 'GET,HEAD,PUT,POST,DELETE,OPTIONS',
    'access-control-expose-headers': 'ETag, Last-Modified, X-Experience-API-Version',
    vary: 'Origin',
  };
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const escapeHtml = (text) => String(text).replace(/[<>&"']/g, (character) => `&#${character.codePointAt(0)};`);

/** The page a learner returns to: what the LMS received from the launch. */
function returnedPage(session, statements) {
  const rows = statements
    .map(
      ({ statement }) =>
        `<li>${escapeHtml(statement.verb?.display?.en ?? statement.verb?.id)} ${escapeHtml(statement.object?.id ?? '')}</li>`,
    )
    .join('');
  const registration = session?.registration.id ?? 'unknown';
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Back in the LMS</title>
<h1>Back in the LMS</h1>
<p>The unit ended. It sent ${statements.length} statement(s) for registration ${escapeHtml(registration)}:</p>
<ol>${rows}</ol>
<p><a href="/launch?registration=${escapeHtml(registration)}">Launch it again (a new session of this registration)</a></p>
<p><a href="/launch">Launch it for a new registration</a></p></html>`;
}

const agentOf = (url) => {
  try {
    return JSON.parse(url.searchParams.get('agent') ?? '');
  } catch {
    throw new Refusal('the agent parameter is not JSON', 400);
  }
};

/** Whether the unit is satisfied for the registration under its moveOn rule. */
function satisfied(registration, moveOn) {
  if (moveOn === 'NotApplicable') return true;
  if (moveOn === 'Passed') return registration.passed;
  if (moveOn === 'CompletedOrPassed') return registration.completed || registration.passed;
  if (moveOn === 'CompletedAndPassed') return registration.completed && registration.passed;
  return registration.completed;
}

const durationSince = (start) => `PT${((Date.now() - start) / 1000).toFixed(2)}S`;

/**
 * Starts the stand-in LMS on 127.0.0.1 (a free port unless given).
 * @param {{ lrsEndpoint: string, lrsAuth: string, port?: number, unit?: { url: string, activityId: string } }} options
 */
export async function startCmi5Lms({ lrsEndpoint, lrsAuth, port = 0, unit }) {
  /** Every learner's State documents, kept by activity, agent and registration across sessions. */
  const states = xapiStateDocuments();
  const XAPI_HEADERS = { 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' };
  const registrations = new Map();
  const sessions = new Map();
  const byToken = new Map();
  const received = [];
  const refused = [];

  const lrs = (resource, init) =>
    fetch(new URL(resource, lrsEndpoint), {
      ...init,
      headers: {
        authorization: lrsAuth,
        'content-type': 'application/json',
        'x-experience-api-version': '1.0.3',
        ...init?.headers,
      },
    });

  /** Records one of the LMS's own statements (launched, abandoned) in the LRS. */
  async function recordForLms(session, verb, display, extra = {}) {
    const template = session.launchData.contextTemplate;
    const statement = {
      id: randomUUID(),
      actor: session.registration.actor,
      verb: { id: verb, display: { en: display } },
      object: { objectType: 'Activity', id: session.activityId },
      context: {
        ...template,
        registration: session.registration.id,
        contextActivities: {
          ...template.contextActivities,
          category: [{ objectType: 'Activity', id: CMI5.category }],
        },
        extensions: { ...template.extensions, ...extra.extensions },
      },
      ...(extra.result ? { result: extra.result } : {}),
      timestamp: new Date().toISOString(),
    };
    const answer = await lrs('statements', { method: 'POST', body: JSON.stringify(statement) });
    if (!answer.ok) throw new Error(`the LRS refused the LMS's ${display} statement: ${await answer.text()}`);
  }

  async function abandon(session) {
    session.abandoned = true;
    await recordForLms(session, VERBS.abandoned, 'abandoned', {
      result: { duration: durationSince(session.startedAt) },
    });
  }

  /** Notes a refusal for the reports (with the ids of the statements refused) and returns it to throw. */
  function refuse(session, statements, error) {
    error.noted = true;
    refused.push({
      launch: session?.id,
      status: error.status,
      reason: error.message,
      statements: statements.map((statement) => statement?.id),
    });
    return error;
  }

  /** Checks a POST or PUT of statements as a whole (none is stored when one is refused) and forwards it. */
  async function postStatements(session, url, body, method) {
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new Refusal('the body is not JSON', 400);
    }
    const statements = Array.isArray(parsed) ? parsed : [parsed];
    if (!session.preferencesRead) {
      throw refuse(session, statements, new Refusal('11.0.0.0-3 the learner preferences were not read first'));
    }
    let flags = session.flags;
    for (const statement of statements) {
      const problem = statementProblem(statement, { ...session, ...flags });
      if (problem) throw refuse(session, statements, new Refusal(problem));
      flags = afterStatement(flags, statement);
    }
    const answer = await lrs(`statements${url.search}`, { method, body });
    if (answer.ok) {
      session.flags = flags;
      const { registration } = session;
      registration.completed ||= flags.completed;
      registration.passed ||= flags.passed;
      for (const statement of statements) received.push({ launch: session.id, statement });
    }
    return { status: answer.status, body: await answer.text() };
  }

  /** State API requests: the launch agent only; `LMS.LaunchData` is the LMS's and read-only. */
  function stateRequest(session, url, method, headers, body) {
    if (!isDeepStrictEqual(agentOf(url), session.registration.actor)) {
      throw new Refusal('8.1.3.0-3 the agent differs from the launch actor');
    }
    const registration = url.searchParams.get('registration') ?? undefined;
    if (registration !== undefined && registration !== session.registration.id) {
      throw new Refusal('8.1.4.0-3 not the launch registration');
    }
    const stateId = url.searchParams.get('stateId') ?? undefined;
    const activityId = url.searchParams.get('activityId') ?? '';
    if (method !== 'GET' && (stateId === LAUNCH_DATA || (!stateId && activityId === session.activityId))) {
      throw new Refusal(`10.2.1.0-5 the unit may not change or delete ${LAUNCH_DATA}`);
    }
    return states.handle({ method, query: url.searchParams, headers, body });
  }

  function profileRequest(session, url, method) {
    if (!isDeepStrictEqual(agentOf(url), session.registration.actor)) {
      throw new Refusal('11.0.0.0-1 the agent differs from the launch actor');
    }
    if (url.searchParams.get('profileId') !== PREFERENCES) return { status: 404 };
    if (method !== 'GET') throw new Refusal('the learner preferences are the LMS’s to change');
    session.preferencesRead = true;
    const { preferences } = session.registration;
    return preferences ? { status: 200, body: JSON.stringify(preferences) } : { status: 404 };
  }

  async function xapiRequest(request, url, resource) {
    const method = request.method;
    if (resource === 'about') {
      const answer = await lrs('about', { method: 'GET' });
      return { status: answer.status, body: await answer.text() };
    }
    const token = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const session = token && byToken.get(token);
    if (!session) throw new Refusal('unknown or missing auth token', 401);
    const body = method === 'GET' || method === 'HEAD' ? '' : await readBody(request);
    try {
      if (session.abandoned) throw new Refusal('the session was abandoned');
      if (resource === 'statements' && (method === 'POST' || method === 'PUT')) {
        return await postStatements(session, url, body, method);
      }
      if (resource === 'statements' && method === 'GET') {
        const answer = await lrs(`statements${url.search}`, { method });
        return { status: answer.status, body: await answer.text() };
      }
      if (resource === 'activities/state') return stateRequest(session, url, method, request.headers, body);
      if (resource === 'agents/profile') return profileRequest(session, url, method);
      return { status: 404, body: `the stand-in LMS does not serve ${resource}` };
    } catch (error) {
      if (error instanceof Refusal && !error.noted) refuse(session, [], error);
      throw error;
    }
  }

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const send = (status, body, headers = {}) => {
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      response.writeHead(status, { ...cors(request), 'content-type': 'application/json', ...headers });
      response.end(text);
    };
    try {
      if (request.method === 'OPTIONS') return send(204);

      if (url.pathname === '/launch' && request.method === 'GET' && unit) {
        const mode = url.searchParams.get('mode');
        const returned = sessions.size;
        const launch = await lms.launch({
          unitUrl: unit.url,
          activityId: unit.activityId,
          launchMode: mode === 'Normal' || mode === 'Browse' || mode === 'Review' ? mode : undefined,
          languagePreference: url.searchParams.get('lang') ?? undefined,
          registration: url.searchParams.get('registration') ?? undefined,
          actorForm: url.searchParams.get('actor') === 'moodle' ? 'moodle' : undefined,
          returnURL: `${origin}/returned?launch=${returned}`,
        });
        response.writeHead(302, { location: launch.url });
        return response.end();
      }
      if (url.pathname === '/returned' && request.method === 'GET') {
        const session = [...sessions.values()][Number(url.searchParams.get('launch'))];
        const statements = received.filter((entry) => entry.launch === session?.id);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return response.end(returnedPage(session, statements));
      }

      const fetchMatch = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
      if (fetchMatch && request.method === 'POST') {
        const session = sessions.get(fetchMatch[1]);
        if (!session) return send(200, { 'error-code': '3', 'error-text': 'unknown launch' });
        session.fetchCount += 1;
        if (session.fetchCount > 1 || session.abandoned) {
          const reason = session.abandoned ? 'the session was abandoned' : 'the fetch URL was already used';
          refused.push({ launch: session.id, status: 403, reason });
          return send(403, { 'error-code': '1', 'error-text': reason });
        }
        return send(200, { 'auth-token': session.token });
      }
      if (fetchMatch) return send(405, { error: 'POST only' });

      if (!url.pathname.startsWith('/xapi/')) return send(404, { error: 'not found' });
      const answer = await xapiRequest(request, url, url.pathname.slice('/xapi/'.length));
      return send(answer.status, answer.body, { 'x-experience-api-version': '1.0.3', ...answer.headers });
    } catch (error) {
      if (error instanceof Refusal) return send(error.status, { error: error.message });
      send(500, { error: error.message });
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  function registrationFor(options) {
    const known = options.registration && registrations.get(options.registration);
    if (known) return known;
    const name = options.learner ?? `learner-${randomUUID().slice(0, 8)}`;
    const account = { homePage: origin, name };
    // Moodle's form: no objectType. The LMS then compares exactly that.
    const actor = options.actorForm === 'moodle' ? { account } : { objectType: 'Agent', account };
    const registration = {
      id: options.registration ?? randomUUID(),
      actor,
      completed: false,
      passed: false,
      preferences: undefined,
    };
    registrations.set(registration.id, registration);
    return registration;
  }

  /** `LMS.LaunchData` as the LMS itself writes it for each session, replacing the last session's. */
  function writeLaunchData(activityId, registration, launchData) {
    const query = new URLSearchParams({
      activityId,
      agent: JSON.stringify(registration.actor),
      registration: registration.id,
      stateId: LAUNCH_DATA,
    });
    states.handle({ method: 'DELETE', query, headers: XAPI_HEADERS });
    const written = states.handle({
      method: 'PUT',
      query,
      headers: { ...XAPI_HEADERS, 'if-none-match': '*' },
      body: JSON.stringify(launchData),
    });
    if (written.status !== 204) throw new Error(`the LMS could not write ${LAUNCH_DATA}: ${written.body}`);
  }

  const lms = {
    origin,
    endpoint: `${origin}/xapi/`,
    /**
     * Launches a unit: a new session (of a new registration, or of `registration` when given),
     * `launched` recorded in the LRS, then its launch URL. An earlier session of the registration
     * that did not terminate is abandoned. Without `launchMode`, a satisfied unit launches in Review.
     * @param {{ unitUrl: string, activityId: string, courseId?: string, launchMode?: 'Normal'|'Browse'|'Review',
     *           returnURL?: string, moveOn?: string, masteryScore?: number, languagePreference?: string,
     *           registration?: string, learner?: string, actorForm?: 'moodle' }} options
     */
    async launch(options) {
      const registration = registrationFor(options);
      if (options.languagePreference) {
        registration.preferences = { languagePreference: options.languagePreference, audioPreference: 'on' };
      }
      for (const earlier of sessions.values()) {
        if (earlier.registration === registration && !earlier.flags.terminated && !earlier.abandoned) {
          await abandon(earlier);
        }
      }
      const id = randomUUID();
      const moveOn = options.moveOn ?? 'Completed';
      const launchMode = options.launchMode ?? (satisfied(registration, moveOn) ? 'Review' : 'Normal');
      const sessionId = randomUUID();
      const launchData = {
        contextTemplate: {
          contextActivities: {
            grouping: [{ objectType: 'Activity', id: options.courseId ?? `${origin}/course` }],
          },
          extensions: { [CMI5.sessionId]: sessionId },
        },
        launchMode,
        moveOn,
        ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
        ...(options.returnURL ? { returnURL: options.returnURL } : {}),
      };
      const session = {
        id,
        registration,
        activityId: options.activityId,
        sessionId,
        launchMode,
        masteryScore: options.masteryScore,
        launchData,
        token: Buffer.from(`lms-${id}:${randomUUID()}`).toString('base64'),
        fetchCount: 0,
        preferencesRead: false,
        abandoned: false,
        startedAt: Date.now(),
        flags: { initialized: false, terminated: false, completed: false, passed: false, failed: false },
      };
      writeLaunchData(options.activityId, registration, launchData);
      sessions.set(id, session);
      byToken.set(session.token, session);
      // cmi5 §9.3.1: the LMS records launched before it launches the unit.
      await recordForLms(session, VERBS.launched, 'launched', {
        extensions: {
          [CMI5.launchMode]: launchMode,
          [CMI5.launchUrl]: options.unitUrl,
          [CMI5.moveOnExtension]: moveOn,
          ...(options.masteryScore === undefined ? {} : { [CMI5.masteryScore]: options.masteryScore }),
        },
      });
      const query = new URLSearchParams({
        endpoint: `${origin}/xapi/`,
        fetch: `${origin}/fetch/${id}`,
        actor: JSON.stringify(registration.actor),
        registration: registration.id,
        activityId: options.activityId,
      });
      const separator = options.unitUrl.includes('?') ? '&' : '?';
      return {
        id,
        registration: registration.id,
        actor: registration.actor,
        activityId: options.activityId,
        sessionId,
        launchMode,
        url: `${options.unitUrl}${separator}${query}`,
      };
    },
    /** What the LMS saw of a launch: token fetches, the statements it accepted and what it refused, in order. */
    report(id) {
      const session = sessions.get(id);
      return {
        fetchCount: session?.fetchCount ?? 0,
        abandoned: session?.abandoned ?? false,
        statements: received.filter((entry) => entry.launch === id).map((entry) => entry.statement),
        refused: refused
          .filter((entry) => entry.launch === id)
          .map(({ status, reason, statements }) => ({ status, reason, statements })),
      };
    },
    /** Every refusal since the LMS started, for "refused nothing" checks. */
    refusals: () => refused.map((entry) => ({ ...entry })),
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return lms;
}
