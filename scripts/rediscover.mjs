#!/usr/bin/env node
// The rediscovery test, for every viewpoint with at least 15 posts in the labelled dev corpus:
// copy the bundled lexicon, remove the viewpoint's cues (and its examples), classify
// studies/talent/corpus/dev.jsonl with the copy and --no-model, discover among relevant posts with no
// viewpoint (`yuqing discover --unlabelled`), and score the theme that recovers the viewpoint best
// against the corpus labels: purity = its posts carrying the viewpoint / its posts; recall = those /
// the in-scope posts carrying the viewpoint. Passing: both ≥ 0.6.
// Posts leaning to a known viewpoint's fixed theme (guided discovery) stay in scope, so recall counts
// them, but are no new theme: only the free themes are scored.
// With --by-topic, discovery runs `--unlabelled --by-topic` (one fit per topic of the lexicon, themes
// pooled); recall is still counted against every relevant post with no viewpoint (the --unlabelled
// scope), so the posts that carry no topic, out of the pooled scope, count as missed.
// `npm run build && node scripts/rediscover.mjs [--k N | --auto] [--seed S] [--unguided] [--by-topic] [--only ID,ID]`
// Results: bench/results/rediscovery[-kN][-seedS][-unguided][-by-topic].{md,json} (no -seedS for seed 1).
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { runCli } from '../dist/index.js';
import { bestTheme } from '../dist/evaluate/themes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const k = arg('--k');
const seed = arg('--seed') ?? '1';
const unguided = process.argv.includes('--unguided');
const byTopic = process.argv.includes('--by-topic');
const MIN_POSTS = 15;
const PASS = 0.6;
const dev = join(root, 'studies', 'talent', 'corpus', 'dev.jsonl');
const gold = readFileSync(dev, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const counts = new Map();
for (const p of gold) for (const v of p.viewpoints) counts.set(v, (counts.get(v) ?? 0) + 1);
const only = arg('--only')?.split(',');
const viewpoints = [...counts]
  .filter(([v, n]) => n >= MIN_POSTS && (!only || only.includes(v)))
  .map(([v]) => v)
  .sort();
const sink = () => new Writable({ write: (_c, _e, done) => done() });
const io = { stdout: sink(), stderr: sink(), stdin: Readable.from([]), stderrIsTTY: false };

/** A copy of the bundled lexicon with the viewpoint's cues and examples removed. */
function lexiconWithout(viewpoint, dir) {
  cpSync(join(root, 'studies', 'talent', 'lexicon'), dir, { recursive: true });
  for (const name of readdirSync(join(dir, 'viewpoints'))) {
    const path = join(dir, 'viewpoints', name);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    if (!doc.has(viewpoint)) continue;
    doc.setIn([viewpoint, 'cues'], []);
    doc.deleteIn([viewpoint, 'examples']);
    writeFileSync(path, doc.toString());
  }
}

export async function rediscover(viewpoint) {
  const work = mkdtempSync(join(tmpdir(), 'yuqing-rediscover-'));
  try {
    const lexicon = join(work, 'lexicon');
    lexiconWithout(viewpoint, lexicon);
    const classified = join(work, 'classified.jsonl');
    const themesFile = join(work, 'themes.json');
    if ((await runCli(['classify', dev, '--lexicon', lexicon, '--no-model', '--workers', '1', '--quiet', '-o', classified], io)) !== 0)
      throw new Error('classify failed');
    const choice = k === undefined ? ['--auto'] : ['--k', k];
    if (
      (await runCli(
        [
          'discover',
          classified,
          '--lexicon',
          lexicon,
          '--unlabelled',
          ...choice,
          ...(unguided ? ['--unguided'] : []),
          ...(byTopic ? ['--by-topic'] : []),
          '--seed',
          seed,
          '--format',
          'json',
          '-o',
          themesFile,
        ],
        io,
      )) !== 0
    )
      throw new Error('discover failed');
    const result = JSON.parse(readFileSync(themesFile, 'utf8'));
    const inScope = byTopic
      ? new Set(
          readFileSync(classified, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l))
            .filter((r) => r.relevant && r.viewpoints.length === 0)
            .map((r) => r.id),
        )
      : new Set([...result.themes.flatMap((t) => t.posts), ...(result.known ?? []).flatMap((t) => t.posts), ...result.unassigned.posts]);
    const labelled = new Set(gold.filter((p) => p.viewpoints.includes(viewpoint)).map((p) => p.id));
    const best = bestTheme(result.themes, labelled, inScope);
    const target = [...inScope].filter((id) => labelled.has(id)).length;
    const theme = best && result.themes.find((t) => t.rank === best.rank);
    const knownIds = new Set((result.known ?? []).flatMap((t) => t.posts));
    const toKnown = [...labelled].filter((id) => knownIds.has(id)).length;
    const topicOf = theme?.topic === undefined ? {} : { topic: theme.topic };
    return {
      viewpoint,
      gold: labelled.size,
      inScope: inScope.size,
      target,
      k: result.fit.k,
      known: result.fit.known?.length ?? 0,
      toKnown,
      best,
      terms: theme ? theme.written.slice(0, 5) : [],
      ...topicOf,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  for (const v of viewpoints) {
    const row = await rediscover(v);
    rows.push(row);
    console.error(JSON.stringify(row));
  }
  const f = (x) => (x === undefined ? '—' : x.toFixed(2));
  const passed = rows.filter((r) => r.best && r.best.purity >= PASS && r.best.recall >= PASS).length;
  const mean = (key) => rows.reduce((s, r) => s + (r.best?.[key] ?? 0), 0) / rows.length;
  const lines = [
    `Rediscovery on studies/talent/corpus/dev.jsonl: each viewpoint's cues removed from a copy of the bundled lexicon, classified with --no-model, \`yuqing discover --unlabelled ${k === undefined ? '--auto' : `--k ${k}`}${unguided ? ' --unguided' : ''}${byTopic ? ' --by-topic' : ''} --seed ${seed}\`${byTopic ? ' (k themes per topic; recall against every relevant post with no viewpoint)' : ''}. Purity and recall of the best theme (by F1) against the corpus labels, among the posts in scope (relevant, no viewpoint).`,
    '',
    "| viewpoint | gold posts | in scope (all / the viewpoint's) | k | best theme (size) | purity | recall | passes | its top terms |",
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.viewpoint} | ${r.gold} | ${r.inScope} / ${r.target} | ${r.k} | ${r.best ? `${r.best.rank} (${r.best.size}${r.topic ? `, ${r.topic}` : ''})` : '—'} | ${f(r.best?.purity)} | ${f(r.best?.recall)} | ${r.best && r.best.purity >= PASS && r.best.recall >= PASS ? 'yes' : 'no'} | ${r.terms.join(' · ')} |`,
    ),
    '',
    `Mean purity ${f(mean('purity'))}, mean recall ${f(mean('recall'))}, mean F1 ${f(mean('f1'))}; ${passed} of ${rows.length} viewpoints pass (purity ≥ ${PASS} and recall ≥ ${PASS}).`,
  ];
  const suffix = `${only ? '-partial' : k === undefined ? '' : `-k${k}`}${seed === '1' ? '' : `-seed${seed}`}${unguided ? '-unguided' : ''}${byTopic ? '-by-topic' : ''}`;
  writeFileSync(join(root, 'bench', 'results', `rediscovery${suffix}.md`), `${lines.join('\n')}\n`);
  writeFileSync(
    join(root, 'bench', 'results', `rediscovery${suffix}.json`),
    `${JSON.stringify({ k: k ?? 'auto', seed: Number(seed), ...(byTopic ? { scope: 'by-topic' } : {}), rows }, null, 2)}\n`,
  );
  console.log(lines.join('\n'));
}
