import { lrsFetch } from '@lp-elements/test-support';
import type { Statement } from '../types.js';

/** Every statement the local LRS holds for a registration (following `more` links). */
export async function storedStatements(registration: string): Promise<Statement[]> {
  const statements: Statement[] = [];
  let path: string | undefined = `statements?registration=${registration}&limit=500`;
  while (path) {
    const response = await lrsFetch(path);
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    const page = (await response.json()) as { statements: Statement[]; more?: string };
    statements.push(...page.statements);
    path = page.more ? page.more.replace(/^.*\/xAPI\//, '') : undefined;
  }
  return statements;
}

/** Resolves once `condition` holds; fails the test with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until the LRS holds exactly the statements with `ids` for `registration`, and checks
 * it holds nothing else and nothing twice: 0 lost, 0 duplicated.
 */
export async function expectExactlyStored(
  registration: string,
  ids: readonly string[],
  timeoutMs = 20_000,
): Promise<Statement[]> {
  let stored: Statement[] = [];
  await waitFor(
    `${ids.length} statements in the LRS`,
    async () => {
      stored = await storedStatements(registration);
      return stored.length >= ids.length;
    },
    timeoutMs,
  );
  const storedIds = stored.map((statement) => statement.id ?? '');
  const unique = new Set(storedIds);
  if (unique.size !== storedIds.length) throw new Error(`duplicated: ${storedIds.length - unique.size}`);
  const missing = ids.filter((id) => !unique.has(id));
  if (missing.length > 0) throw new Error(`lost: ${missing.length} (${missing.slice(0, 3).join(', ')})`);
  if (storedIds.length !== ids.length)
    throw new Error(`unexpected: ${storedIds.length - ids.length} more than recorded`);
  return stored;
}
