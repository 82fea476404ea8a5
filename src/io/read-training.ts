/**
 * Training data: a labelled corpus in io.md's shape (taxonomy mode), or any JSONL / CSV / TSV
 * dump with one label column (generic mode). A record without a label is counted, not dropped
 * silently.
 */
import { YuqingError } from '../errors.js';
import type { Gold } from '../records.js';
import { readGold } from './read-classified.js';
import { readPosts, type ReadOptions } from './read-records.js';

export async function readTaxonomyGold(file: string): Promise<Gold[]> {
  const out: Gold[] = [];
  for await (const g of readGold(file)) out.push(g);
  if (out.length === 0) throw new YuqingError('E_TRAINING_DATA', `${file}: no labelled records. Expected JSONL with io.md's labels (relevant, topics, viewpoints, polarity).`, { file });
  return out;
}

export interface GenericRecords {
  readonly records: { readonly id: string; readonly text: string; readonly label: string }[];
  /** Records without a label, or rejected by the reader (no text …), with reasons. */
  readonly skipped: string[];
}

export async function readLabelledRecords(file: string, labelField: string, options: ReadOptions): Promise<GenericRecords> {
  const records: GenericRecords['records'] = [];
  const skipped: string[] = [];
  for await (const item of readPosts(file, options)) {
    if ('reject' in item) {
      skipped.push(item.reject.reason);
      continue;
    }
    const value = (item.post as Record<string, unknown>)[labelField];
    const label = typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
    if (label === '') {
      skipped.push(`${file} line ${item.line}: no value in label field "${labelField}".`);
      continue;
    }
    records.push({ id: item.post.id, text: item.post.text, label });
  }
  const classes = new Set(records.map((r) => r.label));
  if (classes.size < 2) {
    throw new YuqingError('E_TRAINING_DATA', `${file}: field "${labelField}" has ${classes.size} distinct value(s) over ${records.length} records; a classifier needs at least 2. Check --label-field.`, { file, field: labelField });
  }
  return { records, skipped };
}
