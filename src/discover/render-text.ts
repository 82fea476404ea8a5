/**
 * A discovery as plain text for the terminal: what ran, then each theme with its size and shares,
 * distinctive terms, the labels its posts carry, examples with the terms in [brackets], and the
 * YAML snippet for a new viewpoint.
 */
import type { Share } from '../aggregate/wilson.js';
import type { Span } from './assign.js';
import type { Discovery } from './discovery.js';
import type { DiscoveryMeta } from './render-json.js';
import { describeScope } from './scope.js';
import { viewpointSnippet } from './snippet.js';
import type { Theme, ThemeExample } from './themes.js';

const EXCERPT = 160;

export function formatShare(s: Share): string {
  const p = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `${p(s.share)} [${p(s.low)}–${p(s.high)}] (${s.count}/${s.total})`;
}

/** The example's evidence with highlights bracketed, blank runs folded, cut to a readable length. */
export function markedExcerpt(e: ThemeExample, open: string, close: string, escapeText: (s: string) => string = (s) => s): string {
  const parts: string[] = [];
  for (const span of e.spans) {
    let at = span.start;
    let out = '';
    const inside = e.highlights.filter((h: Span) => h.start >= span.start && h.end <= span.end);
    for (const h of inside) {
      out += escapeText(e.text.slice(at, h.start)) + open + escapeText(e.text.slice(h.start, h.end)) + close;
      at = h.end;
    }
    out += escapeText(e.text.slice(at, span.end));
    parts.push(out.replace(/\s+/g, ' ').trim());
  }
  const joined = parts.join(' … ');
  return e.spans.length === 1 && e.spans[0]!.start === 0 && e.spans[0]!.end === e.text.length ? joined : `… ${joined} …`;
}

function counts(c: Readonly<Record<string, number>>): string {
  const entries = Object.entries(c);
  return entries.length === 0 ? '—' : entries.map(([k, n]) => `${k} ${n}`).join(', ');
}

/** How the fit was guided by the viewpoints the lexicon tags. */
export function guidance(d: Discovery): string {
  return d.fit.known.length === 0 ? ' (unguided)' : `, guided by ${d.fit.known.length} known viewpoints fixed as themes`;
}

/** The fit in a line, and the posts leaning to known viewpoints. */
export function fitLines(d: Discovery): string[] {
  const auto = d.fit.auto ? ` (--auto: the most stable across seeds; ${d.fit.auto.stability.map((s) => `k=${s.k} ${s.stability.toFixed(3)}`).join(', ')})` : '';
  return [
    `${d.fit.method.toUpperCase()} on TF-IDF of ${d.fit.features}: ${d.fit.k} themes${auto}${guidance(d)}; seed ${d.seed}; fit on ${d.fit.sample.posts} posts (${d.fit.sample.units} units, ${d.fit.sample.vocabulary} features)`,
    ...(d.known.length > 0 ? [`posts leaning to a known viewpoint (untagged, read like it): ${d.known.map((t) => `${t.known} ${t.size}`).join(', ')}`] : []),
  ];
}

/** The input, lexicon and tagger lines. */
export function sourceLines(meta: DiscoveryMeta): string[] {
  return [
    `input ${meta.input.sha256} · lexicon ${meta.lexicon.id} ${meta.lexicon.version} ${meta.lexicon.hash}`,
    `tagger: ${meta.tagger ? `${meta.tagger.method}${meta.tagger.model === false ? '' : ` (model ${meta.tagger.model.file})`}` : 'unknown (no manifest beside the input)'}`,
  ];
}

export function discoveryText(d: Discovery, meta: DiscoveryMeta): string {
  const scope = describeScope(d.scope);
  const out = [
    `yuqing discover ${meta.input.file} — ${scope}`,
    ...sourceLines(meta),
    `read ${meta.read} · in scope ${d.counts.inScope} = assigned ${d.counts.assigned} + leaning to known viewpoints ${d.counts.known} + no word of the vocabulary ${d.counts.unassigned}`,
    ...fitLines(d),
    '',
  ];
  for (const t of d.themes) out.push(...themeLines(t, d, meta));
  return `${out.join('\n')}\n`;
}

/** One theme's block: heading (with `heading` after the rank, e.g. its topic), shares, terms, labels, examples, snippet. */
export function themeLines(t: Theme, d: Discovery, meta: DiscoveryMeta, rank: number = t.rank, heading = ''): string[] {
  const scope = describeScope(d.scope);
  const out: string[] = [];
  out.push(
    `── Theme ${rank}${heading}: ${
      t.terms
        .slice(0, 5)
        .map((x) => x.form)
        .join(' · ') || '(no distinctive term)'
    }`,
  );
  out.push(`size ${formatShare(t.share)}`);
  for (const [region, s] of Object.entries(t.regions)) out.push(`  ${region}: ${formatShare(s)}`);
  out.push(`terms: ${t.terms.map((x) => `${x.form} (G² ${x.g2.toFixed(1)})`).join(', ') || '—'}`);
  out.push(`labels its posts carry: topics ${counts(t.labels.topics)}; viewpoints ${counts(t.labels.viewpoints)}`);
  out.push('examples:');
  for (const e of t.examples) {
    const excerpt = markedExcerpt(e, '[', ']');
    out.push(`  ${e.id} (${e.region}): ${excerpt.length > EXCERPT ? `${excerpt.slice(0, EXCERPT)}…` : excerpt}`);
  }
  out.push('', viewpointSnippet(t, { totalThemes: d.themes.length, scope, seed: d.seed, topics: meta.topics }));
  return out;
}
