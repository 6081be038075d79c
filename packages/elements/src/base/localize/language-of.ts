const RTL_LANGUAGES = new Set(['ar', 'dv', 'fa', 'he', 'iw', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Whether a language is written right to left. */
export function isRtlLanguage(lang: string): boolean {
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0] ?? '');
}

/** The next node up the composed tree: through shadow roots to their hosts. */
function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node instanceof ShadowRoot ? node.host : null;
}

export interface LanguageAndDirection {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The language and direction that apply to an element: its closest `lang` and `dir`, looking
 * through shadow roots. An explicit `dir` wins unless a `lang` is set closer to the element, in
 * which case the direction follows that language (a Hebrew block inside a `dir="ltr"` page).
 */
export function languageOf(element: Element, defaultLang = 'en'): LanguageAndDirection {
  let lang: string | undefined;
  let langDepth = Infinity;
  let dir: 'ltr' | 'rtl' | undefined;
  let dirDepth = Infinity;
  let depth = 0;
  for (
    let node: Node | null = element;
    node && (lang === undefined || dir === undefined);
    node = composedParent(node)
  ) {
    if (node instanceof Element) {
      const nodeLang = node.getAttribute('lang');
      if (lang === undefined && nodeLang) {
        lang = nodeLang;
        langDepth = depth;
      }
      const nodeDir = node.getAttribute('dir')?.toLowerCase();
      if (dir === undefined && (nodeDir === 'ltr' || nodeDir === 'rtl')) {
        dir = nodeDir;
        dirDepth = depth;
      }
    }
    depth += 1;
  }
  const resolvedLang = lang ?? defaultLang;
  const langDir = isRtlLanguage(resolvedLang) ? 'rtl' : 'ltr';
  return { lang: resolvedLang, dir: dir !== undefined && dirDepth <= langDepth ? dir : langDir };
}
