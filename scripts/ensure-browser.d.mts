/** The path of a Chromium-family browser; installs Debian's chromium where possible, throws otherwise. */
export function ensureBrowser(env?: NodeJS.ProcessEnv): string;
/** The first usable browser path, or undefined. */
export function findBrowser(env?: NodeJS.ProcessEnv): string | undefined;
