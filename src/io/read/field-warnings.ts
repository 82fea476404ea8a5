/**
 * Values yuqing does not know, counted rather than passed over in silence: a region name that is
 * not in platforms.yaml (its region then comes from the platform), a platform not in it (region
 * unknown unless a region field gives one), a kind other than io.md's. Each count keeps its first
 * value and line; the counts go to stderr and into the manifest.
 */
import type { Post } from '../../records.js';
import { KIND_VALUES } from '../../records.js';
import { platformId, regionNamed, type PlatformTable } from '../../region/resolve.js';

export const WARNING_KINDS = ['unknown_region', 'unknown_platform', 'unknown_kind'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export interface WarningCount {
  readonly count: number;
  readonly first: { readonly value: string; readonly line: number };
}
export type FieldWarnings = Partial<Record<WarningKind, WarningCount>>;

const given = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

function unknownValues(table: PlatformTable, post: Post): [WarningKind, string][] {
  const found: [WarningKind, string][] = [];
  if (given(post.region) && regionNamed(table, post.region) === undefined) found.push(['unknown_region', post.region]);
  if (given(post.platform) && platformId(table, post.platform) === undefined) found.push(['unknown_platform', post.platform]);
  if (given(post.kind) && !(KIND_VALUES as readonly string[]).includes(post.kind)) found.push(['unknown_kind', post.kind]);
  return found;
}

/** Counts unknown values of a batch's posts; `cache` remembers the answers for the batch's few distinct values. */
export function warningCounter(table: PlatformTable) {
  const cache = new Map<string, [WarningKind, string][]>();
  const counts: Partial<Record<WarningKind, { count: number; first: { value: string; line: number } }>> = {};
  return {
    note(post: Post, line: number): void {
      if (post.region === undefined && post.platform === undefined && post.kind === undefined) return;
      const key = `${post.platform ?? ''}\u0000${post.region ?? ''}\u0000${post.kind ?? ''}`;
      let found = cache.get(key);
      if (found === undefined) {
        found = unknownValues(table, post);
        cache.set(key, found);
      }
      for (const [kind, value] of found) {
        const c = counts[kind];
        if (c === undefined) counts[kind] = { count: 1, first: { value, line } };
        else c.count++;
      }
    },
    result: (): FieldWarnings => counts,
  };
}

/** Counts of later batches added to earlier ones (the first value stays the earliest). */
export function addWarnings(total: FieldWarnings, batch: FieldWarnings | undefined): FieldWarnings {
  if (batch === undefined) return total;
  const out: Record<string, WarningCount> = { ...total };
  for (const kind of WARNING_KINDS) {
    const b = batch[kind];
    if (b === undefined) continue;
    const t = out[kind];
    out[kind] = t === undefined ? b : { count: t.count + b.count, first: t.first };
  }
  return out;
}

const SENTENCES: Readonly<Record<WarningKind, (n: number, first: string) => string>> = {
  unknown_region: (n, first) =>
    `${n} records give a region yuqing does not know (${first}); their region came from the platform instead. Add the name to a region in platforms.yaml (--platforms), or map another column with --region-field.`,
  unknown_platform: (n, first) =>
    `${n} records name a platform not in platforms.yaml (${first}); their region is unknown unless a region field gives it. If the name is another spelling of a listed platform, add it to that platform's names in a copy of platforms.yaml and pass --platforms.`,
  unknown_kind: (n, first) =>
    `${n} records give a kind other than ${KIND_VALUES.join(', ')} (${first}); it is kept as written, and reports count it under that name.`,
};

/** One line per kind of warning, for stderr. */
export function describeWarnings(warnings: FieldWarnings): string[] {
  return WARNING_KINDS.flatMap((kind) => {
    const w = warnings[kind];
    return w === undefined ? [] : [`warning: ${SENTENCES[kind](w.count, `first ${JSON.stringify(w.first.value)}, line ${w.first.line}`)}`];
  });
}
