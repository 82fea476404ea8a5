/**
 * `--by-topic`: one discovery per topic of the lexicon (each fitted on its own scope), pooled into
 * one list of themes, largest first, each naming its topic. A post carrying two topics is grouped
 * in each topic's fit, so pooled counts add up per topic, not per post. The JSON keeps the shape of
 * one discovery (`themes`, `known`) with a `topic` on each entry and the per-topic fits, counts and
 * unassigned posts under `topics`.
 */
import type { Discovery } from './discovery.js';
import { gap, jsonPieces, knownValue, themeValue, type DiscoveryMeta, type JsonPiece } from './render-json.js';
import { fitLines, sourceLines, themeLines } from './render-text.js';
import { describeScope, type Scope } from './scope.js';
import type { Theme } from './themes.js';

export interface TopicDiscovery {
  readonly topic: string;
  readonly discovery: Discovery;
}

interface PooledTheme {
  readonly rank: number;
  readonly part: number;
  readonly theme: Theme;
}

/** Every topic's free themes, largest first (ties: the lexicon's topic order, then the rank within the topic). */
export function pooledThemes(parts: readonly TopicDiscovery[]): PooledTheme[] {
  const all = parts.flatMap((p, part) => p.discovery.themes.map((theme) => ({ part, theme })));
  all.sort((a, b) => b.theme.size - a.theme.size || a.part - b.part || a.theme.rank - b.theme.rank);
  return all.map((x, i) => ({ rank: i + 1, ...x }));
}

const sum = (parts: readonly TopicDiscovery[], count: (d: Discovery) => number) => parts.reduce((s, p) => s + count(p.discovery), 0);

function pooledRegions(parts: readonly TopicDiscovery[]): Record<string, number> {
  const regions: Record<string, number> = {};
  for (const p of parts) for (const [r, n] of Object.entries(p.discovery.regions)) regions[r] = (regions[r] ?? 0) + n;
  return Object.fromEntries(Object.entries(regions).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

export function describePooled(base: Scope): string {
  return `${describeScope(base)}, one fit per topic`;
}

export function pooledJson(parts: readonly TopicDiscovery[], base: Scope, seed: number, meta: DiscoveryMeta): JsonPiece[] {
  const { topics: _topics, ...recorded } = meta;
  const first = parts[0]!.discovery.fit;
  const value = {
    format: 'yuqing-themes/1',
    ...recorded,
    scope: { kind: 'by-topic', of: base.kind, description: describePooled(base) },
    seed,
    fit: { method: first.method, features: first.features, k: sum(parts, (d) => d.fit.k) },
    counts: {
      read: meta.read,
      inScope: sum(parts, (d) => d.counts.inScope),
      assigned: sum(parts, (d) => d.counts.assigned),
      known: sum(parts, (d) => d.counts.known),
      unassigned: sum(parts, (d) => d.counts.unassigned),
    },
    regions: pooledRegions(parts),
    topics: parts.map((p, run) => ({
      topic: p.topic,
      scope: { ...p.discovery.scope, description: describeScope(p.discovery.scope) },
      fit: p.discovery.fit,
      counts: p.discovery.counts,
      regions: p.discovery.regions,
      unassigned: { size: p.discovery.counts.unassigned, posts: gap('posts', -1, run) },
    })),
    themes: pooledThemes(parts).map(({ rank, part, theme }) => {
      const d = parts[part]!.discovery;
      return Object.assign({ rank, topic: parts[part]!.topic }, themeValue(theme, d, meta, describeScope(d.scope), d.themes.length, part), {
        rank,
        rank_in_topic: theme.rank,
      });
    }),
    known: parts.flatMap((p, run) => p.discovery.known.map((t) => ({ topic: p.topic, ...knownValue(t, run) }))),
  };
  return jsonPieces(value);
}

export function pooledText(parts: readonly TopicDiscovery[], base: Scope, meta: DiscoveryMeta): string {
  const out = [`yuqing discover ${meta.input.file} — ${describePooled(base)}`, ...sourceLines(meta), `read ${meta.read}`];
  for (const p of parts) {
    const c = p.discovery.counts;
    out.push(
      '',
      `topic ${p.topic}: in scope ${c.inScope} = assigned ${c.assigned} + leaning to known viewpoints ${c.known} + no word of the vocabulary ${c.unassigned}`,
      ...fitLines(p.discovery),
    );
  }
  out.push('');
  for (const { rank, part, theme } of pooledThemes(parts))
    out.push(...themeLines(theme, parts[part]!.discovery, meta, rank, ` (topic ${parts[part]!.topic}, its theme ${theme.rank})`));
  return `${out.join('\n')}\n`;
}
