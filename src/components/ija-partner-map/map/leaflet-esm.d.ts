/**
 * Leaflet's ES module build. The package's `main` is a UMD file (no `module` field, no `exports` map),
 * which neither esbuild in web-test-runner nor rollup without a CommonJS plugin turns into named
 * exports; the ESM file beside it has the same API, so it takes the types of `leaflet`.
 */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
