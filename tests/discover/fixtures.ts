/**
 * Small classified files for the discover tests: three themes written with disjoint words (flats
 * and mortgages, school places, renewal papers), posts in both regions, plus posts out of scope
 * (not relevant, or carrying a viewpoint) that must never be grouped.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GROUPS = {
  flats: ['樓價', '按揭', '首期', '買樓', '租金', '單位', '業主', '地產'],
  schools: ['學位', '幼稚園', '小學', '子女', '讀書', '校長', '面試', '派位'],
  papers: ['續簽', '入境處', '稅單', '僱主', '證明', '文件', '申報', '審批'],
} as const;
export type Group = keyof typeof GROUPS;

/** A sentence of three of the group's words, chosen by `n`. */
export function sentence(group: Group, n: number): string {
  const words = GROUPS[group];
  return `高才通朋友講${words[n % 8]}同${words[(n + 3) % 8]}，仲有${words[(n + 5) % 8]}，真係煩。`;
}

export interface Fixture {
  readonly file: string;
  /** id → its group, for the posts in scope (relevant, no viewpoint). */
  readonly groups: ReadonlyMap<string, Group>;
}

export function writeFixture(extra: readonly object[] = [], perGroup = 12): Fixture {
  const lines: object[] = [];
  const groups = new Map<string, Group>();
  for (const group of Object.keys(GROUPS) as Group[]) {
    for (let n = 0; n < perGroup; n++) {
      const id = `${group}-${n}`;
      groups.set(id, group);
      lines.push({
        id,
        platform: n % 2 === 0 ? 'lihkg' : 'weibo',
        text: sentence(group, n),
        region: n % 2 === 0 ? 'hk' : 'mainland',
        relevant: true,
        topics: [],
        viewpoints: [],
        polarity: 'neutral',
        evidence: [],
      });
    }
  }
  lines.push({ id: 'off-1', text: sentence('flats', 1), region: 'hk', relevant: false, topics: [], viewpoints: [], polarity: 'neutral', evidence: [] });
  lines.push({
    id: 'labelled-1',
    text: sentence('schools', 2),
    region: 'hk',
    relevant: true,
    topics: ['identity_acquisition'],
    viewpoints: ['id.education_springboard'],
    polarity: 'neutral',
    evidence: [],
  });
  lines.push(...extra);
  const file = join(mkdtempSync(join(tmpdir(), 'yuqing-discover-test-')), 'classified.jsonl');
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return { file, groups };
}
