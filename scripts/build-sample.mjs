#!/usr/bin/env node
// Builds studies/talent/corpus/sample.jsonl — the bundled dump the README's main job analyses — from the
// labelled corpus, with the gold labels removed (an unlabelled dump, as analysts receive them).
// A region is kept only where the dump names it for a platform outside the table.
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../studies/talent/corpus/', import.meta.url);
const LABELS = ['relevant', 'topics', 'viewpoints', 'polarity'];
const KNOWN = new Set([
  'douyin',
  'wechat',
  'toutiao',
  'xiaohongshu',
  'kuaishou',
  'weibo',
  'zhihu',
  'bilibili',
  'hk_news',
  'youtube',
  'facebook',
  'instagram',
  'line_today',
  'lihkg',
  'hkgolden',
  'discuss_hk',
  'babykingdom',
  'party_page',
  'isd',
]);
const out = [];
for (const side of ['dev', 'test']) {
  for (const line of readFileSync(new URL(`${side}.jsonl`, dir), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line);
    for (const key of LABELS) delete record[key];
    if (KNOWN.has(record.platform) || record.region === 'unknown') delete record.region;
    out.push(JSON.stringify(record));
  }
}
const key = (s) => {
  const r = JSON.parse(s);
  return `${r.published_at}\u0000${r.id}`;
};
out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
writeFileSync(new URL('sample.jsonl', dir), `${out.join('\n')}\n`);
console.log(`sample: ${out.length} records`);
