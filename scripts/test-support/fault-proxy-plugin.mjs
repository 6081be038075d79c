/**
 * A fault-injecting HTTP proxy between browser tests and the local LRS, started per test through
 * a server command: `executeServerCommand('lp-fault-proxy', { action, ... })`.
 *
 *   { action: 'create', target }   → { id, endpoint }   forwards to `target` (a loopback LRS endpoint)
 *   { action: 'faults', id, faults }                    what the next statement requests meet, in order
 *                                                       (each `times` times, default once; with `when`,
 *                                                       only requests whose body contains that text):
 *        { status, retryAfter? }            answer with this status instead of forwarding
 *        { hangMs }                         never answer; drop the connection after hangMs
 *        { holdMs }                         forward (the LRS stores), then hold the answer for holdMs
 *   { action: 'down', id } / { action: 'up', id }      stop listening (refused connections) / listen again
 *   { action: 'stats', id }        → { posts, postedStatements, maxConcurrentPosts, injected }
 *   { action: 'close', id }
 *
 * Preflights are answered here (allowing any origin, as an LRS configured for the page would),
 * and injected answers carry CORS headers too, so the page sees the status rather than a CORS error.
 */
import http from 'node:http';

const proxies = new Map();
let nextId = 1;

function corsHeaders(req) {
  // Lower-case names, so they replace (not duplicate) the LRS's own CORS headers.
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-headers':
      req.headers['access-control-request-headers'] ?? 'authorization,content-type,x-experience-api-version',
    'access-control-allow-methods': 'GET,HEAD,PUT,POST,OPTIONS',
    'access-control-expose-headers': 'Retry-After, ETag',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function countStatements(body) {
  try {
    const parsed = JSON.parse(body.toString('utf8'));
    return Array.isArray(parsed) ? parsed.length : 1;
  } catch {
    return 0;
  }
}

function forward(proxy, req, body) {
  return new Promise((resolve, reject) => {
    const target = new URL(req.url, proxy.target);
    const headers = { ...req.headers, host: target.host };
    delete headers['content-length'];
    const upstream = http.request(
      target,
      { method: req.method, headers: { ...headers, 'content-length': body.length } },
      (response) => {
        readBody(response).then(
          (data) => resolve({ status: response.statusCode, headers: response.headers, data }),
          reject,
        );
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function handle(proxy, req, res) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, corsHeaders(req)).end();
    return;
  }
  const body = await readBody(req);
  const isStatementWrite = /\/statements(\?|$)/.test(req.url) && (req.method === 'POST' || req.method === 'PUT');
  if (isStatementWrite) {
    proxy.stats.posts += 1;
    proxy.inFlight += 1;
    proxy.stats.maxConcurrentPosts = Math.max(proxy.stats.maxConcurrentPosts, proxy.inFlight);
    res.on('close', () => {
      proxy.inFlight -= 1;
    });
  }
  const text = body.toString('utf8');
  const fault = isStatementWrite ? proxy.faults.find((f) => f.when === undefined || text.includes(f.when)) : undefined;
  if (fault) {
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) proxy.faults.splice(proxy.faults.indexOf(fault), 1);
    proxy.stats.injected += 1;
  }
  if (fault?.hangMs !== undefined) {
    setTimeout(() => req.socket.destroy(), fault.hangMs);
    return;
  }
  if (fault?.status !== undefined) {
    const headers = { ...corsHeaders(req), 'content-type': 'application/json' };
    if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
    res.writeHead(fault.status, headers).end(JSON.stringify({ message: `injected ${fault.status}` }));
    return;
  }
  if (isStatementWrite) proxy.stats.postedStatements += countStatements(body);
  const answer = await forward(proxy, req, body);
  if (fault?.holdMs !== undefined) await delay(fault.holdMs);
  if (res.destroyed) return;
  const headers = { ...answer.headers, ...corsHeaders(req) };
  delete headers['transfer-encoding'];
  headers['content-length'] = answer.data.length;
  res.writeHead(answer.status, headers).end(answer.data);
}

function listen(proxy) {
  return new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => {
      handle(proxy, req, res).catch((error) => {
        if (!res.headersSent) res.writeHead(502, corsHeaders(req)).end(String(error));
      });
    });
    server.keepAliveTimeout = 1000;
    server.on('connection', (socket) => {
      proxy.sockets.add(socket);
      socket.on('close', () => proxy.sockets.delete(socket));
    });
    server.once('error', reject);
    server.listen(proxy.port, '127.0.0.1', () => {
      proxy.port = server.address().port;
      proxy.server = server;
      resolve();
    });
  });
}

function stopListening(proxy) {
  return new Promise((resolve) => {
    if (!proxy.server) return resolve();
    for (const socket of proxy.sockets) socket.destroy();
    proxy.server.close(() => resolve());
    proxy.server = undefined;
  });
}

async function run({ action, id, target, faults }) {
  if (action === 'create') {
    const url = new URL(target);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
      throw new Error('the proxy only forwards to loopback');
    const proxy = {
      target,
      port: 0,
      server: undefined,
      sockets: new Set(),
      faults: [],
      inFlight: 0,
      stats: { posts: 0, postedStatements: 0, maxConcurrentPosts: 0, injected: 0 },
    };
    await listen(proxy);
    const proxyId = nextId++;
    proxies.set(proxyId, proxy);
    return { id: proxyId, endpoint: `http://127.0.0.1:${proxy.port}${url.pathname}` };
  }
  const proxy = proxies.get(id);
  if (!proxy) throw new Error(`no fault proxy ${id}`);
  if (action === 'faults') proxy.faults = faults.map((fault) => ({ ...fault }));
  else if (action === 'down') await stopListening(proxy);
  else if (action === 'up') await listen(proxy);
  else if (action === 'stats') return { ...proxy.stats, pendingFaults: proxy.faults.length };
  else if (action === 'close') {
    await stopListening(proxy);
    proxies.delete(id);
  } else throw new Error(`unknown fault proxy action ${action}`);
  return true;
}

export function faultProxyPlugin() {
  return {
    name: 'lp-fault-proxy',
    async executeCommand({ command, payload }) {
      if (command !== 'lp-fault-proxy') return undefined;
      return run(payload);
    },
    async serverStop() {
      await Promise.all([...proxies.values()].map(stopListening));
      proxies.clear();
    },
  };
}
