/**
 * Training data: a labelled corpus in io.md's shape (taxonomy mode), or any JSONL / CSV / TSV
 * dump with one label column (generic mode). A record without a label is counted, not dropped
 * silently.
 */
import { YuqingError } from '../../errors.js';
import { goldSchemaFor, type Gold } from '../../records.js';
import type { Taxonomy } from '../../study/taxonomy.js';
import { readMappedRecords } from './read-corpus.js';
import { readPosts, type ReadOptions } from './read-records.js';

/** A labelled corpus (io.md's labels on every record), in any format the reader takes, mapped. */
export async function readGoldRecords(file: string, taxonomy: Taxonomy, options: ReadOptions = {}): Promise<Gold[]> {
  const out: Gold[] = [];
  for await (const { record } of readMappedRecords(file, goldSchemaFor(taxonomy), options, { code: 'E_GOLD_PARSE', what: 'labelled record' })) out.push(record);
  return out;
}

export async function readTaxonomyGold(file: string, taxonomy: Taxonomy, options: ReadOptions = {}): Promise<Gold[]> {
  const out = await readGoldRecords(file, taxonomy, options);
  if (out.length === 0)
    throw new YuqingError('E_TRAINING_DATA', `${file}: no labelled records. Expected JSONL with io.md's labels (relevant, topics, viewpoints, polarity).`, {
      file,
    });
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
    throw new YuqingError(
      'E_TRAINING_DATA',
      `${file}: field "${labelField}" has ${classes.size} distinct value(s) over ${records.length} records; a classifier needs at least 2. Check --label-field.`,
      { file, field: labelField },
    );
  }
  return { records, skipped };
}
