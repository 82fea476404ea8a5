/**
 * The dates of a run, counted: read, missing, and unreadable with the first few examples (line,
 * value and why), so that no record leaves the timeline or the study without a word. Tallies of
 * batches add up in input order.
 */
import type { DateProblem } from './parsed.js';

export interface DateExample {
  readonly line: number;
  readonly value: string;
  readonly problem: DateProblem;
}

export interface DateTally {
  read: number;
  missing: number;
  unreadable: number;
  readonly examples: DateExample[];
}

export const DATE_EXAMPLES = 5;

export function emptyTally(): DateTally {
  return { read: 0, missing: 0, unreadable: 0, examples: [] };
}

export function noteUnreadable(tally: DateTally, line: number, value: unknown, problem: DateProblem): void {
  tally.unreadable++;
  if (tally.examples.length < DATE_EXAMPLES) tally.examples.push({ line, value: typeof value === 'string' ? value : JSON.stringify(value), problem });
}

/** Add `from` (a later part of the input) to `into`. */
export function addTally(into: DateTally, from: DateTally): void {
  into.read += from.read;
  into.missing += from.missing;
  into.unreadable += from.unreadable;
  for (const e of from.examples) if (into.examples.length < DATE_EXAMPLES) into.examples.push(e);
}

const HINTS: Readonly<Record<DateProblem, string>> = {
  needs_order: 'day and month could be either way round: give --date-order',
  not_in_order: 'not a date in the --date-order given',
  needs_collected_at: 'a relative date: give --collected-at',
  impossible: 'no such day or time',
  not_a_date: 'not a form yuqing reads',
};

export function describeProblem(problem: DateProblem): string {
  return HINTS[problem];
}

/** One sentence for stderr, or undefined when every date present was read. */
export function tallyNote(tally: DateTally, field: string): string | undefined {
  if (tally.unreadable === 0) return undefined;
  const examples = tally.examples.map((e) => `line ${e.line} "${e.value}" (${describeProblem(e.problem)})`).join('; ');
  return `${tally.unreadable} of ${tally.read + tally.unreadable} dates in "${field}" could not be read; those records count as undated (off the timeline, and outside any --from/--to or --window): ${examples}.`;
}
