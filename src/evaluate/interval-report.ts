/** Intervals of every per-label score (intervals.ts), keyed by "relevant", topic IDs and viewpoint IDs, and as text. */
import type { Scores } from './metrics.js';
import { scoreIntervals, type ScoreIntervals } from './intervals.js';

export type IntervalTable = Readonly<Record<string, ScoreIntervals>>;

export function allIntervals(s: Scores): IntervalTable {
  const out: Record<string, ScoreIntervals> = { relevant: scoreIntervals('relevant', s.relevance, s.posts) };
  for (const [id, p] of Object.entries(s.topics)) out[id] = scoreIntervals(id, p, s.posts);
  out.viewpoint_micro = scoreIntervals('viewpoint_micro', s.viewpointMicro, s.posts * Object.keys(s.viewpoints).length);
  for (const [id, p] of Object.entries(s.viewpoints)) out[id] = scoreIntervals(id, p, s.posts);
  return out;
}

const r = (x: number) => Math.round(x * 1000) / 1000;

export function intervalsJson(t: IntervalTable) {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, { precision: v.precision.map(r), recall: v.recall.map(r), f1: v.f1.map(r) }]));
}

export function renderIntervals(t: IntervalTable): string {
  const pair = (x: readonly [number, number]) => `[${x[0].toFixed(3)}–${x[1].toFixed(3)}]`;
  const lines = ['95% intervals (precision and recall: Wilson; F1: bootstrap over posts, seeded)'];
  for (const [k, v] of Object.entries(t)) lines.push(`  ${k.padEnd(28)} P ${pair(v.precision)}  R ${pair(v.recall)}  F1 ${pair(v.f1)}`);
  return `${lines.join('\n')}\n`;
}
