export { renderMarkdown } from './markdown.js';
export { renderJson } from './json.js';
export { renderCsv, neutraliseCell } from './csv.js';
export { buildManifest } from './manifest.js';
export type { RunManifest } from './manifest.js';
export type { ReportModel } from './model.js';
export { labelNames } from './labels.js';
export type { LabelNames } from './labels.js';
