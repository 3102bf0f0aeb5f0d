import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { builtFile, ROOT } from './dist.js';

/**
 * The React 19, Preact and Vue types in dist/frameworks/ (and the package's own .d.ts), checked by
 * compiling the projects in test/package/types/ (tsc; vue-tsc for the Vue single-file component): they
 * use the elements right and wrong, and every `@ts-expect-error` / `@vue-expect-error` must meet an
 * error, so types that are too loose fail as well as wrong ones.
 */

const CHECKERS = {
  react: join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
  preact: join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
  vue: join(ROOT, 'node_modules', 'vue-tsc', 'bin', 'vue-tsc.js'),
};

describe('framework types', { concurrency: true }, () => {
  for (const [framework, checker] of Object.entries(CHECKERS)) {
    it(`type-checks the ${framework} project`, async () => {
      builtFile(`dist/frameworks/${framework}.d.ts`);
      const project = join('test', 'package', 'types', framework, 'tsconfig.json');
      await promisify(execFile)(process.execPath, [checker, '-p', project], { cwd: ROOT }).catch((error: { stdout: string; stderr: string }) => {
        assert.fail(`${checker} -p ${project}:\n${error.stdout}${error.stderr}`);
      });
    });
  }
});
