/** How a report names the tagger that produced its labels (from the run manifest's `tagger`). */
import type { TaggerRecord } from './manifest.js';

export interface TaggerWords {
  readonly tagger_lexicon: string;
  readonly tagger_hybrid: string;
  readonly tagger_unknown: string;
  readonly method_tagger_lexicon: string;
  readonly method_tagger_hybrid: string;
  readonly method_tagger_unknown: string;
  readonly method_examples_hybrid: string;
  readonly method_examples_lexicon: string;
  readonly method_examples_unknown: string;
}

type Fill = (template: string, vars: Readonly<Record<string, string | number>>) => string;

function files(tagger: TaggerRecord): { lexicon: string; model: string } {
  const l = tagger.lexicon;
  const lexicon = `${l.dir}, ${l.id} ${l.version}, ${l.hash.slice(0, 19)}…`;
  if (tagger.model === false) return { lexicon, model: '' };
  const m = tagger.model;
  const trained = m.lexiconChanged ? `; trained with ${m.trainedWith.id} ${m.trainedWith.version}, ${m.trainedWith.hash.slice(0, 19)}…` : '';
  return { lexicon, model: `${m.file}, ${m.sha256.slice(0, 19)}…${trained}` };
}

/** One line for the manifest table. */
export function taggerLine(tagger: TaggerRecord | undefined, t: TaggerWords, fill: Fill): string {
  if (tagger === undefined) return t.tagger_unknown;
  return fill(tagger.method === 'hybrid' ? t.tagger_hybrid : t.tagger_lexicon, files(tagger));
}

/** The method note's first paragraph: which tagger ran, and how it decides. */
export function taggerMethod(tagger: TaggerRecord | undefined, t: TaggerWords, fill: Fill): string {
  if (tagger === undefined) return t.method_tagger_unknown;
  return fill(tagger.method === 'hybrid' ? t.method_tagger_hybrid : t.method_tagger_lexicon, files(tagger));
}

/** How the example posts were chosen: by agreement of lexicon and model under hybrid tagging, by strength under the lexicon alone. */
export function examplesMethod(tagger: TaggerRecord | undefined, t: TaggerWords): string {
  if (tagger === undefined) return t.method_examples_unknown;
  return tagger.method === 'hybrid' ? t.method_examples_hybrid : t.method_examples_lexicon;
}
