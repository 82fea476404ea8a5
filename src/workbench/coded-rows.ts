/**
 * A coded sheet's rows (from xlsx or CSV, already read by src/io) → coded posts. The first
 * non-empty row is the header; columns are found by their headers. A row whose answer cells are
 * all blank is not coded yet and is counted, not read. A bad cell stops the read with the sheet,
 * row and column, what was found and what is expected.
 */
import { YuqingError } from '../errors.js';
import type { LabelSet } from '../label-set.js';
import type { CodedPost, CodedSet } from './coded.js';
import { foldAnswer, labelIndex, readLabelCell, type LabelIndex } from './label-cells.js';
import { CODED_FIELDS, type CodedField, type CodingVocabulary } from './vocabulary.js';

export interface SheetPlace {
  readonly file: string;
  /** The worksheet's name (xlsx); null for CSV. */
  readonly sheet: string | null;
}

type Row = readonly unknown[];
const REQUIRED: readonly CodedField[] = ['id', 'relevant', 'topics', 'viewpoints'];
const ANSWERS: readonly CodedField[] = ['relevant', 'topics', 'viewpoints', 'polarity'];

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const text = (cell: unknown): string => (cell === null || cell === undefined ? '' : String(cell).trim());

function where(place: SheetPlace, row: number, column?: number, field?: string): string {
  const sheet = place.sheet === null ? '' : ` sheet "${place.sheet}"`;
  const col = column === undefined ? '' : ` column ${columnLetter(column)}${field ? ` (${field})` : ''}`;
  return `${place.file}${sheet} row ${row}${col}`;
}

function fail(place: SheetPlace, row: number, column: number | undefined, field: string | undefined, sentence: string): never {
  throw new YuqingError('E_CODED_SHEET', `${where(place, row, column, field)}: ${sentence}`, {
    file: place.file,
    line: row,
    column: column === undefined ? undefined : column + 1,
    field,
  });
}

function headerColumns(header: Row, vocab: CodingVocabulary, place: SheetPlace, row: number): Partial<Record<CodedField, number>> {
  const columns: Partial<Record<CodedField, number>> = {};
  header.forEach((cell, c) => {
    const folded = foldAnswer(text(cell));
    const field = CODED_FIELDS.find(
      (f) =>
        folded === foldAnswer(vocab.headers[f]) ||
        folded === f ||
        text(cell)
          .toLowerCase()
          .split(/[\s(（:：]/)[0] === f,
    );
    if (field !== undefined && columns[field] === undefined) columns[field] = c;
  });
  const missing = REQUIRED.filter((f) => columns[f] === undefined);
  if (missing.length > 0) {
    fail(
      place,
      row,
      undefined,
      undefined,
      `the header row has no column ${missing.map((f) => `"${vocab.headers[f]}"`).join(', ')}. A coded sheet needs the columns ${REQUIRED.join(', ')} (and polarity); keep the header row that yuqing sample wrote.`,
    );
  }
  return columns;
}

interface Indexes {
  readonly topics: LabelIndex;
  readonly viewpoints: LabelIndex;
  readonly polarities: LabelIndex;
}

function relevantAnswer(cell: string, vocab: CodingVocabulary): boolean | undefined {
  const folded = foldAnswer(cell);
  if (vocab.yes.some((w) => foldAnswer(w) === folded)) return true;
  if (vocab.no.some((w) => foldAnswer(w) === folded)) return false;
  return undefined;
}

interface RowContext {
  readonly place: SheetPlace;
  readonly rowNumber: number;
  readonly columns: Partial<Record<CodedField, number>>;
  readonly labels: LabelSet;
  readonly vocab: CodingVocabulary;
  readonly indexes: Indexes;
}

function cellOf(row: Row, ctx: RowContext, field: CodedField): string {
  const c = ctx.columns[field];
  return c === undefined ? '' : text(row[c]);
}

function labelsIn(row: Row, ctx: RowContext, field: 'topics' | 'viewpoints' | 'polarity', index: LabelIndex, known: readonly { id: string }[]): string[] {
  const reading = readLabelCell(cellOf(row, ctx, field), index);
  if ('unknown' in reading) {
    const sample = known
      .slice(0, 4)
      .map((l) => l.id)
      .join(', ');
    fail(
      ctx.place,
      ctx.rowNumber,
      ctx.columns[field],
      field,
      `"${reading.unknown}" is not a ${field === 'polarity' ? 'polarity' : field.slice(0, -1)} ID or name of this study. Write IDs (${sample} …) or the Chinese names of the instructions sheet, separated by commas or line breaks.`,
    );
  }
  return [...reading.ids];
}

function readRow(row: Row, ctx: RowContext): CodedPost {
  const { labels, vocab, indexes, columns, place, rowNumber } = ctx;
  const id = cellOf(row, ctx, 'id');
  if (id === '') fail(place, rowNumber, columns.id, 'id', 'this row has answers but no post id. Keep the id column as yuqing sample wrote it.');
  const relevant = relevantAnswer(cellOf(row, ctx, 'relevant'), vocab);
  if (relevant === undefined) {
    const got = cellOf(row, ctx, 'relevant');
    fail(
      place,
      rowNumber,
      columns.relevant,
      'relevant',
      `${got === '' ? 'blank, while other answers of the row are filled in' : `"${got}" is not an answer`}; expected one of ${[...vocab.yes.slice(0, 3), ...vocab.no.slice(0, 3)].join(', ')}.`,
    );
  }
  const viewpoints = labelsIn(row, ctx, 'viewpoints', indexes.viewpoints, labels.viewpoints);
  const given = new Set([
    ...labelsIn(row, ctx, 'topics', indexes.topics, labels.topics),
    ...viewpoints.map((v) => labels.viewpoints.find((x) => x.id === v)!.topic),
  ]);
  if (!relevant && given.size > 0) {
    fail(
      place,
      rowNumber,
      columns[viewpoints.length > 0 ? 'viewpoints' : 'topics'],
      viewpoints.length > 0 ? 'viewpoints' : 'topics',
      'the post is marked not relevant, so it takes no topics or viewpoints. Clear the cell, or mark the post relevant.',
    );
  }
  const polarity = labelsIn(row, ctx, 'polarity', indexes.polarities, labels.polarities);
  if (polarity.length > 1) fail(place, rowNumber, columns.polarity, 'polarity', `one polarity per post, got ${polarity.join(' and ')}.`);
  const optional = (f: CodedField) => (cellOf(row, ctx, f) === '' ? null : cellOf(row, ctx, f));
  return {
    id,
    region: optional('region'),
    platform: optional('platform'),
    text: optional('text'),
    relevant,
    topics: labels.topics.map((t) => t.id).filter((t) => given.has(t)),
    viewpoints: labels.viewpoints.map((v) => v.id).filter((v) => viewpoints.includes(v)),
    polarity: polarity[0] ?? null,
  };
}

export function parseCodedRows(rows: readonly Row[], place: SheetPlace, labels: LabelSet, vocab: CodingVocabulary): CodedSet {
  const isBlank = (row: Row) => row.every((c) => text(c) === '');
  const headerAt = rows.findIndex((row) => !isBlank(row));
  if (headerAt < 0) fail(place, 1, undefined, undefined, 'the sheet is empty. Code the sheet that yuqing sample wrote.');
  const columns = headerColumns(rows[headerAt]!, vocab, place, headerAt + 1);
  const indexes = { topics: labelIndex(labels.topics), viewpoints: labelIndex(labels.viewpoints), polarities: labelIndex(labels.polarities) };
  const posts: CodedPost[] = [];
  const seen = new Map<string, number>();
  let uncoded = 0;
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const ctx: RowContext = { place, rowNumber: r + 1, columns, labels, vocab, indexes };
    if (isBlank(row)) continue;
    if (ANSWERS.every((f) => cellOf(row, ctx, f) === '')) {
      uncoded++;
      continue;
    }
    const post = readRow(row, ctx);
    const first = seen.get(post.id);
    if (first !== undefined) fail(place, r + 1, columns.id, 'id', `post "${post.id}" is coded twice (first on row ${first}). Keep one row per post.`);
    seen.set(post.id, r + 1);
    posts.push(post);
  }
  return { source: place.file, posts, uncoded };
}
