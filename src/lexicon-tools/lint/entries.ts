/**
 * Which lexicon entry a finding is about, for `--changed` and for accepted findings: the file
 * (relative to the lexicon folder), the top-level key (a viewpoint ID, a topic ID, positive,
 * strong …) and, for a term, the list item that holds it.
 */
import { parseYamlText } from '../../yaml-source.js';
import type { LexiconSource } from '../../lexicon/load.js';
import type { LintFinding } from './finding.js';

export interface EntryPlace {
  /** The file's name in the folder: polarity.yaml, viewpoints/<topic>.yaml. */
  readonly file: string;
  /** The top-level key the finding is under, when its path has one. */
  readonly key?: string;
  /** The list the entry is an item of (["cues"] under a viewpoint, [] directly under the key) and its index. */
  readonly list?: readonly string[];
  readonly index?: number;
}

/** Parsed data of each file of a folder, by name (files that do not parse are left out). */
export function filesData(source: LexiconSource): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const file of source.files) {
    const { doc } = parseYamlText(file.content);
    const data: unknown = doc.errors.length === 0 ? doc.toJS() : undefined;
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) out.set(file.name, data as Record<string, unknown>);
  }
  return out;
}

/** The place of a finding in `source` (whose parsed files are `data`). */
export function entryOf(finding: LintFinding, source: LexiconSource, data: ReadonlyMap<string, Record<string, unknown>>): EntryPlace {
  const prefix = `${source.dir}/`;
  const file = finding.file.startsWith(prefix) ? finding.file.slice(prefix.length) : finding.file;
  const path = finding.path;
  const keys = Object.keys(data.get(file) ?? {}).sort((a, b) => b.length - a.length);
  const key = path === undefined ? undefined : keys.find((k) => path === k || path.startsWith(`${k}.`) || path.startsWith(`${k}[`));
  if (key === undefined || path === undefined) return { file };
  const rest = /^((?:\.[A-Za-z_]\w*)*)\[(\d+)\]/.exec(path.slice(key.length));
  if (!rest) return { file, key };
  return { file, key, list: rest[1]!.split('.').filter((x) => x !== ''), index: Number(rest[2]) };
}

function listAt(data: Record<string, unknown> | undefined, key: string, list: readonly string[]): unknown[] | undefined {
  let node: unknown = data?.[key];
  for (const k of list) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined;
  return Array.isArray(node) ? node : undefined;
}

/** The entry's own content, as JSON (a term entry: the list item; otherwise the whole top-level value). */
export function entryContent(place: EntryPlace, data: ReadonlyMap<string, Record<string, unknown>>): string | undefined {
  if (place.key === undefined) return undefined;
  if (place.list === undefined || place.index === undefined) return JSON.stringify(data.get(place.file)?.[place.key]);
  return JSON.stringify(listAt(data.get(place.file), place.key, place.list)?.[place.index]);
}

/**
 * A test for "the finding is about an entry that is new or differs from `base`": a term entry
 * counts as unchanged when the same list in the base holds an item with the same content (moving it
 * within the list is no change); other findings compare the whole top-level value.
 */
export function changedSince(base: LexiconSource, current: LexiconSource): (finding: LintFinding) => boolean {
  const baseData = filesData(base);
  const currentData = filesData(current);
  return (finding) => {
    const place = entryOf(finding, current, currentData);
    const baseFile = baseData.get(place.file);
    if (baseFile === undefined || place.key === undefined)
      return !base.files.some((f) => f.name === place.file && current.files.find((c) => c.name === place.file)?.content === f.content);
    const content = entryContent(place, currentData);
    if (place.list === undefined) return content !== JSON.stringify(baseFile[place.key]);
    const before = listAt(baseFile, place.key, place.list) ?? [];
    return !before.some((item) => JSON.stringify(item) === content);
  };
}
