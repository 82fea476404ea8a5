/**
 * Hybrid tagging: lexicon evidence and model probability combined (README, "Hybrid rule").
 * For relevance, each topic and each viewpoint, with p the model's probability of the label:
 *   given  when the lexicon gives it and p ≥ veto          (the model does not strongly disagree),
 *   or     when p ≥ accept and the model's top features point at words of this text.
 * A viewpoint given implies its topic; nothing is given to a post that is not relevant.
 * Polarity is the lexicon's unless the model's polarity has probability ≥ polarityAccept.
 * Every label given keeps io.md's evidence contract: lexicon matches, or for a label the model
 * alone gave, the text spans of its strongest features. The `model` note says which is which.
 */
import type { PostLabels } from '../tag/tag.js';
import type { Classifier, TextAnalysis } from '../classify.js';
import type { Evidence } from '../records.js';
import { TOPIC_IDS, VIEWPOINT_IDS, topicOfViewpoint, type Polarity } from '../taxonomy.js';
import { toOriginalSpan } from '../text/normalise.js';
import type { FeatureSpans } from './features.js';
import { lexiconView } from './lexicon-view.js';
import { bestClass, probabilityOf, topFeatures, type PreparedModel, type TextScores } from './predict.js';
import type { HybridConfig } from './schema.js';

/** Chosen by 5-fold cross-validation on corpora/talent/dev.jsonl only (README, "Hybrid rule"). */
export const DEFAULT_HYBRID: HybridConfig = {
  relevance: { accept: 0.7, veto: 0.05 },
  topic: { accept: 0.8, veto: 0.05 },
  viewpoint: { accept: 0.5, veto: 0.05 },
  polarityAccept: 0.6,
};

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
export function decide(lexicon: boolean, probability: number, t: { accept: number; veto: number }, hasModelEvidence: boolean): Source | undefined {
  if (lexicon && probability >= t.accept) return 'both';
  if (lexicon && probability >= t.veto) return 'lexicon';
  if (!lexicon && probability >= t.accept && hasModelEvidence) return 'model';
  return undefined;
}

const EVIDENCE_FEATURES = 3;

export function hybridTag(classifier: Classifier, prepared: PreparedModel, analysis: TextAnalysis, features: FeatureSpans, scores: TextScores): HybridResult {
  const config = prepared.model.hybrid ?? DEFAULT_HYBRID;
  const lex = lexiconView(classifier, analysis);
  const note = { probabilities: {} as Record<string, number>, given: {} as Record<string, Source>, withdrawn: [] as string[], features: {} as Record<string, string[]> };
  const modelEvidence: Evidence[] = [];
  const judge = (label: string, lexicon: boolean, t: { accept: number; veto: number }): boolean => {
    const p = probabilityOf(scores, label);
    // The features matter only where the model could give the label (p ≥ accept): skip them elsewhere.
    const top = p >= t.accept ? topFeatures(prepared, scores, features, label, 'yes', 10) : [];
    const spans = top.filter((f) => f.span !== null).slice(0, EVIDENCE_FEATURES);
    const source = decide(lexicon, p, t, spans.length > 0);
    if (source !== undefined || lexicon) note.probabilities[label] = Math.round(p * 1000) / 1000;
    if (source === undefined) {
      if (lexicon) note.withdrawn.push(label);
      return false;
    }
    note.given[label] = source;
    if (source !== 'lexicon') note.features[label] = top.slice(0, EVIDENCE_FEATURES).map((f) => f.feature);
    if (source === 'model') {
      for (const f of spans) {
        const span = toOriginalSpan(analysis.normalised, f.span!.start, f.span!.end);
        modelEvidence.push({ label, term: analysis.normalised.original.slice(span.start, span.end), start: span.start, end: span.end });
      }
    }
    return true;
  };
  const relevant = judge('relevant', lex.relevant, config.relevance);
  if (!relevant) return { relevant: false, topics: [], viewpoints: [], polarity: 'neutral', evidence: [], model: note };
  const viewpoints = VIEWPOINT_IDS.filter((v) => judge(v, lex.viewpoints.includes(v), config.viewpoint));
  const implied = new Set(viewpoints.map(topicOfViewpoint));
  const topics = TOPIC_IDS.filter((t) => judge(t, lex.topics.includes(t), config.topic) || implied.has(t));
  for (const v of viewpoints) {
    const t = topicOfViewpoint(v);
    if (note.given[t] !== undefined) continue;
    for (const e of [...lex.evidence, ...modelEvidence]) if (e.label === v) modelEvidence.push({ ...e, label: t });
  }
  const polarityScores = scores.heads.get('polarity');
  const modelPolarity = polarityScores ? bestClass(polarityScores) : undefined;
  const polarity = modelPolarity && modelPolarity.probability >= config.polarityAccept ? (modelPolarity.cls as Polarity) : lex.polarity;
  note.withdrawn = note.withdrawn.filter((l) => !(topics as readonly string[]).includes(l));
  const kept = new Set<string>(['relevant', 'positive', 'negative', ...topics, ...viewpoints]);
  const evidence = dedupe([...lex.evidence.filter((e) => kept.has(e.label)), ...modelEvidence]);
  return { relevant, topics, viewpoints, polarity, evidence, model: note };
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
