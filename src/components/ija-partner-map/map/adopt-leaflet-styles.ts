/** Leaflet's rules as a constructed style sheet (a strict CSP allows it, unlike a <style> element), once per shadow root. */
export function adoptLeafletStyles(root: ShadowRoot, css: string): void {
  const marked = root as ShadowRoot & { ijaLeaflet?: true };
  if (marked.ijaLeaflet) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  marked.ijaLeaflet = true;
}
