/**
 * YAML text → plain data, validated by a zod schema, with errors that point at file, line, column
 * and the entry's path. `yamlFileIssues` collects every problem of a file (for lint);
 * `parseYamlFile` throws the first (for loading).
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { z } from 'zod';
import { placeLabel, placeOf, type Diagnostic } from './diagnostic.js';
import { YuqingError } from './errors.js';
import { lazy } from './lazy.js';

/**
 * The yaml package, loaded on the first parse (about 0.15 s): a run whose files all come from the
 * value cache never loads it. The same module the package's own `import` gives in Node.
 */
const yaml = lazy(() => createRequire(import.meta.url)('yaml') as typeof Yaml);

/**
 * Parsed YAML values kept between runs by the file's content (src/io/bundled/yaml-cache.ts): parsing the
 * bundled lexicon's YAML took about half a second of every start. A cached value is still checked
 * by the schema; a file that fails it is parsed again, so that its errors point at lines.
 */
export interface YamlValueCache {
  get(content: string): { readonly value: unknown } | undefined;
  set(content: string, value: unknown): void;
}

export interface SourceFile {
  /** Path as shown to people (relative to the lexicon folder's parent or as given). */
  readonly path: string;
  readonly content: string;
}

export interface Located {
  readonly line: number;
  readonly column: number;
}

/** A YAML or schema problem of one file: a Diagnostic whose message is the sentence without the place. */
export type SourceIssue = Diagnostic & { readonly code: 'E_LEXICON_YAML' | 'E_LEXICON_SCHEMA' };

/** The whole sentence as thrown: `file:line:column at path: message`. */
export function sourceIssueSentence(issue: SourceIssue): string {
  const where = issue.place?.line === undefined ? (issue.place?.file ?? '') : placeLabel(issue.place);
  const entry = issue.place?.path === undefined ? '' : ` at ${issue.place.path}`;
  return `${where}${entry}: ${issue.message}`;
}

function issueOf(code: SourceIssue['code'], file: SourceFile, at: Located | undefined, message: string, path?: string): SourceIssue {
  return { code, severity: 'error', message, place: placeOf({ file: file.path, line: at?.line, column: at?.column, path }) };
}

/** The position of a mapping key (`parent.key:`), when the node at `path` is in a map. */
function locateKey(doc: Document, counter: LineCounter, parent: readonly PropertyKey[], key: string): Located | undefined {
  const { isMap, isNode, isScalar } = yaml();
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
  const { isNode } = yaml();
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
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

export interface ParsedYaml {
  readonly doc: Document;
  readonly counter: LineCounter;
}

export function parseYamlText(content: string): ParsedYaml {
  const { LineCounter, parseDocument } = yaml();
  const counter = new LineCounter();
  return { doc: parseDocument(content, { lineCounter: counter, uniqueKeys: true }), counter };
}

function yamlIssues(file: SourceFile, doc: Document): SourceIssue[] {
  return doc.errors.map((error) => {
    const pos = error.linePos?.[0];
    const detail = `this is not valid YAML (${error.message.split('\n')[0]}). Fix the syntax at that line.`;
    return issueOf('E_LEXICON_YAML', file, pos ? { line: pos.line, column: pos.col } : undefined, detail);
  });
}

function schemaIssue(file: SourceFile, parsed: ParsedYaml, issue: z.core.$ZodIssue): SourceIssue {
  // An unknown key is located at the key itself, not at the map that holds it.
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = keys.length > 0 ? [...issue.path, keys[0]!] : issue.path;
  const at = locate(parsed.doc, parsed.counter, path);
  const detail = `${issue.message}. See docs/lexicon-format.md for the expected shape.`;
  return issueOf('E_LEXICON_SCHEMA', file, at, detail, formatPath(path));
}

/**
 * Lexicon files come from colleagues: their size, nesting and aliases are bounded, so that a
 * mistaken or hostile file is a lexicon error naming file:line, not a crash or a stalled run.
 */
export const YAML_LIMITS = { maxBytes: 4 * 1024 * 1024, maxDepth: 32, maxAliases: 100 } as const;

function limitIssue(file: SourceFile, at: Located | undefined, detail: string): SourceIssue {
  return issueOf('E_LEXICON_YAML', file, at, detail);
}

function nodePlace(counter: LineCounter, node: Node): Located | undefined {
  if (!node.range) return undefined;
  const pos = counter.linePos(node.range[0]);
  return { line: pos.line, column: pos.col };
}

/** The first node nested deeper than the limit, and the first alias (walked without recursion). */
function shapeIssues(file: SourceFile, parsed: ParsedYaml): { issues: SourceIssue[]; firstAlias?: Located } {
  const { isAlias, isMap, isPair, isSeq } = yaml();
  const stack: [unknown, number][] = [[parsed.doc.contents, 0]];
  let aliases = 0;
  let firstAlias: Node | undefined;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isAlias(node)) {
      aliases++;
      // The walk is not in file order: keep the alias that comes first in the file.
      if (firstAlias === undefined || (node.range?.[0] ?? Infinity) < (firstAlias.range?.[0] ?? Infinity)) firstAlias = node;
      continue;
    }
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= YAML_LIMITS.maxDepth) {
      return {
        issues: [
          limitIssue(
            file,
            nodePlace(parsed.counter, node),
            `the entries nest deeper than a lexicon file may (${YAML_LIMITS.maxDepth} levels). A lexicon is a few levels deep; check the indentation or the brackets here.`,
          ),
        ],
      };
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      } else stack.push([item, depth + 1]);
    }
  }
  const at = firstAlias ? nodePlace(parsed.counter, firstAlias) : undefined;
  if (aliases > YAML_LIMITS.maxAliases) {
    return {
      issues: [
        limitIssue(
          file,
          at,
          `the file uses ${aliases} aliases (*name), more than a lexicon file may (${YAML_LIMITS.maxAliases}); aliases that repeat aliases can expand without bound. Write the terms out instead.`,
        ),
      ],
    };
  }
  return { issues: [], firstAlias: at };
}

/** Every YAML and schema problem of one file, in file order, and the data when there is none. */
export function yamlFileIssues<S extends z.ZodType>(file: SourceFile, schema: S, cache?: YamlValueCache): { issues: SourceIssue[]; data?: z.output<S> } {
  const bytes = Buffer.byteLength(file.content);
  if (bytes > YAML_LIMITS.maxBytes) {
    return {
      issues: [
        limitIssue(
          file,
          { line: 1, column: 1 },
          `the file is ${bytes} bytes, more than a lexicon file may be (${YAML_LIMITS.maxBytes}). Split the entries over several files (viewpoints/*.yaml), or check that this is the file you meant.`,
        ),
      ],
    };
  }
  const cached = cache?.get(file.content);
  if (cached !== undefined) {
    const result = schema.safeParse(cached.value);
    if (result.success) return { issues: [], data: result.data };
  }
  const parsed = parseYamlText(file.content);
  const syntax = yamlIssues(file, parsed.doc);
  if (syntax.length > 0) return { issues: syntax };
  const shape = shapeIssues(file, parsed);
  if (shape.issues.length > 0) return { issues: shape.issues };
  let value: unknown;
  try {
    value = parsed.doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliases }) ?? {};
  } catch (error) {
    // An alias whose expansion is too large (yaml's own count of expanded nodes).
    const detail = `the aliases (*name) from here on expand into too many entries (${(error as Error).message.split('\n')[0]}): aliases that repeat aliases grow without bound. Write the terms out instead.`;
    return { issues: [limitIssue(file, shape.firstAlias, detail)] };
  }
  if (cached === undefined) cache?.set(file.content, value);
  const result = schema.safeParse(value);
  if (result.success) return { issues: [], data: result.data };
  return { issues: result.error.issues.map((issue) => schemaIssue(file, parsed, issue)) };
}

/** Parse one YAML file and validate it; throws E_LEXICON_YAML or E_LEXICON_SCHEMA. */
export function parseYamlFile<S extends z.ZodType>(file: SourceFile, schema: S, cache?: YamlValueCache): z.output<S> {
  const { issues, data } = yamlFileIssues(file, schema, cache);
  const first = issues[0];
  if (first !== undefined) {
    throw new YuqingError(first.code, sourceIssueSentence(first), first.place);
  }
  return data as z.output<S>;
}
