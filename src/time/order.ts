/**
 * Which way round a column's numeric dates are (31/03/2025 day-first, 03/31/2025 month-first,
 * 25/03/31 year-first), decided over the whole column: the order every such value is valid in.
 * None → the column mixes orders; several → every value reads both ways and the analyst must say.
 */
import { YuqingError } from '../errors.js';
import { DATE_ORDERS, type DateOrder, type DateReader } from './read-date.js';

export interface OrderScan {
  /** Numeric day/month/year values seen. */
  values: number;
  /** Per order, how many of them it reads. */
  readonly valid: Record<DateOrder, number>;
  /** Per order, the first value only it (of the orders in play) reads: the evidence. */
  readonly only: Partial<Record<DateOrder, { readonly line: number; readonly value: string }>>;
  first?: { readonly line: number; readonly value: string };
}

export function emptyScan(): OrderScan {
  return { values: 0, valid: { dmy: 0, mdy: 0, ymd: 0 }, only: {} };
}

export function scanValue(scan: OrderScan, reader: DateReader, value: unknown, line: number): void {
  const orders = reader.ordersOf(value);
  if (orders === undefined || orders.length === 0) return;
  scan.values++;
  const text = String(value);
  scan.first ??= { line, value: text };
  for (const order of orders) scan.valid[order]++;
  if (orders.length === 1) scan.only[orders[0]!] ??= { line, value: text };
}

export interface OrderDecision {
  /** undefined when the column holds no numeric day/month/year date. */
  readonly order?: DateOrder;
  readonly values: number;
}

const NAMES: Readonly<Record<DateOrder, string>> = { dmy: 'day first (31/03/2025)', mdy: 'month first (03/31/2025)', ymd: 'year first (25/03/31)' };

/** The order the whole column agrees on; E_DATE_ORDER when it mixes orders or reads every way. */
export function decideOrder(scan: OrderScan, where: string, field: string): OrderDecision {
  if (scan.values === 0) return { values: 0 };
  const fits = DATE_ORDERS.filter((o) => scan.valid[o] === scan.values);
  if (fits.length === 1) return { order: fits[0]!, values: scan.values };
  if (fits.length === 0) {
    const evidence = DATE_ORDERS.flatMap((o) => (scan.only[o] ? [`line ${scan.only[o]!.line} "${scan.only[o]!.value}" reads only ${NAMES[o]}`] : []));
    throw new YuqingError(
      'E_DATE_ORDER',
      `${where}: the dates in "${field}" are not all written the same way round: ${evidence.join(', ')}. Give --date-order dmy, mdy or ymd to read one order (dates impossible in it are counted as unreadable), or fix the export.`,
      { field },
    );
  }
  const first = scan.first!;
  throw new YuqingError(
    'E_DATE_ORDER',
    `${where}: all ${scan.values} numeric dates in "${field}" (such as line ${first.line} "${first.value}") read either ${fits.map((o) => NAMES[o]).join(' or ')}, so the day and the month cannot be told apart. Give --date-order ${fits.join(' or ')} (Hong Kong exports usually write the day first: dmy).`,
    { field },
  );
}
