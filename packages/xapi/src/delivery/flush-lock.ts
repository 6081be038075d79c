/**
 * Runs `task` while this tab holds the origin-wide flush lock, so one tab (or frame) sends at a
 * time: Web Locks wait their turn and are freed when a tab dies. Where there are none (browsers
 * before 2022, plain-http pages) the task runs unlocked: two tabs may then send the same batch,
 * which costs a request but no duplicate, because the LRS keeps one statement per client-made id.
 */
export async function withFlushLock(name: string, task: () => Promise<void>): Promise<void> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  await (locks ? locks.request(name, task) : task());
}
