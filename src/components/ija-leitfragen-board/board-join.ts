/**
 * The address participants open to join a board: the site's `join-url` with `{board}` filled in, or
 * this page with `#board=<id>` (which the board element reads). Always absolute, for a QR code.
 */
export function joinLink(template: string | undefined, boardId: string): string {
  const id = encodeURIComponent(boardId);
  try {
    if (template) return new URL(template.replaceAll('{board}', id), document.baseURI).href;
  } catch {
    // A template that is no URL: the page's own address below.
  }
  const url = new URL(location.href);
  url.hash = `board=${id}`;
  return url.href;
}
