import { build } from 'esbuild';

/**
 * Serves `/__bundle/ija-widgets.js`: the whole library (plus the test widget) bundled into one self-contained module,
 * as a site would include it. A query string (`?copy=2`) makes the browser load a second,
 * independent copy, to test a page that includes the bundle twice.
 */
export function bundlePlugin() {
  let cached;
  return {
    name: 'ija-bundle',
    async serve(context) {
      if (context.path !== '/__bundle/ija-widgets.js') return undefined;
      cached ??= build({
        entryPoints: ['test/helpers/bundle-entry.ts'],
        bundle: true,
        format: 'esm',
        write: false,
        target: 'es2022',
        tsconfig: 'tsconfig.json',
        conditions: ['browser', 'production'],
      }).then((result) => result.outputFiles[0].text);
      return { body: await cached, type: 'js' };
    },
  };
}
