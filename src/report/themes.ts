/**
 * The "Other themes" section's input: the JSON of `yuqing discover` (the part the section shows,
 * checked by zod) and the section's words (lexicons/report/themes.yaml, zh-Hant and en; Simplified
 * is converted from Traditional as the rest of the report is).
 */
import { z } from 'zod';

const spanSchema = z.looseObject({ start: z.int().min(0), end: z.int().min(0) });
const shareSchema = z.looseObject({ count: z.int().min(0), total: z.int().min(0), share: z.number(), low: z.number(), high: z.number() });

export const themesFileSchema = z.looseObject({
  format: z.literal('yuqing-themes/1'),
  input: z.looseObject({ file: z.string(), sha256: z.string() }),
  scope: z.looseObject({ kind: z.string(), description: z.string() }),
  seed: z.number(),
  fit: z.looseObject({ method: z.string(), k: z.int() }),
  regions: z.record(z.string(), z.int().min(0)),
  themes: z.array(
    z.looseObject({
      rank: z.int().min(1),
      size: z.int().min(0),
      written: z.array(z.string()),
      regions: z.record(z.string(), shareSchema),
      examples: z.array(z.looseObject({ id: z.string(), region: z.string(), text: z.string(), spans: z.array(spanSchema), highlights: z.array(spanSchema) })),
    }),
  ),
});
export type ThemesFile = z.infer<typeof themesFileSchema>;

const s = z.string();
export const themeWordsSchema = z.strictObject({
  title: s,
  note: s,
  other_scope: s,
  region_heading: s,
  col_theme: s,
  col_terms: s,
  col_posts: s,
  col_share: s,
  col_example: s,
  none: s,
});
export const themeStringsSchema = z.strictObject({ 'zh-Hant': themeWordsSchema, en: themeWordsSchema });
export type ThemeStrings = z.infer<typeof themeStringsSchema>;

export interface OtherThemes {
  readonly file: string;
  readonly themes: ThemesFile;
  readonly strings: ThemeStrings;
}
