/**
 * Golden files are written only on purpose: with UPDATE_GOLDEN=1, and never under CI. A missing
 * golden file fails the test (a test that writes its own expectation checks nothing).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface GoldenEnv {
  readonly CI?: string;
  readonly UPDATE_GOLDEN?: string;
}

const set = (v: string | undefined) => v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';

/** The golden file's text for `actual` to be compared with; writes `actual` there only when asked to outside CI. */
export function goldenText(path: string, actual: string, env: GoldenEnv = process.env): string {
  if (set(env.UPDATE_GOLDEN) && !set(env.CI)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) {
    throw new Error(
      `${path}: no golden file. Create it on purpose, outside CI, with UPDATE_GOLDEN=1 npx vitest run tests/report, and review it before committing.`,
    );
  }
  return readFileSync(path, 'utf8');
}
