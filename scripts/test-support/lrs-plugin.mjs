/**
 * Gives browser tests the local LRS: serves `/__lp/env.json` with its endpoint and credentials.
 * Uses the LRS that `LP_LRS_ENDPOINT` names (as `scripts/test.mjs` sets it); otherwise starts
 * one for the run and stops it afterwards.
 */
import { LOCAL_LRS_AUTH, startLrs } from '../lrs.mjs';

export function lrsPlugin() {
  let lrs;
  let env;
  return {
    name: 'lp-local-lrs',
    async serverStart() {
      if (process.env.LP_LRS_ENDPOINT) {
        env = { lrsEndpoint: process.env.LP_LRS_ENDPOINT, lrsAuth: process.env.LP_LRS_AUTH ?? LOCAL_LRS_AUTH };
        return;
      }
      lrs = await startLrs();
      env = { lrsEndpoint: lrs.endpoint, lrsAuth: lrs.auth };
    },
    async serverStop() {
      await lrs?.stop();
    },
    serve(context) {
      if (context.path === '/__lp/env.json') return { body: JSON.stringify(env), type: 'json' };
      return undefined;
    },
  };
}
