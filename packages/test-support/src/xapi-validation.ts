import { executeServerCommand } from '@web/test-runner-commands';

/** One problem Learning Locker's validator found in a statement. */
export interface ValidationWarning {
  readonly name: string;
  readonly path: string[];
  readonly message?: string;
}

/**
 * Checks statements with `@learninglocker/xapi-validation` (run in Node by the test server):
 * one warning list per statement, empty when it is valid xAPI 1.0.3.
 */
export function validateStatements(statements: readonly unknown[]): Promise<ValidationWarning[][]> {
  return executeServerCommand<ValidationWarning[][], readonly unknown[]>('lp-validate-xapi', statements);
}
