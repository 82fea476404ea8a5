/**
 * Reading lexicon folders and the platform table from disk, and the bundled defaults' location.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { YuqingError } from '../../errors.js';
import type { LexiconSource } from '../../lexicon/load.js';
import { parseYamlFile } from '../../yaml-source.js';
import { platformsFileSchemaFor, type PlatformsFile } from '../../region/schema.js';
import { loadStudy, type Study } from '../../study/load.js';
import type { Taxonomy } from '../../study/taxonomy.js';
import { yamlValueCache } from './yaml-cache.js';
import { ACCEPTED_FILE, acceptedSchema, type AcceptedFindings } from '../../lexicon-tools/lint/accepted.js';

/** The package root (works from src/ under vitest and from dist/ when installed). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The bundled study (docs/study-format.md); its study.yaml names its lexicon, platform table, corpus and model. */
export const DEFAULT_STUDY_DIR = join(PACKAGE_ROOT, 'studies', 'talent');
export const DEFAULT_LEXICON_DIR = join(PACKAGE_ROOT, 'studies', 'talent', 'lexicon');
export const DEFAULT_PLATFORMS_FILE = join(PACKAGE_ROOT, 'studies', 'talent', 'platforms.yaml');

/** A study folder read with the YAML value cache: its files parsed once, then read back fast on later runs. */
export function readStudy(dir: string = DEFAULT_STUDY_DIR): Study {
  return loadStudy(dir, yamlValueCache());
}

export function readLexiconSource(dir: string): LexiconSource {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new YuqingError(
      'E_LEXICON_MISSING',
      `${dir}: no lexicon folder here. Give --lexicon a folder holding lexicon.yaml, relevance.yaml, topics.yaml, polarity.yaml and viewpoints/.`,
      { file: dir },
    );
  }
  const files: { name: string; content: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    // lint-accepted.yaml is the lint's notes about the lexicon, not part of it (nor of its hash).
    if (/\.ya?ml$/.test(name) && name !== ACCEPTED_FILE) files.push({ name, content: readFileSync(join(dir, name), 'utf8') });
  }
  const viewDir = join(dir, 'viewpoints');
  if (existsSync(viewDir)) {
    for (const name of readdirSync(viewDir).sort()) {
      if (/\.ya?ml$/.test(name)) files.push({ name: `viewpoints/${name}`, content: readFileSync(join(viewDir, name), 'utf8') });
    }
  }
  return { dir, files, yamlValues: yamlValueCache() };
}

export function readPlatformsFile(path: string, taxonomy: Taxonomy): PlatformsFile {
  if (!existsSync(path)) {
    throw new YuqingError('E_PLATFORMS', `${path}: platform table not found. Give --platforms a YAML file like studies/talent/platforms.yaml.`, { file: path });
  }
  return parseYamlFile({ path, content: readFileSync(path, 'utf8') }, platformsFileSchemaFor(taxonomy), yamlValueCache());
}

/** The lint findings a lexicon folder accepts (lint-accepted.yaml), or none. */
export function readAcceptedFindings(dir: string): AcceptedFindings {
  const path = join(dir, ACCEPTED_FILE);
  if (!existsSync(path)) return { accepted: [] };
  return parseYamlFile({ path, content: readFileSync(path, 'utf8') }, acceptedSchema);
}
