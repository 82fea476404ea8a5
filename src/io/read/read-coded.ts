/**
 * Reading coded posts back: a coding sheet as people filled it in (.xlsx, its "coding" sheet or
 * else its first; or CSV/TSV), or labelled JSON Lines in the corpus form `evaluate` reads. The
 * format is told by the content: an xlsx by its zip signature, JSON Lines by a leading "{".
 * Also the tool's labels for coded posts, from a classified file or a sample's design file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { YuqingError } from '../../errors.js';
import type { LabelSet } from '../../label-set.js';
import { parseYamlFile } from '../../yaml-source.js';
import type { CodedSet, ToolLabels } from '../../workbench/coded.js';
import { parseCodedRows } from '../../workbench/coded-rows.js';
import { parseCodedLines } from '../../workbench/coded-lines.js';
import { sampleDesignSchema, type SampleDesign } from '../../workbench/sample-design.js';
import { codingVocabularySchema, type CodingVocabulary } from '../../workbench/vocabulary.js';
import { PACKAGE_ROOT } from '../bundled/lexicon-files.js';
import { readClassified } from './read-classified.js';
import { join } from 'node:path';
import type { Taxonomy } from '../../study/taxonomy.js';

export const CODING_VOCABULARY_FILE = join(PACKAGE_ROOT, 'lexicons', 'coding', 'sheet.yaml');

export function readCodingVocabulary(path = CODING_VOCABULARY_FILE): CodingVocabulary {
  if (!existsSync(path))
    throw new YuqingError('E_LEXICON_MISSING', `${path}: the coding sheet's data file is missing. Reinstall yuqing, or restore lexicons/coding/sheet.yaml.`, {
      file: path,
    });
  return parseYamlFile({ path, content: readFileSync(path, 'utf8') }, codingVocabularySchema);
}

function bytesOf(file: string): Buffer {
  if (!existsSync(file)) throw new YuqingError('E_INPUT_NOT_FOUND', `${file}: no such file. Check the path.`, { file });
  return readFileSync(file);
}

const isZip = (b: Buffer) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

async function readWorkbook(file: string, bytes: Buffer, labels: LabelSet, vocab: CodingVocabulary): Promise<CodedSet> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const { default: readXlsxFile } = await import('read-excel-file/node');
    sheets = (await readXlsxFile(bytes)) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    throw new YuqingError(
      'E_INPUT_FORMAT',
      `${file}: this Excel workbook cannot be read (${(error as Error).message}). Save it again as .xlsx, or export the coding sheet as CSV.`,
      { file },
    );
  }
  const sheet = sheets.find((s) => s.sheet === vocab.sheets.coding) ?? sheets[0];
  if (sheet === undefined) throw new YuqingError('E_CODED_SHEET', `${file}: the workbook has no sheets.`, { file });
  return parseCodedRows(sheet.data, { file, sheet: sheet.sheet }, labels, vocab);
}

function readCsvRows(file: string, text: string): string[][] {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: false, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const e = error as { message: string; lines?: number };
    throw new YuqingError(
      'E_CODED_SHEET',
      `${file}${e.lines ? ` line ${e.lines}` : ''}: not readable as CSV (${e.message}). Save the sheet again as CSV UTF-8, or as .xlsx.`,
      { file, line: e.lines },
    );
  }
}

/** Whether a file is a coding sheet (xlsx or CSV) rather than labelled JSON Lines. */
export function isCodedSheet(file: string): boolean {
  const bytes = bytesOf(file);
  return (
    isZip(bytes) ||
    !bytes
      .toString('utf8', 0, Math.min(bytes.length, 4096))
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('{')
  );
}

/** A coded file of any of the three forms → coded posts. */
export async function readCodedFile(file: string, labels: LabelSet, vocab: CodingVocabulary): Promise<CodedSet> {
  const bytes = bytesOf(file);
  if (isZip(bytes)) return readWorkbook(file, bytes, labels, vocab);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trimStart().startsWith('{')) return parseCodedLines(text, file, labels);
  return parseCodedRows(readCsvRows(file, text), { file, sheet: null }, labels, vocab);
}

/** SHEET.design.json beside a sheet (SHEET.xlsx or SHEET.csv), when there is one. */
export function designPathFor(sheet: string): string {
  return `${sheet.replace(/\.(xlsx|csv|tsv)$/i, '')}.design.json`;
}

export function readSampleDesign(file: string): SampleDesign {
  const text = bytesOf(file).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new YuqingError('E_VALIDATION', `${file}: not valid JSON; expected the design file yuqing sample wrote beside the sheet.`, { file });
  }
  const parsed = sampleDesignSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new YuqingError('E_VALIDATION', `${file}: field "${issue.path.join('.')}": ${issue.message}. Expected the design file yuqing sample wrote.`, {
      file,
      field: issue.path.join('.'),
    });
  }
  return parsed.data;
}

/** The tool's labels by id from classified JSON Lines (only the ids asked for are kept). */
export async function readToolLabels(file: string, taxonomy: Taxonomy, wanted: ReadonlySet<string>): Promise<Map<string, ToolLabels>> {
  const out = new Map<string, ToolLabels>();
  for await (const r of readClassified(file, taxonomy)) {
    if (wanted.has(r.id)) out.set(r.id, { region: r.region, relevant: r.relevant, topics: r.topics, viewpoints: r.viewpoints, polarity: r.polarity });
  }
  return out;
}
