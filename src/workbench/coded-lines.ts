/**
 * Labelled JSON Lines (the corpus form `yuqing evaluate` reads: id, text, relevant, topics,
 * viewpoints, polarity, region) → coded posts, each label checked against the study's labels.
 */
import { z } from 'zod';
import { YuqingError } from '../errors.js';
import type { LabelSet } from '../label-set.js';
import type { CodedPost, CodedSet } from './coded.js';

const lineSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string().optional(),
  platform: z.string().optional(),
  region: z.string().optional(),
  relevant: z.boolean(),
  topics: z.array(z.string()),
  viewpoints: z.array(z.string()),
  polarity: z.string().nullable().optional(),
});

function fail(file: string, line: number, field: string, sentence: string): never {
  throw new YuqingError('E_CODED_SHEET', `${file} line ${line}: field "${field}": ${sentence}`, { file, line, field });
}

function checked(file: string, line: number, field: string, ids: readonly string[], known: readonly { id: string }[]): void {
  const bad = ids.find((id) => !known.some((k) => k.id === id));
  if (bad !== undefined) fail(file, line, field, `"${bad}" is not a label of this study; expected one of ${known.map((k) => k.id).join(', ')}.`);
}

function post(value: unknown, file: string, line: number, labels: LabelSet): CodedPost {
  const parsed = lineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(file, line, issue.path.join('.'), `${issue.message}. Expected a labelled record (id, relevant, topics, viewpoints, polarity).`);
  }
  const r = parsed.data;
  checked(file, line, 'topics', r.topics, labels.topics);
  checked(file, line, 'viewpoints', r.viewpoints, labels.viewpoints);
  if (r.polarity) checked(file, line, 'polarity', [r.polarity], labels.polarities);
  const implied = new Set([...r.topics, ...r.viewpoints.map((v) => labels.viewpoints.find((x) => x.id === v)!.topic)]);
  if (!r.relevant && implied.size > 0) fail(file, line, 'topics', 'a post marked not relevant takes no topics or viewpoints.');
  return {
    id: r.id,
    region: r.region ?? null,
    platform: r.platform ?? null,
    text: r.text ?? null,
    relevant: r.relevant,
    topics: labels.topics.map((t) => t.id).filter((t) => implied.has(t)),
    viewpoints: labels.viewpoints.map((v) => v.id).filter((v) => r.viewpoints.includes(v)),
    polarity: r.polarity ?? null,
  };
}

export function parseCodedLines(text: string, file: string, labels: LabelSet): CodedSet {
  const posts: CodedPost[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new YuqingError('E_CODED_SHEET', `${file} line ${line}: not valid JSON; expected one labelled record per line.`, { file, line });
    }
    const p = post(value, file, line, labels);
    if (seen.has(p.id)) fail(file, line, 'id', `post "${p.id}" is coded twice (first on line ${seen.get(p.id)}). Keep one record per post.`);
    seen.set(p.id, line);
    posts.push(p);
  });
  return { source: file, posts, uncoded: 0 };
}
