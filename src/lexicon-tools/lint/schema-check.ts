/**
 * Lint check: YAML syntax and schema errors of every file (loading stops at the first file's
 * first), plus missing files and a viewpoint defined in two files. A syntax error is reported
 * once: after a mis-indented line the parser trips on every following token, and those hundreds of
 * errors are one problem, so only the first is shown, saying how many followed it.
 */
import type { z } from 'zod';
import { REQUIRED_FILES, type LexiconSource } from '../../lexicon/load.js';
import { manifestSchema, polaritySchema, relevanceSchema, segmenterSchema, topicsSchemaFor, viewpointFileSchemaFor } from '../../lexicon/schema.js';
import { yamlFileIssues, type SourceIssue } from '../../yaml-source.js';
import type { Taxonomy } from '../../study/taxonomy.js';
import type { LintFinding } from './finding.js';

const SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  'lexicon.yaml': manifestSchema,
  'relevance.yaml': relevanceSchema,
  'polarity.yaml': polaritySchema,
  'segmenter.yaml': segmenterSchema,
};

function schemaFor(name: string, taxonomy: Taxonomy): z.ZodType | undefined {
  if (name === 'topics.yaml') return topicsSchemaFor(taxonomy);
  return SCHEMAS[name] ?? (/^viewpoints\/[^/]+\.ya?ml$/.test(name) ? viewpointFileSchemaFor(taxonomy) : undefined);
}

/** The first syntax error of a file stands for the errors the parser found after it. */
function oneSyntaxError(issues: readonly SourceIssue[]): SourceIssue[] {
  const syntax = issues.filter((i) => i.code === 'E_LEXICON_YAML');
  if (syntax.length <= 1) return [...issues];
  const first = syntax[0]!;
  const more = syntax.length - 1;
  const message = `${first.message} The parser stopped making sense of the file here: ${more} more error${more === 1 ? '' : 's'} after it most likely follow from this one, so fix it and lint again.`;
  return [{ ...first, message }, ...issues.filter((i) => i.code !== 'E_LEXICON_YAML')];
}

function fromIssue(issue: SourceIssue): LintFinding {
  const { message, place } = issue;
  return {
    severity: 'error',
    code: issue.code === 'E_LEXICON_YAML' ? 'yaml' : 'schema',
    file: place?.file ?? '',
    line: place?.line,
    column: place?.column,
    path: place?.path,
    message: place?.path ? `${place.path}: ${message}` : message,
  };
}

export function checkSchema(source: LexiconSource, taxonomy: Taxonomy): LintFinding[] {
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
    const schema = schemaFor(file.name, taxonomy);
    if (schema === undefined) continue;
    const path = `${source.dir}/${file.name}`;
    const { issues, data } = yamlFileIssues({ path, content: file.content }, schema);
    findings.push(...oneSyntaxError(issues).map(fromIssue));
    if (!file.name.startsWith('viewpoints/') || data === undefined) continue;
    for (const id of Object.keys(data as object)) {
      const earlier = definedIn.get(id);
      if (earlier !== undefined) {
        findings.push({
          severity: 'error',
          code: 'schema',
          file: path,
          path: id,
          message: `viewpoint ${id} is defined again (first in ${earlier}); keep one entry per viewpoint.`,
        });
      } else definedIn.set(id, path);
    }
  }
  return findings;
}
