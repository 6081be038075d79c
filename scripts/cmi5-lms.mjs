/**
 * A small stand-in for a cmi5 LMS, for tests and the local demo: it launches an assignable unit
 * (fetch URL, `LMS.LaunchData`, learner preferences) and forwards statements to a real LRS.
 * Learning Locker's statement service has no State or Agent Profile API, so those two documents
 * live here; everything under `/xapi/statements` and `/xapi/about` goes to the LRS.
 *
 *   const lms = await startCmi5Lms({ lrsEndpoint, lrsAuth });
 *   const launch = lms.launch({ unitUrl, activityId, launchMode: 'Normal', returnURL, languagePreference });
 *   // open launch.url
 *
 * Given a `unit` ({ url, activityId }), it also launches it the way an LMS's course page does:
 * `GET /launch` (optionally `?mode=Review&lang=de`) registers a new launch and redirects the
 * browser to the unit; the unit's Exit comes back to `GET /returned`, which lists what the LMS
 * received.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { xapiStateDocuments } from './test-support/xapi-state-documents.mjs';

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

function cors(request) {
  return {
    'access-control-allow-origin': request.headers.origin ?? '*',
    'access-control-allow-headers':
      request.headers['access-control-request-headers'] ?? 'authorization,content-type,x-experience-api-version',
    'access-control-allow-methods': 'GET,HEAD,PUT,POST,DELETE,OPTIONS',
    'access-control-expose-headers': 'ETag, X-Experience-API-Version',
    vary: 'Origin',
  };
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

const escapeHtml = (text) => String(text).replace(/[<>&"']/g, (character) => `&#${character.codePointAt(0)};`);

/** The page a learner returns to: what the LMS received from the launch. */
function returnedPage(launch, statements) {
  const rows = statements
    .map(
      ({ statement }) =>
        `<li>${escapeHtml(statement.verb?.display?.en ?? statement.verb?.id)} ${escapeHtml(statement.object?.id ?? '')}</li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Back in the LMS</title>
<h1>Back in the LMS</h1>
<p>The unit ended. It sent ${statements.length} statement(s) for registration ${escapeHtml(launch?.registration ?? 'unknown')}:</p>
<ol>${rows}</ol>
<p><a href="/launch">Launch the unit again</a></p></html>`;
}

/**
 * Starts the stand-in LMS on 127.0.0.1 (a free port unless given).
 * @param {{ lrsEndpoint: string, lrsAuth: string, port?: number, unit?: { url: string, activityId: string } }} options
 */
export async function startCmi5Lms({ lrsEndpoint, lrsAuth, port = 0, unit }) {
  const launches = new Map();
  const byToken = new Map();
  const received = [];
  // One store for every launch: a registration's State documents outlive its sessions.
  const stateDocuments = xapiStateDocuments();

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
        const launch = lms.launch({
          unitUrl: unit.url,
          activityId: unit.activityId,
          launchMode: mode === 'Browse' || mode === 'Review' ? mode : 'Normal',
          languagePreference: url.searchParams.get('lang') ?? undefined,
          returnURL: `${origin}/returned?launch=${launches.size}`,
        });
        response.writeHead(302, { location: launch.url });
        return response.end();
      }
      if (url.pathname === '/returned' && request.method === 'GET') {
        const launch = [...launches.values()][Number(url.searchParams.get('launch'))];
        const statements = received.filter((entry) => entry.launch === launch?.id);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return response.end(returnedPage(launch, statements));
      }

      const fetchMatch = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
      if (fetchMatch && request.method === 'POST') {
        const launch = launches.get(fetchMatch[1]);
        if (!launch) return send(200, { 'error-code': '3', 'error-text': 'unknown launch' });
        if (launch.tokenTaken) return send(200, { 'error-code': '1', 'error-text': 'the fetch URL was already used' });
        launch.tokenTaken = true;
        launch.fetchCount += 1;
        return send(200, { 'auth-token': launch.token });
      }
      if (fetchMatch) return send(405, { error: 'POST only' });

      if (!url.pathname.startsWith('/xapi/')) return send(404, { error: 'not found' });
      const token = /^Basic (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const launch = token && byToken.get(token);
      if (!launch) return send(401, { error: 'unknown or missing auth token' });
      const resource = url.pathname.slice('/xapi/'.length);

      if (resource === 'activities/state') {
        const stateId = url.searchParams.get('stateId');
        if (request.method === 'GET' && stateId === 'LMS.LaunchData') return send(200, launch.launchData);
        if (stateId === 'LMS.LaunchData') return send(403, { error: 'LMS.LaunchData is the LMS’s to write' });
        const answer = stateDocuments.handle({
          method: request.method,
          query: url.searchParams,
          headers: request.headers,
          body: await readBody(request),
        });
        return send(answer.status, answer.body, answer.headers);
      }
      if (resource === 'agents/profile') {
        const profileId = url.searchParams.get('profileId');
        if (profileId === 'cmi5LearnerPreferences' && launch.preferences) return send(200, launch.preferences);
        return send(404);
      }
      if (resource === 'statements' || resource === 'about') {
        const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request);
        if (body && request.method === 'POST') {
          const parsed = JSON.parse(body.toString('utf8'));
          for (const statement of Array.isArray(parsed) ? parsed : [parsed])
            received.push({ launch: launch.id, statement });
        }
        const target = new URL(`${resource}${url.search}`, lrsEndpoint);
        const answer = await fetch(target, {
          method: request.method,
          headers: {
            authorization: lrsAuth,
            'content-type': request.headers['content-type'] ?? 'application/json',
            'x-experience-api-version': request.headers['x-experience-api-version'] ?? '1.0.3',
          },
          body,
        });
        const text = await answer.text();
        return send(answer.status, text, { 'x-experience-api-version': '1.0.3' });
      }
      return send(404, { error: `the stand-in LMS does not serve ${resource}` });
    } catch (error) {
      send(500, { error: error.message });
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const lms = {
    origin,
    endpoint: `${origin}/xapi/`,
    /**
     * Registers a launch of a unit and returns its launch URL.
     * @param {{ unitUrl: string, activityId: string, courseId?: string, launchMode?: 'Normal'|'Browse'|'Review',
     *           returnURL?: string, moveOn?: string, masteryScore?: number, languagePreference?: string,
     *           registration?: string, learner?: string }} options
     */
    launch(options) {
      const id = randomUUID();
      const registration = options.registration ?? randomUUID();
      const actor = {
        objectType: 'Agent',
        account: { homePage: origin, name: options.learner ?? `learner-${id.slice(0, 8)}` },
      };
      const launch = {
        id,
        registration,
        actor,
        token: Buffer.from(`lms-${id}:${randomUUID()}`).toString('base64'),
        tokenTaken: false,
        fetchCount: 0,
        preferences: options.languagePreference
          ? { languagePreference: options.languagePreference, audioPreference: 'on' }
          : undefined,
        launchData: {
          contextTemplate: {
            contextActivities: {
              grouping: [{ objectType: 'Activity', id: options.courseId ?? 'https://lp-elements.example/cmi5/course' }],
            },
            extensions: { [SESSION_ID]: randomUUID() },
          },
          launchMode: options.launchMode ?? 'Normal',
          moveOn: options.moveOn ?? 'Completed',
          ...(options.masteryScore === undefined ? {} : { masteryScore: options.masteryScore }),
          ...(options.returnURL ? { returnURL: options.returnURL } : {}),
        },
      };
      launches.set(id, launch);
      byToken.set(launch.token, launch);
      const query = new URLSearchParams({
        endpoint: `${origin}/xapi/`,
        fetch: `${origin}/fetch/${id}`,
        actor: JSON.stringify(actor),
        registration,
        activityId: options.activityId,
      });
      const separator = options.unitUrl.includes('?') ? '&' : '?';
      return { id, registration, actor, activityId: options.activityId, url: `${options.unitUrl}${separator}${query}` };
    },
    /** What the LMS saw of a launch: token fetches and the statements it forwarded, in order. */
    report(id) {
      const launch = launches.get(id);
      return {
        fetchCount: launch?.fetchCount ?? 0,
        statements: received.filter((entry) => entry.launch === id).map((entry) => entry.statement),
      };
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return lms;
}
