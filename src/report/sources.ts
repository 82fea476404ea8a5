/** Rows of the platforms and kinds table, the same in every format: one row per platform and kind, a share per region shown. */
import type { Summary } from '../aggregate/summary.js';
import type { Share } from '../aggregate/wilson.js';
import type { Wording } from './html/wording.js';

export interface SourceRow {
  readonly group: 'platform' | 'kind' | 'relevant_kind';
  readonly key: string;
  readonly label: string;
  /** One per region of summary.regions; undefined where the region has none. */
  readonly shares: readonly (Share | undefined)[];
}

export function sourceRows(summary: Summary, w: Wording): SourceRow[] {
  const p = summary.profiles;
  const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];
  const platforms = union(p.map((x) => x.platforms.map((y) => y.platform))).sort((a, b) => total(p, b) - total(p, a) || (a < b ? -1 : 1));
  const kinds = union(p.map((x) => x.kinds.map((y) => y.kind))).sort();
  const relevantKinds = union(p.map((x) => x.relevantKinds.map((y) => y.kind))).sort();
  return [
    ...platforms.map((name) => ({ group: 'platform' as const, key: name, label: w.fill(w.t.sources_platform, { name }), shares: p.map((x) => x.platforms.find((y) => y.platform === name)?.share) })),
    ...kinds.map((name) => ({ group: 'kind' as const, key: name, label: w.fill(w.t.sources_kind, { name: w.kind(name) }), shares: p.map((x) => x.kinds.find((y) => y.kind === name)?.share) })),
    ...relevantKinds.map((name) => ({ group: 'relevant_kind' as const, key: name, label: w.fill(w.t.sources_kind_relevant, { name: w.kind(name) }), shares: p.map((x) => x.relevantKinds.find((y) => y.kind === name)?.share) })),
  ];
}

function total(p: Summary['profiles'], platform: string): number {
  return p.reduce((n, x) => n + (x.platforms.find((y) => y.platform === platform)?.share.count ?? 0), 0);
}
