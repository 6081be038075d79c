import { executeServerCommand } from '@web/test-runner-commands';

/** What the proxy does to the next statement requests (see scripts/test-support/fault-proxy-plugin.mjs). */
export type Fault =
  | { readonly status: number; readonly retryAfter?: string; readonly times?: number; readonly when?: string }
  | { readonly hangMs: number; readonly times?: number; readonly when?: string }
  | { readonly holdMs: number; readonly times?: number; readonly when?: string };

export interface ProxyStats {
  /** Statement requests that reached the proxy (answered by it or by the LRS). */
  readonly posts: number;
  /** Statements in the requests forwarded to the LRS. */
  readonly postedStatements: number;
  /** Most statement requests in flight at once. */
  readonly maxConcurrentPosts: number;
  readonly injected: number;
  readonly pendingFaults: number;
}

export interface FaultProxy {
  /** The LRS endpoint as seen through the proxy. */
  readonly endpoint: string;
  faults(faults: readonly Fault[]): Promise<void>;
  /** Stops listening: connections are refused. */
  down(): Promise<void>;
  up(): Promise<void>;
  stats(): Promise<ProxyStats>;
  close(): Promise<void>;
}

const command = <T>(payload: object) => executeServerCommand<T, object>('lp-fault-proxy', payload);

/** A proxy in front of `target` (the local LRS endpoint) that injects the faults it is told to. */
export async function createFaultProxy(target: string): Promise<FaultProxy> {
  const { id, endpoint } = await command<{ id: number; endpoint: string }>({ action: 'create', target });
  return {
    endpoint,
    faults: async (faults) => {
      await command({ action: 'faults', id, faults });
    },
    down: async () => {
      await command({ action: 'down', id });
    },
    up: async () => {
      await command({ action: 'up', id });
    },
    stats: () => command<ProxyStats>({ action: 'stats', id }),
    close: async () => {
      await command({ action: 'close', id });
    },
  };
}
