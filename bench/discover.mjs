#!/usr/bin/env node
// `npm run build && node bench/discover.mjs [--sizes 100000,1000000]`: wall time and peak memory of
// `yuqing discover` (relevant posts with no viewpoint, --k 16 and --auto, JSON out) over the bench
// corpus (bench/corpus.mjs), classified first with --no-model. Results: bench/results/discover.{json,md}.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';
import { run } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1] : '100000,1000000').split(',').map(Number);
const work = join(root, 'bench', 'work');
mkdirSync(work, { recursive: true });
const yuqing = join(root, 'bin', 'yuqing.js');
const rows = [];
for (const size of sizes) {
  const corpus = await buildCorpus(join(root, 'studies', 'talent', 'corpus', 'sample.jsonl'), join(work, `posts-${size}.jsonl`), size);
  const classified = join(work, `classified-${size}.jsonl`);
  if (!existsSync(classified)) await run('node', [yuqing, 'classify', corpus, '--no-model', '--quiet', '-o', classified]);
  for (const choice of [['--k', '16'], ['--auto']]) {
    const out = join(work, `themes-${size}.json`);
    const m = await run('node', [yuqing, 'discover', classified, '--unlabelled', ...choice, '--seed', '1', '--format', 'json', '-o', out]);
    const summary = m.stderr.trim().split('\n').pop();
    const row = {
      posts: size,
      choice: choice.join(' '),
      seconds: Math.round(m.seconds * 10) / 10,
      postsPerSecond: Math.round(size / m.seconds),
      peakMiB: Math.round(m.peakMiB),
      summary,
    };
    rows.push(row);
    console.error(JSON.stringify(row));
    rmSync(out, { force: true });
  }
}
const lines = [
  'Machine: 2 cores, shared with other work while measured; Node ' +
    process.version +
    '. `yuqing discover CLASSIFIED --unlabelled … --seed 1 --format json -o OUT` over the bench corpus classified with --no-model (the counts column says how many posts are in scope: relevant with no viewpoint). Wall time includes both passes (fit on a sample of 20,000 posts, then every post read and every in-scope post assigned) and writing the JSON with every post id.',
  '',
  '| posts read | themes | seconds | posts read/s | peak RSS MiB | counts (stderr) |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.posts} | ${r.choice} | ${r.seconds} | ${r.postsPerSecond} | ${r.peakMiB} | ${r.summary.replace(/\|/g, '/')} |`),
];
writeFileSync(join(root, 'bench', 'results', 'discover.json'), `${JSON.stringify(rows, null, 2)}\n`);
writeFileSync(join(root, 'bench', 'results', 'discover.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
