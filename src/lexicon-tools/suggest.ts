/**
 * Candidate terms for a label from a classified (or hand-labelled) corpus: words and bigrams of
 * the segmented normalised text (both scripts merged), ranked by keyness — Dunning's G² of their
 * frequency in posts with the label against posts without it — each with counts and concordance
 * lines in the posts' own script. natural supplies the bigrams (NGrams.bigrams) and the tf-idf
 * weights that pick the concordance posts where a candidate weighs most.
 */
import { natural } from '../model/natural-lib.js';
import type { TfIdf } from 'natural';
import { logLikelihood, logRatio } from '../aggregate/keyness.js';
import { normaliseText, type NormalisedText } from '../text/normalise.js';
import { findOccurrences, kwicLine, type KwicLine } from './kwic.js';
import { hasLabel, type LabelledPost } from './labelled.js';

export interface SuggestOptions {
  readonly label: string;
  readonly top: number;
  /** Minimum occurrences in the labelled posts. */
  readonly minCount: number;
  readonly concordance: number;
  readonly window: number;
}

export interface Candidate {
  /** The commonest surface form in the labelled posts (their own script). */
  readonly term: string;
  readonly normalised: string;
  readonly kind: 'word' | 'bigram';
  readonly g2: number;
  readonly logRatio: number;
  readonly target: { readonly count: number; readonly posts: number };
  readonly reference: { readonly count: number; readonly posts: number };
  /** Labels the term already has in the lexicon (never LABEL itself: those are left out). */
  readonly known: readonly string[];
  readonly lines: readonly KwicLine[];
}

export interface Suggestions {
  readonly label: string;
  readonly posts: { readonly target: number; readonly reference: number };
  readonly tokens: { readonly target: number; readonly reference: number };
  readonly candidates: readonly Candidate[];
}

const WORDLIKE = /[\p{L}\p{N}]/u;
const HAS_LETTER = /\p{L}/u;

/** Words (2+ characters, with a letter) and bigrams of adjacent word tokens. */
export function candidateKeys(tokens: readonly string[]): { key: string; kind: 'word' | 'bigram' }[] {
  const out: { key: string; kind: 'word' | 'bigram' }[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) for (const [a, b] of natural().NGrams.bigrams(run)) out.push({ key: `${a}${b}`, kind: 'bigram' });
    run = [];
  };
  for (const token of tokens) {
    if (!WORDLIKE.test(token) || /\s/.test(token)) {
      flush();
      continue;
    }
    run.push(token);
    if ([...token].length >= 2 && HAS_LETTER.test(token)) out.push({ key: token, kind: 'word' });
  }
  flush();
  return out;
}

interface Side {
  count: Map<string, number>;
  posts: Map<string, number>;
  tokens: number;
}

function tally(side: Side, keys: readonly { key: string }[], tokens: number): void {
  side.tokens += tokens;
  for (const { key } of keys) side.count.set(key, (side.count.get(key) ?? 0) + 1);
  for (const key of new Set(keys.map((k) => k.key))) side.posts.set(key, (side.posts.get(key) ?? 0) + 1);
}

function concordance(key: string, docs: readonly { post: LabelledPost; text: NormalisedText; keys: string[] }[], tfidf: TfIdf, o: SuggestOptions) {
  const ranked = docs
    .map((d, i) => ({ d, score: tfidf.tfidf([key], i) / Math.sqrt(Math.max(1, d.keys.length)) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const lines: KwicLine[] = [];
  const forms = new Map<string, number>();
  for (const d of docs) {
    for (const span of findOccurrences(d.text, key)) {
      const form = d.text.original.slice(span.start, span.end);
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
  }
  for (const { d } of ranked.slice(0, o.concordance)) {
    const span = findOccurrences(d.text, key)[0];
    if (span) lines.push(kwicLine(d.post.id, d.text.original, span, o.window));
  }
  const term = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? key;
  return { term, lines };
}

export function suggestTerms(
  posts: readonly LabelledPost[],
  segment: (normalised: string) => readonly string[],
  known: ReadonlyMap<string, readonly string[]>,
  o: SuggestOptions,
): Suggestions {
  const target: Side = { count: new Map(), posts: new Map(), tokens: 0 };
  const reference: Side = { count: new Map(), posts: new Map(), tokens: 0 };
  const docs: { post: LabelledPost; text: NormalisedText; keys: string[] }[] = [];
  const kinds = new Map<string, 'word' | 'bigram'>();
  for (const post of posts) {
    const text = normaliseText(post.text);
    const tokens = segment(text.text);
    const keys = candidateKeys(tokens);
    for (const k of keys) if (!kinds.has(k.key) || k.kind === 'word') kinds.set(k.key, k.kind);
    const words = tokens.filter((t) => WORDLIKE.test(t)).length;
    if (hasLabel(post, o.label)) {
      tally(target, keys, words);
      docs.push({ post, text, keys: keys.map((k) => k.key) });
    } else tally(reference, keys, words);
  }
  const tfidf = new (natural().TfIdf)();
  for (const d of docs) tfidf.addDocument(d.keys);
  const scored = [...target.count]
    .filter(([key, a]) => a >= o.minCount && !(known.get(key) ?? []).some((l) => l === o.label || (o.label === 'relevant' && l.startsWith('relevance.'))))
    .map(([key, a]) => {
      const b = reference.count.get(key) ?? 0;
      return { key, a, b, g2: logLikelihood(a, b, target.tokens, Math.max(1, reference.tokens)) };
    })
    .filter((x) => x.a / Math.max(1, target.tokens) > x.b / Math.max(1, reference.tokens))
    .sort((x, y) => y.g2 - x.g2 || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .slice(0, o.top);
  const candidates = scored.map(({ key, a, b, g2 }): Candidate => {
    const { term, lines } = concordance(key, docs, tfidf, o);
    return {
      term,
      normalised: key,
      kind: kinds.get(key) ?? 'word',
      g2: Math.round(g2 * 100) / 100,
      logRatio: Math.round(logRatio(a, b, target.tokens, Math.max(1, reference.tokens)) * 100) / 100,
      target: { count: a, posts: target.posts.get(key) ?? 0 },
      reference: { count: b, posts: reference.posts.get(key) ?? 0 },
      known: known.get(key) ?? [],
      lines,
    };
  });
  return {
    label: o.label,
    posts: { target: docs.length, reference: posts.length - docs.length },
    tokens: { target: target.tokens, reference: reference.tokens },
    candidates,
  };
}
