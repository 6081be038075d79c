/**
 * A stand-in for a host's token relay: `POST /__lp/xapi-token` answers
 * `{"authorization": "<the local LRS's Basic value>", "expiresIn": 600}`, as the backend of a
 * university site would after checking its own session. `GET /__lp/xapi-token/calls` says how
 * many tokens were handed out, so tests can see a refresh after a 401.
 */
import { LOCAL_LRS_AUTH } from '../lrs.mjs';

export function tokenPlugin() {
  let calls = 0;
  return {
    name: 'lp-xapi-token',
    serve(context) {
      if (context.path === '/__lp/xapi-token' && context.method === 'POST') {
        calls += 1;
        const authorization = process.env.LP_LRS_AUTH ?? LOCAL_LRS_AUTH;
        return { body: JSON.stringify({ authorization, expiresIn: 600 }), type: 'json' };
      }
      if (context.path === '/__lp/xapi-token/calls') return { body: JSON.stringify({ calls }), type: 'json' };
      return undefined;
    },
  };
}
