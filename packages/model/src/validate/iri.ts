const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** Characters RFC 3987 never allows in an IRI; browsers also drop tabs and newlines inside URLs, which hides schemes like `java\tscript:`. */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const FORBIDDEN = /[\s<>"{}|\\^`\u0000-\u001f\u007f]/;
const WEB_SCHEMES = new Set(['http', 'https']);

/** How an id checks out as an IRI. */
export type IriCheck = 'ok' | 'relative' | 'invalid';

/** An http(s) IRI names a host: something before the path, query or fragment, after the `//`. */
const WEB_IRI = /^https?:\/\/(?:[^/?#@]*@)?[^/?#@:]+(?::\d*)?(?:[/?#]|$)/i;

const parsesAsWebUrl = (value: string) => {
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
};

/**
 * Checks that a value is an absolute IRI: a scheme, then no spaces or forbidden characters;
 * http(s) IRIs must also have a host. `networking` or `/skills/networking` are `relative`.
 */
export function checkIri(value: string): IriCheck {
  if (FORBIDDEN.test(value)) return 'invalid';
  const scheme = SCHEME.exec(value)?.[1];
  if (scheme === undefined) return 'relative';
  if (value.length === scheme.length + 1) return 'invalid';
  // A pattern, not the URL parser: ids are names, and catalogues have thousands of them.
  return !WEB_SCHEMES.has(scheme.toLowerCase()) || WEB_IRI.test(value) ? 'ok' : 'invalid';
}

/** How a link checks out: only absolute http(s) URLs are `ok`; `javascript:`, `data:` and other schemes are `unsafe`. */
export type UrlCheck =
  { readonly result: 'ok' } | { readonly result: 'invalid' } | { readonly result: 'unsafe'; readonly scheme: string };

/**
 * An http(s) URL that the URL parser is sure to accept with a host: a plain ASCII host whose last
 * label starts with a letter (so it is never read as an IPv4 address), no punycode (`xn--`, which
 * the parser decodes and may reject), a port of at most four digits, then only printable ASCII
 * outside `FORBIDDEN`. Most links of a catalogue are like this; anything else goes to the parser.
 */
const PLAIN_WEB_URL =
  /^https?:\/\/(?![^/?#]*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?::\d{1,4})?(?:[/?#][!#-;=?-[\]_a-z~]*)?$/i;

const OK: UrlCheck = { result: 'ok' };

/** True for a plain http(s) URL, which is both a link that checks out and an absolute IRI. */
export const isPlainWebUrl = (value: string): boolean => PLAIN_WEB_URL.test(value);

/** Checks a link for `url`, `image` or `logo`: an absolute http(s) URL with a host, and nothing else. */
export function checkHttpUrl(value: string): UrlCheck {
  // Building a URL object for each of thousands of links is most of the cost of checking them.
  if (isPlainWebUrl(value)) return OK;
  const scheme = SCHEME.exec(value.trimStart())?.[1];
  if (scheme !== undefined && !WEB_SCHEMES.has(scheme.toLowerCase())) {
    return { result: 'unsafe', scheme: `${scheme.toLowerCase()}:` };
  }
  if (scheme === undefined || FORBIDDEN.test(value) || !parsesAsWebUrl(value)) return { result: 'invalid' };
  return OK;
}

/** True for an absolute http(s) URL: the only kind of link that may reach an `href` or `src`. */
export function isSafeHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && checkHttpUrl(value).result === 'ok';
}
