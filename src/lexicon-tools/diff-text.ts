/** A lexicon diff as text: the posts whose labels change, then the shares that move. */
import type { LexiconDiff, ShareMove } from './diff.js';
import type { LexiconIdentity } from '../lexicon/identity.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

function moveLine(m: ShareMove): string {
  const name = [m.region, m.topic, m.viewpoint].filter(Boolean).join(' · ');
  return `  ${name}: ${m.before.count}/${m.before.total} ${pct(m.before.share)} → ${m.after.count}/${m.after.total} ${pct(m.after.share)} (${signed(m.deltaPoints)} points)`;
}

export function renderDiffText(diff: LexiconDiff, before: LexiconIdentity, after: LexiconIdentity, corpus: string, limit: number): string {
  const out = [
    `lexicon diff on ${corpus} (${diff.posts} posts)`,
    `  before: ${before.id} ${before.version} ${before.hash}`,
    `  after:  ${after.id} ${after.version} ${after.hash}`,
    `${diff.changed} post(s) change labels${diff.changed > limit ? ` (first ${limit} shown; --limit changes it)` : ''}:`,
  ];
  for (const c of diff.changes.slice(0, limit)) {
    const parts = [...c.added.map((l) => `+${l}`), ...c.removed.map((l) => `-${l}`)];
    if (c.relevant) parts.push(`relevant ${c.relevant[0]}→${c.relevant[1]}`);
    if (c.polarity) parts.push(`polarity ${c.polarity[0]}→${c.polarity[1]}`);
    out.push(`  ${c.id} (${c.region}): ${parts.join(' ')}`);
  }
  out.push(
    diff.shares.length > 0 ? "shares that move (topic: of the region's relevant posts; viewpoint: of the region's posts on its topic):" : 'no share moves.',
  );
  out.push(...diff.shares.map(moveLine));
  return `${out.join('\n')}\n`;
}
