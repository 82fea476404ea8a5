/**
 * No import cycles between the folders of src/: every import of every src/**\/*.ts file (static,
 * `export … from` and dynamic) is read, each file is put in its folder — the first folder under
 * src/, or src/io/<job>/ for io's jobs, or the file itself for a file directly under src/ — and the
 * folder graph must have no cycle. A cycle is printed with, for each of its steps, the imports
 * that make it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** folder → the folders it imports → the imports behind that edge ("file → specifier"). */
type FolderGraph = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The relative specifiers a file imports: `from '…'`, `import '…'`, `import('…')`. */
function relativeImports(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g);
  return [...found].map((m) => m[1]!);
}

/** The folder a path under src/ belongs to. */
function folderOf(relativePath: string): string {
  const parts = relativePath.split(sep).join('/').split('/');
  if (parts.length === 1) return parts[0]!.replace(/\.js$/, '.ts');
  if (parts[0] === 'io' && parts.length > 2) return `io/${parts[1]}`;
  return parts[0]!;
}

function folderGraph(src: string): FolderGraph {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(src)) {
    const from = folderOf(relative(src, file));
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const to = folderOf(relative(src, resolve(dirname(file), specifier)));
      if (to === from) continue;
      const edges = graph.get(from) ?? graph.set(from, new Map()).get(from)!;
      const why = edges.get(to) ?? edges.set(to, []).get(to)!;
      why.push(`${relative(src, file).split(sep).join('/')} → ${specifier}`);
    }
  }
  return graph;
}

/** One cycle of each strongly connected group of two or more folders (Tarjan), first folder repeated at the end. */
function folderCycles(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group = stack.splice(stack.indexOf(v));
    if (group.length > 1) groups.push(group);
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.map((group) => cycleWithin(graph, new Set(group), [...group].sort()[0]!));
}

/** The shortest path from `start` back to itself through the folders of its group (breadth first). */
function cycleWithin(graph: FolderGraph, group: ReadonlySet<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const path: string[] = [];
        for (let at = v; at !== start; at = previous.get(at)!) path.unshift(at);
        return [start, ...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

function describeCycle(graph: FolderGraph, cycle: readonly string[]): string {
  const steps = cycle.slice(1).map((to, i) => {
    const from = cycle[i]!;
    return `  ${from} → ${to}: ${graph.get(from)!.get(to)!.join('; ')}`;
  });
  return `${cycle.join(' → ')}\n${steps.join('\n')}`;
}

describe('folders of src/', () => {
  it('import each other without a cycle', () => {
    const graph = folderGraph(SRC);
    expect(graph.size).toBeGreaterThan(10);
    const cycles = folderCycles(graph).map((cycle) => describeCycle(graph, cycle));
    expect(cycles.join('\n\n'), 'import cycles between folders').toBe('');
  });

  it('finds a cycle in a small graph, and none once it is broken', () => {
    const edge = (to: string) => [to, ['x.ts → y.js']] as const;
    const cyclic: FolderGraph = new Map([
      ['lexicon', new Map([edge('study'), edge('model')])],
      ['model', new Map([edge('lexicon')])],
      ['study', new Map()],
    ]);
    expect(folderCycles(cyclic)).toEqual([['lexicon', 'model', 'lexicon']]);
    expect(describeCycle(cyclic, ['lexicon', 'model', 'lexicon'])).toContain('model → lexicon: x.ts → y.js');
    const acyclic: FolderGraph = new Map([...cyclic, ['model', new Map()]]);
    expect(folderCycles(acyclic)).toEqual([]);
  });

  it('reads every kind of import, and puts io/ files in their job', () => {
    const text = "import a from './a.js';\nexport { b } from '../b.js';\nconst c = await import('../c/c.js');\nimport 'zod';";
    expect(relativeImports(text)).toEqual(['./a.js', '../b.js', '../c/c.js']);
    expect(folderOf('io/read/sniff.ts')).toBe('io/read');
    expect(folderOf('lexicon-tools/lint/index.ts')).toBe('lexicon-tools');
    expect(folderOf('classify.js')).toBe('classify.ts');
  });
});
