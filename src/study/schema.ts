/**
 * zod schemas of a study folder's files (docs/study-format.md): study.yaml and taxonomy.yaml.
 * Every study type is inferred from them. Cross-checks inside a file (unique IDs, one prefix per
 * topic, one fallback region) are refinements with a path, so their errors point at a line.
 */
import { z } from 'zod';
import { POLARITIES } from '../taxonomy.js';

/** A zod enum of a taxonomy's IDs (a taxonomy always has at least one of each). */
export function idEnum(ids: readonly string[]) {
  return z.enum(ids as [string, ...string[]]);
}

const text = z.string().trim().min(1);
const labelId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'an ID of lower-case letters, digits and _, starting with a letter');
const viewpointId = z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, 'a viewpoint ID <prefix>.<name> (lower-case letters, digits and _)');

export const namesSchema = z.strictObject({ 'zh-Hant': text, 'zh-Hans': text, en: text });
export type Names = z.infer<typeof namesSchema>;

export const studyFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'a study ID of lower-case letters, digits, - and _, starting with a letter'),
  version: text,
  names: namesSchema,
  description: text,
  taxonomy: text,
  lexicon: text,
  platforms: text,
  corpus: text.optional(),
  model: text.optional(),
  /** The study's report wording: per-language overrides of lexicons/report/ui.yaml's text (title, lead …). */
  report: text.optional(),
  /** The tagger's measured accuracy on the study's labelled test posts, shown in reports without --validation. */
  accuracy: text.optional(),
  /** The study's own stop words for key terms and themes, added to the shared lists (lexicons/report/stopwords.yaml). */
  stopwords: text.optional(),
});
export type StudyFile = z.infer<typeof studyFileSchema>;

const viewpointSchema = z.strictObject({ id: viewpointId, names: namesSchema, description: text.optional() });
const topicSchema = z.strictObject({ id: labelId, names: namesSchema, description: text, viewpoints: z.array(viewpointSchema).min(1) });
const regionSchema = z.strictObject({ id: labelId, names: namesSchema, fallback: z.boolean().optional(), description: text.optional() });

type Issue = { readonly path: PropertyKey[]; readonly message: string };

function duplicateIds(items: readonly { readonly id: string }[], at: (i: number) => PropertyKey[], kind: string): Issue[] {
  const first = new Map<string, number>();
  const out: Issue[] = [];
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else out.push({ path: [...at(i), 'id'], message: `${kind} ${item.id} is listed twice (first as entry ${earlier + 1}); give each ${kind} one entry` });
  });
  return out;
}

function prefixIssues(topics: readonly z.infer<typeof topicSchema>[]): Issue[] {
  const owner = new Map<string, string>();
  const out: Issue[] = [];
  topics.forEach((topic, t) => {
    topic.viewpoints.forEach((viewpoint, v) => {
      const prefix = viewpoint.id.slice(0, viewpoint.id.indexOf('.'));
      const ownPrefix = topic.viewpoints[0]!.id.slice(0, topic.viewpoints[0]!.id.indexOf('.'));
      const path = ['topics', t, 'viewpoints', v, 'id'];
      if (prefix !== ownPrefix)
        out.push({
          path,
          message: `viewpoint ${viewpoint.id} of topic ${topic.id} has the prefix ${prefix}, but the topic's first viewpoint has ${ownPrefix}; the viewpoints of one topic share one prefix`,
        });
      else if (v === 0 && owner.has(prefix))
        out.push({
          path,
          message: `the prefix ${prefix} of topic ${topic.id} is already the prefix of topic ${owner.get(prefix)}; each topic needs a prefix of its own`,
        });
      else if (v === 0) owner.set(prefix, topic.id);
    });
  });
  return out;
}

function polarityIssues(polarities: readonly string[]): Issue[] {
  const missing = POLARITIES.filter((p) => !polarities.includes(p));
  const twice = polarities.findIndex((p, i) => polarities.indexOf(p) !== i);
  if (twice >= 0) return [{ path: ['polarities', twice], message: `polarity ${polarities[twice]} is listed twice` }];
  return missing.length === 0
    ? []
    : [{ path: ['polarities'], message: `the polarities must name every class the tagger gives (${POLARITIES.join(', ')}); missing ${missing.join(', ')}` }];
}

function regionIssues(regions: readonly z.infer<typeof regionSchema>[]): Issue[] {
  const fallbacks = regions.flatMap((r, i) => (r.fallback ? [i] : []));
  if (fallbacks.length === 1 && regions.length >= 3) return [];
  if (fallbacks.length === 1)
    return [
      {
        path: ['regions'],
        message: `the regions name ${regions.length - 1} besides the fallback; a study compares two regions, so list at least two and the fallback`,
      },
    ];
  if (fallbacks.length === 0)
    return [
      { path: ['regions'], message: 'no region has fallback: true; mark the one a post gets when its platform and region field say nothing (such as unknown)' },
    ];
  return [
    {
      path: ['regions', fallbacks[1]!, 'fallback'],
      message: `regions ${fallbacks.map((i) => regions[i]!.id).join(' and ')} both have fallback: true; exactly one region is the fallback`,
    },
  ];
}

function compareIssues(regions: readonly z.infer<typeof regionSchema>[], compare: readonly [string, string] | undefined): Issue[] {
  if (compare === undefined) return [];
  const named = regions.filter((r) => !r.fallback).map((r) => r.id);
  const out: Issue[] = [];
  compare.forEach((id, i) => {
    if (!named.includes(id)) out.push({ path: ['compare', i], message: `${id} is not a region of this taxonomy that can be compared (${named.join(', ')})` });
  });
  if (compare[0] === compare[1]) out.push({ path: ['compare', 1], message: `compare names ${compare[0]} twice; name two different regions` });
  return out;
}

export const taxonomyFileSchema = z
  .strictObject({
    topics: z.array(topicSchema).min(1),
    polarities: z.array(z.enum(POLARITIES)),
    regions: z.array(regionSchema).min(1),
    /** The two regions reports compare; default: the first two that are not the fallback. */
    compare: z.tuple([labelId, labelId]).optional(),
  })
  .superRefine((file, ctx) => {
    const viewpoints = file.topics.flatMap((t, ti) => t.viewpoints.map((v, vi) => ({ id: v.id, at: ['topics', ti, 'viewpoints', vi] })));
    const issues = [
      ...duplicateIds(file.topics, (i) => ['topics', i], 'topic'),
      ...duplicateIds(viewpoints, (i) => viewpoints[i]!.at, 'viewpoint'),
      ...prefixIssues(file.topics),
      ...polarityIssues(file.polarities),
      ...duplicateIds(file.regions, (i) => ['regions', i], 'region'),
      ...regionIssues(file.regions),
      ...compareIssues(file.regions, file.compare),
    ];
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
