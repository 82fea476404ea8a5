/**
 * The coding sheet's cells: one row per drawn post (id, platform, region, text and empty answer
 * columns; the tool's labels are not shown), and the instructions with every label's ID and name.
 * Plain string rows: src/io writes them as xlsx sheets or CSV files.
 */
import type { LabelSet } from '../label-set.js';
import type { DrawnPost } from './sample.js';
import type { CodedField, CodingVocabulary } from './vocabulary.js';

export type SheetRows = readonly (readonly string[])[];

const SHOWN: readonly CodedField[] = ['id', 'platform', 'region', 'text', 'relevant', 'topics', 'viewpoints', 'polarity', 'note'];

/** Relative widths of the columns above, in characters. */
export const CODING_WIDTHS: readonly number[] = [14, 12, 10, 70, 10, 26, 34, 12, 20];

export function codingRows(posts: readonly DrawnPost[], vocab: CodingVocabulary): SheetRows {
  const header = SHOWN.map((f) => vocab.headers[f]);
  const rows = posts.map((p) => [p.id, p.platform, p.tool.region, p.text, '', '', '', '', '']);
  return [header, ...rows];
}

export function instructionRows(labels: LabelSet, vocab: CodingVocabulary): SheetRows {
  const lines = vocab.instructions
    .trimEnd()
    .split('\n')
    .map((line) => [line, '', '']);
  const t = vocab.label_table;
  const table = [
    [...t.header],
    ...labels.topics.map((x) => [t.topic, x.id, x.name]),
    ...labels.viewpoints.map((v) => [`${t.viewpoint} (${v.topic})`, v.id, v.name]),
    ...labels.polarities.map((p) => [t.polarity, p.id, p.name]),
    [t.relevant, vocab.yes.join(' / '), vocab.no.join(' / ')],
  ];
  return [...lines, ['', '', ''], ...table];
}
