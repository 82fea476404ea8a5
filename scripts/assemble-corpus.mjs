#!/usr/bin/env node
// Builds studies/talent/corpus/{dev,test,annotations}.jsonl from the writers' files and the readings:
//   STAGING/raw/<S>.jsonl        posts as written, with the writer's labels (reading A)
//   STAGING/labels-b/<S>.jsonl   the blind second reading (B)
//   STAGING/labels-c/<S>.jsonl   the third reading of the posts where A and B disagree (C)
// A post's label for a field is A's when A and B agree, else C's. Sources named T… are the test
// split (writers whose posts are never read while tuning); all others, and the earlier corpus
// (`--earlier FILE…`, source "v0", one reading), are dev. Prints counts only, never a post.
// Usage: node scripts/assemble-corpus.mjs STAGING --earlier studies/talent/corpus/dev.jsonl studies/talent/corpus/test.jsonl
//    or: node scripts/assemble-corpus.mjs STAGING --append
// --append keeps studies/talent/corpus/{dev,test,annotations}.jsonl as they are and adds the staging's
// sources that are not in them yet (new writers), in the order a full rebuild would give.
import { existsSync, readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const FIELDS = ['relevant', 'topics', 'viewpoints', 'polarity'];
const POST_FIELDS = ['id', 'platform', 'kind', 'published_at', 'region', 'text', 'url'];
const args = process.argv.slice(2);
const staging = args[0];
const earlierAt = args.indexOf('--earlier');
const earlier = earlierAt < 0 ? [] : args.slice(earlierAt + 1);
const append = args.includes('--append');
const dir = new URL('../studies/talent/corpus/', import.meta.url).pathname;
if (!staging || !existsSync(join(staging, 'raw'))) {
  console.error('usage: node scripts/assemble-corpus.mjs STAGING [--earlier FILE…]');
  process.exit(2);
}

const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
const labelsOf = (r) => Object.fromEntries(FIELDS.map((f) => [f, r[f]]));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function settled(a, b, c) {
  const out = {};
  for (const f of FIELDS) {
    if (same(a[f], b[f])) out[f] = a[f];
    else if (c === undefined) throw new Error(`no third reading for a post where the readings disagree on ${f}`);
    else out[f] = c[f];
  }
  if (!out.relevant) Object.assign(out, { topics: [], viewpoints: [], polarity: 'neutral' });
  return out;
}

const records = { dev: [], test: [] };
const annotations = [];
const stats = {};
// --append: the corpus as it stands first (its sources are not read from the staging again).
const present = new Set();
if (append) {
  records.dev.push(...readJsonl(join(dir, 'dev.jsonl')));
  records.test.push(...readJsonl(join(dir, 'test.jsonl')));
  annotations.push(...readJsonl(join(dir, 'annotations.jsonl')));
  for (const r of [...records.dev, ...records.test]) present.add(r.source);
}
// The earlier corpus first, in its files' order (one reading).
const earlierIds = new Set();
for (const file of earlier) {
  for (const r of readJsonl(file)) {
    if (earlierIds.has(r.id)) continue;
    earlierIds.add(r.id);
    records.dev.push({ ...r, source: 'v0' });
  }
}
const sources = readdirSync(join(staging, 'raw'))
  .filter((f) => f.endsWith('.jsonl'))
  .map((f) => f.slice(0, -6))
  .sort();
for (const source of sources) {
  const b = existsSync(join(staging, 'labels-b', `${source}.jsonl`))
    ? new Map(readJsonl(join(staging, 'labels-b', `${source}.jsonl`)).map((r) => [r.id, r]))
    : undefined;
  if (b === undefined) {
    console.error(`${source}: no second reading yet — left out`);
    continue;
  }
  const cFile = join(staging, 'labels-c', `${source}.jsonl`);
  const c = existsSync(cFile) ? new Map(readJsonl(cFile).map((r) => [r.id, r])) : new Map();
  const side = source.startsWith('T') ? 'test' : 'dev';
  const s = (stats[source] = { side, posts: 0, disputed: 0 });
  for (const raw of readJsonl(join(staging, 'raw', `${source}.jsonl`))) {
    const second = b.get(raw.id);
    if (second === undefined) throw new Error(`${source}: ${raw.id} has no second reading`);
    const third = c.get(raw.id);
    const final = settled(labelsOf(raw), labelsOf(second), third && labelsOf(third));
    const post = Object.fromEntries(POST_FIELDS.filter((k) => raw[k] !== undefined).map((k) => [k, raw[k]]));
    records[side].push({ ...post, source, ...final });
    annotations.push({ id: raw.id, source, writer: labelsOf(raw), second: labelsOf(second), ...(third ? { third: labelsOf(third) } : {}), final });
    s.posts++;
    if (!same(labelsOf(raw), labelsOf(second))) s.disputed++;
  }
}

function writeJsonl(file, rows) {
  writeFileSync(`${file}.tmp`, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  renameSync(`${file}.tmp`, file);
}
// Annotations are grouped by source in sorted order, as a full rebuild writes them (stable sort).
annotations.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
writeJsonl(join(dir, 'dev.jsonl'), records.dev);
writeJsonl(join(dir, 'test.jsonl'), records.test);
writeJsonl(join(dir, 'annotations.jsonl'), annotations);
for (const [source, s] of Object.entries(stats)) console.log(`${source} (${s.side}): ${s.posts} posts, ${s.disputed} with the readings apart`);
console.log(`dev ${records.dev.length} posts (${records.dev.filter((r) => r.source === 'v0').length} earlier), test ${records.test.length}`);
