/**
 * The lexicon's features of a text by number (lexiconFeatures in features.ts names them): the hit
 * table's rows read in place, each row's feature looked up by its role and whether a negator
 * cancels it, from a table built once per vocabulary and tag plan — no Hit objects, no names per hit.
 */
import type { TextAnalysis } from '../classify.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import { hitTable, isCancelledRow } from '../tag/hit-table.js';
import type { TagPlan } from '../tag/plan.js';
import { labelOf } from './features.js';

/** Where feature occurrences go (feature-index.ts's Occurrences). */
export interface OccurrenceSink {
  add(feature: number, start: number, end: number): void;
}

/** Feature number by name (the vocabulary's `named` map); −1 where the vocabulary lacks it. */
export type NamedFeatures = ReadonlyMap<string, number>;

const NO_LABEL = -2;
/** Per vocabulary: the plan its role table was built for, and per role 2·role (stands) and 2·role + 1 (cancelled). */
const roleTables = new WeakMap<NamedFeatures, { readonly plan: TagPlan; readonly feature: Int32Array }>();

function roleFeatures(named: NamedFeatures, plan: TagPlan): Int32Array {
  const cached = roleTables.get(named);
  if (cached?.plan === plan) return cached.feature;
  const feature = new Int32Array(2 * plan.target.length).fill(NO_LABEL);
  plan.target.forEach((target, role) => {
    const label = labelOf(target);
    if (label === undefined) return;
    feature[2 * role] = named.get(`lex:${label}`) ?? -1;
    feature[2 * role + 1] = named.get(`lexneg:${label}`) ?? -1;
  });
  roleTables.set(named, { plan, feature });
  return feature;
}

/** The same occurrences, in the same order, as lexiconFeatures's names looked up in `named`. */
export function lexiconEntries(named: NamedFeatures, analysis: TextAnalysis, lexicon: CompiledLexicon, out: OccurrenceSink): void {
  const { matches } = analysis;
  const table = hitTable(lexicon, matches);
  const feature = roleFeatures(named, table.plan);
  for (let h = 0; h < table.count; h++) {
    const f = feature[2 * table.role[h]! + (isCancelledRow(table, h) ? 1 : 0)]!;
    if (f === NO_LABEL) continue;
    const first = matches[table.matchOf[table.first[h]!]!]!;
    out.add(f, first.start, first.end);
  }
  const tags = analysis.tags;
  const tag = (name: string) => out.add(named.get(name) ?? -1, -1, -1);
  if (tags.relevant) tag('tag:relevant');
  for (const label of tags.topics) tag(`tag:${label}`);
  for (const label of tags.viewpoints) tag(`tag:${label}`);
  tag(`tag:pol:${tags.polarity}`);
}
