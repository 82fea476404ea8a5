/** Evaluation scores as plain text tables. */
import { POLARITIES } from '../taxonomy.js';
import { MIN_SHARE_POSTS, type Scores } from './metrics.js';
import type { Prf } from './prf.js';

const f = (x: number) => x.toFixed(3);

function prfLine(name: string, p: Prf): string {
  return `${name.padEnd(28)} P ${f(p.precision)}  R ${f(p.recall)}  F1 ${f(p.f1)}  (gold ${p.support}, tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
}

export function renderScores(title: string, s: Scores): string {
  const lines: string[] = [`# ${title}: ${s.posts} posts`, ''];
  lines.push(prfLine('relevance', s.relevance), '');
  lines.push(`topics (macro-F1 ${f(s.topicMacroF1)})`);
  for (const [t, prf] of Object.entries(s.topics)) lines.push(`  ${prfLine(t, prf)}`);
  lines.push('', `viewpoints (micro-F1 ${f(s.viewpointMicro.f1)}, macro-F1 ${f(s.viewpointMacroF1)})`);
  lines.push(`  ${prfLine('micro', s.viewpointMicro)}`);
  for (const [v, prf] of Object.entries(s.viewpoints)) lines.push(`  ${prfLine(v, prf)}`);
  lines.push('', `polarity over ${s.polarity.posts} gold-relevant posts: accuracy ${f(s.polarity.accuracy)}, macro-F1 ${f(s.polarity.macroF1)}`);
  for (const p of POLARITIES) lines.push(`  ${prfLine(p, s.polarity.perClass[p])}`);
  lines.push('', 'polarity confusion (rows gold, columns predicted)');
  lines.push(`  ${''.padEnd(10)}${POLARITIES.map((p) => p.padStart(10)).join('')}`);
  for (const g of POLARITIES) lines.push(`  ${g.padEnd(10)}${POLARITIES.map((p) => String(s.polarityConfusion[g][p]).padStart(10)).join('')}`);
  lines.push(
    '',
    `topic-share error (regions with ≥ ${MIN_SHARE_POSTS} gold-relevant posts): mean ${s.topicShare.meanPp.toFixed(2)} pp, max ${s.topicShare.maxPp.toFixed(2)} pp`,
  );
  for (const c of s.topicShare.cells) {
    lines.push(
      `  ${c.region.padEnd(9)} ${c.topic.padEnd(22)} gold ${(c.gold * 100).toFixed(1).padStart(5)}%  predicted ${(c.predicted * 100).toFixed(1).padStart(5)}%  error ${c.errorPp.toFixed(2)} pp`,
    );
  }
  return `${lines.join('\n')}\n`;
}
