/**
 * Lint check: YAML syntax and schema errors of every file, all of them (loading stops at the
 * first), plus missing files and a viewpoint defined in two files.
 */
import type { z } from 'zod';
import { REQUIRED_FILES, type LexiconSource } from '../load.js';
import {
  manifestSchema,
  polaritySchema,
  relevanceSchema,
  segmenterSchema,
  topicsSchema,
  viewpointFileSchema,
} from '../schema.js';
import { yamlFileIssues, type SourceIssue } from '../yaml-source.js';
import type { LintFinding } from './finding.js';

const SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  'lexicon.yaml': manifestSchema,
  'relevance.yaml': relevanceSchema,
  'topics.yaml': topicsSchema,
  'polarity.yaml': polaritySchema,
  'segmenter.yaml': segmenterSchema,
};

function schemaFor(name: string): z.ZodType | undefined {
  return SCHEMAS[name] ?? (/^viewpoints\/[^/]+\.ya?ml$/.test(name) ? viewpointFileSchema : undefined);
}

function fromIssue(issue: SourceIssue): LintFinding {
  const message = issue.detail;
  return {
    severity: 'error',
    code: issue.code === 'E_LEXICON_YAML' ? 'yaml' : 'schema',
    file: issue.file,
    line: issue.line,
    column: issue.column,
    path: issue.path || undefined,
    message: issue.path ? `${issue.path}: ${message}` : message,
  };
}

export function checkSchema(source: LexiconSource): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const name of REQUIRED_FILES) {
    if (!source.files.some((f) => f.name === name)) {
      findings.push({
        severity: 'error',
        code: 'missing-file',
        file: `${source.dir}/${name}`,
        message: `the lexicon has no ${name}; a lexicon folder needs ${REQUIRED_FILES.join(', ')} and viewpoints/*.yaml.`,
      });
    }
  }
  const definedIn = new Map<string, string>();
  for (const file of source.files) {
    const schema = schemaFor(file.name);
    if (schema === undefined) continue;
    const path = `${source.dir}/${file.name}`;
    const { issues, data } = yamlFileIssues({ path, content: file.content }, schema);
    findings.push(...issues.map(fromIssue));
    if (schema !== viewpointFileSchema || data === undefined) continue;
    for (const id of Object.keys(data as object)) {
      const earlier = definedIn.get(id);
      if (earlier !== undefined) {
        findings.push({ severity: 'error', code: 'schema', file: path, path: id, message: `viewpoint ${id} is defined again (first in ${earlier}); keep one entry per viewpoint.` });
      } else definedIn.set(id, path);
    }
  }
  return findings;
}
