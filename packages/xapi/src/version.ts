/** The xAPI versions LP Elements speaks. */
export type XapiVersion = '1.0.3' | '2.0.0';

/** What statements conform to unless configured otherwise: every LRS in use today accepts it. */
export const DEFAULT_XAPI_VERSION: XapiVersion = '1.0.3';

/**
 * The version to send in `X-Experience-API-Version`, from what the LRS's `GET about` lists:
 * the configured one when the LRS supports it, else 2.0.0 when offered, else 1.0.3.
 * An LRS that lists neither still gets 1.0.3 (every 1.0.x LRS must accept it).
 */
export function negotiateVersion(offered: readonly string[], configured?: XapiVersion): XapiVersion {
  const wanted = configured ?? '2.0.0';
  // Same major and minor version: `2.0` and `2.0.1` both offer 2.0.0.
  return offered.some((candidate) => `${candidate}.`.startsWith(wanted.slice(0, 4))) ? wanted : DEFAULT_XAPI_VERSION;
}
