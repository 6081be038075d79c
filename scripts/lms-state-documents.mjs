/**
 * The xAPI State API documents of one learner, as the stand-in cmi5 LMS keeps them: one store
 * per launch actor, so every session of a registration sees what the earlier ones wrote.
 * Documents are keyed by activity, registration and state id (the agent is the store's). It
 * follows the State API of xAPI 1.0.3 (Communication §2.3) with the concurrency control of
 * xAPI 2.0: every document has an ETag; `If-Match` and `If-None-Match` make PUT, POST and DELETE
 * conditional (412 when the condition fails); POST merges JSON objects; GET without `stateId`
 * lists the ids; DELETE without `stateId` deletes every document of the activity and registration.
 */
import { createHash } from 'node:crypto';

const etagOf = (body) => `"${createHash('sha1').update(body).digest('hex')}"`;
const isJson = (contentType) => /^application\/json\b/i.test(contentType ?? '');

function jsonObject(text) {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a list of ETags from `If-Match`/`If-None-Match` names the document (`*`: any document). */
function names(header, document) {
  if (!document) return false;
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === document.etag);
}

export function stateDocuments() {
  /** `activityId \n registration \n stateId` → { body: string, contentType, etag, updated } */
  const documents = new Map();
  const keyOf = (activityId, registration, stateId) => `${activityId}\n${registration ?? ''}\n${stateId}`;
  const store = (key, body, contentType) =>
    documents.set(key, { body, contentType, etag: etagOf(body), updated: new Date().toISOString() });

  return {
    /** Writes a document as the LMS itself does (`LMS.LaunchData`), without conditions. */
    put(activityId, registration, stateId, value) {
      store(keyOf(activityId, registration, stateId), JSON.stringify(value), 'application/json');
    },

    /**
     * Answers one State API request.
     * @param {{ method: string, activityId: string, registration?: string, stateId?: string, since?: string,
     *           headers: Record<string, string | undefined>, body?: string }} request
     * @returns {{ status: number, body?: string, headers?: Record<string, string> }}
     */
    answer({ method, activityId, registration, stateId, since, headers, body = '' }) {
      if (!activityId) return { status: 400, body: 'activityId is required' };
      const prefix = `${activityId}\n${registration ?? ''}\n`;
      if (!stateId) {
        const ids = [...documents.entries()].filter(
          ([key, document]) => key.startsWith(prefix) && (!since || document.updated > since),
        );
        if (method === 'GET')
          return { status: 200, body: JSON.stringify(ids.map(([key]) => key.slice(prefix.length))) };
        if (method === 'DELETE') {
          for (const [key] of ids) documents.delete(key);
          return { status: 204 };
        }
        return { status: 400, body: 'stateId is required' };
      }

      const key = keyOf(activityId, registration, stateId);
      const document = documents.get(key);
      const ifMatch = headers['if-match'];
      const ifNoneMatch = headers['if-none-match'];
      if (method === 'GET') {
        if (!document) return { status: 404 };
        const tagged = { etag: document.etag, 'last-modified': new Date(document.updated).toUTCString() };
        if (ifNoneMatch && names(ifNoneMatch, document)) return { status: 304, headers: tagged };
        return { status: 200, body: document.body, headers: { ...tagged, 'content-type': document.contentType } };
      }
      if (ifMatch !== undefined && !names(ifMatch, document)) {
        return { status: 412, body: `If-Match ${ifMatch} does not name the current document` };
      }
      if (ifNoneMatch !== undefined && names(ifNoneMatch, document)) {
        return { status: 412, body: `If-None-Match ${ifNoneMatch} names the current document` };
      }
      if (method === 'DELETE') {
        documents.delete(key);
        return { status: 204 };
      }
      const contentType = headers['content-type'] ?? 'application/octet-stream';
      if (method === 'PUT' || !document) store(key, body, contentType);
      else if (method === 'POST') {
        const before = isJson(document.contentType) ? jsonObject(document.body) : undefined;
        const added = isJson(contentType) ? jsonObject(body) : undefined;
        if (!before || !added) return { status: 400, body: 'POST merges JSON objects only' };
        store(key, JSON.stringify({ ...before, ...added }), 'application/json');
      } else return { status: 405 };
      return { status: 204, headers: { etag: documents.get(key).etag } };
    },
  };
}
