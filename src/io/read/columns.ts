/**
 * The column check made before a dump is classified: every column named by a mapping option must
 * exist, and at least one of the first records must have a text. Otherwise the run stops with the
 * columns found and the option to use — a guess at the body column included when one column is
 * obviously it — rather than rejecting a million records one by one.
 */
import { YuqingError } from '../../errors.js';
import { textOf, type FieldMap } from './map-record.js';

const OPTION_OF: Readonly<Record<keyof FieldMap, string>> = {
  id: '--id-field',
  text: '--text-field',
  title: '--title-field',
  content: '--content-field',
  platform: '--platform-field',
  region: '--region-field',
  date: '--date-field',
  kind: '--kind-field',
};

/** Column names in order of first appearance. */
export function columnsOf(records: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const r of records) for (const key of Object.keys(r)) seen.add(key);
  return [...seen];
}

const NOT_PROSE = /^[\d\s\p{P}\p{S}]*$|^https?:\/\//u;

/** The column that is obviously the body: the longest prose by far (mean length at least 8 and 1.5 × the next). */
export function guessTextColumn(records: readonly Record<string, unknown>[], columns: readonly string[]): string | undefined {
  const scored = columns
    .map((column) => {
      let total = 0;
      let n = 0;
      for (const r of records) {
        const v = r[column];
        if (typeof v !== 'string' || NOT_PROSE.test(v.trim())) continue;
        total += [...v.trim()].length;
        n++;
      }
      return { column, mean: n === 0 ? 0 : total / records.length };
    })
    .sort((a, b) => b.mean - a.mean);
  const [best, next] = scored;
  if (best === undefined || best.mean < 8) return undefined;
  return next === undefined || best.mean >= 1.5 * next.mean ? best.column : undefined;
}

/** A column most of whose values read as dates, when `published_at` is neither present nor mapped. */
export function guessDateColumn(
  records: readonly Record<string, unknown>[],
  columns: readonly string[],
  isDate: (value: unknown) => boolean,
): string | undefined {
  return columns.find((column) => {
    const values = records.map((r) => r[column]).filter((v) => v !== undefined && v !== null && v !== '');
    return values.length > 0 && values.filter(isDate).length >= 0.8 * values.length && values.some((v) => typeof v === 'string');
  });
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

export function checkColumns(records: readonly Record<string, unknown>[], fields: FieldMap, file: string, isDate: (value: unknown) => boolean): void {
  if (records.length === 0) return;
  const columns = columnsOf(records);
  const where = `the first ${records.length} record${records.length === 1 ? '' : 's'}`;
  const absent = (Object.entries(fields) as [keyof FieldMap, string | undefined][]).filter(([, name]) => name !== undefined && !columns.includes(name));
  if (absent.length > 0) {
    const what = absent.map(([option, name]) => `no column "${name}" (given with ${OPTION_OF[option]})`).join('; ');
    throw new YuqingError('E_INPUT_COLUMNS', `${file}: ${what} in ${where}. Columns found: ${quoted(columns)}. Check the spelling, or map another column.`, {
      file,
      field: absent[0]![1],
    });
  }
  if (records.some((r) => textOf(r, fields).problem !== 'missing_text')) return;
  const text = guessTextColumn(records, columns);
  const date =
    fields.date === undefined && !columns.includes('published_at')
      ? guessDateColumn(
          records,
          columns.filter((c) => c !== text),
          isDate,
        )
      : undefined;
  const suggestion =
    text === undefined
      ? 'Map the column holding the post body with --text-field COLUMN (or --content-field, with --title-field).'
      : `The body looks like "${text}": run again with --text-field ${text}${date ? ` (and --date-field ${date} for the dates)` : ''}.`;
  const wanted = fields.text ?? 'text';
  throw new YuqingError(
    'E_INPUT_COLUMNS',
    `${file}: none of ${where} has a "${wanted}" column (nor "${fields.content ?? 'content'}"), so there is no text to classify and every record would be rejected. Columns found: ${quoted(columns)}. ${suggestion}`,
    { file, field: wanted },
  );
}
