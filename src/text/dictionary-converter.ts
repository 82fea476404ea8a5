/**
 * OpenCC conversion as opencc-js does it — per dictionary group, longest match from left to right,
 * earlier dictionaries of a group winning over later ones, groups applied in turn — over the same
 * opencc-js dictionaries, but on typed-array tries (src/text/code-trie.ts): a text with nothing
 * to convert costs one table look-up per character and allocates nothing.
 * tests/text/dictionary-converter.test.ts checks it against opencc-js's own converter.
 */
import { buildCodeTrie, NO_NODE, NO_VALUE, stepCodeTrie, type CodeTrie } from './code-trie.js';

/** One dictionary group: opencc-js dictionary strings ("from to|from to …"), the first winning. */
export type DictionaryGroup = readonly string[];

interface GroupTable {
  readonly trie: CodeTrie;
  readonly values: readonly string[];
}

function groupTable(group: DictionaryGroup): GroupTable {
  const keys: string[] = [];
  const values: string[] = [];
  // Later entries win in the trie, so the group's dictionaries go in last-to-first.
  for (const dictionary of [...group].reverse()) {
    for (const entry of dictionary.split('|')) {
      const [from, to] = entry.split(' ');
      if (from === undefined || from === '' || to === undefined) continue;
      keys.push(from);
      values.push(to);
    }
  }
  return { trie: buildCodeTrie(keys), values };
}

function codePointLength(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function descriptionArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** End of an ideographic description sequence starting at i (0 when there is none), as opencc-js reads it. */
function descriptionEnd(s: string, i: number): number {
  const arity = descriptionArity(s.codePointAt(i) ?? 0);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    const child = descriptionEnd(s, end);
    end = child || end + codePointLength(s, end);
  }
  return end;
}

function unmatchedLength(s: string, i: number): number {
  // Most characters: neither a surrogate nor an ideographic description character.
  const code = s.charCodeAt(i);
  if (code < 0x2ff0 || (code > 0x2fff && code < 0xd800) || code > 0xdfff) return 1;
  const end = descriptionEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}

function convertWith(table: GroupTable, s: string): string {
  const { trie, values } = table;
  const n = s.length;
  let out = '';
  let copied = 0;
  for (let i = 0; i < n; ) {
    let node = trie.root[s.charCodeAt(i)]!;
    let end = 0;
    let value = NO_VALUE;
    for (let j = i + 1; node !== NO_NODE; j++) {
      const v = trie.value[node]!;
      if (v !== NO_VALUE) {
        end = j;
        value = v;
      }
      if (j >= n) break;
      node = stepCodeTrie(trie, node, s.charCodeAt(j));
    }
    if (value === NO_VALUE) {
      i += unmatchedLength(s, i);
      continue;
    }
    out += s.slice(copied, i) + values[value]!;
    i = end;
    copied = end;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** A converter through the groups in turn. */
export function dictionaryConverter(groups: readonly DictionaryGroup[]): (text: string) => string {
  const tables = groups.map(groupTable);
  return (text) => {
    let out = text;
    for (const table of tables) out = convertWith(table, out);
    return out;
  };
}
