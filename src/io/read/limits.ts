/**
 * Bounds on what one input may cost, so that a hostile or broken dump ends as rejects or a clear
 * error instead of a crash: a record too big for memory, a decompression bomb, a JSON value nested
 * deeper than any post needs, a spreadsheet whose few bytes declare a billion cells.
 */
export interface InputLimits {
  /** One record: a JSON line's bytes, a CSV record's characters, an Excel row's characters. Over it: a `too_large` reject. */
  readonly maxRecordBytes: number;
  /** Levels of arrays and objects in a JSON record, the record itself the first. Over it: a `too_deep` reject. */
  readonly maxJsonDepth: number;
  /** Fields of one CSV or Excel row (and columns of its header). Over it: a `too_large` reject. */
  readonly maxFields: number;
  /** Bytes out of gzip (or out of an xlsx's zip) per byte in; checked past INFLATE_RATIO_FLOOR. 0: no check. */
  readonly maxInflateRatio: number;
  /** Bytes out of gzip in all. 0: no limit. */
  readonly maxInflatedBytes: number;
  /** An xlsx's unzipped parts together (the workbook is read in memory). */
  readonly maxXlsxBytes: number;
  /** Rows × columns of an xlsx sheet, as its cell addresses span them (the reader builds a full table). */
  readonly maxSheetCells: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: InputLimits = {
  maxRecordBytes: 8 * MiB,
  maxJsonDepth: 64,
  maxFields: 1000,
  maxInflateRatio: 100,
  maxInflatedBytes: 64 * 1024 * MiB,
  maxXlsxBytes: 256 * MiB,
  maxSheetCells: 20_000_000,
};

/** The ratio is judged only once this much has come out: small files may compress very well. */
export const INFLATE_RATIO_FLOOR = 16 * MiB;

/** "8,388,608" — sizes in messages, grouped so they can be read at a glance. */
export function grouped(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
