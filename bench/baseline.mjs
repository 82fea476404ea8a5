// (a) The baseline: opencc-js Hong Kong → Simplified conversion plus nodejieba cut, in a bare loop
// over the corpus's texts (read into memory first; only the loop is timed, wall and CPU).
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import nodejieba from 'nodejieba';

const file = process.argv[2];
const texts = readFileSync(file, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line).text);
const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
nodejieba.load();
const started = performance.now();
const cpu = process.cpuUsage();
let tokens = 0;
for (const text of texts) tokens += nodejieba.cut(convert(text)).length;
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
process.stdout.write(`${JSON.stringify({ posts: texts.length, tokens, seconds, cpuSeconds: (used.user + used.system) / 1e6 })}\n`);
