const CMI5_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];

/** Whether a page URL carries a cmi5 LMS's launch parameters. */
export function isCmi5Launch(href: string): boolean {
  try {
    const params = new URL(href).searchParams;
    return CMI5_PARAMETERS.every((name) => params.has(name));
  } catch {
    return false;
  }
}
