/**
 * The design file written beside a coding sheet (SHEET.design.json): how the sample was drawn,
 * each post's stratum and weight, and the tool's labels of each post. It is the analyst's file,
 * not the coders' (the sheet itself stays blind); `report --validation`, `evaluate` and `agree`
 * read the weights and the tool's labels from it.
 */
import { z } from 'zod';
import type { ToolLabels } from './coded.js';
import { STRATIFY_FIELDS, type DrawnPost, type Stratum } from './sample.js';

const toolSchema = z.strictObject({
  region: z.string(),
  relevant: z.boolean(),
  topics: z.array(z.string()),
  viewpoints: z.array(z.string()),
  polarity: z.string(),
});

export const sampleDesignSchema = z.strictObject({
  format: z.literal('yuqing-sample-design/1'),
  sheet: z.string(),
  seed: z.int(),
  n: z.int().min(1),
  stratify: z.array(z.enum(STRATIFY_FIELDS)),
  allocation: z.literal('square-root'),
  frame: z.strictObject({
    input: z.array(z.strictObject({ file: z.string(), sha256: z.string() })),
    records: z.int().min(0),
    without_text: z.int().min(0),
  }),
  strata: z.array(z.strictObject({ stratum: z.string(), population: z.int(), sampled: z.int(), weight: z.number() })),
  posts: z.array(z.strictObject({ id: z.string(), stratum: z.string(), weight: z.number().positive(), tool: toolSchema })),
});
export type SampleDesign = z.infer<typeof sampleDesignSchema>;

export interface DesignParts {
  readonly sheet: string;
  readonly seed: number;
  readonly n: number;
  readonly stratify: SampleDesign['stratify'];
  readonly frame: SampleDesign['frame'];
  readonly strata: readonly Stratum[];
  readonly posts: readonly DrawnPost[];
}

export function sampleDesign(parts: DesignParts): SampleDesign {
  return {
    format: 'yuqing-sample-design/1',
    sheet: parts.sheet,
    seed: parts.seed,
    n: parts.n,
    stratify: [...parts.stratify],
    allocation: 'square-root',
    frame: parts.frame,
    strata: parts.strata.map((s) => ({ ...s })),
    posts: parts.posts.map((p) => ({ id: p.id, stratum: p.stratum, weight: p.weight, tool: toolOf(p.tool) })),
  };
}

function toolOf(t: ToolLabels): SampleDesign['posts'][number]['tool'] {
  return { region: t.region, relevant: t.relevant, topics: [...t.topics], viewpoints: [...t.viewpoints], polarity: t.polarity };
}
