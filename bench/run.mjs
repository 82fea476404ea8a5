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
  const corpus = await buildCorpus(join(root, 'corpora', 'talent', 'sample.jsonl'), join(work, `posts-${size}.jsonl`), size);
  console.error(`bench: ${size} posts`);
  const baseline = JSON.parse(execFileSync('node', [join(root, 'bench', 'baseline.mjs'), corpus], { maxBuffer: 1 << 20 }).toString());
  const row = { posts: size, baseline: { postsPerSecond: size / baseline.seconds } };
  for (const workers of [1, 2]) {
    const out = join(work, `out-${size}-${workers}.jsonl`);
    const m = await run('node', [join(root, 'bin', 'yuqing.js'), 'classify', corpus, '-o', out, '--workers', String(workers), '--quiet', '--no-model']);
    row[`workers${workers}`] = { seconds: m.seconds, postsPerSecond: size / m.seconds, peakMiB: m.peakMiB };
    rmSync(out, { force: true });
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
