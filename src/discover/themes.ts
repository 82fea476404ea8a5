/**
 * The tally → themes as reported: largest first, each with its size overall and per region (Wilson
 * 95% intervals over the in-scope posts), its distinctive terms (G² of each feature's count in the
 * theme's units against the other themes', as the report's key terms and `lexicon suggest` rank
 * them), the labels its posts carry, and its examples with the distinctive terms marked.
 */
import { KEYNESS_MIN_COUNT, logLikelihood } from '../aggregate/keyness.js';
import { wilsonShare, type Share } from '../aggregate/wilson.js';
import type { Span } from './assign.js';
import type { Fit } from './fit.js';
import type { ThemeTally, Tally } from './tally.js';
import type { DiscoveryTokeniser, Word } from './tokens.js';

/** Distinctive terms listed per theme, and examples shown. */
export const TERMS_PER_THEME = 10;
export const EXAMPLES_SHOWN = 5;

export interface ThemeTerm {
  /** The normalised feature (Simplified, lower case): what was counted. */
  readonly term: string;
  /** Its commonest written form in the fit sample. */
  readonly form: string;
  readonly count: number;
  readonly otherCount: number;
  readonly g2: number;
}

export interface ThemeExample {
  readonly id: string;
  readonly region: string;
  readonly text: string;
  /** The units of the text that carry the theme (the whole text for a short post). */
  readonly spans: readonly Span[];
  /** Where the theme's distinctive terms stand in the text. */
  readonly highlights: readonly Span[];
}

export interface Theme {
  /** 1 = the largest (free and known themes are ranked apart). */
  readonly rank: number;
  /** The known viewpoint of a fixed theme (posts the lexicon did not tag that read like it); null for a free theme. */
  readonly known: string | null;
  /** The theme's index in the fit (for the post lists). */
  readonly index: number;
  readonly size: number;
  readonly share: Share;
  readonly regions: Readonly<Record<string, Share>>;
  readonly terms: readonly ThemeTerm[];
  readonly labels: { readonly topics: Readonly<Record<string, number>>; readonly viewpoints: Readonly<Record<string, number>> };
  readonly examples: readonly ThemeExample[];
}

const sortedCounts = (counts: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));

function total(a: Float64Array): number {
  let s = 0;
  for (const v of a) s += v;
  return s;
}

/** The features a theme's units use distinctly more than the other themes' (G², p < 0.01), strongest first. */
export function distinctiveTerms(tally: Tally, t: number, fit: Fit, forms: ReadonlyMap<string, string>): ThemeTerm[] {
  const mine = tally.themes[t]!.terms;
  const all = new Float64Array(mine.length);
  for (const theme of tally.themes) for (let j = 0; j < all.length; j++) all[j]! += theme.terms[j]!;
  const c = total(mine);
  const d = total(all) - c;
  const out: ThemeTerm[] = [];
  mine.forEach((a, j) => {
    const b = all[j]! - a;
    if (a < KEYNESS_MIN_COUNT || (d > 0 && a / c <= b / d)) return;
    const g2 = d > 0 ? logLikelihood(a, b, c, d) : a;
    const term = fit.vocabulary.terms[j]!;
    out.push({ term, form: forms.get(term) ?? term, count: a, otherCount: b, g2: Math.round(g2 * 100) / 100 });
  });
  out.sort((x, y) => y.g2 - x.g2 || (x.term < y.term ? -1 : 1));
  return out.slice(0, TERMS_PER_THEME);
}

/** Spans of words (and adjacent word pairs) whose normalised form is one of `terms`, merged where they overlap. */
export function highlightSpans(words: readonly Word[], terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  words.forEach((w, i) => {
    if (terms.has(w.term)) spans.push({ start: w.start, end: w.end });
    const next = words[i + 1];
    if (next !== undefined && next.start === w.end && terms.has(w.term + next.term)) spans.push({ start: w.start, end: next.end });
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push(s);
  }
  return merged;
}

function regionShares(theme: ThemeTally, tally: Tally): Record<string, Share> {
  const regions = Object.keys(tally.regions).sort();
  return Object.fromEntries(regions.map((r) => [r, wilsonShare(theme.regions[r] ?? 0, tally.regions[r]!)]));
}

/** The free themes (`known` false) or the known ones, largest first. */
export function buildThemes(tally: Tally, fit: Fit, forms: ReadonlyMap<string, string>, tokenise: DiscoveryTokeniser, known = false): Theme[] {
  const order = tally.themes
    .map((theme, index) => ({ theme, index }))
    .filter(({ theme, index }) => theme.posts > 0 && index < fit.known.length === known)
    .sort((a, b) => b.theme.posts - a.theme.posts || a.index - b.index);
  return order.map(({ theme, index }, i): Theme => {
    const terms = distinctiveTerms(tally, index, fit, forms);
    const marked = new Set(terms.map((x) => x.term));
    return {
      rank: i + 1,
      known: fit.known[index] ?? null,
      index,
      size: theme.posts,
      share: wilsonShare(theme.posts, tally.inScope),
      regions: regionShares(theme, tally),
      terms,
      labels: { topics: sortedCounts(theme.topics), viewpoints: sortedCounts(theme.viewpoints) },
      examples: theme.examples.slice(0, EXAMPLES_SHOWN).map((e) => ({
        id: e.id,
        region: e.region,
        text: e.text,
        spans: e.spans,
        highlights: highlightSpans(tokenise(e.text).words, marked),
      })),
    };
  });
}

/** Each feature's commonest written form among the fit sample's units (ties: the smaller text). */
export function writtenForms(units: readonly { readonly features: readonly string[]; readonly forms: readonly string[] }[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const u of units) {
    u.features.forEach((f, i) => {
      const m = counts.get(f) ?? new Map<string, number>();
      const form = u.forms[i]!;
      m.set(form, (m.get(form) ?? 0) + 1);
      counts.set(f, m);
    });
  }
  const out = new Map<string, string>();
  for (const [f, m] of counts) {
    let best = '';
    let n = 0;
    for (const [form, c] of m) if (c > n || (c === n && form < best)) [best, n] = [form, c];
    out.set(f, best);
  }
  return out;
}
