#!/usr/bin/env node
// Themes against a labelled corpus: for each theme of a `yuqing discover --format json` file, the
// share of its posts the corpus marks relevant, its dominant gold topic and viewpoint with their
// purity (the share of the theme's posts carrying them). The second target asks that the
// largest themes each be dominated by one gold topic (purity ≥ 0.6).
// `node scripts/theme-gold.mjs THEMES.json GOLD.jsonl [--top N]` → a Markdown table on stdout.
import { readFileSync } from 'node:fs';

const [themesFile, goldFile] = process.argv.slice(2);
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || Infinity;
if (!themesFile || !goldFile) {
  console.error('usage: node scripts/theme-gold.mjs THEMES.json GOLD.jsonl [--top N]');
  process.exit(2);
}
const { themes } = JSON.parse(readFileSync(themesFile, 'utf8'));
const gold = new Map(
  readFileSync(goldFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((p) => [p.id, p]),
);

/** The label most of `posts` carry in `field`, and the share that carries it. */
function dominant(posts, field) {
  const counts = new Map();
  for (const p of posts) for (const label of p?.[field] ?? []) counts.set(label, (counts.get(label) ?? 0) + 1);
  const [label, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['—', 0];
  return { label, purity: posts.length === 0 ? 0 : n / posts.length };
}

const f = (x) => x.toFixed(2);
const lines = [
  '| theme | size | its terms | gold relevant | gold with a topic | dominant gold topic (purity) | dominant gold viewpoint (purity) |',
  '|---|---|---|---|---|---|---|',
];
let dominated = 0;
const shown = themes.slice(0, top);
for (const t of shown) {
  const posts = t.posts.map((id) => gold.get(id));
  const relevant = posts.filter((p) => p?.relevant).length / posts.length;
  const withTopic = posts.filter((p) => (p?.topics ?? []).length > 0).length / posts.length;
  const topic = dominant(posts, 'topics');
  const viewpoint = dominant(posts, 'viewpoints');
  if (topic.purity >= 0.6) dominated++;
  lines.push(
    `| ${t.rank} | ${t.size} | ${t.written.slice(0, 5).join(' · ')} | ${f(relevant)} | ${f(withTopic)} | ${topic.label} (${f(topic.purity)}) | ${viewpoint.label} (${f(viewpoint.purity)}) |`,
  );
}
lines.push('', `${dominated} of ${shown.length} themes dominated by one gold topic (purity ≥ 0.6).`);
console.log(lines.join('\n'));
