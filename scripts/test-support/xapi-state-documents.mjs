/**
 * The xAPI 1.0.3 State resource (`activities/state`) for the test LMS and the record tests, as
 * strict as a conformant LRS: documents keyed by activityId + agent + registration + stateId,
 * `ETag` = SHA-1 of the content (quoted, lowercase hex), `If-Match` / `If-None-Match: *` on PUT,
 * POST and DELETE (412 when they fail), 409 for a PUT over an existing document without either,
 * JSON merge on POST, GET without `stateId` listing the ids (with `since`), DELETE of one or all.
 *
 *   const states = xapiStateDocuments();
 *   const answer = states.handle({ method, query: url.searchParams, headers: request.headers, body });
 *   // → { status, headers, body }
 *
 * Agents are compared by their identifier (mbox, mbox_sha1sum, openid or account), as xAPI
 * identifies them; a caller that must insist on the exact launch actor (cmi5) checks that first.
 */
import { createHash } from 'node:crypto';

const XAPI_VERSION = '1.0.3';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const KNOWN_PARAMETERS = new Set(['activityId', 'agent', 'registration', 'stateId', 'since']);

class Refusal extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The identifier of an agent, as a key: exactly one of the four inverse functional identifiers. */
function agentKey(text) {
  let agent;
  try {
    agent = JSON.parse(text ?? '');
  } catch {
    throw new Refusal(400, 'agent is not JSON');
  }
  if (typeof agent !== 'object' || agent === null || Array.isArray(agent))
    throw new Refusal(400, 'agent is not an object');
  if (agent.objectType !== undefined && agent.objectType !== 'Agent') throw new Refusal(400, 'agent must be an Agent');
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => agent[key] !== undefined);
  if (ifis.length !== 1) throw new Refusal(400, 'agent needs exactly one of mbox, mbox_sha1sum, openid, account');
  const [ifi] = ifis;
  const value = agent[ifi];
  if (ifi === 'account') {
    if (typeof value?.homePage !== 'string' || typeof value?.name !== 'string')
      throw new Refusal(400, 'agent.account needs homePage and name');
    return JSON.stringify([ifi, value.homePage, value.name]);
  }
  if (typeof value !== 'string') throw new Refusal(400, `agent.${ifi} is not a string`);
  return JSON.stringify([ifi, value]);
}

const etagOf = (content) => `"${createHash('sha1').update(content).digest('hex')}"`;

/** The entity tags an If-Match / If-None-Match header lists, or `*`. */
function tagsOf(header) {
  if (header === undefined) return undefined;
  const text = String(header).trim();
  if (text === '*') return '*';
  return text.split(',').map((tag) => tag.trim());
}

/**
 * A store of State documents.
 * @param {{ now?: () => Date }} [options]
 */
export function xapiStateDocuments({ now = () => new Date() } = {}) {
  /** scope (activityId + agent + registration) → stateId → { content, contentType, etag, updated } */
  const scopes = new Map();

  const scopeOf = (query) => {
    for (const name of query.keys())
      if (!KNOWN_PARAMETERS.has(name)) throw new Refusal(400, `unknown parameter ${name}`);
    const activityId = query.get('activityId');
    if (!activityId || !IRI.test(activityId)) throw new Refusal(400, 'activityId must be an IRI');
    const agent = agentKey(query.get('agent'));
    const registration = query.get('registration');
    if (registration !== null && !UUID.test(registration)) throw new Refusal(400, 'registration must be a UUID');
    return JSON.stringify([activityId, agent, registration ?? '']);
  };

  /** Checks If-Match / If-None-Match against the document there is (or none). */
  const precondition = (headers, existing, { required }) => {
    const ifMatch = tagsOf(headers['if-match']);
    const ifNoneMatch = tagsOf(headers['if-none-match']);
    if (ifMatch !== undefined) {
      if (!existing || (ifMatch !== '*' && !ifMatch.includes(existing.etag)))
        throw new Refusal(412, 'If-Match does not match the document');
    }
    if (ifNoneMatch !== undefined) {
      if (existing && (ifNoneMatch === '*' || ifNoneMatch.includes(existing.etag)))
        throw new Refusal(412, 'If-None-Match: the document exists');
    }
    if (required && existing && ifMatch === undefined && ifNoneMatch === undefined) {
      throw new Refusal(
        409,
        'the document exists: GET it, then PUT with If-Match set to its ETag (or If-None-Match: * to create)',
      );
    }
  };

  const answer = (status, body, headers = {}) => ({
    status,
    headers: { 'x-experience-api-version': XAPI_VERSION, ...headers },
    body: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body),
  });

  /**
   * Answers one request to `activities/state`.
   * @param {{ method: string, query: URLSearchParams, headers: Record<string, string | string[] | undefined>,
   *           body?: Buffer | string }} request  headers with lowercase names, as Node gives them
   */
  function handle({ method, query, headers, body }) {
    try {
      if (!headers['x-experience-api-version']) throw new Refusal(400, 'X-Experience-API-Version is missing');
      const scopeKey = scopeOf(query);
      const stateId = query.get('stateId');
      const scope = scopes.get(scopeKey) ?? new Map();
      const existing = stateId === null ? undefined : scope.get(stateId);

      if (method === 'GET' || method === 'HEAD') {
        if (stateId === null) {
          const sinceText = query.get('since');
          const since = sinceText === null ? undefined : Date.parse(sinceText);
          if (Number.isNaN(since)) throw new Refusal(400, 'since must be a timestamp');
          const ids = [...scope.entries()]
            .filter(([, document]) => since === undefined || document.updated > since)
            .map(([id]) => id);
          const text = JSON.stringify(ids);
          return answer(200, method === 'HEAD' ? '' : text, { 'content-type': 'application/json', etag: etagOf(text) });
        }
        if (query.has('since')) throw new Refusal(400, 'since is only for listing ids');
        if (!existing) return answer(404, { error: 'no such state document' });
        return answer(200, method === 'HEAD' ? '' : existing.content, {
          'content-type': existing.contentType,
          etag: existing.etag,
          'last-modified': new Date(existing.updated).toUTCString(),
        });
      }

      if (method === 'PUT' || method === 'POST') {
        if (stateId === null) throw new Refusal(400, 'stateId is required');
        if (query.has('since')) throw new Refusal(400, 'since is only for listing ids');
        const content = Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? '');
        const contentType = String(headers['content-type'] ?? 'application/octet-stream');
        precondition(headers, existing, { required: method === 'PUT' });
        let stored = content;
        if (method === 'POST' && existing) {
          // POST merges JSON objects at the top level; anything else cannot be merged.
          let before;
          let after;
          try {
            before = JSON.parse(existing.content);
            after = JSON.parse(content);
          } catch {
            throw new Refusal(400, 'POST merges JSON documents only');
          }
          const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
          if (!isObject(before) || !isObject(after)) throw new Refusal(400, 'POST merges JSON objects only');
          stored = JSON.stringify({ ...before, ...after });
        }
        scope.set(stateId, {
          content: stored,
          contentType,
          etag: etagOf(stored),
          updated: now().getTime(),
        });
        scopes.set(scopeKey, scope);
        return answer(204);
      }

      if (method === 'DELETE') {
        if (query.has('since')) throw new Refusal(400, 'since is only for listing ids');
        if (stateId === null) {
          scopes.delete(scopeKey);
          return answer(204);
        }
        precondition(headers, existing, { required: false });
        scope.delete(stateId);
        return answer(204);
      }
      return answer(405, { error: `${method} is not a State resource method` });
    } catch (error) {
      if (error instanceof Refusal) return answer(error.status, { error: error.message });
      throw error;
    }
  }

  return {
    handle,
    /** The documents held, for tests: `{ activityId, agent, registration, stateId, content, etag }`. */
    documents() {
      return [...scopes.entries()].flatMap(([key, scope]) => {
        const [activityId, agent, registration] = JSON.parse(key);
        return [...scope.entries()].map(([stateId, document]) => ({
          activityId,
          agent,
          registration: registration || undefined,
          stateId,
          content: document.content,
          etag: document.etag,
        }));
      });
    },
  };
}
