/**
 * Scores of predicted labels against gold labels (issue: accuracy near a second annotator):
 * relevance F1, per-topic and macro F1, viewpoint micro/macro F1, polarity accuracy and macro F1
 * over gold-relevant posts, topic-share error per region, and confusion tables.
 */
import type { Taxonomy } from '../study/taxonomy.js';
import { POLARITIES, type Polarity } from '../taxonomy.js';
import { mean, PrfCounter, type Prf } from './prf.js';

export interface Labels {
  readonly relevant: boolean;
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
  readonly polarity: Polarity;
}

export interface Pair {
  readonly id: string;
  readonly region: string;
  readonly gold: Labels;
  readonly predicted: Labels;
}

export interface TopicShareError {
  readonly region: string;
  readonly topic: string;
  readonly gold: number;
  readonly predicted: number;
  /** |predicted − gold| in percentage points. */
  readonly errorPp: number;
}

export interface Scores {
  readonly posts: number;
  readonly relevance: Prf;
  readonly topics: Readonly<Record<string, Prf>>;
  readonly topicMacroF1: number;
  readonly viewpointMicro: Prf;
  readonly viewpointMacroF1: number;
  readonly viewpoints: Readonly<Record<string, Prf>>;
  readonly polarity: { readonly posts: number; readonly accuracy: number; readonly macroF1: number; readonly perClass: Readonly<Record<Polarity, Prf>> };
  /** gold → predicted → count, over gold-relevant posts. */
  readonly polarityConfusion: Readonly<Record<Polarity, Readonly<Record<Polarity, number>>>>;
  readonly topicShare: { readonly meanPp: number; readonly maxPp: number; readonly cells: readonly TopicShareError[] };
}

function topicShares(topics: readonly string[], pairs: readonly Pair[], region: string, side: 'gold' | 'predicted'): Record<string, number> {
  const relevant = pairs.filter((p) => p.region === region && p[side].relevant);
  const out = {} as Record<string, number>;
  for (const t of topics) out[t] = relevant.length === 0 ? 0 : relevant.filter((p) => p[side].topics.includes(t)).length / relevant.length;
  return out;
}

/** A region's topic shares are scored when it has at least this many gold-relevant posts: shares of a handful say nothing. */
export const MIN_SHARE_POSTS = 20;

function topicShareErrors(taxonomy: Taxonomy, pairs: readonly Pair[]) {
  const cells: TopicShareError[] = [];
  for (const region of taxonomy.regions) {
    if (pairs.filter((p) => p.region === region && p.gold.relevant).length < MIN_SHARE_POSTS) continue;
    const gold = topicShares(taxonomy.topics, pairs, region, 'gold');
    const predicted = topicShares(taxonomy.topics, pairs, region, 'predicted');
    for (const topic of taxonomy.topics)
      cells.push({ region, topic, gold: gold[topic]!, predicted: predicted[topic]!, errorPp: Math.abs(predicted[topic]! - gold[topic]!) * 100 });
  }
  const errors = cells.map((c) => c.errorPp);
  return { meanPp: mean(errors), maxPp: errors.length ? Math.max(...errors) : 0, cells };
}

function polarityScores(pairs: readonly Pair[]) {
  const relevant = pairs.filter((p) => p.gold.relevant);
  const confusion = {} as Record<Polarity, Record<Polarity, number>>;
  for (const g of POLARITIES) confusion[g] = Object.fromEntries(POLARITIES.map((p) => [p, 0])) as Record<Polarity, number>;
  const perClass = {} as Record<Polarity, Prf>;
  for (const cls of POLARITIES) {
    const c = new PrfCounter();
    for (const p of relevant) c.add(p.gold.polarity === cls, p.predicted.polarity === cls);
    perClass[cls] = c.result();
  }
  for (const p of relevant) confusion[p.gold.polarity][p.predicted.polarity]++;
  const present = POLARITIES.filter((cls) => perClass[cls].support > 0 || perClass[cls].fp > 0);
  return {
    scores: {
      posts: relevant.length,
      accuracy: relevant.length === 0 ? 0 : relevant.filter((p) => p.gold.polarity === p.predicted.polarity).length / relevant.length,
      macroF1: mean(present.map((cls) => perClass[cls].f1)),
      perClass,
    },
    confusion,
  };
}

/** Scores over the taxonomy's topics, viewpoints and regions (listed in its order). */
export function score(taxonomy: Taxonomy, pairs: readonly Pair[]): Scores {
  const relevance = new PrfCounter();
  for (const p of pairs) relevance.add(p.gold.relevant, p.predicted.relevant);
  const topics = {} as Record<string, Prf>;
  for (const t of taxonomy.topics) {
    const c = new PrfCounter();
    for (const p of pairs) c.add(p.gold.topics.includes(t), p.predicted.topics.includes(t));
    topics[t] = c.result();
  }
  const micro = new PrfCounter();
  const viewpoints = {} as Record<string, Prf>;
  for (const v of taxonomy.viewpoints) {
    const c = new PrfCounter();
    for (const p of pairs) {
      c.add(p.gold.viewpoints.includes(v), p.predicted.viewpoints.includes(v));
      micro.add(p.gold.viewpoints.includes(v), p.predicted.viewpoints.includes(v));
    }
    viewpoints[v] = c.result();
  }
  const seen = taxonomy.viewpoints.filter((v) => viewpoints[v]!.support > 0 || viewpoints[v]!.fp > 0);
  const polarity = polarityScores(pairs);
  return {
    posts: pairs.length,
    relevance: relevance.result(),
    topics,
    topicMacroF1: mean(taxonomy.topics.map((t) => topics[t]!.f1)),
    viewpointMicro: micro.result(),
    viewpointMacroF1: mean(seen.map((v) => viewpoints[v]!.f1)),
    viewpoints,
    polarity: polarity.scores,
    polarityConfusion: polarity.confusion,
    topicShare: topicShareErrors(taxonomy, pairs),
  };
}
