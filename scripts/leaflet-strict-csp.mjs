/**
 * Rollup plugin: two changes to Leaflet 1.9 so the map works under a strict Content Security Policy.
 * - It detects inline SVG support with `div.innerHTML = '<svg/>'` when it loads, which a page
 *   enforcing Trusted Types (`require-trusted-types-for 'script'`) blocks, so the map engine would
 *   not load. Every browser with SVG supports inline SVG in HTML: the check becomes `!!svg$1`.
 * - It cancels tile downloads by pointing the image at a `data:` GIF, which `img-src` without
 *   `data:` blocks. An empty `src` cancels the download just as well, without any request.
 * The build fails if Leaflet's code changes, so the patch cannot silently stop applying.
 */
const NL = '\\r?\\n';
const PATCHES = [
  {
    find: new RegExp(
      `var inlineSvg = !!svg\\$1 && \\(function \\(\\) \\{${NL}\\tvar div = document\\.createElement\\('div'\\);${NL}` +
        `\\tdiv\\.innerHTML = '<svg/>';${NL}\\treturn \\(div\\.firstChild && div\\.firstChild\\.namespaceURI\\) === ` +
        `'http://www\\.w3\\.org/2000/svg';${NL}\\}\\)\\(\\);`,
    ),
    replace: 'var inlineSvg = !!svg$1;',
  },
  {
    find: /var emptyImageUrl = 'data:image\/gif;base64,[A-Za-z0-9+/=]+';/,
    replace: "var emptyImageUrl = '';",
  },
];

export function leafletStrictCsp() {
  return {
    name: 'leaflet-strict-csp',
    transform(code, id) {
      if (!id.endsWith('leaflet/dist/leaflet-src.esm.js')) return null;
      let patched = code;
      for (const { find, replace } of PATCHES) {
        if (!find.test(patched)) this.error(`Leaflet changed (${find.source.slice(0, 40)}…); review scripts/leaflet-strict-csp.mjs`);
        patched = patched.replace(find, replace);
      }
      return { code: patched, map: null };
    },
  };
}
