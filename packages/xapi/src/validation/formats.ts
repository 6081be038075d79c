/**
 * The text formats xAPI prescribes, as Learning Locker and ADL's conformance suite read them.
 * Kept as plain regular expressions (no lookbehind) so old Safari can parse the bundle.
 */

/** RFC 4122 UUID, variant 2 (as xAPI requires). */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** An absolute IRI: a scheme, a colon, and no spaces, controls or characters IRIs exclude. */
// eslint-disable-next-line no-control-regex -- control characters are what it must find
export const IRI = /^[a-z][a-z\d+.-]*:[^\s<>"{}|\\^`\0-\x1f\x7f-\x9f]+$/i;

/** Schemes that run code or embed content when a dashboard turns an IRI into a link. */
export const HOSTILE_SCHEME = /^(javascript|vbscript|data|file|blob):/i;

/** A web address (IRL) with a host. */
export const WEB_URL = /^https?:\/\/[^/?#\s]/i;

/** RFC 5646 language tag, in the common shape: language, script, region, variants. */
export const LANGUAGE_TAG = /^[a-z]{2,8}(-[a-z\d]{1,8})*$/i;

/** ISO 8601 duration; only seconds may have a fraction. */
export const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+[DW])?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

/** ISO 8601 / RFC 3339 date-time with a time zone. */
export const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$/;

export const MAILTO = /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i;

export const SHA1 = /^[0-9a-f]{40}$/i;

/**
 * Text that breaks LRSs or deceives readers: control characters, lone surrogates (invalid
 * UTF-16, which LRSs store as garbage or reject) and bidirectional overrides (spoofed text).
 */
// With the u flag a surrogate pair is one code point, so the surrogate range matches only lone ones.
// eslint-disable-next-line no-control-regex -- control characters are what it must find
export const HOSTILE_TEXT = /[\0-\x08\v\f\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;
