/** The part of Web Storage the recorder uses; injectable for tests and servers. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The page's localStorage or sessionStorage, or undefined where there is none or reading it
 * throws (sandboxed frames, blocked cookies).
 */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): StorageLike | undefined {
  try {
    const storage = (globalThis as Partial<Record<typeof kind, Storage>>)[kind];
    storage?.getItem('lp-xapi');
    return storage;
  } catch {
    return undefined;
  }
}

/** The value stored under `key`, created with `make` and stored when missing. Survives failing storage. */
export function storedValue(storage: StorageLike | undefined, key: string, make: () => string): string {
  let value: string | null | undefined;
  try {
    value = storage?.getItem(key);
    if (!value) storage?.setItem(key, (value = make()));
  } catch {
    // Unreadable, full or blocked storage: the value lives as long as the page.
  }
  return value ?? make();
}
