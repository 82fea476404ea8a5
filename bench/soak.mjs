#!/usr/bin/env node
// `npm run bench:soak [-- --posts 5000000 --workers 2 --every 10]`: a long run of `yuqing classify`
// (a benchmark, not a test) to show that memory stays flat and nothing leaks: resident memory
// (VmRSS, all threads) sampled every 10 s, the peak (VmHWM), the total time. Results:
// bench/results/soak.{json,md}.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const posts = option('posts', 5_000_000);
const workers = option('workers', 2);
const every = option('every', 10);
const work = join(root, 'bench', 'work');
mkdirSync(work, { recursive: true });

function status(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(text)?.[1] ?? 0);
    return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

console.error(`soak: building ${posts} posts`);
const corpus = await buildCorpus(join(root, 'studies', 'talent', 'corpus', 'sample.jsonl'), join(work, `posts-${posts}.jsonl`), posts);
const out = join(work, `soak-${posts}.jsonl`);
const args = [join(root, 'bin', 'yuqing.js'), 'classify', corpus, '-o', out, '--workers', String(workers), '--quiet', '--no-model'];
console.error(`soak: node ${args.join(' ')}`);
const started = performance.now();
const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
const samples = [];
let peak = 0;
const sample = () => {
  const s = status(child.pid);
  if (s === undefined) return;
  peak = Math.max(peak, s.peak);
  samples.push({ seconds: Math.round((performance.now() - started) / 1000), rssMiB: Math.round(s.rss) });
  console.error(`soak: ${samples.at(-1).seconds} s, RSS ${samples.at(-1).rssMiB} MiB`);
};
const timer = setInterval(sample, every * 1000);
// The peak is read often (VmHWM only grows), so a short one between samples is not missed.
const peakTimer = setInterval(() => (peak = Math.max(peak, status(child.pid)?.peak ?? 0)), 500);
const code = await new Promise((resolve) => child.on('exit', resolve));
clearInterval(timer);
clearInterval(peakTimer);
const seconds = (performance.now() - started) / 1000;
if (code !== 0) throw new Error(`classify exited ${code}: ${stderr.slice(-500)}`);
const outBytes = statSync(out).size;
rmSync(out, { force: true });
rmSync(`${out}.rejects.jsonl`, { force: true });
rmSync(`${out}.manifest.json`, { force: true });

const steady = samples.filter((s) => s.seconds >= 30).map((s) => s.rssMiB);
const result = {
  machine: { cpus: availableParallelism(), node: process.version },
  posts,
  workers,
  everySeconds: every,
  seconds,
  postsPerSecond: posts / seconds,
  peakMiB: Math.round(peak),
  inputBytes: statSync(corpus).size,
  outputBytes: outBytes,
  counts: stderr
    .trim()
    .split('\n')
    .find((l) => l.startsWith('read ')),
  steadyRssMiB: steady.length ? { min: Math.min(...steady), max: Math.max(...steady), first: steady[0], last: steady.at(-1) } : undefined,
  samples,
};
const md = [
  `# Soak: ${posts.toLocaleString('en')} posts, \`yuqing classify --workers ${workers} --no-model\``,
  '',
  `Machine: ${result.machine.cpus} cores, Node ${result.machine.node}. ${result.counts}. ${seconds.toFixed(0)} s in all (${Math.round(result.postsPerSecond).toLocaleString('en')} posts/s); peak RSS ${result.peakMiB} MiB.`,
  steady.length
    ? `RSS from 30 s on: ${result.steadyRssMiB.min}–${result.steadyRssMiB.max} MiB (first sample ${result.steadyRssMiB.first}, last ${result.steadyRssMiB.last}).`
    : '',
  '',
  '| seconds | RSS MiB |',
  '|---|---|',
  ...samples.map((s) => `| ${s.seconds} | ${s.rssMiB} |`),
  '',
].join('\n');
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'soak.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(root, 'bench', 'results', 'soak.md'), md);
console.log(md);
