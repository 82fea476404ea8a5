/**
 * Building a record from a row's cells under a header, keeping every field: cells past the header
 * get `column_N` names (never dropped), and a column named `__proto__` is a field like any other
 * (assignment would set the object's prototype instead, and the field would vanish).
 */
import { YuqingError } from '../../errors.js';
import { grouped } from './limits.js';

/** Unique, non-empty column names: blanks become column_N, repeats get _2, _3 … */
export function headerNames(cells: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const text = cell === null || cell === undefined ? '' : String(cell).trim();
    const base = text === '' ? `column_${i + 1}` : text;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

/** Set a field as data, whatever its name. */
export function setField(record: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
  else record[name] = value;
}

/** The header extended to `width` columns (cells past it get column_N names). */
export function widenHeader(header: readonly string[], cells: readonly unknown[], width: number): readonly string[] {
  if (width <= header.length) return header;
  return headerNames([...cells, ...new Array<null>(width - cells.length).fill(null)]);
}

/** A header wider than the limit makes every row too wide: stop with a clear error. */
export function checkHeaderWidth(width: number, maxFields: number, file: string, line: number): void {
  if (width <= maxFields) return;
  throw new YuqingError(
    'E_INPUT_LIMIT',
    `${file} line ${line}: the header has ${grouped(width)} columns, more than --max-fields allows (${grouped(maxFields)}). Check that this is the export you meant (a wrong delimiter or encoding can look like this), or raise --max-fields.`,
    { file, line },
  );
}

export function tooManyFieldsReason(file: string, line: number, width: number, maxFields: number): string {
  return `${file} line ${line}: the row has ${grouped(width)} fields, more than --max-fields allows (${grouped(maxFields)}). It is rejected; raise --max-fields if it is genuine.`;
}
