/** Strings every element may show: loading, retrying and data problems. */
export interface BaseTerms {
  readonly loading: string;
  readonly retry: string;
  readonly dataErrorTitle: string;
  readonly loadFailed: (url: string) => string;
  readonly problemCount: (count: number) => string;
}
