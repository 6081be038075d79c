/**
 * Lets browser tests check statements with Learning Locker's validator
 * (`@learninglocker/xapi-validation`, MIT), which runs in Node:
 * `executeServerCommand('lp-validate-xapi', statements)` resolves to one warning list per statement.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const validate = require('@learninglocker/xapi-validation').default;

export function xapiValidationPlugin() {
  return {
    name: 'lp-xapi-validation',
    executeCommand({ command, payload }) {
      if (command !== 'lp-validate-xapi') return undefined;
      const statements = Array.isArray(payload) ? payload : [payload];
      return statements.map((statement) =>
        validate(statement).map((warning) => ({ name: warning.name, path: warning.path, message: warning.message })),
      );
    },
  };
}
