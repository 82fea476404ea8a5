/**
 * Before a dump is classified: its first records are looked at (and put back), the columns checked
 * (columns.ts), and the order of numeric dates settled — given with --date-order, else decided over
 * the whole date column (a second pass over a file; from stdin only the first records can be seen).
 */
import { YuqingError } from '../../errors.js';
import { decideOrder, emptyScan, scanValue, type OrderScan } from '../../time/order.js';
import { createDateReader, type DateOrder, type DateReader, type DateSettings } from '../../time/read-date.js';
import { checkColumns } from './columns.js';
import type { FieldMap } from './map-record.js';
import type { RawItem } from './raw-items.js';

/** Records looked at before anything is classified (one batch). */
export const SAMPLE_RECORDS = 256;

export interface SampledRecord {
  readonly line: number;
  readonly record: Record<string, unknown>;
}

function asRecord(item: RawItem): SampledRecord | undefined {
  if (item.kind === 'record') return { line: item.line, record: item.record };
  if (item.kind !== 'json') return undefined;
  try {
    const value: unknown = JSON.parse(item.text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? { line: item.line, record: value as Record<string, unknown> } : undefined;
  } catch {
    return undefined;
  }
}

/** The first records of `batches`, and the batches again from the start. */
export async function sampleFirst<T>(
  batches: AsyncGenerator<T>,
  itemsOf: (batch: T) => readonly RawItem[],
  want = SAMPLE_RECORDS,
): Promise<{ records: SampledRecord[]; batches: AsyncGenerator<T> }> {
  const held: T[] = [];
  const records: SampledRecord[] = [];
  let seen = 0;
  while (seen < want) {
    const next = await batches.next();
    if (next.done) break;
    held.push(next.value);
    for (const item of itemsOf(next.value)) {
      seen++;
      const record = asRecord(item);
      if (record) records.push(record);
    }
  }
  async function* replay(): AsyncGenerator<T> {
    yield* held;
    yield* batches;
  }
  return { records, batches: replay() };
}

/** How the dates of a run are read, and how the day/month order was settled. */
export interface DateResolution {
  readonly settings: DateSettings;
  readonly field: string;
  /** given (--date-order), detected (over the column), or none (no numeric day/month dates seen). */
  readonly orderFrom: 'given' | 'detected' | 'none';
  /** Numeric day/month/year values the detection saw. */
  readonly scanned: number;
}

export interface ColumnScan {
  /** Every raw item of the input again (a file), for the whole-column pass. */
  readonly reread?: () => AsyncIterable<readonly RawItem[]>;
  readonly name: string;
}

function scanRecords(scan: OrderScan, reader: DateReader, records: readonly SampledRecord[], field: string): void {
  for (const { line, record } of records) scanValue(scan, reader, record[field], line);
}

/** The day/month order over the whole date column (files), or the first records (stdin). */
async function orderOf(
  records: readonly SampledRecord[],
  settings: DateSettings,
  field: string,
  input: ColumnScan,
): Promise<{ order?: DateOrder; scanned: number }> {
  const reader = createDateReader(settings);
  const first = emptyScan();
  scanRecords(first, reader, records, field);
  if (first.values === 0) return { scanned: 0 };
  if (input.reread === undefined) {
    try {
      return { ...decideOrder(first, `${input.name} (the first ${records.length} records: stdin cannot be read twice)`, field), scanned: first.values };
    } catch (error) {
      if (error instanceof YuqingError)
        throw new YuqingError(error.code, `${error.message} Reading stdin, yuqing can only look at the first records; give --date-order.`, error.context);
      throw error;
    }
  }
  const whole = emptyScan();
  for await (const batch of input.reread())
    scanRecords(
      whole,
      reader,
      batch.flatMap((item) => asRecord(item) ?? []),
      field,
    );
  const decided = decideOrder(whole, input.name, field);
  return { order: decided.order, scanned: whole.values };
}

export async function resolveDates(records: readonly SampledRecord[], settings: DateSettings, fields: FieldMap, input: ColumnScan): Promise<DateResolution> {
  const field = fields.date ?? 'published_at';
  if (settings.order !== undefined) return { settings, field, orderFrom: 'given', scanned: 0 };
  const { order, scanned } = await orderOf(records, settings, field, input);
  return { settings: order === undefined ? settings : { ...settings, order }, field, orderFrom: order === undefined ? 'none' : 'detected', scanned };
}

/** The column check, with dates recognised as the study reads them. */
export function checkSampledColumns(records: readonly SampledRecord[], fields: FieldMap, name: string, settings: DateSettings | undefined): void {
  const reader = settings === undefined ? undefined : createDateReader({ ...settings, order: settings.order ?? 'dmy' });
  // For guessing the date column, a relative date read without --collected-at is still a date.
  const isDate = (value: unknown) => {
    const reading = reader?.read(value);
    return reading !== undefined && ('date' in reading || reading.problem === 'needs_collected_at');
  };
  checkColumns(
    records.map((r) => r.record),
    fields,
    name,
    isDate,
  );
}
