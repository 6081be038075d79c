/**
 * Gives browser tests the stand-in cmi5 LMS (`scripts/cmi5-lms.mjs`) in front of the local LRS:
 *
 *   executeServerCommand('lp-cmi5-lms', { action: 'launch', lrsEndpoint, lrsAuth, unitUrl, activityId, … })
 *       → { id, registration, actor, activityId, sessionId, launchMode, url }
 *   executeServerCommand('lp-cmi5-lms', { action: 'report', id }) → { fetchCount, abandoned, statements, refused }
 */
import { startCmi5Lms } from '../cmi5-lms.mjs';

export function cmi5LmsPlugin() {
  let lms;
  return {
    name: 'lp-cmi5-lms',
    async executeCommand({ command, payload }) {
      if (command !== 'lp-cmi5-lms') return undefined;
      const { action, lrsEndpoint, lrsAuth, id, ...options } = payload ?? {};
      if (action === 'launch') {
        lms ??= await startCmi5Lms({ lrsEndpoint, lrsAuth });
        return lms.launch(options);
      }
      if (action === 'report')
        return lms?.report(id) ?? { fetchCount: 0, abandoned: false, statements: [], refused: [] };
      throw new Error(`lp-cmi5-lms: unknown action ${action}`);
    },
    async serverStop() {
      await lms?.stop();
    },
  };
}
