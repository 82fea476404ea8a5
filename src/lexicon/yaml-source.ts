/**
 * YAML text → plain data, validated by a zod schema, with errors that point at file, line, column
 * and the entry's path. `yamlFileIssues` collects every problem of a file (for lint);
 * `parseYamlFile` throws the first (for loading).
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import { YuqingError } from '../errors.js';

export interface SourceFile {
  /** Path as shown to people (relative to the lexicon folder's parent or as given). */
  readonly path: string;
  readonly content: string;
}

export interface Located {
  readonly line: number;
  readonly column: number;
}

export interface SourceIssue {
  readonly code: 'E_LEXICON_YAML' | 'E_LEXICON_SCHEMA';
  /** The whole sentence, starting with file:line:column. */
  readonly message: string;
  /** The sentence without the place. */
  readonly detail: string;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
}

/** The position of a mapping key (`parent.key:`), when the node at `path` is in a map. */
function locateKey(doc: Document, counter: LineCounter, parent: readonly PropertyKey[], key: string): Located | undefined {
  const node = parent.length === 0 ? doc.contents : doc.getIn(parent as unknown[], true);
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  if (!pair || !isNode(pair.key) || !pair.key.range) return undefined;
  const pos = counter.linePos(pair.key.range[0]);
  return { line: pos.line, column: pos.col };
}

export function locate(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): Located | undefined {
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    const key = locateKey(doc, counter, path.slice(0, -1), last);
    if (key) return key;
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) {
      const pos = counter.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

export interface ParsedYaml {
  readonly doc: Document;
  readonly counter: LineCounter;
}

export function parseYamlText(content: string): ParsedYaml {
  const counter = new LineCounter();
  return { doc: parseDocument(content, { lineCounter: counter, uniqueKeys: true }), counter };
}

function yamlIssues(file: SourceFile, doc: Document): SourceIssue[] {
  return doc.errors.map((error) => {
    const pos = error.linePos?.[0];
    const where = pos ? `${file.path}:${pos.line}:${pos.col}` : file.path;
    const detail = `this is not valid YAML (${error.message.split('\n')[0]}). Fix the syntax at that line.`;
    return {
      code: 'E_LEXICON_YAML',
      message: `${where}: ${detail}`,
      detail,
      file: file.path,
      line: pos?.line,
      column: pos?.col,
    };
  });
}

function schemaIssue(file: SourceFile, parsed: ParsedYaml, issue: z.core.$ZodIssue): SourceIssue {
  // An unknown key is located at the key itself, not at the map that holds it.
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = keys.length > 0 ? [...issue.path, keys[0]!] : issue.path;
  const at = locate(parsed.doc, parsed.counter, path);
  const where = at ? `${file.path}:${at.line}:${at.column}` : file.path;
  const entry = path.length > 0 ? ` at ${formatPath(path)}` : '';
  const detail = `${issue.message}. See docs/lexicon-format.md for the expected shape.`;
  return {
    code: 'E_LEXICON_SCHEMA',
    message: `${where}${entry}: ${detail}`,
    detail,
    file: file.path,
    line: at?.line,
    column: at?.column,
    path: formatPath(path),
  };
}

/** Every YAML and schema problem of one file, in file order, and the data when there is none. */
export function yamlFileIssues<S extends z.ZodType>(file: SourceFile, schema: S): { issues: SourceIssue[]; data?: z.output<S> } {
  const parsed = parseYamlText(file.content);
  const syntax = yamlIssues(file, parsed.doc);
  if (syntax.length > 0) return { issues: syntax };
  const result = schema.safeParse(parsed.doc.toJS() ?? {});
  if (result.success) return { issues: [], data: result.data };
  return { issues: result.error.issues.map((issue) => schemaIssue(file, parsed, issue)) };
}

/** Parse one YAML file and validate it; throws E_LEXICON_YAML or E_LEXICON_SCHEMA. */
export function parseYamlFile<S extends z.ZodType>(file: SourceFile, schema: S): z.output<S> {
  const { issues, data } = yamlFileIssues(file, schema);
  const first = issues[0];
  if (first !== undefined) {
    const { code, message, detail: _detail, ...context } = first;
    throw new YuqingError(code, message, context);
  }
  return data as z.output<S>;
}
