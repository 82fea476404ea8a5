import { z } from 'zod';
import { REGIONS } from '../taxonomy.js';

/** lexicons/platforms.yaml: platform IDs of taxonomy.md with their region and the names dumps use. */
export const platformsFileSchema = z.strictObject({
  platforms: z.record(
    z.string().regex(/^[a-z0-9_]+$/),
    z.strictObject({ region: z.enum(REGIONS), names: z.array(z.string().min(1)).default([]), note: z.string().optional() }),
  ),
  regions: z.record(z.enum(REGIONS), z.array(z.string().min(1))).default({ mainland: [], hk: [], unknown: [] }),
});
export type PlatformsFile = z.infer<typeof platformsFileSchema>;
