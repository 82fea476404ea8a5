// A deterministic benchmark corpus of realistic posts, built from the bundled sample: each post
// takes one sample post and, one time in three, appends a sentence of another, so texts vary.
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function buildCorpus(samplePath, outPath, size, seed = 20241001) {
  if (existsSync(outPath)) return outPath;
  mkdirSync(new URL('.', `file://${outPath}`).pathname, { recursive: true });
  const base = readFileSync(samplePath, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const random = mulberry32(seed);
  const out = createWriteStream(`${outPath}.tmp`);
  for (let i = 0; i < size; i++) {
    const a = base[Math.floor(random() * base.length)];
    const record = { ...a, id: `bench-${i}` };
    if (random() < 1 / 3) {
      const b = base[Math.floor(random() * base.length)];
      const sentence = b.text.split(/(?<=[。！？!?\n])/)[0];
      record.text = `${a.text}\n${sentence}`;
    }
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const { renameSync } = await import('node:fs');
  renameSync(`${outPath}.tmp`, outPath);
  return outPath;
}
