/**
 * The rules a statement is checked against before it is queued, with what each one means.
 * Problems name the rule; this table explains it to people (a host may show it, the docs list it).
 * It is kept apart from the validator so pages that only record do not download the prose.
 */
export const RULES = {
  type: 'The value has the wrong JSON type for this property.',
  required: 'A required property is missing.',
  'unknown-key': 'xAPI defines no property of this name here.',
  null: 'xAPI does not allow null: leave the property out instead.',
  text: 'The text contains control characters, invalid UTF-16 (lone surrogates) or bidirectional overrides.',
  iri: 'The value must be an absolute IRI (a scheme such as https:, then no spaces), at most 2048 characters.',
  'hostile-iri': 'javascript:, vbscript:, data:, file: and blob: IRIs are refused: they run code when shown as links.',
  url: 'The value must be an http(s) URL.',
  uuid: 'The value must be an RFC 4122 UUID (variant 2).',
  mbox: 'The value must be a mailto: address.',
  sha1: 'The value must be a SHA-1 digest in hex.',
  'language-tag': 'The value must be an RFC 5646 language tag such as en or de-AT.',
  number: 'The value must be a finite number.',
  duration: 'The value must be an ISO 8601 duration such as PT1M30.5S.',
  timestamp: 'The value must be an ISO 8601 date-time with a time zone.',
  'future-timestamp': 'The timestamp lies in the future.',
  'hostile-key': '__proto__, constructor and prototype keys are refused: they rewrite objects in JavaScript readers.',
  identifier: 'An agent needs exactly one of mbox, mbox_sha1sum, openid or account (a group at most one).',
  members: 'A group without an identifier needs members.',
  'score-range': 'score.scaled must lie within −1…1, min below max, and raw within min…max.',
  'activity-only': 'context.revision and context.platform are only allowed when the object is an Activity.',
  version: 'contextAgents and contextGroups need xAPI 2.0.0 (the recorder maps them down for a 1.0.3 LRS).',
  'lrs-only': 'stored and authority are set by the LRS, not by the sender.',
  unsupported: 'Attachments and sub-statements are not sent by LP Elements.',
  'not-json': 'The statement must be plain JSON data (no functions or class instances).',
  'too-large': 'The statement is larger than the recorder accepts (32 KB of JSON by default).',
} as const;

/** The name of a rule a statement can break. */
export type Rule = keyof typeof RULES;
