/** The words of written-out and relative dates (lexicons/dates/words.yaml), checked by zod. */
import { z } from 'zod';

const words = z.array(z.string().min(1)).min(1);

export const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type Unit = (typeof UNITS)[number];

export const dateWordsSchema = z.strictObject({
  year: words,
  month: words,
  day: words,
  morning: words,
  afternoon: words,
  now: words,
  days: z.record(z.string().min(1), z.int().min(0).max(31)),
  units: z.record(z.string().min(1), z.enum(UNITS)),
  ago: words,
  numerals: z.record(z.string().min(1), z.number().positive()),
});
export type DateWords = z.infer<typeof dateWordsSchema>;

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of the words, longest first (so a two-character unit wins over its first character), as a regular-expression source. */
export function alternation(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegExp)
    .join('|');
}

/** Words compared case-folded (PM = pm); Chinese words are unaffected. */
export function lookup<T>(table: Readonly<Record<string, T>>): (word: string) => T | undefined {
  const folded = new Map(Object.entries(table).map(([k, v]) => [k.toLowerCase(), v]));
  return (word) => folded.get(word.toLowerCase());
}
