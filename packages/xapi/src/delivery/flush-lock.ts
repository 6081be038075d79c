import type { StorageLike } from '../storage.js';

const LEASE_MS = 30_000;

/**
 * Runs `task` while this tab holds the origin-wide flush lock, so one tab (or frame) sends at a
 * time. Web Locks wait their turn and are freed when a tab dies. Without them (old browsers,
 * plain-http pages) a lease in localStorage stands in: resolves false, without running `task`,
 * while another tab's lease is fresh. The lease is not atomic; the client-made statement ids
 * make a rare double send harmless, since the LRS keeps one statement per id.
 */
export async function withFlushLock(
  name: string,
  task: () => Promise<void>,
  storage: StorageLike | undefined,
): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);
  if (locks) {
    await locks.request(name, task);
    return true;
  }
  if (!storage) {
    await task();
    return true;
  }
  const owner = Math.random().toString(36).slice(2);
  const readLease = (): { owner?: string; until?: number } => {
    try {
      return JSON.parse(storage.getItem(name) ?? '{}') as { owner?: string; until?: number };
    } catch {
      return {};
    }
  };
  const writeLease = () => {
    storage.setItem(name, JSON.stringify({ owner, until: Date.now() + LEASE_MS }));
  };
  if ((readLease().until ?? 0) > Date.now()) return false;
  writeLease();
  if (readLease().owner !== owner) return false;
  const renew = setInterval(writeLease, LEASE_MS / 3);
  try {
    await task();
  } finally {
    clearInterval(renew);
    if (readLease().owner === owner) storage.removeItem(name);
  }
  return true;
}
