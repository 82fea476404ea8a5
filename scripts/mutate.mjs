#!/usr/bin/env node
/**
 * `npm run mutate [-- target …]`: StrykerJS over each target of scripts/mutation-targets.mjs in
 * turn (incremental: only changed mutants rerun; `--force` reruns all), then a summary of the score
 * per target and every surviving mutant, written to reports/mutation/summary.md. Survivors already
 * explained in docs/mutation-survivors.md are marked as such; the others still need a test or a reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mutationTargets } from './mutation-targets.mjs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const summaryOnly = args.includes('--summary');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !mutationTargets.some((t) => t.name === n));
if (unknown.length > 0) {
  console.error(`unknown target ${unknown.join(', ')}: expected ${mutationTargets.map((t) => t.name).join(', ')}`);
  process.exit(2);
}
const chosen = names.length === 0 ? mutationTargets : mutationTargets.filter((t) => names.includes(t.name));

mkdirSync('reports/mutation', { recursive: true });
if (!summaryOnly) {
  for (const target of chosen) {
    console.error(`\n== mutate ${target.name}: ${target.mutate.join(' ')}`);
    const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...(force ? ['--force'] : [])], {
      stdio: 'inherit',
      env: { ...process.env, YUQING_MUTATE_TARGET: target.name },
    });
    if (run.status !== 0) {
      console.error(`stryker failed on ${target.name} (exit ${run.status}); see stryker.log`);
      process.exit(1);
    }
  }
}

/** Killed and timed-out mutants over all that ran (compile errors, found by the type checker, do not count). */
function score(mutants) {
  const n = (s) => mutants.filter((m) => m.status === s).length;
  const detected = n('Killed') + n('Timeout');
  const undetected = n('Survived') + n('NoCoverage');
  return { detected, undetected, total: detected + undetected, score: detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected) };
}

const explained = (existsSync('docs/mutation-survivors.md') ? readFileSync('docs/mutation-survivors.md', 'utf8') : '')
  .split('\n')
  .filter((l) => l.startsWith('- '));
const squash = (text, n) => text.replace(/\s+/g, ' ').trim().slice(0, n).replaceAll('`', "'");
/**
 * A survivor is explained when an entry of docs/mutation-survivors.md names its file, the line it
 * changes as written (not its number: lines move, and a changed line needs a new look) and its mutator.
 */
function lineOf(m, source) {
  return squash(source.split('\n')[m.location.start.line - 1] ?? '', 70);
}
function isExplained(file, m, source) {
  const line = lineOf(m, source);
  const replacement = squash(m.replacement ?? '', 60);
  return explained.some((e) => {
    if (!e.includes(`\`${file}\``) || !e.includes(`\`${line}\``) || !new RegExp(`\\b${m.mutatorName}\\b`).test(e)) return false;
    // An entry that names replacements ("replacement `x`") covers only those.
    const named = [...e.matchAll(/replacement `([^`]*)`/g)].map((x) => x[1]);
    return named.length === 0 || named.includes(replacement);
  });
}

const lines = ['# Mutation score per target', '', '| target | mutants run | detected | survived or uncovered | score |', '|---|---:|---:|---:|---:|'];
const survivors = [];
for (const target of mutationTargets) {
  const file = `reports/mutation/${target.name}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const all = [];
  for (const [path, f] of Object.entries(report.files)) {
    for (const m of f.mutants) {
      all.push(m);
      if (m.status === 'Survived' || m.status === 'NoCoverage') survivors.push({ target: target.name, path, m, source: f.source });
    }
  }
  const s = score(all);
  lines.push(`| ${target.name} | ${s.total} | ${s.detected} | ${s.undetected} | ${s.score.toFixed(1)}% |`);
}
lines.push('', '## Survivors', '', '| target | where | mutator | replacement | status | explained |', '|---|---|---|---|---|---|');
let unexplained = 0;
const unexplainedKeys = [];
for (const { target, path, m, source } of survivors) {
  const ok = isExplained(path, m, source);
  if (!ok) unexplained++;
  lines.push(
    `| ${target} | ${path}:${m.location.start.line}:${m.location.start.column} | ${m.mutatorName} | \`${squash(m.replacement ?? '', 60).replaceAll('|', '\\|')}\` | ${m.status} | ${ok ? 'yes' : 'no'} |`,
  );
  if (!ok) unexplainedKeys.push(`\`${path}\` \`${lineOf(m, source)}\` ${m.mutatorName}`);
}
lines.push('', `${survivors.length} survivors, ${unexplained} not yet explained in docs/mutation-survivors.md.`);
if (unexplainedKeys.length > 0) lines.push('', '## Keys of the unexplained (for docs/mutation-survivors.md)', '', ...unexplainedKeys.map((k) => `- ${k}: `));
writeFileSync('reports/mutation/summary.md', `${lines.join('\n')}\n`);
console.log(lines.slice(0, 4 + mutationTargets.length).join('\n'));
console.log(`\n${survivors.length} survivors, ${unexplained} not yet explained; the list: reports/mutation/summary.md`);
