#!/usr/bin/env node
// `npm run bench [-- --sizes 100000,1000000]`: throughput and memory of `yuqing classify`, as
// ratios against a baseline measured in the same run. Results: bench/results/bench.{json,md}.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildCorpus } from './corpus.mjs';
import { run } from './measure.mjs';
import { renderMarkdown } from './table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1] : '100000,1000000').split(',').map(Number);
// Each of (a), (b), (c) runs this many times, interleaved; the median time counts, and the highest peak RSS.
const repeatArg = process.argv.indexOf('--repeat');
const repeat = repeatArg > 0 ? Number(process.argv[repeatArg + 1]) : 3;
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const work = join(root, 'bench', 'work');
mkdirSync(work, { recursive: true });

function pythonPeer() {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import jieba'], { stdio: 'ignore' });
    execFileSync('opencc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const rows = [];
for (const size of sizes) {
  const corpus = await buildCorpus(join(root, 'studies', 'talent', 'corpus', 'sample.jsonl'), join(work, `posts-${size}.jsonl`), size);
  console.error(`bench: ${size} posts`);
  // The default tagging (lexicon + bundled model) and the lexicon alone (--no-model), each on 1 and 2 threads.
  const modes = { default: [], noModel: ['--no-model'] };
  const runs = { baseline: [] };
  const baselineCpu = [];
  for (const mode of Object.keys(modes)) for (const workers of [1, 2]) runs[`${mode}${workers}`] = [];
  for (let r = 0; r < repeat; r++) {
    const baseline = JSON.parse(execFileSync('node', [join(root, 'bench', 'baseline.mjs'), corpus], { maxBuffer: 1 << 20 }).toString());
    runs.baseline.push(baseline.seconds);
    baselineCpu.push(baseline.cpuSeconds);
    for (const [mode, flags] of Object.entries(modes)) {
      for (const workers of [1, 2]) {
        const out = join(work, `out-${size}-${mode}-${workers}.jsonl`);
        const m = await run('node', [join(root, 'bin', 'yuqing.js'), 'classify', corpus, '-o', out, '--workers', String(workers), '--quiet', ...flags]);
        runs[`${mode}${workers}`].push(m);
        rmSync(out, { force: true });
      }
    }
  }
  const row = {
    posts: size,
    repeat,
    baseline: { seconds: runs.baseline, postsPerSecond: size / median(runs.baseline), cpuSeconds: baselineCpu, postsPerCpuSecond: size / median(baselineCpu) },
  };
  for (const key of Object.keys(runs).filter((k) => k !== 'baseline')) {
    const list = runs[key];
    const seconds = median(list.map((m) => m.seconds));
    const cpu = list.every((m) => m.cpuSeconds !== undefined) ? median(list.map((m) => m.cpuSeconds)) : undefined;
    row[key] = {
      seconds,
      runs: list.map((m) => m.seconds),
      postsPerSecond: size / seconds,
      cpuSeconds: list.map((m) => m.cpuSeconds),
      postsPerCpuSecond: cpu && size / cpu,
      peakMiB: Math.max(...list.map((m) => m.peakMiB)),
    };
  }
  if (pythonPeer()) {
    const peer = JSON.parse(execFileSync('/usr/bin/python3', [join(root, 'bench', 'peer.py'), corpus], { maxBuffer: 1 << 20 }).toString());
    row.python = { postsPerSecond: size / peer.seconds };
  }
  rows.push(row);
  console.error(JSON.stringify(row));
}
const results = { machine: { cpus: (await import('node:os')).availableParallelism(), node: process.version }, rows };
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, 'bench', 'results', 'bench.md'), renderMarkdown(results));
console.log(renderMarkdown(results));
