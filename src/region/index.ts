export { platformsFileSchema } from './schema.js';
export type { PlatformsFile } from './schema.js';
export { buildPlatformTable, platformId, resolveRegion } from './resolve.js';
export type { PlatformTable } from './resolve.js';
