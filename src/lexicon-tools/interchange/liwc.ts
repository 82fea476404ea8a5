/**
 * LIWC `.dic` dictionaries: a `%` … `%` header of numbered categories, then one
 * `word<TAB>n n …` line per word; a trailing `*` makes the word a prefix.
 */
import { YuqingError } from '../../errors.js';
import type { Category } from './categories.js';

export function parseLiwc(text: string, file: string): Category[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const names = new Map<string, string>();
  const patterns = new Map<string, string[]>();
  let section = 0;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    if (line === '%') {
      section++;
      return;
    }
    if (section === 0) {
      throw new YuqingError(
        'E_INTERCHANGE',
        `${file} line ${i + 1}: a LIWC dictionary starts with a line holding only %, got "${line.slice(0, 40)}". Check the file is a .dic.`,
        { file, line: i + 1 },
      );
    }
    if (section === 1) {
      const [number, ...name] = line.split(/\s+/);
      if (!/^\d+$/.test(number ?? '') || name.length === 0) {
        throw new YuqingError('E_INTERCHANGE', `${file} line ${i + 1}: expected "number<TAB>category" in the % header, got "${line.slice(0, 40)}".`, {
          file,
          line: i + 1,
        });
      }
      names.set(number!, name.join(' '));
      patterns.set(number!, []);
      return;
    }
    const fields = raw.includes('\t') ? raw.split('\t') : line.split(/\s+/);
    const numbers = fields
      .slice(1)
      .join(' ')
      .trim()
      .split(/\s+/)
      .filter((n) => n !== '');
    const word = (fields[0] ?? '').trim();
    for (const n of numbers) {
      const list = patterns.get(n);
      if (list === undefined) {
        throw new YuqingError('E_INTERCHANGE', `${file} line ${i + 1}: ${word} is in category ${n}, which the % header does not define.`, {
          file,
          line: i + 1,
        });
      }
      if (!list.includes(word)) list.push(word);
    }
  });
  if (section < 2) throw new YuqingError('E_INTERCHANGE', `${file}: the % header is not closed by a second % line. Check the file is a LIWC .dic.`, { file });
  return [...names].map(([n, name]) => ({ name, patterns: patterns.get(n) ?? [] }));
}

export function formatLiwc(categories: readonly Category[]): string {
  const out = ['%'];
  categories.forEach((c, i) => {
    out.push(`${i + 1}\t${c.name}`);
  });
  out.push('%');
  const byWord = new Map<string, number[]>();
  categories.forEach((c, i) => {
    for (const p of c.patterns) byWord.set(p, [...(byWord.get(p) ?? []), i + 1]);
  });
  const words = [...byWord.keys()].sort();
  for (const w of words) out.push(`${w}\t${byWord.get(w)!.join('\t')}`);
  return `${out.join('\n')}\n`;
}
