/** The Trusted Types policy that lets the catalogue write JSON-LD on pages that require Trusted Types. */
export const JSON_LD_POLICY = 'lp-elements-json-ld';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (input: string) => string }): ScriptPolicy;
}

/** undefined: not tried yet; null: the page does not allow the policy. */
let policy: ScriptPolicy | null | undefined;
let warned = false;

/**
 * Turns JSON into the text of a script element in a way Trusted Types accept: through our own
 * policy where the browser has Trusted Types (creating it does nothing on pages that do not
 * require them), as a plain string elsewhere. Returns undefined when the page forbids the policy.
 */
function scriptText(json: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return json;
  if (policy === undefined) {
    try {
      // Only this module holds the policy, and it only ever wraps JSON made by JSON.stringify.
      policy = factory.createPolicy(JSON_LD_POLICY, { createScript: (input) => input });
    } catch {
      policy = null;
    }
  }
  return policy?.createScript(json);
}

/** JSON for inside a script element: `<` escaped, so no text in the data can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Writes `value` as `<script type="application/ld+json">` into `host`'s light DOM, where search
 * engines read it, replacing what it wrote before; `undefined` removes it. The text is set, never
 * parsed as HTML. On a page whose `trusted-types` directive does not allow the policy
 * `lp-elements-json-ld`, nothing is written and one warning says how to allow it.
 */
export function writeJsonLd(host: HTMLElement, value: unknown): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-lp-json-ld]');
  if (value === undefined) {
    script?.remove();
    return;
  }
  const text = scriptText(jsonForScript(value));
  if (text === undefined) {
    if (!warned) {
      warned = true;
      console.warn(
        `<${host.localName}>: this page's Trusted Types policy names do not include "${JSON_LD_POLICY}", so no JSON-LD is written for search engines. Add it to the trusted-types directive, or set no-json-ld.`,
      );
    }
    return;
  }
  if (!script) {
    script = host.ownerDocument.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.lpJsonLd = '';
    host.append(script);
  }
  (script as { textContent: unknown }).textContent = text;
}
