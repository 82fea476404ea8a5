/**
 * A lexicon folder's files (already read by src/io) → validated lexicon data with a content hash.
 */
import { createHash } from 'node:crypto';
import { YuqingError } from '../errors.js';
import type { Taxonomy } from '../study/taxonomy.js';
import {
  manifestSchema,
  polaritySchema,
  relevanceSchema,
  segmenterSchema,
  topicsSchemaFor,
  viewpointFileSchemaFor,
  type LexiconManifest,
  type PolarityCues,
  type RelevanceCues,
  type TopicEntry,
  type ViewpointEntry,
} from './schema.js';
import { parseYamlFile, type SourceFile, type YamlValueCache } from '../yaml-source.js';

export interface LexiconSource {
  /** The folder, as shown in messages. */
  readonly dir: string;
  /** Files by name relative to the folder: lexicon.yaml, viewpoints/x.yaml … */
  readonly files: readonly { readonly name: string; readonly content: string }[];
  /** Parsed values of earlier runs by content (the CLI's reader gives one; none: every file parsed). */
  readonly yamlValues?: YamlValueCache;
}

export interface LexiconData {
  /** The study's taxonomy the lexicon was checked against: its labels are these. */
  readonly taxonomy: Taxonomy;
  readonly manifest: LexiconManifest;
  readonly relevance: RelevanceCues;
  readonly topics: Readonly<Record<string, TopicEntry>>;
  readonly viewpoints: Readonly<Partial<Record<string, ViewpointEntry>>>;
  /** Which file each viewpoint came from (for messages and lint). */
  readonly viewpointFiles: Readonly<Partial<Record<string, string>>>;
  readonly polarity: PolarityCues;
  readonly segmenterWords: readonly string[];
  /** sha256 over every file's name and content, in name order. */
  readonly hash: string;
}

export const REQUIRED_FILES = ['lexicon.yaml', 'relevance.yaml', 'topics.yaml', 'polarity.yaml'] as const;

export function hashLexiconSource(source: LexiconSource): string {
  const hash = createHash('sha256');
  const files = [...source.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const file of files) hash.update(`${file.name}\n${file.content}\n`);
  return `sha256:${hash.digest('hex')}`;
}

function fileNamed(source: LexiconSource, name: string): SourceFile {
  const file = source.files.find((f) => f.name === name);
  if (file === undefined) {
    throw new YuqingError(
      'E_LEXICON_MISSING',
      `${source.dir}: the lexicon has no ${name}. A lexicon folder needs ${REQUIRED_FILES.join(', ')} and viewpoints/*.yaml; see docs/lexicon-format.md.`,
      { file: `${source.dir}/${name}` },
    );
  }
  return { path: `${source.dir}/${name}`, content: file.content };
}

function loadViewpoints(source: LexiconSource, taxonomy: Taxonomy) {
  const schema = viewpointFileSchemaFor(taxonomy);
  const viewpoints: Partial<Record<string, ViewpointEntry>> = {};
  const viewpointFiles: Partial<Record<string, string>> = {};
  const files = source.files.filter((f) => /^viewpoints\/[^/]+\.ya?ml$/.test(f.name));
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = `${source.dir}/${file.name}`;
    const entries = parseYamlFile({ path, content: file.content }, schema, source.yamlValues);
    for (const [id, entry] of Object.entries(entries) as [string, ViewpointEntry][]) {
      const earlier = viewpointFiles[id];
      if (earlier !== undefined) {
        throw new YuqingError('E_LEXICON_SCHEMA', `${path}: viewpoint ${id} is defined again (first in ${earlier}). Keep one entry per viewpoint.`, {
          file: path,
          path: id,
        });
      }
      viewpoints[id] = entry;
      viewpointFiles[id] = path;
    }
  }
  return { viewpoints, viewpointFiles };
}

/** A lexicon folder's data, its topics and viewpoints checked against the study's taxonomy. */
export function loadLexicon(source: LexiconSource, taxonomy: Taxonomy): LexiconData {
  const manifest = parseYamlFile(fileNamed(source, 'lexicon.yaml'), manifestSchema, source.yamlValues);
  const relevance = parseYamlFile(fileNamed(source, 'relevance.yaml'), relevanceSchema, source.yamlValues);
  const topics = parseYamlFile(fileNamed(source, 'topics.yaml'), topicsSchemaFor(taxonomy), source.yamlValues);
  const polarity = parseYamlFile(fileNamed(source, 'polarity.yaml'), polaritySchema, source.yamlValues);
  const segmenterFile = source.files.find((f) => f.name === 'segmenter.yaml');
  const segmenter = segmenterFile
    ? parseYamlFile({ path: `${source.dir}/segmenter.yaml`, content: segmenterFile.content }, segmenterSchema, source.yamlValues)
    : { words: [] };
  return {
    taxonomy,
    manifest,
    relevance,
    topics,
    ...loadViewpoints(source, taxonomy),
    polarity,
    segmenterWords: segmenter.words,
    hash: hashLexiconSource(source),
  };
}
