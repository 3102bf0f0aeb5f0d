import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { testApiMiddleware } from './test/server/test-api-middleware.mjs';
import { tileMiddleware } from './test/server/tile-middleware.mjs';
import { geocoderMiddleware } from './test/server/geocoder-middleware.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { bundlePlugin } from './test/server/bundle-plugin.mjs';
import { schemaPlugin } from './test/server/schema-plugin.mjs';
import { emulationPlugin } from './test/server/emulation-plugin.mjs';
import { referenceServer } from './test/server/reference-server-plugin.mjs';

/** The real reference server under /__ref/<run-id>/ (middleware), closed when the run ends (plugin). */
const reference = referenceServer();

export default {
  // test/embed/, test/storybook/, test/ssr/ and test/wordpress/ run in node (with playwright): npm run test:embed, test:storybook, test:ssr, test:wordpress.
  files: ['test/**/*.test.ts', '!test/embed/**', '!test/storybook/**', '!test/ssr/**', '!test/package/**', '!test/wordpress/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), bundlePlugin(), schemaPlugin(), emulationPlugin(), reference.plugin],
  middleware: [testApiMiddleware(), tileMiddleware(), geocoderMiddleware(), reference.middleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    reportDir: 'coverage',
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
};
