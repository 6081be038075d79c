/**
 * Every string the elements show, for one language. Plain strings, or functions for text that
 * takes values (plural forms go through `Intl.PluralRules` inside them). English is built in;
 * adding a key here makes TypeScript ask for it in every locale.
 */
export interface Translation {
  /** BCP 47 code of this translation. */
  readonly $code: string;
  /** The language's own name for itself. */
  readonly $name: string;
  /** Writing direction of the language. */
  readonly $dir: 'ltr' | 'rtl';
  readonly loading: string;
  readonly retry: string;
  readonly dataErrorTitle: string;
  readonly dataProblemAt: (path: string, message: string) => string;
  readonly loadFailed: (url: string) => string;
  readonly problemCount: (count: number) => string;
}
