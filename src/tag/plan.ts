/**
 * A compiled lexicon's roles as flat arrays, so that tagging a post reads numbers instead of
 * walking role objects: every role (a term's own cue roles, then one per `all` rule) gets an index
 * with a target code, a weight and a negatable bit.
 */
import type { CompiledLexicon, Target } from '../lexicon/compile.js';

/** Target codes: relevance groups, then polarity kinds, then one per topic and viewpoint. */
export const CODE_STRONG = 0;
export const CODE_WEAK = 1;
export const CODE_CONTEXT = 2;
export const CODE_COUNTER = 3;
export const CODE_SARCASM = 4;
export const CODE_POSITIVE = 5;
export const CODE_NEGATIVE = 6;
export const CODE_OTHER = 7;
export const CODE_LABEL = 8;

/** Evidence labels: relevance, the two polarity sides, then the labels in LABELS order. */
export const EVIDENCE_RELEVANT = 0;
export const EVIDENCE_POSITIVE = 1;
export const EVIDENCE_NEGATIVE = 2;
export const EVIDENCE_LABEL = 3;

export interface TagPlan {
  /** The taxonomy's topics, then its viewpoints: label index i has target code CODE_LABEL + i. */
  readonly labels: readonly string[];
  readonly topicCount: number;
  /** Evidence labels: relevance, the two polarity sides, then the labels in `labels` order. */
  readonly evidenceNames: readonly string[];
  /** Each evidence label's place in the names' string order (evidence is sorted by name after position). */
  readonly evidenceRank: Int32Array;
  /** Per term id, its cue roles are role indices cueStart[id] … cueStart[id + 1] − 1. */
  readonly cueStart: Int32Array;
  /** Rule r's role index is ruleRoleBase + r. */
  readonly ruleRoleBase: number;
  readonly code: Int32Array;
  readonly weight: Float64Array;
  readonly negatable: Uint8Array;
  readonly target: readonly Target[];
  /** Per term id, its places in `all` rules are ruleRefStart[id] … ruleRefStart[id + 1] − 1. */
  readonly ruleRefStart: Int32Array;
  readonly ruleRefRule: Int32Array;
  readonly ruleRefGroup: Int32Array;
  /** Per label index of a viewpoint in the lexicon: its topic's label index (−1: not in the lexicon). */
  readonly topicOf: Int32Array;
  readonly needsTopic: Uint8Array;
  /** Per label index of a viewpoint: 1 leans positive, 2 negative, 3 mixed. */
  readonly lean: Uint8Array;
}

function codeOf(labels: readonly string[], target: Target): number {
  switch (target.kind) {
    case 'relevance':
      return ['strong', 'weak', 'context', 'counter'].indexOf(target.group);
    case 'sarcasm':
      return CODE_SARCASM;
    case 'polarity':
      return target.sign === 'positive' ? CODE_POSITIVE : CODE_NEGATIVE;
    case 'topic':
      return CODE_LABEL + labels.indexOf(target.topic);
    case 'viewpoint':
      return CODE_LABEL + labels.indexOf(target.viewpoint);
    default:
      return CODE_OTHER;
  }
}

function buildPlan(lexicon: CompiledLexicon): TagPlan {
  const { topics, viewpoints } = lexicon.data.taxonomy;
  const labels = [...topics, ...viewpoints];
  const evidenceNames = ['relevant', 'positive', 'negative', ...labels];
  const roles = [...lexicon.cueRoles.flat(), ...lexicon.rules];
  const cueStart = new Int32Array(lexicon.terms.length + 1);
  const ruleRefStart = new Int32Array(lexicon.terms.length + 1);
  lexicon.terms.forEach((_term, id) => {
    cueStart[id + 1] = cueStart[id]! + lexicon.cueRoles[id]!.length;
    ruleRefStart[id + 1] = ruleRefStart[id]! + lexicon.ruleRoles[id]!.length;
  });
  const refs = lexicon.ruleRoles.flat().map((role) => role.rule!);
  const topicOf = new Int32Array(labels.length).fill(-1);
  const needsTopic = new Uint8Array(labels.length);
  const lean = new Uint8Array(labels.length);
  viewpoints.forEach((id, v) => {
    const entry = lexicon.data.viewpoints[id];
    if (entry === undefined) return;
    const i = topics.length + v;
    topicOf[i] = labels.indexOf(entry.topic);
    needsTopic[i] = entry.needs_topic ? 1 : 0;
    lean[i] = { positive: 1, negative: 2, mixed: 3, neutral: 0 }[entry.polarity];
  });
  return {
    labels,
    topicCount: topics.length,
    evidenceNames,
    evidenceRank: Int32Array.from(evidenceNames.map((name) => evidenceNames.filter((other) => other < name).length)),
    cueStart,
    ruleRoleBase: roles.length - lexicon.rules.length,
    code: Int32Array.from(roles, (role) => codeOf(labels, role.target)),
    weight: Float64Array.from(roles, (role) => role.weight),
    negatable: Uint8Array.from(roles, (role) => (role.negatable ? 1 : 0)),
    target: roles.map((role) => role.target),
    ruleRefStart,
    ruleRefRule: Int32Array.from(refs, (ref) => ref.id),
    ruleRefGroup: Int32Array.from(refs, (ref) => ref.group),
    topicOf,
    needsTopic,
    lean,
  };
}

const plans = new WeakMap<CompiledLexicon, TagPlan>();

/** The lexicon's plan, built on first use. */
export function tagPlan(lexicon: CompiledLexicon): TagPlan {
  let plan = plans.get(lexicon);
  if (plan === undefined) {
    plan = buildPlan(lexicon);
    plans.set(lexicon, plan);
  }
  return plan;
}
