import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Profile } from '../profile/profile-types.js';

const require = createRequire(import.meta.url);

/** Learning Locker's validator (MIT, test-only): one warning per problem, none when valid xAPI 1.0.3. */
export const learningLockerWarnings = (
  require('@learninglocker/xapi-validation') as { default: (s: unknown) => unknown[] }
).default;

/** The profile as shipped. */
export function shippedProfile(): Profile {
  return JSON.parse(
    readFileSync(new URL('../../profile/lp-elements-profile.jsonld', import.meta.url), 'utf8'),
  ) as Profile;
}
