/**
 * Every term of a lexicon folder with its place: file, line, column, the entry's path, the label
 * it serves and its normalised form. Built from the YAML documents (not the validated data), so
 * it works on a lexicon that does not load, and every term knows its line.
 */
import { isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { normaliseTerm } from '../../text/normalise.js';
import type { LexiconSource } from '../../lexicon/load.js';
import { parseYamlText } from '../../yaml-source.js';

export type Layer = 'relevance' | 'topic' | 'viewpoint' | 'polarity' | 'segmenter';

export interface LocatedTerm {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly layer: Layer;
  /** relevance.strong, a topic ID, a viewpoint ID, polarity.positive, polarity.negators, segmenter. */
  readonly label: string;
  readonly written: string;
  readonly normalised: string;
  readonly free: boolean;
  /** The entry (or its `all` rule) carries a `note:`. */
  readonly hasNote: boolean;
  /** One alternative of a group of an `all` rule. */
  readonly inAll: boolean;
}

interface Walk {
  readonly file: string;
  readonly counter: LineCounter;
  readonly layer: Layer;
  readonly label: string;
  readonly out: LocatedTerm[];
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : undefined;
}

function push(w: Walk, node: Node, path: string, written: string, extra: { free: boolean; hasNote: boolean; inAll: boolean }): void {
  if (written === '') return;
  const pos = w.counter.linePos(node.range?.[0] ?? 0);
  w.out.push({ file: w.file, line: pos.line, column: pos.col, path, layer: w.layer, label: w.label, written, normalised: normaliseTerm(written), ...extra });
}

function walkCue(w: Walk, node: unknown, path: string): void {
  const text = scalarText(node);
  if (text !== undefined && isScalar(node)) {
    push(w, node, path, text, { free: false, hasNote: false, inAll: false });
    return;
  }
  if (!isMap(node)) return;
  const hasNote = node.has('note');
  const term = node.get('term', true);
  const termText = scalarText(term);
  if (termText !== undefined && isScalar(term)) {
    push(w, term, path, termText, { free: node.get('boundary') === 'free', hasNote, inAll: false });
    return;
  }
  const all = node.get('all', true);
  if (!isSeq(all)) return;
  all.items.forEach((group, g) => {
    if (!isSeq(group)) return;
    group.items.forEach((alt, k) => {
      const altText = scalarText(alt);
      if (altText !== undefined && isScalar(alt)) push(w, alt, `${path}.all[${g}][${k}]`, altText, { free: false, hasNote, inAll: true });
    });
  });
}

function walkList(w: Walk, node: unknown, path: string): void {
  if (!isSeq(node)) return;
  node.items.forEach((item, i) => {
    walkCue(w, item, `${path}[${i}]`);
  });
}

function fileLayer(name: string): Layer | undefined {
  if (name === 'relevance.yaml') return 'relevance';
  if (name === 'topics.yaml') return 'topic';
  if (name === 'polarity.yaml') return 'polarity';
  if (name === 'segmenter.yaml') return 'segmenter';
  if (/^viewpoints\/[^/]+\.ya?ml$/.test(name)) return 'viewpoint';
  return undefined;
}

/** Terms of every file that parses as YAML (files with syntax errors are skipped: schema lint reports them). */
export function indexTerms(source: LexiconSource): LocatedTerm[] {
  const out: LocatedTerm[] = [];
  for (const file of source.files) {
    const layer = fileLayer(file.name);
    if (layer === undefined) continue;
    const { doc, counter } = parseYamlText(file.content);
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    const shown = `${source.dir}/${file.name}`;
    for (const pair of doc.contents.items) {
      const key = scalarText(pair.key);
      if (key === undefined) continue;
      const base = { file: shown, counter, out };
      if (layer === 'relevance') walkList({ ...base, layer, label: `relevance.${key}` }, pair.value, key);
      else if (layer === 'polarity') walkList({ ...base, layer, label: `polarity.${key}` }, pair.value, key);
      else if (layer === 'segmenter') {
        if (key === 'words') walkList({ ...base, layer, label: 'segmenter' }, pair.value, key);
      } else if (isMap(pair.value)) walkList({ ...base, layer, label: key }, pair.value.get('cues', true), `${key}.cues`);
    }
  }
  return out;
}

/** Terms grouped by a key, groups in first-seen order. */
export function groupTerms(terms: readonly LocatedTerm[], key: (t: LocatedTerm) => string): Map<string, LocatedTerm[]> {
  const groups = new Map<string, LocatedTerm[]>();
  for (const t of terms) {
    const k = key(t);
    const group = groups.get(k);
    if (group) group.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}
