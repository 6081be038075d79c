/** One step of a JSON path: an array index or an object key. */
export type PathSegment = number | string;

const SEGMENT = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;

/**
 * Splits a JSON path as problems write it (`$.courses[3].levels["https://…"]`) into segments.
 * Returns undefined for anything else, so a path that cannot be read is never guessed at.
 */
export function pathSegments(path: string): PathSegment[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 1;
  while (SEGMENT.lastIndex < path.length) {
    // Sticky: a match must start exactly where the previous one ended.
    const match = SEGMENT.exec(path);
    if (!match) return undefined;
    const [, name, index, quoted] = match;
    if (name !== undefined) segments.push(name);
    else if (index !== undefined) segments.push(Number(index));
    else if (quoted !== undefined) segments.push(JSON.parse(quoted) as string);
  }
  return segments;
}
