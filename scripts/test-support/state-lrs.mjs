/**
 * An LRS with a State API, for the learner-record tests: `activities/state` is served by
 * `xapi-state-documents.mjs`; `statements` and `about` go to the real local LRS when one is
 * given (Learning Locker's statement service has no State API of its own). On 127.0.0.1, with
 * CORS for pages, and with a switch that makes it fail the way a network or a server does.
 *
 *   const lrs = await startStateLrs({ statementsTo: { endpoint, auth } });
 *   lrs.failWith('no-answer');   // connections are cut: fetch rejects, as offline
 *   lrs.failWith(503);           // every request answers 503
 *   lrs.failWith(undefined);     // back to normal
 */
import http from 'node:http';
import { xapiStateDocuments } from './xapi-state-documents.mjs';

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * @param {{ statementsTo?: { endpoint: string, auth: string }, port?: number }} [options]
 */
export async function startStateLrs({ statementsTo, port = 0 } = {}) {
  const states = xapiStateDocuments();
  /** Every request, in order: `{ method, resource, query, headers, status }`. */
  const requests = [];
  let failure;

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const cors = {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-headers':
        request.headers['access-control-request-headers'] ?? 'authorization,content-type,x-experience-api-version',
      'access-control-allow-methods': 'GET,HEAD,PUT,POST,DELETE,OPTIONS',
      'access-control-expose-headers': 'ETag, Last-Modified, X-Experience-API-Version',
      vary: 'Origin',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      return response.end();
    }
    if (failure === 'no-answer') return request.socket.destroy();
    const resource = url.pathname.replace(/^\/xAPI\//, '');
    const entry = { method: request.method, resource, query: url.searchParams, headers: request.headers, status: 0 };
    requests.push(entry);
    response.on('finish', () => {
      entry.status = response.statusCode;
    });
    if (typeof failure === 'number') {
      response.writeHead(failure, { ...cors, 'content-type': 'application/json' });
      return response.end(JSON.stringify({ error: 'failing on purpose' }));
    }
    try {
      const body = await readBody(request);
      if (resource === 'activities/state') {
        const answer = states.handle({
          method: request.method,
          query: url.searchParams,
          headers: request.headers,
          body,
        });
        response.writeHead(answer.status, { ...cors, 'content-type': 'application/json', ...answer.headers });
        return response.end(answer.body);
      }
      if ((resource === 'statements' || resource === 'about') && statementsTo) {
        const answer = await fetch(new URL(`${resource}${url.search}`, statementsTo.endpoint), {
          method: request.method,
          headers: {
            authorization: statementsTo.auth,
            'content-type': request.headers['content-type'] ?? 'application/json',
            'x-experience-api-version': request.headers['x-experience-api-version'] ?? '1.0.3',
          },
          body: request.method === 'GET' || request.method === 'HEAD' ? undefined : body,
        });
        const text = (await answer.text()).replaceAll(new URL(statementsTo.endpoint).pathname, '/xAPI/');
        response.writeHead(answer.status, { ...cors, 'content-type': 'application/json' });
        return response.end(text);
      }
      response.writeHead(404, { ...cors, 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: `no ${resource} here` }));
    } catch (error) {
      response.writeHead(500, { ...cors, 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: error.message }));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    endpoint: `${origin}/xAPI/`,
    states,
    requests,
    /** `'no-answer'`, an HTTP status, or undefined for normal service. */
    failWith(what) {
      failure = what;
      if (what === 'no-answer') server.closeIdleConnections();
    },
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
