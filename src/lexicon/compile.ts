/**
 * Lexicon data → a matcher: every term normalised (so either script matches both), indexed in a
 * trie, with the roles it plays (relevance group, topic, viewpoint, polarity, negator …).
 */
import { buildCodeTrie, type CodeTrie } from '../text/code-trie.js';
import { normaliseTerm } from '../text/normalise.js';
import type { LexiconData } from './load.js';
import type { Cue, Settings } from './schema.js';

export type RelevanceGroup = 'strong' | 'weak' | 'context' | 'counter';

export type Target =
  | { readonly kind: 'relevance'; readonly group: RelevanceGroup }
  | { readonly kind: 'topic'; readonly topic: string }
  | { readonly kind: 'viewpoint'; readonly viewpoint: string }
  | { readonly kind: 'polarity'; readonly sign: 'positive' | 'negative' }
  | { readonly kind: 'sarcasm' }
  | { readonly kind: 'negator' }
  | { readonly kind: 'intensifier' };

export interface Role {
  readonly target: Target;
  readonly weight: number;
  readonly negatable: boolean;
  /** Set when the term is one alternative of a group of an `all` rule. */
  readonly rule?: { readonly id: number; readonly group: number };
}

export interface CompiledTerm {
  readonly id: number;
  /** Normalised form (Simplified, folded): what is matched. */
  readonly text: string;
  /** As first written in the lexicon. */
  readonly written: string;
  readonly free: boolean;
  readonly latinStart: boolean;
  readonly latinEnd: boolean;
  readonly roles: Role[];
}

export interface Rule {
  readonly id: number;
  readonly target: Target;
  readonly groupCount: number;
  readonly weight: number;
  readonly negatable: boolean;
}

/** Bits of `termFlags`: what a term does besides its labels. */
export const TERM_NEGATOR = 1;
export const TERM_INTENSIFIER = 2;
/** Sarcasm markers only: they colour their sentence and neither take nor block a span. */
export const TERM_TRANSPARENT = 4;

export interface CompiledLexicon {
  readonly data: LexiconData;
  readonly settings: Settings;
  readonly terms: readonly CompiledTerm[];
  readonly rules: readonly Rule[];
  /** Normalised term text → term id. */
  readonly trie: CodeTrie;
  /** TERM_* bits per term id. */
  readonly termFlags: Uint8Array;
  /** Per term id: its roles as a cue of its own, and its roles inside `all` rules. */
  readonly cueRoles: readonly (readonly Role[])[];
  readonly ruleRoles: readonly (readonly Role[])[];
  /** First slot of each rule's groups in a flat array of all rules' groups (one more entry: the total). */
  readonly ruleSlot: Int32Array;
  /** The rule each slot belongs to. */
  readonly ruleOfSlot: Int32Array;
  /** Words for the segmenter's dictionary, with a frequency, sorted. */
  readonly segmenterWords: readonly { readonly word: string; readonly frequency: number }[];
  /** One-character Han terms: the segmenter's HMM never joins them to a neighbour, so they stay matchable. */
  readonly segmenterSingles: readonly string[];
}

const LATIN = /[a-z0-9]/;

function defaultNegatable(target: Target): boolean {
  return target.kind === 'viewpoint' || target.kind === 'polarity';
}

class Builder {
  readonly terms: CompiledTerm[] = [];
  readonly rules: Rule[] = [];
  private readonly byText = new Map<string, CompiledTerm>();

  term(written: string, free: boolean): CompiledTerm | undefined {
    const text = normaliseTerm(written);
    if (text === '') return undefined;
    const existing = this.byText.get(text);
    if (existing !== undefined) return existing;
    const term: CompiledTerm = {
      id: this.terms.length,
      text,
      written,
      free,
      latinStart: LATIN.test(text[0] ?? ''),
      latinEnd: LATIN.test(text[text.length - 1] ?? ''),
      roles: [],
    };
    this.terms.push(term);
    this.byText.set(text, term);
    return term;
  }

  cue(cue: Cue, target: Target): void {
    const negatableDefault = defaultNegatable(target);
    if (typeof cue === 'string') {
      this.term(cue, false)?.roles.push({ target, weight: 1, negatable: negatableDefault });
      return;
    }
    if ('term' in cue) {
      const role = { target, weight: cue.weight ?? 1, negatable: cue.negatable ?? negatableDefault };
      this.term(cue.term, cue.boundary === 'free')?.roles.push(role);
      return;
    }
    const rule: Rule = {
      id: this.rules.length,
      target,
      groupCount: cue.all.length,
      weight: cue.weight ?? 1,
      negatable: cue.negatable ?? negatableDefault,
    };
    this.rules.push(rule);
    cue.all.forEach((alternatives, group) => {
      for (const alternative of alternatives) {
        this.term(alternative, false)?.roles.push({ target, weight: rule.weight, negatable: rule.negatable, rule: { id: rule.id, group } });
      }
    });
  }

  cues(cues: readonly Cue[], target: Target): void {
    for (const cue of cues) this.cue(cue, target);
  }
}

function segmenterWords(terms: readonly CompiledTerm[], extra: readonly string[], frequency: number) {
  const words = new Set<string>();
  // Only word-like terms go to the segmenter: a quoted marker such as a scare-quoted noun must not
  // become one token, or it would hide the noun inside it from other cues.
  const isWord = (w: string) => w.length >= 2 && /[\u3400-\u9fff]/.test(w) && /^[\p{L}\p{N}]+$/u.test(w);
  for (const term of terms) if (isWord(term.text)) words.add(term.text);
  for (const word of extra) {
    const text = normaliseTerm(word);
    if (isWord(text)) words.add(text);
  }
  return [...words].sort().map((word) => ({ word, frequency }));
}

function segmenterSingles(terms: readonly CompiledTerm[]): string[] {
  return [...new Set(terms.map((t) => t.text).filter((text) => text.length === 1 && /\p{Script=Han}/u.test(text)))].sort();
}

function flagsOf(terms: readonly CompiledTerm[]): Uint8Array {
  const flags = new Uint8Array(terms.length);
  for (const term of terms) {
    const kinds = term.roles.map((r) => r.target.kind);
    if (kinds.includes('negator')) flags[term.id]! |= TERM_NEGATOR;
    if (kinds.includes('intensifier')) flags[term.id]! |= TERM_INTENSIFIER;
    if (kinds.length > 0 && kinds.every((k) => k === 'sarcasm')) flags[term.id]! |= TERM_TRANSPARENT;
  }
  return flags;
}

export function compileLexicon(data: LexiconData): CompiledLexicon {
  const b = new Builder();
  const groups: RelevanceGroup[] = ['strong', 'weak', 'context', 'counter'];
  for (const group of groups) b.cues(data.relevance[group], { kind: 'relevance', group });
  for (const [topic, entry] of Object.entries(data.topics) as [string, { cues: Cue[] }][]) {
    b.cues(entry.cues, { kind: 'topic', topic });
  }
  for (const [viewpoint, entry] of Object.entries(data.viewpoints) as [string, { cues: Cue[] }][]) {
    b.cues(entry.cues, { kind: 'viewpoint', viewpoint });
  }
  b.cues(data.polarity.positive, { kind: 'polarity', sign: 'positive' });
  b.cues(data.polarity.negative, { kind: 'polarity', sign: 'negative' });
  b.cues(data.polarity.sarcasm, { kind: 'sarcasm' });
  for (const word of data.polarity.negators) b.cue(word, { kind: 'negator' });
  for (const word of data.polarity.intensifiers) b.cue(word, { kind: 'intensifier' });
  const settings = data.manifest.settings;
  return {
    data,
    settings,
    terms: b.terms,
    rules: b.rules,
    trie: buildCodeTrie(b.terms.map((t) => t.text)),
    termFlags: flagsOf(b.terms),
    cueRoles: b.terms.map((t) => t.roles.filter((r) => r.rule === undefined)),
    ruleRoles: b.terms.map((t) => t.roles.filter((r) => r.rule !== undefined)),
    ruleSlot: Int32Array.from(
      [0, ...b.rules.map((r) => r.groupCount)].map(
        (
          (sum) => (n: number) =>
            (sum += n)
        )(0),
      ),
    ),
    ruleOfSlot: Int32Array.from(b.rules.flatMap((r) => new Array<number>(r.groupCount).fill(r.id))),
    segmenterWords: segmenterWords(b.terms, data.segmenterWords, settings.segmenter_frequency),
    segmenterSingles: segmenterSingles(b.terms),
  };
}
