/**
 * Where the public benchmarks are (../shared/benchmarks beside the repository, or
 * YUQING_BENCHMARKS), and which of them are present. Read only for measuring: never copied into
 * the project, never used to build dictionaries. Bench-only: bench/quality.mjs (through dist/)
 * and its test use it; the library never does.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BenchmarkFiles {
  readonly root: string;
  readonly segmentation: readonly { readonly name: string; readonly raw: string; readonly gold: string }[];
  readonly stance: string | undefined;
}

/** Segmentation sets are `segmentation/<name>.raw.txt` with `<name>.gold.txt`; stance sets `stance/*.posts.tsv`. */
const RAW = '.raw.txt';
const STANCE = '.posts.tsv';

function filesEndingIn(dir: string, suffix: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
    : [];
}

export function benchmarkRoot(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.YUQING_BENCHMARKS ?? resolve(repoRoot, '..', 'shared', 'benchmarks');
}

/** The benchmark files present under `root`, or undefined when the folder itself is absent. */
export function findBenchmarks(root: string): BenchmarkFiles | undefined {
  if (!existsSync(root)) return undefined;
  const segmentation = filesEndingIn(join(root, 'segmentation'), RAW)
    .map((file) => file.slice(0, -RAW.length))
    .map((name) => ({ name, raw: join(root, 'segmentation', `${name}${RAW}`), gold: join(root, 'segmentation', `${name}.gold.txt`) }))
    .filter((s) => existsSync(s.gold));
  const stanceFile = filesEndingIn(join(root, 'stance'), STANCE)[0];
  const stance = stanceFile === undefined ? undefined : join(root, 'stance', stanceFile);
  return { root, segmentation, stance };
}
