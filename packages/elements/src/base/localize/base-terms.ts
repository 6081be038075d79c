/** Strings every element may show: loading, retrying and data problems. */
export interface BaseTerms {
  readonly loading: string;
  readonly retry: string;
  readonly dataErrorTitle: string;
  readonly dataProblemAt: (path: string, message: string) => string;
  readonly loadFailed: (url: string) => string;
  readonly problemCount: (count: number) => string;
}
