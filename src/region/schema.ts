import { z } from 'zod';
import { idEnum } from '../study/schema.js';
import type { Taxonomy } from '../study/taxonomy.js';

const platformId = z.string().regex(/^[a-z0-9_]+$/);
const names = z.array(z.string().min(1));

/** studies/talent/platforms.yaml: platform IDs with their region and the names dumps use (any region IDs; see platformsFileSchemaFor). */
export const platformsFileSchema = z.strictObject({
  platforms: z.record(platformId, z.strictObject({ region: z.string(), names: names.default([]), note: z.string().optional() })),
  regions: z.record(z.string(), names).default({}),
});
export type PlatformsFile = z.infer<typeof platformsFileSchema>;

/** A platform table whose regions are the study's: every platform in one of them, names for every region. */
export function platformsFileSchemaFor(taxonomy: Taxonomy) {
  const region = idEnum(taxonomy.regions);
  return z.strictObject({
    platforms: z.record(platformId, z.strictObject({ region, names: names.default([]), note: z.string().optional() })),
    regions: z.record(region, names).default(Object.fromEntries(taxonomy.regions.map((r) => [r, []]))),
  });
}
