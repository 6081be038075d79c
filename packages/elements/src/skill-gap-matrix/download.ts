/** How long a download's object URL lives: long enough for the browser to start saving it. */
const URL_LIFETIME_MS = 10_000;

/**
 * Saves text as a file: an object URL for a Blob, and an `<a download>` made for the click and
 * removed right after (placed in `container` so it works in every browser).
 */
export function downloadText(container: ParentNode, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, URL_LIFETIME_MS);
}
