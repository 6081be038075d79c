import { executeServerCommand } from '@web/test-runner-commands';

/** CSS media features the tests switch. An empty object ends every emulation. */
export interface EmulatedMedia {
  readonly 'prefers-color-scheme'?: 'light' | 'dark';
  readonly 'forced-colors'?: 'active' | 'none';
  readonly 'prefers-reduced-motion'?: 'reduce' | 'no-preference';
}

/** Emulates media features in this test's page (Chromium, through the DevTools protocol). */
export async function emulateMedia(media: EmulatedMedia): Promise<void> {
  await executeServerCommand('lp-emulate-media', media);
}
