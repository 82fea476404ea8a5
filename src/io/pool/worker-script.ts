/** Where a worker thread's script is: beside this module when built, the compiled build under the test runner. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../bundled/lexicon-files.js';

/** `name`: the script's file name in dist/io/pool/ (e.g. classify-worker.js). */
export function workerScript(name: string): URL {
  const beside = new URL(`./${name}`, import.meta.url);
  // Under the test runner this module is TypeScript source; the worker runs the compiled build.
  return existsSync(fileURLToPath(beside)) ? beside : pathToFileURL(join(PACKAGE_ROOT, 'dist', 'io', 'pool', name));
}
