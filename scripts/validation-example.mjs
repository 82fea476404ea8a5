#!/usr/bin/env node
/**
 * The README's worked example of "How far to trust the numbers", reproducibly, on
 * the dev posts of writers W06–W10 only (the lexicon was never edited looking at them, so the
 * tagger meets them as unseen writing; test.jsonl is never read): they are split in two halves by
 * sha256(id); half A plays the coded validation sample, half B the analyst's dump. B is
 * classified with the lexicon alone (the bundled model was trained on dev, so its labels on dev
 * would be in-sample), reported raw and with --validation A, and both are compared with B's own
 * labels: mean absolute error of the region × topic shares, and how often the 95% intervals hold
 * the true share. Writes bench/results/validation-example.{json,md}. Run `npm run build` first.
 * `--tagger hybrid`: the default tagging instead (lexicon + a model trained here on the dev posts of
 * every other writer, so W06–W10 stay unseen by it too); writes validation-example-hybrid.{json,md}.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEV = join(ROOT, 'studies', 'talent', 'corpus', 'dev.jsonl');
const CLI = join(ROOT, 'bin', 'yuqing.js');
const dir = mkdtempSync(join(tmpdir(), 'yuqing-validation-example-'));
const yuqing = (...args) => execFileSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const coded = (id) => createHash('sha256').update(id).digest().readUInt32BE(0) % 2 === 0;
const UNSEEN_BY_LEXICON = /^W(0[6-9]|10)$/;
const gold = readFileSync(DEV, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l))
  .filter((g) => UNSEEN_BY_LEXICON.test(g.source ?? ''));
const halfA = gold.filter((g) => coded(g.id));
const halfB = gold.filter((g) => !coded(g.id));
const write = (name, records) => {
  writeFileSync(join(dir, name), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return join(dir, name);
};

const dumpB = write(
  'B.posts.jsonl',
  halfB.map(({ relevant, topics, viewpoints, polarity, ...post }) => post),
);
const codedA = write('A.coded.jsonl', halfA);
const postsA = write(
  'A.posts.jsonl',
  halfA.map(({ relevant, topics, viewpoints, polarity, ...post }) => post),
);
const hybrid = process.argv.includes('--tagger') && process.argv[process.argv.indexOf('--tagger') + 1] === 'hybrid';
let tagging = ['--no-model'];
if (hybrid) {
  const others = readFileSync(DEV, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((g) => !UNSEEN_BY_LEXICON.test(g.source ?? ''));
  const model = join(dir, 'model.json');
  yuqing('train', '--gold', write('others.jsonl', others), '-o', model);
  tagging = ['--model', model];
}
yuqing('classify', dumpB, ...tagging, '-q', '-o', join(dir, 'B.classified.jsonl'));
yuqing('classify', postsA, ...tagging, '-q', '-o', join(dir, 'A.classified.jsonl'));
const raw = JSON.parse(yuqing('report', join(dir, 'B.classified.jsonl'), '--format', 'json'));
const corrected = JSON.parse(
  yuqing('report', join(dir, 'B.classified.jsonl'), '--format', 'json', '--validation', codedA, '--validation-pred', join(dir, 'A.classified.jsonl')),
);

/** B's true share of a cell, from its own labels (the denominators of the report). */
function truth(cell) {
  const region = halfB.filter((g) => g.region === cell.region);
  const denominator = cell.viewpoint === null ? region.filter((g) => g.relevant) : region.filter((g) => g.topics.includes(cell.topic));
  if (denominator.length === 0) return null;
  const has = cell.viewpoint === null ? (g) => g.topics.includes(cell.topic) : (g) => g.viewpoints.includes(cell.viewpoint);
  return { share: denominator.filter(has).length / denominator.length, n: denominator.length };
}

function measure(shares, which) {
  const cells = shares
    .filter((s) => s.region !== 'unknown' && (which === 'topic' ? s.viewpoint === null : s.viewpoint !== null))
    .map((s) => ({ ...s, truth: truth(s) }))
    .filter((s) => s.truth !== null);
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    cells: cells.length,
    mae_raw_points: +(100 * mean(cells.map((c) => Math.abs(c.raw - c.truth.share)))).toFixed(2),
    mae_estimate_points: +(100 * mean(cells.map((c) => Math.abs(c.estimate - c.truth.share)))).toFixed(2),
    coverage: +mean(cells.map((c) => (c.low - 1e-9 <= c.truth.share && c.truth.share <= c.high + 1e-9 ? 1 : 0))).toFixed(3),
    mean_width_points: +(100 * mean(cells.map((c) => c.high - c.low))).toFixed(1),
    table: cells.map((c) => ({
      region: c.region,
      topic: c.topic,
      viewpoint: c.viewpoint,
      truth: +c.truth.share.toFixed(4),
      raw: c.raw,
      estimate: c.estimate,
      low: c.low,
      high: c.high,
      n: c.n,
    })),
  };
}

const result = {
  corpus: 'studies/talent/corpus/dev.jsonl',
  split: 'sha256(id), first 4 bytes as an unsigned integer, even → A (coded), odd → B (dump)',
  coded_posts: halfA.length,
  dump_posts: halfB.length,
  tagger: hybrid ? 'hybrid (lexicon + a model trained on the dev posts of the other writers)' : 'lexicon alone (--no-model)',
  topic_shares: { raw: measure(raw.shares, 'topic'), corrected: measure(corrected.shares, 'topic') },
  viewpoint_shares: { raw: measure(raw.shares, 'viewpoint'), corrected: measure(corrected.shares, 'viewpoint') },
  warnings: corrected.validation.warnings.length,
};

const pct = (x) => (x * 100).toFixed(1);
const rows = result.topic_shares.corrected.table.map(
  (c) => `| ${c.region} | ${c.topic} | ${c.n} | ${pct(c.truth)} | ${pct(c.raw)} | ${pct(c.estimate)} [${pct(c.low)}–${pct(c.high)}] |`,
);
const t = result.topic_shares;
const v = result.viewpoint_shares;
const md = `# Worked example: validation on the dev posts of writers W06–W10 (studies/talent/corpus/dev.jsonl)

Generated by \`node scripts/validation-example.mjs${hybrid ? ' --tagger hybrid' : ''}\`. Half A (${result.coded_posts} posts) coded, half B (${result.dump_posts} posts) reported; tagger: ${result.tagger}.

| | cells | mean abs. error, raw | mean abs. error, corrected | 95% interval holds the truth: raw (Wilson) | corrected | mean width raw / corrected (points) |
|---|---|---|---|---|---|---|
| region × topic | ${t.corrected.cells} | ${t.raw.mae_raw_points} | ${t.corrected.mae_estimate_points} | ${t.raw.coverage} | ${t.corrected.coverage} | ${t.raw.mean_width_points} / ${t.corrected.mean_width_points} |
| region × topic × viewpoint | ${v.corrected.cells} | ${v.raw.mae_raw_points} | ${v.corrected.mae_estimate_points} | ${v.raw.coverage} | ${v.corrected.coverage} | ${v.raw.mean_width_points} / ${v.corrected.mean_width_points} |

| region | topic | n (tool) | true share of B | raw | corrected [95%] |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
const stem = hybrid ? 'validation-example-hybrid' : 'validation-example';
writeFileSync(join(ROOT, 'bench', 'results', `${stem}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench', 'results', `${stem}.md`), md);
process.stdout.write(md);
