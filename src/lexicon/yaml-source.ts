/**
 * YAML text → plain data, validated by a zod schema, with errors that point at file, line, column
 * and the entry's path.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { YuqingError } from '../errors.js';

export interface SourceFile {
  /** Path as shown to people (relative to the lexicon folder's parent or as given). */
  readonly path: string;
  readonly content: string;
}

interface Located {
  readonly line: number;
  readonly column: number;
}

function locate(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): Located | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) {
      const pos = counter.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

/** Parse one YAML file and validate it; throws E_LEXICON_YAML or E_LEXICON_SCHEMA. */
export function parseYamlFile<S extends z.ZodType>(file: SourceFile, schema: S): z.output<S> {
  const counter = new LineCounter();
  const doc = parseDocument(file.content, { lineCounter: counter, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError !== undefined) {
    const pos = yamlError.linePos?.[0];
    const where = pos ? `${file.path}:${pos.line}:${pos.col}` : file.path;
    throw new YuqingError(
      'E_LEXICON_YAML',
      `${where}: this is not valid YAML (${yamlError.message.split('\n')[0]}). Fix the syntax at that line.`,
      { file: file.path, line: pos?.line, column: pos?.col },
    );
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const at = locate(doc, counter, issue.path);
  const where = at ? `${file.path}:${at.line}:${at.column}` : file.path;
  const entry = issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
  throw new YuqingError(
    'E_LEXICON_SCHEMA',
    `${where}${entry}: ${issue.message}. See docs/lexicon-format.md for the expected shape.`,
    { file: file.path, line: at?.line, column: at?.column, path: formatPath(issue.path) },
  );
}
