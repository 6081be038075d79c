import { executeServerCommand } from '@web/test-runner-commands';

/** A real browser tab next to the test page, sharing its IndexedDB and Web Locks. */
export interface BrowserTab {
  /** Takes the tab offline (or back online), as a lost connection would. */
  setOffline(offline: boolean): Promise<void>;
  /** Evaluates `expression` in the tab; resolves with its awaited JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Closes the tab as a user would: `pagehide` fires. */
  close(): Promise<void>;
}

const command = <T>(payload: object) => executeServerCommand<T, object>('lp-tab', payload);

/** Opens `url` (relative to the test page) in a new tab. */
export async function openBrowserTab(url: string): Promise<BrowserTab> {
  const id = await command<number>({ action: 'open', url });
  return {
    setOffline: async (offline) => {
      await command({ action: 'offline', id, offline });
    },
    evaluate: (expression) => command({ action: 'evaluate', id, expression }),
    close: async () => {
      await command({ action: 'close', id });
    },
  };
}
