/**
 * quanteda-style YAML dictionaries: nested keys whose leaves are lists of patterns (`*` globs).
 * Nested keys flatten to dotted category names (relevance.strong, viewpoint.pr.strict_exit),
 * as quanteda does when it flattens a dictionary's levels.
 */
import { isMap, isScalar, isSeq, stringify } from 'yaml';
import { YuqingError } from '../../errors.js';
import { parseYamlText } from '../../yaml-source.js';
import type { Category } from './categories.js';

function walk(node: unknown, prefix: string, out: Category[], file: string, counter: ReturnType<typeof parseYamlText>['counter']): void {
  if (isSeq(node)) {
    const patterns = node.items.map((item) => (isScalar(item) ? String(item.value).trim() : '')).filter((p) => p !== '');
    out.push({ name: prefix, patterns: [...new Set(patterns)] });
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      walk(pair.value, prefix === '' ? key : `${prefix}.${key}`, out, file, counter);
    }
    return;
  }
  if (isScalar(node) && node.value !== null) {
    const line = node.range ? counter.linePos(node.range[0]).line : undefined;
    throw new YuqingError(
      'E_INTERCHANGE',
      `${file}${line ? ` line ${line}` : ''}: ${prefix} holds a single value; a quanteda dictionary key holds a list of patterns or further keys.`,
      { file, line },
    );
  }
}

export function parseQuanteda(text: string, file: string): Category[] {
  const { doc, counter } = parseYamlText(text);
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    throw new YuqingError('E_INTERCHANGE', `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid YAML (${error.message.split('\n')[0]}).`, {
      file,
      line: pos?.line,
    });
  }
  const out: Category[] = [];
  walk(doc.contents, '', out, file, counter);
  return out;
}

/** Nested by the first dot: {relevance: {strong: […]}, viewpoint: {pr.strict_exit: […]} …}. */
export function formatQuanteda(categories: readonly Category[], header: readonly string[]): string {
  const nested: Record<string, Record<string, string[]> | string[]> = {};
  for (const c of categories) {
    const dot = c.name.indexOf('.');
    if (dot < 0) nested[c.name] = [...c.patterns];
    else {
      const group = (nested[c.name.slice(0, dot)] ??= {}) as Record<string, string[]>;
      group[c.name.slice(dot + 1)] = [...c.patterns];
    }
  }
  return `${header.map((h) => `# ${h}`).join('\n')}\n${stringify(nested, { lineWidth: 0 })}`;
}
