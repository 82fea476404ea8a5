/**
 * Where the public benchmarks are (../shared/benchmarks beside the repository, or
 * YUQING_BENCHMARKS), and which of them are present. Read only for measuring: never copied into
 * the project, never used to build dictionaries.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BenchmarkFiles {
  readonly root: string;
  readonly segmentation: readonly { readonly name: string; readonly raw: string; readonly gold: string }[];
  readonly stance: string | undefined;
}

export const SEGMENTATION_SETS = ['ud-chinese-hk', 'ud-cantonese-hk'] as const;
export const STANCE_FILE = 'stance/lihkg-blank-vote-2019.posts.tsv';

export function benchmarkRoot(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.YUQING_BENCHMARKS ?? resolve(repoRoot, '..', 'shared', 'benchmarks');
}

/** The benchmark files present under `root`, or undefined when the folder itself is absent. */
export function findBenchmarks(root: string): BenchmarkFiles | undefined {
  if (!existsSync(root)) return undefined;
  const segmentation = SEGMENTATION_SETS.map((name) => ({ name, raw: join(root, 'segmentation', `${name}.raw.txt`), gold: join(root, 'segmentation', `${name}.gold.txt`) }))
    .filter((s) => existsSync(s.raw) && existsSync(s.gold));
  const stance = join(root, STANCE_FILE);
  return { root, segmentation, stance: existsSync(stance) ? stance : undefined };
}
