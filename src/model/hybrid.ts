/**
 * Hybrid tagging: lexicon evidence and model probability combined (README, "Hybrid rule").
 * For relevance, each topic and each viewpoint, with p the model's probability of the label (the
 * highest of the whole text and its sentences) and the head's thresholds (chosen by the inner
 * cross-validation of `yuqing train`):
 *   given  when the lexicon gives it and p ≥ veto   (the model does not strongly disagree),
 *   or     when p ≥ accept                          (the model alone; the lexicon's cues are among its features).
 * A viewpoint is given only when its topic is given too (the topic head is the gate: a viewpoint cue
 * in a text the model does not read as being on that topic is withdrawn); nothing is given to a
 * post that is not relevant. The gate keeps topic shares from being inflated by stray viewpoint
 * cues (README, "Hybrid rule", measured by writer-held-out cross-validation). A topic given with
 * none of its viewpoints gets its most probable one when that reaches the model's
 * `viewpointFallback` (training setting; the label counts as the model's).
 * Polarity is the model's polarity group (its features include the lexicon's polarity cues).
 * Every label keeps io.md's evidence contract: lexicon matches, or for a label the model alone gave,
 * the sentence that scored highest for it. The `model` note says which is which.
 */
import type { Classifier, TextAnalysis } from '../classify.js';
import type { Evidence } from '../records.js';
import type { PostLabels } from '../tag/tag.js';
import { modelEvidence, polarityEvidence } from './hybrid-evidence.js';
import { lexiconView } from './lexicon-view.js';
import { groupClass, topFeatures, type PreparedModel, type TextScores } from './predict.js';
import type { Threshold } from './schema.js';

export type Source = 'lexicon' | 'model' | 'both';

export interface ModelNote {
  /** Model probability of each label given or withdrawn (3 decimals). */
  readonly probabilities: Readonly<Record<string, number>>;
  /** Who gave each label: the lexicon (model agreed or was unsure), the model alone, or both. */
  readonly given: Readonly<Record<string, Source>>;
  /** Lexicon labels the model withdrew. */
  readonly withdrawn: readonly string[];
  /** The strongest features behind each label the model gave or confirmed. */
  readonly features: Readonly<Record<string, readonly string[]>>;
}

export interface HybridResult extends PostLabels {
  readonly model: ModelNote;
}

/** The pure decision for one label. */
export function decide(lexicon: boolean, probability: number, t: Threshold): Source | undefined {
  if (lexicon && probability >= t.accept) return 'both';
  if (lexicon && probability >= t.veto) return 'lexicon';
  if (!lexicon && probability >= t.accept) return 'model';
  return undefined;
}

const NOTE_FEATURES = 3;
const DEFAULT_THRESHOLD: Threshold = { accept: 0.5, veto: 0.5 };

/**
 * Whether the relevance head's probability rules a post out whatever the lexicon says (below both
 * its thresholds): then hybridTag decides nothing else, and reads no other score.
 */
export function ruledOut(prepared: PreparedModel, probability: number): boolean {
  const head = prepared.model.heads.find((h) => h.kind === 'relevance');
  const t = head?.threshold ?? DEFAULT_THRESHOLD;
  return head !== undefined && decide(true, probability, t) === undefined && decide(false, probability, t) === undefined;
}

export function hybridTag(classifier: Classifier, prepared: PreparedModel, analysis: TextAnalysis, scores: TextScores): HybridResult {
  const lex = lexiconView(classifier, analysis);
  const lexLabels = new Set<string>([...(lex.relevant ? ['relevant'] : []), ...lex.topics, ...lex.viewpoints]);
  const note = {
    probabilities: {} as Record<string, number>,
    given: {} as Record<string, Source>,
    withdrawn: [] as string[],
    features: {} as Record<string, string[]>,
  };
  const fromModel: Evidence[] = [];
  const heads = prepared.model.heads;
  const judge = (h: number): boolean => {
    const head = heads[h]!;
    const p = scores.probability[h]!;
    const lexicon = lexLabels.has(head.name);
    const source = decide(lexicon, p, head.threshold ?? DEFAULT_THRESHOLD);
    if (source !== undefined || lexicon) note.probabilities[head.name] = Math.round(p * 1000) / 1000;
    if (source === undefined) {
      if (lexicon) note.withdrawn.push(head.name);
      return false;
    }
    note.given[head.name] = source;
    if (source === 'both') noteFeatures(h);
    if (source === 'model') giveByModel(h);
    return true;
  };
  const noteFeatures = (h: number): void => {
    const u = scores.unit[h]!;
    note.features[heads[h]!.name] = topFeatures(prepared, u < 0 ? scores.vector : scores.unitVectors[u]!, heads[h]!.name, NOTE_FEATURES).map((f) => f.feature);
  };
  const giveByModel = (h: number): void => {
    note.given[heads[h]!.name] = 'model';
    note.probabilities[heads[h]!.name] = Math.round(scores.probability[h]! * 1000) / 1000;
    noteFeatures(h);
    fromModel.push(modelEvidence(prepared, analysis, scores, h));
  };
  // A viewpoint whose topic is not given (the gate): noted as judging it and taking it back would
  // leave it (its probability when it would be given or the lexicon gave it; withdrawn when the
  // lexicon gave it), without finding features or evidence only to drop them.
  const outOfTopic = (h: number): void => {
    const head = heads[h]!;
    const p = scores.probability[h]!;
    const lexicon = lexLabels.has(head.name);
    if (lexicon || decide(false, p, head.threshold ?? DEFAULT_THRESHOLD) !== undefined) note.probabilities[head.name] = Math.round(p * 1000) / 1000;
    if (lexicon) note.withdrawn.push(head.name);
  };
  const relevanceHead = heads.findIndex((h) => h.kind === 'relevance');
  const relevant = relevanceHead < 0 ? lex.relevant : judge(relevanceHead);
  if (!relevant) return { relevant: false, topics: [], viewpoints: [], polarity: 'neutral', evidence: [], model: note };
  const topicHeads = heads.flatMap((h, i) => (h.kind === 'topic' && judge(i) ? [i] : []));
  const topics = sortedNames(heads, topicHeads);
  const gated: number[] = [];
  heads.forEach((h, i) => {
    if (h.kind !== 'viewpoint') return;
    if (h.topic !== undefined && topics.includes(h.topic)) {
      if (judge(i)) gated.push(i);
    } else outOfTopic(i);
  });
  const fallback = fallbackViewpoints(heads, scores, topics, gated, prepared.model.training.config.viewpointFallback);
  for (const h of fallback) {
    note.withdrawn = note.withdrawn.filter((label) => label !== heads[h]!.name);
    giveByModel(h);
  }
  const viewpointHeads = [...gated, ...fallback];
  const viewpoints = sortedNames(heads, viewpointHeads);
  const group = prepared.model.groups.find((g) => g.name === 'polarity');
  const polarity = group ? groupClass(prepared, scores, group).cls : lex.polarity;
  const kept = new Set<string>(['relevant', ...topics, ...viewpoints]);
  const evidence = dedupe([
    ...lex.evidence.filter((e) => kept.has(e.label)),
    ...fromModel.filter((e) => kept.has(e.label)),
    ...polarityEvidence(prepared, analysis, scores, polarity, lex.evidence),
  ]);
  return {
    relevant,
    topics: topics as PostLabels['topics'],
    viewpoints: viewpoints as PostLabels['viewpoints'],
    polarity: polarity as PostLabels['polarity'],
    evidence,
    model: note,
  };
}

/**
 * The heads' names, sorted. One function for topics and viewpoints alike, so that it sees lists of
 * every length (empty ones are arrays of another kind to V8) from the first posts on: hybridTag is
 * then compiled once, not again each time a kind of list turns up for the first time.
 */
function sortedNames(heads: PreparedModel['model']['heads'], indices: readonly number[]): string[] {
  const names: string[] = [];
  for (const i of indices) names.push(heads[i]!.name);
  return names.length > 1 ? names.sort() : names;
}

/**
 * For each topic given with none of its viewpoints, the index of its most probable viewpoint head
 * when that probability reaches the model's `viewpointFallback` (none when the model has no such setting).
 */
export function fallbackViewpoints(
  heads: PreparedModel['model']['heads'],
  scores: TextScores,
  topics: readonly string[],
  given: readonly number[],
  threshold: number | undefined,
): number[] {
  if (threshold === undefined) return [];
  const covered = new Set(given.map((i) => heads[i]!.topic));
  const out: number[] = [];
  for (const topic of topics) {
    if (covered.has(topic)) continue;
    let best = -1;
    heads.forEach((h, i) => {
      if (h.kind === 'viewpoint' && h.topic === topic && (best < 0 || scores.probability[i]! > scores.probability[best]!)) best = i;
    });
    if (best >= 0 && scores.probability[best]! >= threshold) out.push(best);
  }
  return out;
}

function dedupe(items: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of items) {
    const key = `${e.label}\u0000${e.start}\u0000${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
